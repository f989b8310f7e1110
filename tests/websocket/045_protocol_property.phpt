--TEST--
Websocket set through the protocol property of a tcp:// worker with the 4.x spelling (leading backslash): the property keeps the assigned string and connections speak websocket
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = '\Workerman\Protocols\Websocket';
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('onWebSocketConnect ' . $request->path());
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('protocols: ' . $connection->worker->protocol . ' ' . $connection->protocol);
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    echo $w->protocol, "\n";
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s, $head] = wm_ws_open($port, '/v4');
        echo strtok($head, "\r"), "\n";
        wm_send($s, wm_ws_text('hi'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
\Workerman\Protocols\Websocket
HTTP/1.1 101 Switching Protocol
fin=1 rsv=0 op=1 len=7 masked=0 echo:hi
onWebSocketConnect /v4
protocols: \Workerman\Protocols\Websocket \Workerman\Protocols\Websocket
