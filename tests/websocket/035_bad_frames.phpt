--TEST--
Websocket bad frames: an unmasked client frame and reserved opcodes (0x3 data, 0xB control) print upstream's console line and close the connection without a reply; other connections go on
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
    WmTest::record("message $data");
    $connection->send($data);
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $cases = [
            'unmasked' => wm_ws_frame('plain', 0x1, true, null),
            'unmasked after a good frame' => wm_ws_text('good') . wm_ws_frame('plain', 0x1, true, null),
            'opcode 3' => wm_ws_frame('x', 0x3),
            'opcode 0xB' => wm_ws_frame('', 0xb),
        ];
        foreach ($cases as $name => $bytes) {
            [$s] = wm_ws_open($port);
            wm_send($s, $bytes);
            echo "$name: [", bin2hex(wm_recv_all($s)), ']', feof($s) ? " closed\n" : " open\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        [$s] = wm_ws_open($port);
        wm_send($s, wm_ws_text('still here'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded(), "console:\n", WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
unmasked: [] closed
unmasked after a good frame: [8104676f6f64] closed
opcode 3: [] closed
opcode 0xB: [] closed
fin=1 rsv=0 op=1 len=10 masked=0 still here
onClose
message good
onClose
onClose
onClose
message still here
onClose
console:
frame not masked so close the connection
frame not masked so close the connection
error opcode 3 and close websocket connection. Buffer:838137fa213d4f
error opcode 11 and close websocket connection. Buffer:8b8037fa213d
