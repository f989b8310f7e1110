--TEST--
CLI: restart -d stops the running daemon and starts a new one (new master, same files); restart on a stopped server just starts
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
    $w = new Worker('text://127.0.0.1:0');
    $w->name = 'web';
    $w->count = 2;
    $w->onWorkerStart = fn (Worker $w) => print("start id=$w->id\n");
    $w->onWorkerStop = fn (Worker $w) => print("stop id=$w->id\n");
    Worker::runAll();
    PHP);
// The banner itself is tested elsewhere: keep its first and last lines.
$banner = fn (string $out) => preg_replace('/^(-|Workerman\/|event-loop|.*\[OK\]).*\n/m', '', $out);

WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
$first = WmProc::waitMaster();
$kids = WmProc::waitChildren($first, 2);
echo "== restart -d\n", $banner(WmProc::cli($server, ['restart', '-d'], until: "Start success.\n\n"));
$second = WmProc::waitMaster($first);
$newKids = WmProc::waitChildren($second, 2);
echo 'new master: ', var_export($second !== $first && WmProc::alive($second), true),
    ', old processes gone: ', var_export(!array_filter([$first, ...$kids], [WmProc::class, 'alive']), true),
    ', new workers: ', count($newKids), "\n";
WmProc::waitFor(fn () => substr_count(file_get_contents("$dir/stdout.log"), 'start') === 4);
$lines = explode("\n", trim(file_get_contents("$dir/stdout.log")));
sort($lines);
echo implode("\n", $lines), "\n";
echo "== stop\n", WmProc::cli($server, ['stop']);
echo "== restart -d when stopped\n", $banner(WmProc::cli($server, ['restart', '-d'], until: "Start success.\n\n"));
$third = WmProc::waitMaster();
WmProc::waitChildren($third, 2);
echo 'running: ', var_export($third !== $second && WmProc::alive($third), true), "\n";
echo "== stop\n", WmProc::cli($server, ['stop']);
echo "== log\n", WmProc::log();
?>
--EXPECT--
== restart -d
Workerman[server.php] restart
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
Input "php server.php stop" to stop. Start success.

new master: true, old processes gone: true, new workers: 2
start id=0
start id=0
start id=1
start id=1
stop id=0
stop id=1
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
== restart -d when stopped
Workerman[server.php] restart
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
Input "php server.php stop" to stop. Start success.

running: true
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
== log
Workerman[server.php] start in DAEMON mode
Workerman[server.php] restart
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
Workerman[server.php] restart
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success