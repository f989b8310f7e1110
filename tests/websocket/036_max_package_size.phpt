--TEST--
Websocket maxPackageSize: a frame whose announced size (header included) exceeds it, a 64-bit length, and fragments that together exceed it print "error package. package_length=N" and close; a frame of exactly the limit is accepted
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
$w->onConnect = function ($connection) {
    $connection->maxPackageSize = 1000;
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('message ' . strlen($data));
    $connection->send('got ' . strlen($data));
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $cases = [
            // 8-byte header (with mask) + 992 = 1000: accepted.
            'exactly the limit' => wm_ws_text(str_repeat('a', 992)),
            // Only the header of a 2000-byte frame is sent.
            'announced 2000' => substr(wm_ws_text(str_repeat('b', 2000)), 0, 8),
            'one byte over' => wm_ws_text(str_repeat('c', 993)),
            '64-bit length' => wm_ws_frame('', 0x2, true, WM_WS_MASK, 0, 1 << 40),
            'fragments' => wm_ws_frame(str_repeat('d', 600), 0x1, false) . wm_ws_frame(str_repeat('e', 500), 0x0, true),
        ];
        foreach ($cases as $name => $bytes) {
            [$s] = wm_ws_open($port);
            wm_send($s, $bytes);
            if ($name === 'exactly the limit') {
                echo "$name: ", wm_ws_describe(wm_ws_recv_frame($s)), "\n";
            } else {
                echo "$name: [", bin2hex(wm_recv_all($s)), ']', feof($s) ? " closed\n" : " open\n";
            }
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded(), "console:\n", WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
exactly the limit: fin=1 rsv=0 op=1 len=7 masked=0 got 992
announced 2000: [] closed
one byte over: [] closed
64-bit length: [] closed
fragments: [] closed
message 992
onClose
onClose
onClose
onClose
onClose
console:
error package. package_length=2008
error package. package_length=1001
error package. package_length=1099511627790
error package. package_length=1108
