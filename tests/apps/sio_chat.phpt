--TEST--
apps: phpsocket.io 2.3 chat: socket.io-client 2.x clients over websocket only, polling only and the default (polling upgraded to websocket) join, chat (a 200 KB message included) and leave; the web page; under valgrind the server runs under memcheck
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
echo Sio::chat(['websocket', 'polling', 'default']);

// The web page (start_web.php): the chat page as is, a 404.
$r = WmApps::http(Sio::$web, 'GET', '/');
echo "GET /: ", $r['status'] ?? 'no answer', " ", var_export(($r['body'] ?? null) === file_get_contents("$app/examples/chat/public/index.html"), true), "\n";
$r = WmApps::http(Sio::$web, 'GET', '/main.js');
echo "GET /main.js: ", $r['status'] ?? 'no answer', " ", var_export(($r['body'] ?? null) === file_get_contents("$app/examples/chat/public/main.js"), true), "\n";
$r = WmApps::http(Sio::$web, 'GET', '/nothing-here');
echo "GET /nothing-here: ", $r['status'] ?? 'no answer', " ", $r['body'] ?? '', "\n";

$kids = WmProc::children($master);
echo "== stop\n", Sio::stop($master, $kids);
// Under valgrind: the server's processes made no memory error and lost no block of the extension.
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;
?>
--EXPECT--
started: true
== websocket
  websocket-a <- login {"numUsers":1,"usernames":["websocket-a"]}
  websocket-b <- user joined {"username":"websocket-a","numUsers":1}
  websocket-b <- login {"numUsers":2,"usernames":["websocket-a","websocket-b"]}
  websocket-a <- user joined {"username":"websocket-b","numUsers":2}
  websocket-b <- new message {"username":"websocket-a","message":"hi from websocket-a ✓"}
  websocket-a <- new message {"username":"websocket-b","message":"hello back"}
  websocket-a <- new message {"username":"websocket-b","message":"<204800 chars, sha256 ok>"}
  transports: websocket websocket
  websocket-a <- user left {"username":"websocket-b","numUsers":1}
  nothing else: 0
== polling
  polling-a <- login {"numUsers":1,"usernames":["polling-a"]}
  polling-b <- user joined {"username":"polling-a","numUsers":1}
  polling-b <- login {"numUsers":2,"usernames":["polling-a","polling-b"]}
  polling-a <- user joined {"username":"polling-b","numUsers":2}
  polling-b <- new message {"username":"polling-a","message":"hi from polling-a ✓"}
  polling-a <- new message {"username":"polling-b","message":"hello back"}
  polling-a <- new message {"username":"polling-b","message":"<60000 chars, sha256 ok>"}
  transports: polling polling
  polling-a <- user left {"username":"polling-b","numUsers":1}
  nothing else: 0
== default
  default-a <- login {"numUsers":1,"usernames":["default-a"]}
  default-b <- user joined {"username":"default-a","numUsers":1}
  default-b <- login {"numUsers":2,"usernames":["default-a","default-b"]}
  default-a <- user joined {"username":"default-b","numUsers":2}
  default-b <- new message {"username":"default-a","message":"hi from default-a ✓"}
  default-a <- new message {"username":"default-b","message":"hello back"}
  default-a <- new message {"username":"default-b","message":"<204800 chars, sha256 ok>"}
  transports: websocket websocket
  default-a <- user left {"username":"default-b","numUsers":1}
  nothing else: 0
GET /: 200 true
GET /main.js: 200 true
GET /nothing-here: 404 <h3>404 Not Found</h3>
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
