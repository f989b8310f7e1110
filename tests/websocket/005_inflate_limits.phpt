--TEST--
Websocket compressed input: an RSV1 message is inflated even without negotiation (as upstream), fragments of a compressed message inflated together, a message inflating beyond maxPackageSize closes the connection with upstream's console line
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream re-inflates the accumulated fragments of a compressed message at every fragment (zlib data error, the connection hangs); we inflate the message once it is complete
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onConnect = function ($connection) {
    $connection->maxPackageSize = 100000;
};
$w->onMessage = function ($connection, $data) {
    $connection->send(strlen($data) . ':' . substr($data, 0, 12));
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $ctx = deflate_init(ZLIB_ENCODING_RAW);
        $z = fn ($s) => substr(deflate_add($ctx, $s, ZLIB_SYNC_FLUSH), 0, -4);
        [$s] = wm_ws_open($port);
        wm_send($s, wm_ws_frame($z('compressed hello'), 0x1, true, WM_WS_MASK, 4));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        $part = $z(str_repeat('xyz', 1000));
        $half = intdiv(strlen($part), 2);
        wm_send($s, wm_ws_frame(substr($part, 0, $half), 0x1, false, WM_WS_MASK, 4)
            . wm_ws_frame(substr($part, $half), 0x0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        // 1 MB of zeros compresses to about 1 KB: over maxPackageSize once inflated.
        wm_send($s, wm_ws_frame($z(str_repeat("\0", 1 << 20)), 0x2, true, WM_WS_MASK, 4));
        echo '[', bin2hex(wm_recv_all($s)), ']', feof($s) ? " closed\n" : " open\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded(), "console:\n", WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=15 masked=0 16:compressed h
fin=1 rsv=0 op=1 len=17 masked=0 3000:xyzxyzxyzxyz
[] closed
onClose
console:
WebSocket inflate data exceeds maxPackageSize limit
