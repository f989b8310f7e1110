--TEST--
apps: ThinkPHP 8 + think-worker 5.0 `php think worker` with hot_update (APP_DEBUG in .env): an edited controller is served after the hot update process's reload (http servers replaced, conduit and hot update kept); SIGINT stops every process, closes the port and removes the conduit's socket
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
echo WmApps::skip('think5', [], false, 'think-worker 5 is not run under memcheck (think_http.phpt covers ThinkPHP there)');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/think5.inc';

$app = Think5::setup(false, true);
// Two http server processes, the conduit and the hot update process.
$master = Think5::start(4);
echo 'started: ', var_export($master > 0, true), "\n";
if (!$master) {
    exit;
}
$kids = WmProc::children($master);
[$v, $pid] = explode('|', Think5::get('/hot') ?? 'no answer') + [1 => 0];
echo 'GET /hot: ', $v, ', from an http server: ', var_export(in_array((int)$pid, $kids, true), true), "\n";

echo "== hot reload\n";
// The hot update process scans app/, config/ and route/ when it starts and every 2 s after;
// its first scan must have been made before the edit.
usleep(1000000);
Think5::writeHot('version 2');
// Until a process started by the reload answers (a process that had not loaded the controller
// yet would give the new version too); while the http servers restart, none may listen.
$last = '';
$served = WmProc::waitFor(static function () use (&$last, $kids): bool {
    $last = Think5::get('/hot') ?? 'no answer';
    [$v, $pid] = explode('|', $last) + [1 => 0];
    return $pid && !in_array((int)$pid, $kids, true);
}, 20.0);
echo 'a reloaded process answers within 20 s: ', var_export($served, true), ', with: ', explode('|', $last)[0], "\n";
$after = [];
WmProc::waitFor(static function () use (&$after, $master, $kids): bool {
    $after = WmProc::children($master);
    return count($after) === 4 && count(array_diff($after, $kids)) === 2;
}, 20.0);
echo 'replaced: ', count(array_diff($kids, $after)), ' of ', count($kids), ' processes (the two http servers; the conduit and the hot update are not reloadable)', "\n";
echo 'log: ', implode(' | ', array_map(static fn ($l) => preg_replace('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d pid:\d+ /', '', $l),
    file("$app/runtime/worker.log", FILE_IGNORE_NEW_LINES) ?: [])), "\n";
// The reload restarted the http servers one by one: wait until they listen again.
WmApps::waitPorts([Think5::$port], 20.0);

echo "== SIGINT\n";
echo Think5::interrupt($master, $after);
echo 'port closed: ', var_export(WmApps::waitPorts([Think5::$port], 10.0, true), true), "\n";
echo 'conduit socket removed: ', var_export(!file_exists("$app/runtime/conduit.sock"), true), "\n";
?>
--EXPECT--
started: true
GET /hot: version 1, from an http server: true
== hot reload
a reloaded process answers within 20 s: true, with: version 2
replaced: 2 of 4 processes (the two http servers; the conduit and the hot update are not reloadable)
log: Workerman[think] reloading
== SIGINT
Workerman[think] received signal SIGINT
Workerman[think] stopping
Workerman[think] has been stopped
all gone: true
port closed: true
conduit socket removed: true
