--TEST--
Websocket fragmented messages: text + continuation frames give one onMessage (separate writes, one write, binary with 126-form and empty fragments)
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
$w->onMessage = function ($connection, $data) {
    WmTest::record('onMessage ' . strlen($data) . ' ' . (strlen($data) <= 32 ? $data : md5($data)));
    $connection->send('got ' . strlen($data));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        // Separate writes.
        wm_send($s, wm_ws_frame('Hel', 0x1, false));
        usleep(30000);
        wm_send($s, wm_ws_frame('lo ', 0x0, false));
        usleep(30000);
        echo wm_readable($s, 0.1) ? "early reply\n" : "no reply before the last fragment\n";
        wm_send($s, wm_ws_frame('World', 0x0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        // All in one write.
        wm_send($s, wm_ws_frame('a', 0x1, false) . wm_ws_frame('b', 0x0, false) . wm_ws_frame('c', 0x0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        // Binary fragments with 16-bit lengths, plus an empty continuation.
        wm_send($s, wm_ws_frame(str_repeat("\x01", 300), 0x2, false)
            . wm_ws_frame('', 0x0, false)
            . wm_ws_frame(str_repeat("\x02", 400), 0x0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
no reply before the last fragment
fin=1 rsv=0 op=1 len=6 masked=0 got 11
fin=1 rsv=0 op=1 len=5 masked=0 got 3
fin=1 rsv=0 op=1 len=7 masked=0 got 700
onMessage 11 Hello World
onMessage 3 abc
onMessage 700 1e49267121b772fb7b43e2d46c55e5dd
