--TEST--
CLI: a start script that reads $argv in its top-level code (a compiled variable of the main script) is still parsed for its command and mode, with extra arguments around them
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';

WmProc::setupController();
$dir = WmTest::$dir;
$server = WmProc::script('server.php', <<<'PHP'
    $extra = $argv[2] ?? 'none';
    $w = new Worker('text://127.0.0.1:0');
    $w->onWorkerStart = function () use ($extra) { echo "worker started, extra argument: $extra\n"; };
    Worker::runAll();
    PHP);

$out = WmProc::cli($server, ['start', '18562', '-d'], 10.0, 'Start success');
echo 'started: ', var_export(str_contains($out, 'Start success'), true), "\n";
$master = WmProc::waitMaster();
WmProc::waitFor(fn () => str_contains((string)@file_get_contents("$dir/stdout.log"), 'worker started'));
echo trim((string)file_get_contents("$dir/stdout.log")), "\n";
echo "== stop\n", WmProc::cli($server, ['stop', 'x']);
WmProc::waitFor(fn () => !WmProc::alive($master));
echo 'master gone: ', var_export(!WmProc::alive($master), true), "\n";
?>
--EXPECTF--
started: true
worker started, extra argument: 18562
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
master gone: true
