--TEST--
permessage-deflate negotiation: with websocketType BLOB_DEFLATE set and no header added by the app, a client offering the extension gets it in the 101 and compressed frames (also a compressed message in fragments, RSV1 on the first only); a client not offering it gets plain 0x81 frames
--EXTENSIONS--
workerman
posix
zlib
--FILE--
<?php
// upstream differs: upstream only compresses when the app adds the Sec-WebSocket-Extensions header itself, and then also to clients that did not offer it; we negotiate
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->websocketType = Websocket::BINARY_TYPE_BLOB_DEFLATE;
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('message ' . strlen($data) . ' ' . (strlen($data) <= 20 ? $data : md5($data)));
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $deflate = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
        $inflate = inflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
        $z = fn (string $m): string => substr(deflate_add($deflate, $m, ZLIB_SYNC_FLUSH), 0, -4);
        $show = function (?array $f) use ($inflate): string {
            if ($f === null || $f['rsv'] !== 4) {
                return wm_ws_describe($f);
            }
            $plain = inflate_add($inflate, $f['payload'] . "\x00\x00\xff\xff");
            return sprintf('fin=%d rsv=%d op=%d inflated %d: %s', $f['fin'], $f['rsv'], $f['opcode'],
                strlen($plain), strlen($plain) <= 20 ? $plain : md5($plain));
        };
        echo "offered:\n";
        [$s, $head] = wm_ws_open($port, '/', ['Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits']);
        echo wm_show($head);
        wm_send($s, wm_ws_frame($z('hello'), 0x1, true, WM_WS_MASK, 4));
        echo $show(wm_ws_recv_frame($s)), "\n";
        // One compressed message in three fragments: RSV1 on the first frame only.
        $c = $z(str_repeat('fragmented ', 1000));
        $third = intdiv(strlen($c), 3);
        wm_send($s, wm_ws_frame(substr($c, 0, $third), 0x1, false, WM_WS_MASK, 4)
            . wm_ws_frame(substr($c, $third, $third), 0x0, false)
            . wm_ws_frame(substr($c, 2 * $third), 0x0, true));
        echo $show(wm_ws_recv_frame($s)), "\n";
        // An uncompressed message on the same connection (RSV1 clear).
        wm_send($s, wm_ws_text('plain'));
        echo $show(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        echo "not offered:\n";
        [$s, $head] = wm_ws_open($port);
        echo wm_show($head);
        wm_send($s, wm_ws_text('hello'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
offered:
HTTP/1.1 101 Switching Protocol\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
Sec-WebSocket-Extensions: permessage-deflate\r\n
\r\n
fin=1 rsv=4 op=1 inflated 10: echo:hello
fin=1 rsv=4 op=1 inflated 11005: 13e2f87b025b53995f23a259c8375a83
fin=1 rsv=4 op=1 inflated 10: echo:plain
not offered:
HTTP/1.1 101 Switching Protocol\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
\r\n
fin=1 rsv=0 op=1 len=10 masked=0 echo:hello
message 5 hello
message 11000 342e8c40ed40ed0658d9b1b31208baf2
message 5 plain
message 5 hello
