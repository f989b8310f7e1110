--TEST--
apps: webman: the monitor process reloads the workers when a controller changes (new pids, new code served); `status`, `connections`, `reload`, `stop`, `start -d`
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
// Under valgrind webman would run under memcheck (WmApps::startForeground()), but now and then
// one worker being reloaded or stopped dies of a signal's default action while it ends (its
// log then reports all of PHP's memory as lost); webman_http.phpt runs webman under memcheck.
echo WmApps::skip('webman', [], false, 'a worker ending after a reload or stop sometimes dies of a signal with its default action in the middle of its PHP shutdown (memcheck then reports all of PHP as lost); not investigated yet; webman_http.phpt runs webman under memcheck');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/webman.inc';

$app = Webman::setup();
// In the foreground: webman's monitor watches files only when started without -d.
$master = WmApps::startForeground('start.php', Webman::PID_FILE, [Webman::$http, Webman::$custom]);
echo "started: ", var_export($master > 0, true), "\n";
// webman 2, monitor 1, apptest 1
$kids = WmProc::waitChildren($master, 4);
[$v, $pid1] = Webman::version();
echo "version: $v, served by a child: ", var_export(in_array($pid1, $kids, true), true), "\n";

// status
$status = WmApps::cli('start.php', ['status']);
$rows = [];
foreach (explode("\n", $status) as $line) {
    if (preg_match('/^(\d+)\t\S+\s+(\S+)\s+(\S+)\s+\d+/', $line, $m) && in_array((int)$m[1], $kids, true)) {
        $rows[] = "$m[3] " . strtr($m[2], [':' . Webman::$http => ':<http>', ':' . Webman::$custom => ':<custom>']);
    }
}
sort($rows);
echo "== status\n", implode("\n", $rows), "\n";
echo preg_match('/^3 workers +4 processes$/m', $status) ? "3 workers, 4 processes\n" : $status;

// connections: a kept-alive client connection shows up, on the worker that served it.
$s = WmApps::connect(Webman::$http);
$r = WmApps::request($s, 'GET', '/test/version');
$local = stream_socket_get_name($s, false);
$conns = WmApps::cli('start.php', ['connections']);
$row = '';
foreach (explode("\n", $conns) as $line) {
    if (str_contains($line, " $local ") || str_ends_with(rtrim($line), " $local")) {
        $row = $line;
    }
}
$servedBy = (int)explode(' ', $r['body'] ?? '')[1];
echo "== connections\nthe client's connection: ",
    preg_match('/^(\d+)\s+webman\s+\d+\s+tcp\s+http\s.*ESTABLISHED\s+127\.0\.0\.1:' . Webman::$http . '\s/i', $row, $m) && (int)$m[1] === $servedBy ? 'listed' : "NOT LISTED\n$conns", "\n";
fclose($s);

// The monitor: the controller changes on disk, the monitor sends SIGUSR1 to the master, new
// workers serve the new code.
$before = WmApps::byName('start.php', $master, 4);
$ctl = "$app/app/controller/TestController.php";
// One change, seen once: the new text gets its (future) mtime before it replaces the file.
// (Two changes a second apart would make the monitor reload twice, and under valgrind the
// second reload signal reaches workers still busy ending after the first.)
file_put_contents("$ctl.new", str_replace("response('v1 '", "response('v2 '", file_get_contents($ctl)));
touch("$ctl.new", time() + 2);
rename("$ctl.new", $ctl);
// (A worker that never loaded the class would serve the new code without a reload: wait for
// the old workers to be replaced first.)
$after = WmApps::afterReload('start.php', $master, $before, 4, 2);
Webman::waitUp();
[$v, $pid2] = Webman::version();
echo "== monitor\nversion: $v, served by a new process: ", var_export(!in_array($pid2, $before['webman'], true) && in_array($pid2, $after['webman'] ?? [], true), true), "\n";
echo "webman workers replaced: ", count(array_diff($before['webman'], $after['webman'] ?? [])), " of ", count($before['webman']), ", monitor kept: ", var_export(($before['monitor'] ?? []) === ($after['monitor'] ?? null), true), "\n";
echo "the monitor said so: ", var_export(WmProc::waitFor(fn () => str_contains(WmApps::foregroundOutput(), "$ctl updated and reload")), true), "\n";

// reload from the CLI: the reloadable workers (webman, apptest) are replaced, the monitor
// (reloadable => false) is not.
$before = WmApps::byName('start.php', $master, 4);
echo "== reload\n", WmApps::cli('start.php', ['reload']);
$after = WmApps::afterReload('start.php', $master, $before, 4, 3);
foreach ($before as $name => $pids) {
    echo "$name: ", count($pids), " before, ", count($after[$name] ?? []), " after, ", count(array_intersect($pids, $after[$name] ?? [])), " kept\n";
}
Webman::waitUp();
echo "serves: ", Webman::version()[0], "\n";

echo "== stop\n", Webman::stop($master, WmProc::children($master));
// Under valgrind: webman's processes made no memory error and lost no block of the extension.
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;

echo "== start -d\n";
$again = Webman::startDaemon($master);
echo "a new master: ", var_export($again > 0 && $again !== $master, true), "\n";
echo "serves: ", Webman::version()[0], "\n";
$kids = WmProc::children($again);
echo WmApps::cli('start.php', ['stop']);
echo "all gone: ", var_export(WmApps::waitGone($again, $kids), true), "\n";
?>
--EXPECT--
started: true
version: v1, served by a child: true
== status
apptest text://127.0.0.1:<custom>
monitor none
webman http://0.0.0.0:<http>
webman http://0.0.0.0:<http>
3 workers, 4 processes
== connections
the client's connection: listed
== monitor
version: v2, served by a new process: true
webman workers replaced: 2 of 2, monitor kept: true
the monitor said so: true
== reload
Workerman[start.php] reload
apptest: 1 before, 1 after, 0 kept
monitor: 1 before, 1 after, 1 kept
webman: 2 before, 2 after, 0 kept
serves: v2
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
== start -d
a new master: true
serves: v2
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
