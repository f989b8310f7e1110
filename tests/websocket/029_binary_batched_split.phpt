--TEST--
Websocket: websocketType ARRAYBUFFER (0x82 frames), binary payloads with every byte value, several frames in one write, a frame split byte by byte, different masking keys
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onConnect = function ($connection) {
    $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('onMessage ' . strlen($data) . ' ' . (strlen($data) <= 16 ? bin2hex($data) : md5($data)));
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    echo bin2hex(Websocket::BINARY_TYPE_BLOB), ' ', bin2hex(Websocket::BINARY_TYPE_ARRAYBUFFER), ' ',
        bin2hex(Websocket::BINARY_TYPE_BLOB_DEFLATE), ' ', bin2hex(Websocket::BINARY_TYPE_ARRAYBUFFER_DEFLATE), "\n";
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        $all = '';
        for ($i = 0; $i < 256; $i++) {
            $all .= chr($i);
        }
        // Binary opcode, every byte value.
        wm_send($s, wm_ws_binary($all));
        $f = wm_ws_recv_frame($s);
        echo bin2hex(substr($f['raw'], 0, 4)), ' ', $f['payload'] === $all ? 'same' : 'DIFFERENT', "\n";
        // Three frames and different masks in one write.
        wm_send($s, wm_ws_frame("\x00\x01", 0x2, true, "\x00\x00\x00\x00")
            . wm_ws_frame('text', 0x1, true, "\xff\xff\xff\xff")
            . wm_ws_frame("\r\n\r\n", 0x2, true, "\x80\x01\x7f\xfe"));
        echo bin2hex(wm_recv($s, 4 + 6 + 6)), "\n";
        // A 200-byte frame one byte at a time.
        wm_drip($s, wm_ws_binary(str_repeat("\xab", 200)), 1, 200);
        $f = wm_ws_recv_frame($s);
        echo bin2hex(substr($f['raw'], 0, 4)), ' ', $f['payload'] === str_repeat("\xab", 200) ? 'same' : 'DIFFERENT', "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
81 82 c1 c2
827e0100 same
8202000182047465787482040d0a0d0a
827e00c8 same
onMessage 256 e2c865db4162bed963bfaa9ef6ac18f0
onMessage 2 0001
onMessage 4 74657874
onMessage 4 0d0a0d0a
onMessage 200 fb7fb205d354517530207d61c0823b59
