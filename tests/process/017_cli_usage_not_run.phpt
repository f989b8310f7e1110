--TEST--
CLI: usage without (or with an unknown) command; every verb says "not run" without a live master (stale pid file, pid of another program); start -d -q prints no banner
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
    $w->onWorkerStart = fn () => print("worker started\n");
    Worker::runAll();
    PHP);

echo "== no command\n", WmProc::cli($server, []);
echo "== unknown command\n", WmProc::cli($server, ['foo', '-d']);
foreach ([['stop'], ['stop', '-g'], ['reload'], ['status'], ['connections'], ['status', 'start']] as $args) {
    echo '== ', implode(' ', $args), "\n", WmProc::cli($server, $args);
}
// A pid file left behind by a master that died without cleaning up.
$dead = proc_open(['true'], [], $pipes);
$deadPid = proc_get_status($dead)['pid'];
proc_close($dead);
file_put_contents("$dir/server.pid", $deadPid);
$pid = fn (string $s) => preg_replace('/Master pid:\d+/', 'Master pid:PID', $s);
echo "== stale pid file\n", $pid(WmProc::cli($server, ['stop']));
// The pid of a live process that is not a Workerman master.
$other = proc_open(['sleep', '30'], [], $pipes);
file_put_contents("$dir/server.pid", proc_get_status($other)['pid']);
echo "== pid of another program\n", WmProc::cli($server, ['reload']);
echo 'the other program was left alone: ', var_export(proc_get_status($other)['running'], true), "\n";
proc_terminate($other, SIGKILL);
proc_close($other);

echo "== start -d -q with the stale pid file\n", $pid(WmProc::cli($server, ['start', '-d', '-q']));
$master = WmProc::waitMaster();
WmProc::waitChildren($master, 1);
WmProc::waitFor(fn () => str_contains((string)@file_get_contents("$dir/stdout.log"), 'worker started'));
echo "started: ", var_export(WmProc::alive($master), true), "\n";
echo "== stop\n", WmProc::cli($server, ['stop']);
echo "== log\n", $pid(WmProc::log());
?>
--EXPECT--
== no command
Usage: php yourfile <command> [mode]
Commands: 
start		Start worker in DEBUG mode.
		Use mode -d to start in DAEMON mode.
stop		Stop worker.
		Use mode -g to stop gracefully.
restart		Restart workers.
		Use mode -d to start in DAEMON mode.
		Use mode -g to stop gracefully.
reload		Reload codes.
		Use mode -g to reload gracefully.
status		Get worker status.
		Use mode -d to show live status.
connections	Get worker connections.
== unknown command
Usage: php yourfile <command> [mode]
Commands: 
start		Start worker in DEBUG mode.
		Use mode -d to start in DAEMON mode.
stop		Stop worker.
		Use mode -g to stop gracefully.
restart		Restart workers.
		Use mode -d to start in DAEMON mode.
		Use mode -g to stop gracefully.
reload		Reload codes.
		Use mode -g to reload gracefully.
status		Get worker status.
		Use mode -d to show live status.
connections	Get worker connections.
== stop
Workerman[server.php] stop
Workerman[server.php] not run
== stop -g
Workerman[server.php] stop
Workerman[server.php] not run
== reload
Workerman[server.php] reload
Workerman[server.php] not run
== status
Workerman[server.php] status
Workerman[server.php] not run
== connections
Workerman[server.php] connections
Workerman[server.php] not run
== status start
Workerman[server.php] status
Workerman[server.php] not run
== stale pid file
Workerman[server.php] stop
Master pid:PID is not alive
Workerman[server.php] not run
== pid of another program
Workerman[server.php] reload
Workerman[server.php] not run
the other program was left alone: true
== start -d -q with the stale pid file
Workerman[server.php] start in DAEMON mode
Master pid:PID is not alive
started: true
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
== log
Workerman[server.php] stop
Workerman[server.php] not run
Workerman[server.php] stop
Workerman[server.php] not run
Workerman[server.php] reload
Workerman[server.php] not run
Workerman[server.php] status
Workerman[server.php] not run
Workerman[server.php] connections
Workerman[server.php] not run
Workerman[server.php] status
Workerman[server.php] not run
Workerman[server.php] stop
Master pid:PID is not alive
Workerman[server.php] not run
Workerman[server.php] reload
Workerman[server.php] not run
Workerman[server.php] start in DAEMON mode
Master pid:PID is not alive
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
