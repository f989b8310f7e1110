--TEST--
Data sent before the handshake completes is held up to maxSendBufferSize: onBufferFull when the held data reaches it, then onError(SEND_FAIL, 'send buffer full and drop package') and the message is dropped; what was held is delivered after the 101
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Connection\ConnectionInterface;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onBufferFull = function ($connection) {
    WmTest::record('onBufferFull, held ' . strlen($connection->context->tmpWebsocketData));
};
$w->onError = function ($connection, $code, $msg) {
    WmTest::record("onError $code $msg (SEND_FAIL is " . ConnectionInterface::SEND_FAIL . ')');
};
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->maxSendBufferSize = 100;
    foreach (['a', 'b', 'c', 'd'] as $c) {
        $r = $connection->send(str_repeat($c, 60));
        WmTest::record("send $c: " . var_export($r, true) . ', held ' . strlen($connection->context->tmpWebsocketData));
    }
};
$w->onMessage = function ($connection, $data) {
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_text('next'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=60 masked=0 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
fin=1 rsv=0 op=1 len=60 masked=0 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
fin=1 rsv=0 op=1 len=9 masked=0 echo:next
send a: NULL, held 62
onBufferFull, held 124
send b: NULL, held 124
onError 2 send buffer full and drop package (SEND_FAIL is 2)
send c: NULL, held 124
onError 2 send buffer full and drop package (SEND_FAIL is 2)
send d: NULL, held 124
