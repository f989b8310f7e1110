--TEST--
permessage-deflate as upstream: the app sets websocketType BLOB_DEFLATE and adds the extension header itself; RSV1 client frames are inflated (context kept across messages), server frames are deflated (0xc1, or 0xc2 for ARRAYBUFFER_DEFLATE)
--EXTENSIONS--
workerman
posix
zlib
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->websocketType = $request->path() === '/ab'
        ? Websocket::BINARY_TYPE_ARRAYBUFFER_DEFLATE : Websocket::BINARY_TYPE_BLOB_DEFLATE;
    $connection->headers = ['Sec-WebSocket-Extensions: permessage-deflate'];
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('message ' . strlen($data) . ' ' . (strlen($data) <= 20 ? bin2hex($data) : md5($data)));
    $connection->send($data === 'big' ? str_repeat('0123456789', 10000) : "echo:$data");
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $deflate = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
        $inflate = inflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
        $z = fn (string $m): string => substr(deflate_add($deflate, $m, ZLIB_SYNC_FLUSH), 0, -4);
        $show = function (?array $f) use ($inflate): string {
            if ($f === null) {
                return wm_ws_describe($f);
            }
            $plain = inflate_add($inflate, $f['payload'] . "\x00\x00\xff\xff");
            return sprintf('fin=%d rsv=%d op=%d inflated %d: %s', $f['fin'], $f['rsv'], $f['opcode'],
                strlen($plain), strlen($plain) <= 20 ? rtrim(wm_show($plain), "\n") : md5($plain));
        };
        [$s, $head] = wm_ws_open($port, '/', ['Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits']);
        echo wm_show($head);
        foreach (['hello', 'hello', str_repeat('abc', 30000), 'big'] as $m) {
            wm_send($s, wm_ws_frame($z($m), 0x1, true, WM_WS_MASK, 4));
            echo $show(wm_ws_recv_frame($s)), "\n";
        }
        fclose($s);
        usleep((int)(50000 * wm_scale()));
        // ARRAYBUFFER_DEFLATE, fresh compression contexts.
        $deflate = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
        $inflate = inflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
        [$s] = wm_ws_open($port, '/ab');
        wm_send($s, wm_ws_frame($z("\x00\x01\x02"), 0x2, true, WM_WS_MASK, 4));
        echo $show(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        usleep((int)(50000 * wm_scale()));
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
Sec-WebSocket-Extensions: permessage-deflate\r\n
\r\n
fin=1 rsv=4 op=1 inflated 10: echo:hello
fin=1 rsv=4 op=1 inflated 10: echo:hello
fin=1 rsv=4 op=1 inflated 90005: 7420c1d2a3dff46f8e6bfdee67021da8
fin=1 rsv=4 op=1 inflated 100000: 13572e9e296cff52b79c52148313c3a5
fin=1 rsv=4 op=2 inflated 8: echo:\0\x01\x02
message 5 68656c6c6f
message 5 68656c6c6f
message 90000 49bf0958e86831159b78b825699ec48e
message 3 626967
onClose
message 3 000102
onClose
