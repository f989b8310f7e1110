--TEST--
Websocket: control frames (ping, pong) between the fragments of a message are handled on their own; the message is still delivered whole
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.2.2 glues the pending fragments onto the ping payload (pong "first-mid", message "second"); RFC 6455 5.4 allows control frames between fragments, we keep them apart
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketPong = function ($connection, $data) {
    WmTest::record("onWebSocketPong $data");
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("onMessage $data");
    $connection->send('got ' . strlen($data));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        wm_send($s, wm_ws_frame('first-', 0x1, false));
        wm_send($s, wm_ws_ping('mid'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_frame('second-', 0x0, false));
        wm_send($s, wm_ws_pong('pp'));
        usleep((int)(50000 * wm_scale()));
        wm_send($s, wm_ws_frame('third', 0x0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        // The same in one write.
        wm_send($s, wm_ws_frame('x', 0x1, false) . wm_ws_ping('p2') . wm_ws_frame('y', 0x0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=10 len=3 masked=0 mid
fin=1 rsv=0 op=1 len=6 masked=0 got 18
fin=1 rsv=0 op=10 len=2 masked=0 p2
fin=1 rsv=0 op=1 len=5 masked=0 got 2
onWebSocketPong pp
onMessage first-second-third
onMessage xy
