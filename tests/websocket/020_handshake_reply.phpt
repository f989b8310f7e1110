--TEST--
Websocket handshake: exact 101 reply for the RFC 6455 sample key, $connection->headers lines added (lines with CR/LF skipped)
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
    if ($request->path() === '/extra') {
        $connection->headers = [
            'X-One: 1',
            "X-Bad: a\r\nX-Injected: 1",
            "X-Bad-Lf: b\nc",
            'Sec-WebSocket-Protocol: chat',
        ];
    }
};
$w->onMessage = function ($connection, $data) {
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    echo $w->protocol, "\n";
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        echo wm_ws_accept(WM_WS_SAMPLE_KEY), "\n";
        [$s, $head] = wm_ws_open($port);
        echo wm_show($head);
        wm_send($s, wm_ws_text('hi'));
        echo bin2hex(wm_recv($s, 9)), "\n";
        fclose($s);
        [$s, $head] = wm_ws_open($port, '/extra', [], 'AQIDBAUGBwgJCgsMDQ4PEA==');
        echo wm_show($head);
        wm_send($s, wm_ws_text('x'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP));
};
Worker::runAll();
?>
--EXPECT--
Workerman\Protocols\Websocket
s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
HTTP/1.1 101 Switching Protocol\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
\r\n
81076563686f3a6869
HTTP/1.1 101 Switching Protocol\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: C/0nmHhBztSRGR1CwL6Tf4ZjwpY=\r\n
X-One: 1\r\n
Sec-WebSocket-Protocol: chat\r\n
\r\n
fin=1 rsv=0 op=1 len=6 masked=0 echo:x
