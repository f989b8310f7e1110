--TEST--
Websocket text echo at the length-form boundaries (0, 125, 126, 65535, 65536, 200 KB): exact server frame headers, payload intact, onMessage gets the exact data
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
    WmTest::record('onMessage ' . strlen($data) . ' ' . md5($data));
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        foreach ([0, 1, 125, 126, 127, 65535, 65536, 200 * 1024] as $len) {
            $payload = substr(str_repeat('abcdefghijklmnopqrstuvwxyz0123456789', intdiv($len, 36) + 1), 0, $len);
            wm_send($s, wm_ws_text($payload));
            $f = wm_ws_recv_frame($s);
            if ($f === null) {
                echo "$len: ", wm_ws_describe($f), "\n";
                break;
            }
            $headLen = strlen($f['raw']) - $f['len'];
            echo "$len: head ", bin2hex(substr($f['raw'], 0, $headLen)), ' payload ',
                $f['payload'] === $payload ? 'same' : 'DIFFERENT', ' ', md5($payload), "\n";
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
0: head 8100 payload same d41d8cd98f00b204e9800998ecf8427e
1: head 8101 payload same 0cc175b9c0f1b6a831c399e269772661
125: head 817d payload same 77ae8fb487da39d3385574418ebcddc2
126: head 817e007e payload same 8602740bc67d4cda3eb6557feba45d19
127: head 817e007f payload same d1d14fd9a9c26867e5d11b1b9c0021d5
65535: head 817effff payload same 9a0d0a865e32ac6fc883b028833702c2
65536: head 817f0000000000010000 payload same d69acb9549a7155279171bc70db89457
204800: head 817f0000000000032000 payload same 8232d490af984138f0efb5fd4ddaa557
onMessage 0 d41d8cd98f00b204e9800998ecf8427e
onMessage 1 0cc175b9c0f1b6a831c399e269772661
onMessage 125 77ae8fb487da39d3385574418ebcddc2
onMessage 126 8602740bc67d4cda3eb6557feba45d19
onMessage 127 d1d14fd9a9c26867e5d11b1b9c0021d5
onMessage 65535 9a0d0a865e32ac6fc883b028833702c2
onMessage 65536 d69acb9549a7155279171bc70db89457
onMessage 204800 8232d490af984138f0efb5fd4ddaa557
