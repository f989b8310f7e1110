--TEST--
Ws client: exact handshake request, 101 answer as a Http\Response in onWebSocketConnect, send() before the handshake flushed after it, masked frames with the zero key and 7/16/64-bit lengths both ways
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/peer.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$port = 0;
wsp_peer($w, function ($c, $request) use (&$port) {
    echo "peer got request:\n", wsp_show($request, $port);
    $c->send(wsp_101($request, ['X-Server: peer', 'Set-Cookie: a=1']));
}, function ($c, $f) {
    echo "peer got frame: fin $f[fin] opcode $f[opcode] head $f[head] mask $f[mask] payload ",
        strlen($f['payload']) > 20 ? strlen($f['payload']) . ' bytes ' . md5($f['payload']) : $f['payload'], "\n";
    if ($f['payload'] === 'early') {
        $c->send(wsp_frame(1, 'reply:early') . wsp_frame(2, str_repeat('b', 126)));
        $c->send(wsp_frame(1, str_repeat('c', 70000)));
    }
});
$w->onClose = function ($c) {
    Timer::add(0.1 * WmTest::$scale, function () {
        echo "peer onClose\n", $GLOBALS['after'] ?? 'no after', "\n";
        WmTest::stop();
    }, [], false);
};
$w->onWorkerStart = function ($w) use (&$port) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("ws://127.0.0.1:$port/chat?room=1");
    $got = 0;
    $c->onConnect = function ($c) {
        echo 'client onConnect: handshakeStep ', var_export($c->context->handshakeStep ?? null, true), "\n";
        echo 'send before the handshake: ', var_export($c->send('early'), true), "\n";
        echo 'handshakeStep ', $c->context->handshakeStep, ', tmpWebsocketData ', bin2hex($c->context->tmpWebsocketData), "\n";
    };
    $c->onWebSocketConnect = function ($c, $response) {
        echo 'onWebSocketConnect: ', get_class($response), ' ', $response->getStatusCode(), ' ',
            $response->getReasonPhrase(), ', status line: ', strtok((string)$response, "\r"), "\n";
        foreach ($response->getHeaders() as $k => $v) {
            echo "  $k: $v\n";
        }
        echo 'handshakeStep ', $c->context->handshakeStep, ', websocketType ', bin2hex($c->websocketType), "\n";
    };
    $c->onMessage = function ($c, $data) use (&$got) {
        echo 'client got ', strlen($data) > 20 ? strlen($data) . ' bytes ' . md5($data) : $data, "\n";
        if (++$got === 3) {
            $c->send(str_repeat('x', 125));
            $c->send(str_repeat('y', 126));
            $c->websocketType = Ws::BINARY_TYPE_ARRAYBUFFER;
            $c->send(str_repeat('z', 65535));
            $c->send(str_repeat('w', 70000));
            echo 'encode(): ', bin2hex(Ws::encode('hi', $c)), "\n";
            $c->close();
        }
    };
    $c->onClose = function ($c) {
        echo 'client onClose: handshakeStep ', var_export($c->context->handshakeStep ?? null, true), "\n";
        Timer::add(0.01, function () use ($c) {
            $GLOBALS['after'] = 'after onClose: handshakeStep ' . var_export($c->context->handshakeStep ?? null, true);
        }, [], false);
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECTF--
client onConnect: handshakeStep NULL
send before the handshake: NULL
handshakeStep 1, tmpWebsocketData 8185000000006561726c79
peer got request:
GET /chat?room=1 HTTP/1.1\r\n
Host: 127.0.0.1:<port>\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: <key>\r\n
\r\n
onWebSocketConnect: Workerman\Protocols\Http\Response 101 Switching Protocols, status line: HTTP/1.1 101 Switching Protocols
  Upgrade: websocket
  Connection: Upgrade
  Sec-WebSocket-Accept: %s
  X-Server: peer
  Set-Cookie: a=1
handshakeStep 2, websocketType 81
peer got frame: fin 1 opcode 1 head 8185 mask 00000000 payload early
client got reply:early
client got 126 bytes %s
client got 70000 bytes %s
encode(): 828200000000%s
client onClose: handshakeStep 2
peer got frame: fin 1 opcode 1 head 81fd mask 00000000 payload 125 bytes %s
peer got frame: fin 1 opcode 1 head 81fe007e mask 00000000 payload 126 bytes %s
peer got frame: fin 1 opcode 2 head 82ff000000000000ffff mask 00000000 payload 65535 bytes %s
peer got frame: fin 1 opcode 2 head 82ff0000000000011170 mask 00000000 payload 70000 bytes %s
peer onClose
after onClose: handshakeStep NULL
