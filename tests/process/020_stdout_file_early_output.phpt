--TEST--
CLI: with stdout redirected to a file, what the start script printed before runAll() stays in front of the banner (the colour check must not seek stdout back to 0)
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
    echo "printed before runAll\n";
    $w = new Worker('text://127.0.0.1:0');
    $w->onWorkerStart = fn () => print("worker started\n");
    Worker::runAll();
    PHP);

// WmProc::cli() sends stdout and stderr to a file, as `php start.php start -d > out.log` does.
$out = WmProc::cli($server, ['start', '-d'], 10.0, 'Start success');
$lines = explode("\n", $out);
echo "first line: $lines[0]\n";
echo "second line: $lines[1]\n";
echo "banner follows: ", var_export(str_contains($out, '-- WORKERMAN --'), true), "\n";
$master = WmProc::waitMaster();
WmProc::waitChildren($master, 1);
echo "== stop\n", WmProc::cli($server, ['stop']);
?>
--EXPECT--
first line: printed before runAll
second line: Workerman[server.php] start in DAEMON mode
banner follows: true
== stop
printed before runAll
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
