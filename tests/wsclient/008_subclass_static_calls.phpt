--TEST--
Ws client: a subclass's sendHandshake/parseResponse/decode overrides are used where upstream calls them through static::, and direct static calls (encode before any handshake, decode, input before the handshake)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/peer.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;
use Workerman\Protocols\Http\Response;

class MyWs extends Ws
{
    public static function sendHandshake(AsyncTcpConnection $connection): void
    {
        echo "MyWs::sendHandshake\n";
        $connection->headers = ['X-Sub' => 'yes'];
        parent::sendHandshake($connection);
    }

    protected static function parseResponse(string $buffer): Response
    {
        echo "MyWs::parseResponse\n";
        return parent::parseResponse($buffer)->withHeader('X-Parsed', 'by MyWs');
    }

    public static function decode(string $bytes, AsyncTcpConnection $connection): string
    {
        return strtoupper(parent::decode($bytes, $connection));
    }
}

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$port = 0;
wsp_peer($w, function ($c, $request) use (&$port) {
    echo "peer got request:\n", wsp_show($request, $port);
    $c->send(wsp_101($request));
}, function ($c, $f) {
    echo "peer got: opcode $f[opcode] payload '$f[payload]'\n";
    if ($f['payload'] === 'hi') {
        $c->send(wsp_frame(1, 'message') . wsp_frame(10, 'pong'));
    } else {
        $c->close();
    }
});
$w->onClose = function () {
    echo "peer onClose\n";
    WmTest::stop();
};
$w->onWorkerStart = function ($w) use (&$port) {
    WmTest::guard();
    $port = WmTest::port($w);

    // Direct calls on a connection that never connected.
    $d = new AsyncTcpConnection("ws://127.0.0.1:$port/direct");
    echo 'input before any handshake: ', Ws::input("\x81\x03abc", $d), "\n";
    echo 'encode before any handshake: ', var_export(Ws::encode('abc', $d), true), ', handshakeStep ',
        $d->context->handshakeStep, ', queued ', bin2hex($d->context->tmpWebsocketData), "\n";
    echo 'encode 126 bytes while queued: ', var_export(Ws::encode(str_repeat('x', 126), $d), true), ', queued ',
        strlen($d->context->tmpWebsocketData), "\n";
    echo 'decode: ', Ws::decode("\x81\x03abc", $d), ', ', Ws::decode("\x81\x7e\x00\x03abc", $d), "\n";
    unset($d->context->handshakeStep);
    $d->context->handshakeStep = 2;
    echo 'encode after the handshake: ', bin2hex(Ws::encode('abc', $d)), "\n";
    echo 'echoed: ', WmTest::consoleAfterStart();

    $c = new AsyncTcpConnection("tcp://127.0.0.1:$port/sub");
    $c->protocol = MyWs::class;
    $c->onWebSocketConnect = function ($c, $response) {
        echo 'connected: ', get_class($response), ' X-Parsed ', $response->getHeader('X-Parsed'), "\n";
        $c->send('hi');
    };
    $c->onMessage = fn ($c, $data) => print("client got '$data'\n");
    $c->onWebSocketPong = function ($c, $data) {
        // websocketType is "\x8a" during the callback (as upstream): this goes out as a pong
        echo "client pong '$data'\n";
        $c->send('done');
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECTF--
input before any handshake: -1
encode before any handshake: '', handshakeStep 1, queued 818300000000616263
encode 126 bytes while queued: '', queued 143
decode: abc, abc
encode after the handshake: 818300000000616263
echoed: recv data before handshake. Buffer:8103616263
MyWs::sendHandshake
peer got request:
GET /sub HTTP/1.1\r\n
Host: 127.0.0.1:<port>\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: <key>\r\n
X-Sub: yes\r\n
\r\n
MyWs::parseResponse
connected: Workerman\Protocols\Http\Response X-Parsed by MyWs
peer got: opcode 1 payload 'hi'
client got 'MESSAGE'
client pong 'PONG'
peer got: opcode 10 payload 'done'
peer onClose
