--TEST--
Websocket handshake rejects: missing or wrong Sec-WebSocket-Version (400 with header / 426), missing key (400 page), non-GET and plain HTTP requests, exact bytes then close
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('onWebSocketConnect');
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("onMessage $data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $cases = [
            'no version' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                . "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
            'version 8' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                . "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n",
            'version 13 lower-case name' => "GET / HTTP/1.1\r\nHost: x\r\nsec-websocket-version: 13\r\n\r\n",
            'no key' => "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                . "Sec-WebSocket-Version: 13\r\n\r\n",
            'plain HTTP GET' => "GET /index.html HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n",
            'POST' => "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
            'lower-case get' => "get / HTTP/1.1\r\nHost: x\r\n\r\n",
            'a frame first' => wm_ws_text('hello'),
        ];
        foreach ($cases as $name => $req) {
            $s = wm_connect($port);
            wm_send($s, $req);
            echo "$name:\n", wm_show(wm_recv_all($s)), feof($s) ? "closed\n" : "open\n";
            fclose($s);
        }
        PHP), function ($out) {
        echo $out;
        echo "events: [", WmTest::recorded(), "]\n";
    });
};
Worker::runAll();
?>
--EXPECT--
no version:
HTTP/1.1 400 Bad Request\r\n
Sec-WebSocket-Version: 13\r\n
\r\n
closed
version 8:
HTTP/1.1 426 Upgrade Required\r\n
Connection: Upgrade\r\n
Upgrade: WebSocket\r\n
Sec-WebSocket-Version: 13\r\n
\r\n
closed
version 13 lower-case name:
HTTP/1.1 400 Bad Request\r\n
\r\n
<div style="text-align:center"><h1>400 Bad Request</h1><hr>workerman</div>
closed
no key:
HTTP/1.1 400 Bad Request\r\n
\r\n
<div style="text-align:center"><h1>400 Bad Request</h1><hr>workerman</div>
closed
plain HTTP GET:
HTTP/1.1 400 Bad Request\r\n
Sec-WebSocket-Version: 13\r\n
\r\n
closed
POST:
HTTP/1.1 400 Bad Request\r\n
\r\n
<div style="text-align:center"><h1>400 Bad Request</h1><hr>workerman</div>
closed
lower-case get:
HTTP/1.1 400 Bad Request\r\n
\r\n
<div style="text-align:center"><h1>400 Bad Request</h1><hr>workerman</div>
closed
a frame first:
HTTP/1.1 400 Bad Request\r\n
\r\n
<div style="text-align:center"><h1>400 Bad Request</h1><hr>workerman</div>
closed
events: []
