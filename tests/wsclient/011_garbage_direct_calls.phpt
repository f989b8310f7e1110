--TEST--
Ws client: random bytes fed straight to Ws::input()/decode()/dealHandshake() and a read of 20000 pongs never crash, hang or grow without bound
--EXTENSIONS--
workerman
--FILE--
<?php
// upstream differs: decode() of a buffer under 2 bytes warns there ("Uninitialized string offset"), and 20000 pongs in one read recurse through input() with a copy of the rest each time until the memory limit; here decode() is silent and input() loops
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;

Worker::$outputStream = fopen('php://memory', 'w+');
mt_srand(6);
$results = [];
for ($i = 0; $i < 3000; $i++) {
    $c = new AsyncTcpConnection('ws://127.0.0.1:1/');
    $c->maxPackageSize = 1000;
    $c->context->handshakeStep = $i % 3 === 0 ? 1 : 2;
    $c->context->websocketSecKey = 'dGhlIHNhbXBsZSBub25jZQ==';
    $c->context->websocketCurrentFrameLength = 0;
    $c->context->websocketDataBuffer = '';
    $c->context->tmpWebsocketData = '';
    $len = mt_rand(0, 40);
    $buf = '';
    for ($j = 0; $j < $len; $j++) {
        $buf .= chr(mt_rand(0, 255));
    }
    if ($i % 3 === 0 && $i % 2 === 0) {
        $buf = "HTTP/1.1 101 OK\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n" . $buf;
    }
    $r = Ws::input($buf, $c);
    $results[gettype($r)] = true;
    Ws::decode($buf, $c);
}
ksort($results);
echo implode(',', array_keys($results)), "\n";

// One buffer of 20000 empty pongs then a text frame: handled in one input() call.
$c = new AsyncTcpConnection('ws://127.0.0.1:1/');
$c->context->handshakeStep = 2;
$c->context->websocketCurrentFrameLength = 0;
$c->context->websocketDataBuffer = '';
$pongs = 0;
$c->onWebSocketPong = function () use (&$pongs) {
    $pongs++;
};
$r = Ws::input(str_repeat("\x8a\x00", 20000) . "\x81\x02hi", $c);
echo "pongs $pongs, then a frame of $r bytes\n";
?>
--EXPECT--
integer
pongs 20000, then a frame of 4 bytes
