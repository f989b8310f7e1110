--TEST--
Websocket input upstream accepts although RFC 6455 is stricter: non-minimal 16/64-bit lengths, RSV2 set, a continuation frame with no message started, a new text frame inside a fragmented message (joined), invalid UTF-8 in a text frame; but a close frame with a 1-byte body is answered 1002 (protocol error, upstream answers 1000; see 050_close_code_validation)
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
    WmTest::record('message ' . bin2hex($data));
    $connection->send("echo:$data");
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $m = WM_WS_MASK;
        $cases = [
            '126 form for 2 bytes' => "\x81\xfe\x00\x02" . $m . wm_ws_mask('hi', $m),
            '127 form for 2 bytes' => "\x81\xff" . pack('J', 2) . $m . wm_ws_mask('hi', $m),
            'rsv2 set' => wm_ws_frame('r2', 1, true, $m, 2),
            'lone continuation' => wm_ws_frame('cc', 0, true),
            'text inside fragments' => wm_ws_frame('a', 1, false) . wm_ws_frame('b', 1, true),
            'invalid utf-8' => wm_ws_text("\xff\xfe"),
        ];
        foreach ($cases as $name => $bytes) {
            [$s] = wm_ws_open($port);
            wm_send($s, $bytes);
            echo "$name: ", wm_ws_describe(wm_ws_recv_frame($s)), "\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        [$s] = wm_ws_open($port);
        wm_send($s, wm_ws_frame("\x03", 8));
        echo 'close with 1 byte: [', bin2hex(wm_recv_all($s)), ']', feof($s) ? " closed\n" : " open\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded(), "console:\n", WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
126 form for 2 bytes: fin=1 rsv=0 op=1 len=7 masked=0 echo:hi
127 form for 2 bytes: fin=1 rsv=0 op=1 len=7 masked=0 echo:hi
rsv2 set: fin=1 rsv=0 op=1 len=7 masked=0 echo:r2
lone continuation: fin=1 rsv=0 op=1 len=7 masked=0 echo:cc
text inside fragments: fin=1 rsv=0 op=1 len=7 masked=0 echo:ab
invalid utf-8: fin=1 rsv=0 op=1 len=7 masked=0 echo:\xff\xfe
close with 1 byte: [880203ea] closed
message 6869
onClose
message 6869
onClose
message 7232
onClose
message 6363
onClose
message 6162
onClose
message fffe
onClose
onClose
console:
