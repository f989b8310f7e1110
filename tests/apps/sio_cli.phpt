--TEST--
apps: phpsocket.io chat: `status` lists both processes, `reload` replaces them (the chat works after), `stop`, `start -d` again; under valgrind the server (and the workers forked by the reload) runs under memcheck
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
echo WmApps::skip('sio', ['socket.io-client'], true);
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/sio.inc';

$app = Sio::setup();
$master = Sio::start();
echo "started: ", var_export($master > 0, true), "\n";
$kids = WmProc::waitChildren($master, 2, 30.0);

$status = WmApps::cli(Sio::START, ['status'], 30.0);
$rows = [];
foreach (explode("\n", $status) as $line) {
    if (preg_match('/^(\d+)\t\S+\s+(\S+)\s+(\S+)\s+\d+/', $line, $m) && in_array((int)$m[1], $kids, true)) {
        $rows[] = "$m[3] " . strtr($m[2], [':' . Sio::$io => ':<io>', ':' . Sio::$web => ':<web>']);
    }
}
sort($rows);
echo "== status\n", implode("\n", $rows), "\n";
echo preg_match('/^2 workers +2 processes$/m', $status) ? "2 workers, 2 processes\n" : $status;

echo "== reload\n", WmApps::cli(Sio::START, ['reload'], 30.0);
$after = [];
WmProc::waitFor(static function () use (&$after, $master, $kids): bool {
    $after = WmProc::children($master);
    return count($after) === 2 && !array_intersect($after, $kids);
}, 30.0);
echo "children replaced: ", count(array_diff($kids, $after)), " of ", count($kids), ", now ", count($after), "\n";
WmApps::waitPorts([Sio::$io, Sio::$web], 30.0);
echo Sio::chat(['websocket'], 100000);
$r = WmApps::http(Sio::$web, 'GET', '/');
echo "GET /: ", $r['status'] ?? 'no answer', "\n";

echo "== stop\n", Sio::stop($master, $after);
echo "ports free: ", var_export(WmApps::waitPorts([Sio::$io, Sio::$web], 10.0, true), true), "\n";
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;

// start -d (not under valgrind: a daemon's first two processes end with _exit()).
echo "== start -d\n";
$again = Sio::startDaemon($master);
echo "a new master: ", var_export($again > 0 && $again !== $master, true), "\n";
echo Sio::chat(['polling'], 5000, 5000);
echo "== stop\n", Sio::stop($again, WmProc::children($again));
?>
--EXPECT--
started: true
== status
PHPSocketIO socketIO://0.0.0.0:<io>
web http://0.0.0.0:<web>
2 workers, 2 processes
== reload
Workerman[start.php] reload
children replaced: 2 of 2, now 2
== websocket
  websocket-a <- login {"numUsers":1,"usernames":["websocket-a"]}
  websocket-b <- user joined {"username":"websocket-a","numUsers":1}
  websocket-b <- login {"numUsers":2,"usernames":["websocket-a","websocket-b"]}
  websocket-a <- user joined {"username":"websocket-b","numUsers":2}
  websocket-b <- new message {"username":"websocket-a","message":"hi from websocket-a ✓"}
  websocket-a <- new message {"username":"websocket-b","message":"hello back"}
  websocket-a <- new message {"username":"websocket-b","message":"<100000 chars, sha256 ok>"}
  transports: websocket websocket
  websocket-a <- user left {"username":"websocket-b","numUsers":1}
  nothing else: 0
GET /: 200
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
ports free: true
== start -d
a new master: true
== polling
  polling-a <- login {"numUsers":1,"usernames":["polling-a"]}
  polling-b <- user joined {"username":"polling-a","numUsers":1}
  polling-b <- login {"numUsers":2,"usernames":["polling-a","polling-b"]}
  polling-a <- user joined {"username":"polling-b","numUsers":2}
  polling-b <- new message {"username":"polling-a","message":"hi from polling-a ✓"}
  polling-a <- new message {"username":"polling-b","message":"hello back"}
  polling-a <- new message {"username":"polling-b","message":"<5000 chars, sha256 ok>"}
  transports: polling polling
  polling-a <- user left {"username":"polling-b","numUsers":1}
  nothing else: 0
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
