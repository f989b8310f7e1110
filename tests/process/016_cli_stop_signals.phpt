--TEST--
CLI: SIGTERM, SIGHUP and SIGTSTP stop a daemon like SIGINT; SIGTERM or SIGQUIT to one worker process ends just that one, and it is replaced
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
    Worker::$onWorkerExit = fn (Worker $w, int $status) => print("onWorkerExit status=$status\n");
    Worker::runAll();
    PHP);

foreach (['SIGTERM' => SIGTERM, 'SIGHUP' => SIGHUP, 'SIGTSTP' => SIGTSTP] as $name => $sig) {
    WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
    $master = WmProc::waitMaster();
    $kids = WmProc::waitChildren($master, 2);
    posix_kill($master, $sig);
    $gone = WmProc::waitFor(fn () => !array_filter([$master, ...$kids], [WmProc::class, 'alive']) && !file_exists("$dir/server.pid"));
    echo "$name: everything stopped: ", var_export($gone, true), "\n";
}
echo "== log\n", WmProc::log();
file_put_contents("$dir/server.log", '');
file_put_contents("$dir/stdout.log", '');

WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
$master = WmProc::waitMaster();
foreach (['SIGTERM' => SIGTERM, 'SIGQUIT' => SIGQUIT] as $name => $sig) {
    $kids = WmProc::waitChildren($master, 2);
    posix_kill($kids[0], $sig);
    $replaced = WmProc::waitFor(fn () => !WmProc::alive($kids[0]) && count(array_diff(WmProc::children($master), $kids)) === 1
        && count(WmProc::children($master)) === 2);
    echo "$name to a worker: replaced: ", var_export($replaced, true), ', the other one untouched: ',
        var_export(WmProc::alive($kids[1]), true), "\n";
}
WmProc::waitFor(fn () => substr_count(file_get_contents("$dir/stdout.log"), 'start') === 4);
echo WmProc::cli($server, ['stop']);
$lines = explode("\n", trim(file_get_contents("$dir/stdout.log")));
sort($lines);
echo "== stdout\n", implode("\n", $lines), "\n== log\n", WmProc::log();
?>
--EXPECT--
SIGTERM: everything stopped: true
SIGHUP: everything stopped: true
SIGTSTP: everything stopped: true
== log
Workerman[server.php] start in DAEMON mode
Workerman[server.php] received signal SIGTERM
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] start in DAEMON mode
Workerman[server.php] received signal SIGHUP
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] start in DAEMON mode
Workerman[server.php] received signal SIGTSTP
Workerman[server.php] stopping
Workerman[server.php] has been stopped
SIGTERM to a worker: replaced: true, the other one untouched: true
SIGQUIT to a worker: replaced: true, the other one untouched: true
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
== stdout
onWorkerExit status=0
onWorkerExit status=0
onWorkerExit status=0
onWorkerExit status=0
start id=0
start id=0
start id=1
start id=1
stop id=0
stop id=0
stop id=1
stop id=1
== log
Workerman[server.php] start in DAEMON mode
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
