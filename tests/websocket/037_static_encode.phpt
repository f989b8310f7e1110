--TEST--
Websocket::encode() called from PHP: bytes of each length form, non-scalars as JSON, websocketType honoured and defaulted, held in context->tmpWebsocketData (returning '') before the handshake, GatewayWorker-style raw send of a pre-encoded frame
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

function show_frame(string $f): string
{
    if (strlen($f) <= 40) {
        return bin2hex($f);
    }
    $b1 = ord($f[1]) & 0x7f;
    $head = $b1 === 126 ? 4 : ($b1 === 127 ? 10 : 2);
    return bin2hex(substr($f, 0, $head)) . ' + ' . (strlen($f) - $head) . ' bytes';
}

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('before handshake: type ' . var_export($connection->websocketType ?? null, true));
    $r = Websocket::encode('held', $connection);
    WmTest::record('before handshake: encode returned ' . var_export($r, true) . ', type '
        . bin2hex($connection->websocketType) . ', held ' . bin2hex($connection->context->tmpWebsocketData));
};
$w->onMessage = function ($connection, $data) {
    foreach (['x', '', str_repeat('a', 125), str_repeat('b', 126), str_repeat('c', 65535),
                 str_repeat('d', 65536), ['a' => 1, 'u' => "\u{fc}/"], (object)['k' => [1, 2]], null, 'é'] as $v) {
        WmTest::record(json_encode(is_string($v) && strlen($v) > 8 ? strlen($v) . ' bytes' : $v)
            . ' => ' . show_frame(Websocket::encode($v, $connection)));
    }
    $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    WmTest::record('arraybuffer => ' . show_frame(Websocket::encode("\x00\xff", $connection)));
    $connection->websocketType = Websocket::BINARY_TYPE_BLOB;
    // GatewayWorker encodes once and sends the frame raw.
    $frame = Websocket::encode('pre-encoded', $connection);
    $connection->send($frame, true);
    $connection->send('normal');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_text('go'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=4 masked=0 held
fin=1 rsv=0 op=1 len=11 masked=0 pre-encoded
fin=1 rsv=0 op=1 len=6 masked=0 normal
before handshake: type NULL
before handshake: encode returned '', type 81, held 810468656c64
"x" => 810178
"" => 8100
"125 bytes" => 817d + 125 bytes
"126 bytes" => 817e007e + 126 bytes
"65535 bytes" => 817effff + 65535 bytes
"65536 bytes" => 817f0000000000010000 + 65536 bytes
{"a":1,"u":"\u00fc\/"} => 81127b2261223a312c2275223a22c3bc5c2f227d
{"k":[1,2]} => 810b7b226b223a5b312c325d7d
null => 81046e756c6c
"\u00e9" => 8102c3a9
arraybuffer => 820200ff
