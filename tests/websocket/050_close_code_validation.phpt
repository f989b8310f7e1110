--TEST--
Websocket close codes (RFC 6455 7.4): a close frame carrying a code that must not be received (0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535), a 1-byte payload, a fragmented close or one over 125 bytes is answered 1002; a reason that is not UTF-8 is answered 1007; valid codes (1003, 1007, 1012-1014, 3000, 4999) are echoed; exact bytes, then the close
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.2.2 answers every close frame with 1000 (88 02 03 e8); RFC 6455 7.4.1/7.1.7 want a protocol error (1002) for a code that must not be received and 1007 for a reason that is not UTF-8, which we send
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onMessage = function ($connection, $data) {
    $connection->send($data);
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $cases = [];
        foreach ([0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535, 1003, 1007, 1012, 1013, 1014, 3000, 4999] as $code) {
            $cases["code $code"] = wm_ws_close($code);
        }
        $cases['1-byte payload'] = wm_ws_frame("\x03", 0x8);
        $cases['UTF-8 reason'] = wm_ws_close(1001, "caf\u{e9} \u{1f600}");
        $cases['reason not UTF-8'] = wm_ws_close(1001, "caf\xc3");
        $cases['surrogate in the reason'] = wm_ws_close(4000, "\xed\xa0\x80");
        $cases['bad code, bad reason'] = wm_ws_close(1005, "\xff");
        $cases['fragmented close'] = wm_ws_frame(pack('n', 1000), 0x8, false);
        $cases['126-byte close'] = wm_ws_frame(pack('n', 1000) . str_repeat('r', 124), 0x8);
        foreach ($cases as $name => $frame) {
            [$s] = wm_ws_open($port);
            wm_send($s, $frame);
            echo str_pad("$name:", 26), bin2hex(wm_recv_all($s)), feof($s) ? " closed\n" : " open\n";
            fclose($s);
        }
        PHP), function ($out) {
        echo $out, substr_count(WmTest::recorded(), "onClose\n"), " onClose\n";
    });
};
Worker::runAll();
?>
--EXPECT--
code 0:                   880203ea closed
code 999:                 880203ea closed
code 1004:                880203ea closed
code 1005:                880203ea closed
code 1006:                880203ea closed
code 1015:                880203ea closed
code 1016:                880203ea closed
code 2999:                880203ea closed
code 5000:                880203ea closed
code 65535:               880203ea closed
code 1003:                880203eb closed
code 1007:                880203ef closed
code 1012:                880203f4 closed
code 1013:                880203f5 closed
code 1014:                880203f6 closed
code 3000:                88020bb8 closed
code 4999:                88021387 closed
1-byte payload:           880203ea closed
UTF-8 reason:             880203e9 closed
reason not UTF-8:         880203ef closed
surrogate in the reason:  880203ef closed
bad code, bad reason:     880203ea closed
fragmented close:         880203ea closed
126-byte close:           880203ea closed
24 onClose
