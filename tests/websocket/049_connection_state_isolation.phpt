--TEST--
Websocket state is per connection: two clients interleave partial frames and fragmented messages; connection defaults (onWebSocketConnect null, headers []) and a GatewayWorker-style wrapper that saves and replaces onWebSocketConnect per connection
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
    WmTest::record('app onWebSocketConnect ' . $request->path());
};
$w->onConnect = function ($connection) {
    WmTest::record('defaults: ' . var_export($connection->onWebSocketConnect, true) . ' '
        . json_encode($connection->headers) . ' ' . var_export(isset($connection->websocketType), true));
    // As GatewayWorker does: keep the worker's callback and wrap it for this connection.
    $original = $connection->worker->onWebSocketConnect;
    $connection->onWebSocketConnect = function ($connection, $request) use ($original) {
        WmTest::record('wrapper ' . $request->path());
        $original($connection, $request);
    };
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('message ' . (strlen($data) > 20 ? strlen($data) . ' bytes' : $data));
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$a] = wm_ws_open($port, '/a');
        [$b] = wm_ws_open($port, '/b');
        $fa = wm_ws_text(str_repeat('A', 200));
        wm_send($a, substr($fa, 0, 5));
        wm_send($b, wm_ws_frame('b1-', 0x1, false));
        usleep(20000);
        wm_send($a, substr($fa, 5, 100));
        wm_send($b, wm_ws_frame('b2', 0x0, true));
        echo 'b: ', wm_ws_describe(wm_ws_recv_frame($b)), "\n";
        wm_send($a, substr($fa, 105));
        $f = wm_ws_recv_frame($a);
        echo 'a: ', $f['len'], ' ', $f['payload'] === 'echo:' . str_repeat('A', 200) ? 'same' : 'DIFFERENT', "\n";
        wm_send($a, wm_ws_frame('x', 0x1, false));
        wm_send($b, wm_ws_text('y'));
        echo 'b: ', wm_ws_describe(wm_ws_recv_frame($b)), "\n";
        wm_send($a, wm_ws_frame('z', 0x0, true));
        echo 'a: ', wm_ws_describe(wm_ws_recv_frame($a)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
b: fin=1 rsv=0 op=1 len=10 masked=0 echo:b1-b2
a: 205 same
b: fin=1 rsv=0 op=1 len=6 masked=0 echo:y
a: fin=1 rsv=0 op=1 len=7 masked=0 echo:xz
defaults: NULL [] false
wrapper /a
app onWebSocketConnect /a
defaults: NULL [] false
wrapper /b
app onWebSocketConnect /b
message b1-b2
message 200 bytes
message y
message xz
