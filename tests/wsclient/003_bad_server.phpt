--TEST--
Ws client: a masked server frame, a reserved opcode, a frame or a fragmented message over maxPackageSize, a close frame without onWebSocketClose, a wrong or missing Sec-WebSocket-Accept: echoed as upstream and the connection closed
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/peer.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
wsp_peer($w, function ($c, $request) {
    $path = explode(' ', $request)[1];
    $later = fn ($bytes) => Timer::add(0.05, fn () => $c->send($bytes), [], false);
    switch ($path) {
        case '/badaccept':
            $c->send("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n");
            return;
        case '/noaccept':
            $c->send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            return;
    }
    $c->send(wsp_101($request));
    match ($path) {
        '/masked' => $later(wsp_frame(1, 'hi', true, "\x01\x02\x03\x04")),
        '/opcode' => $later("\x83\x01x"),
        '/big' => $later(wsp_frame(2, str_repeat('b', 200))),
        '/fragbig' => $later(wsp_frame(1, str_repeat('f', 60), false) . wsp_frame(0, str_repeat('g', 60))),
        '/close' => $later(wsp_frame(8, pack('n', 1001))),
    };
}, function ($c, $f) {
    echo "peer got: opcode $f[opcode] payload '$f[payload]'\n";
});
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $paths = ['/masked', '/opcode', '/big', '/fragbig', '/close', '/badaccept', '/noaccept'];
    $seen = 0;
    $next = function () use (&$next, &$paths, &$seen, $port) {
        $console = WmTest::consoleAfterStart();
        if ($seen < strlen($console)) {
            echo 'echoed: ', addcslashes(substr($console, $seen), "\0..\11\13..\37\177..\377"), "\n";
            $seen = strlen($console);
        }
        if (!$paths) {
            WmTest::stop();
            return;
        }
        $path = array_shift($paths);
        echo "== $path\n";
        $c = new AsyncTcpConnection("ws://127.0.0.1:$port$path");
        $c->maxPackageSize = 100;
        $c->onWebSocketConnect = fn ($c, $r) => print("connected\n");
        $c->onMessage = fn ($c, $data) => print("client got '$data'\n");
        $c->onClose = function ($c) use ($next) {
            echo "client onClose\n";
            $next();
        };
        $c->connect();
    };
    $next();
};
Worker::runAll();
?>
--EXPECTF--
== /masked
connected
client onClose
echoed: frame masked so close the connection

== /opcode
connected
client onClose
echoed: error opcode 3 and close websocket connection. Buffer:\203\001x

== /big
connected
client onClose
echoed: error package. package_length=204

== /fragbig
connected
client onClose
echoed: error package. package_length=122

== /close
connected
client onClose
== /badaccept
client onClose
echoed: Sec-WebSocket-Accept not match. Header:
HTTP/1.1 101 Switching Protocols\r
Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=

== /noaccept
client onClose
echoed: Sec-WebSocket-Accept not found. Header:
HTTP/1.1 400 Bad Request\r
Content-Length: 0

