--TEST--
Websocket handshake sent byte by byte; handshake and first frames in one write; handshake plus half a frame
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
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('connect ' . $request->path());
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("message $data");
    $connection->send("<$data>");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        // 1. The request one byte at a time, then a frame one byte at a time.
        $s = wm_connect_nodelay($port);
        wm_drip($s, wm_ws_request('/drip'), 1, 500);
        echo wm_show(wm_ws_recv_head($s));
        wm_drip($s, wm_ws_text('slow'), 1, 500);
        echo bin2hex(wm_recv($s, 8)), "\n";
        fclose($s);
        // 2. Request and two frames in a single write.
        $s = wm_connect_nodelay($port);
        wm_send($s, wm_ws_request('/together') . wm_ws_text('one') . wm_ws_text('two'));
        $head = wm_ws_recv_head($s);
        echo strlen($head), ' ', strtok($head, "\r"), "\n";
        echo bin2hex(wm_recv($s, 7 + 7)), "\n";
        fclose($s);
        // 3. Request plus the first half of a frame, the rest later.
        $s = wm_connect_nodelay($port);
        $f = wm_ws_text('half and half');
        wm_send($s, wm_ws_request('/half') . substr($f, 0, 9));
        $head = wm_ws_recv_head($s);
        echo strlen($head), ' ', strtok($head, "\r"), "\n";
        echo wm_readable($s, 0.2) ? "early data\n" : "nothing yet\n";
        wm_send($s, substr($f, 9));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 101 Switching Protocol\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
\r\n
81063c736c6f773e
155 HTTP/1.1 101 Switching Protocol
81053c6f6e653e81053c74776f3e
155 HTTP/1.1 101 Switching Protocol
nothing yet
fin=1 rsv=0 op=1 len=15 masked=0 <half and half>
connect /drip
message slow
connect /together
message one
message two
connect /half
message half and half
