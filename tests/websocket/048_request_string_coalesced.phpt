--TEST--
onWebSocketConnect Request when the first frame arrives in the same write as the handshake: its string form is exactly the request head, rawBody() is empty, and the frame is still delivered to onMessage
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream builds the Request from the whole receive buffer, so the frame bytes that followed the head show up in (string)$request and rawBody()
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    $raw = (string)$request;
    WmTest::record('string form is the head: ' . var_export($raw === wm_ws_request('/first?q=1'), true)
        . ', length ' . strlen($raw) . ', rawHead ' . strlen($request->rawHead()) . ', rawBody ' . var_export($request->rawBody(), true));
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("message $data");
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $s = wm_connect($port);
        wm_send($s, wm_ws_request('/first?q=1') . wm_ws_text('abc') . wm_ws_text('def'));
        echo strtok(wm_ws_recv_head($s), "\r"), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 101 Switching Protocol
fin=1 rsv=0 op=1 len=3 masked=0 abc
fin=1 rsv=0 op=1 len=3 masked=0 def
string form is the head: true, length 157, rawHead 153, rawBody ''
message abc
message def
