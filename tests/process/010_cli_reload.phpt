--TEST--
CLI: reload and reload -g replace the reloadable processes of a daemon (one by one, same ids), keep the others (onWorkerReload only)
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
    $web = new Worker('text://127.0.0.1:0');
    $web->name = 'web';
    $web->count = 2;
    $keep = new Worker();
    $keep->name = 'keep';
    $keep->reloadable = false;
    foreach ([$web, $keep] as $w) {
        $w->onWorkerStart = fn (Worker $w) => print("$w->name start id=$w->id\n");
        $w->onWorkerReload = fn (Worker $w) => print("$w->name onWorkerReload id=$w->id graceful=" . var_export(Worker::getGracefulStop(), true) . "\n");
        $w->onWorkerStop = fn (Worker $w) => print("$w->name stop id=$w->id\n");
    }
    Worker::$onMasterReload = fn () => print('onMasterReload graceful=' . var_export(Worker::getGracefulStop(), true) . "\n");
    Worker::runAll();
    PHP);

function pids_of(int $master, string $name): array
{
    return array_values(array_filter(WmProc::children($master), fn ($p) => str_contains(WmProc::title($p), " $name ")));
}
function stdout_lines(): string
{
    global $dir;
    $lines = explode("\n", trim((string)file_get_contents("$dir/stdout.log")));
    sort($lines);
    file_put_contents("$dir/stdout.log", '');
    return implode("\n", $lines) . "\n";
}

WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
$master = WmProc::waitMaster();
WmProc::waitChildren($master, 3);
WmProc::waitFor(fn () => substr_count((string)@file_get_contents("$dir/stdout.log"), 'start') === 3);
echo stdout_lines();
foreach (['reload' => ['reload'], 'reload -g' => ['reload', '-g']] as $label => $args) {
    [$web, $keep] = [pids_of($master, 'web'), pids_of($master, 'keep')];
    echo "== $label\n", WmProc::cli($server, $args);
    $replaced = WmProc::waitFor(fn () => count(array_diff(pids_of($master, 'web'), $web)) === 2
        && substr_count((string)file_get_contents("$dir/stdout.log"), 'web start') === 2);
    echo 'web processes replaced: ', var_export($replaced, true),
        ', keep process unchanged: ', var_export(pids_of($master, 'keep') === $keep, true),
        ', master unchanged: ', var_export(WmProc::masterPid() === $master, true), "\n";
    echo stdout_lines();
}
echo "== stop\n", WmProc::cli($server, ['stop']);
echo "== log\n", WmProc::log();
?>
--EXPECT--
keep start id=0
web start id=0
web start id=1
== reload
Workerman[server.php] reload
web processes replaced: true, keep process unchanged: true, master unchanged: true
keep onWorkerReload id=0 graceful=false
onMasterReload graceful=false
web onWorkerReload id=0 graceful=false
web onWorkerReload id=1 graceful=false
web start id=0
web start id=1
web stop id=0
web stop id=1
== reload -g
Workerman[server.php] reload
web processes replaced: true, keep process unchanged: true, master unchanged: true
keep onWorkerReload id=0 graceful=true
onMasterReload graceful=true
web onWorkerReload id=0 graceful=true
web onWorkerReload id=1 graceful=true
web start id=0
web start id=1
web stop id=0
web stop id=1
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
== log
Workerman[server.php] start in DAEMON mode
Workerman[server.php] reload
Workerman[server.php] reloading
Workerman[server.php] reload
Workerman[server.php] reloading
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
