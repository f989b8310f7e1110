--TEST--
Ws client: Origin, Sec-WebSocket-Protocol and user headers (unsafe ones skipped, CR/LF removed, a user Host replaces ours), the websocketPingInterval timer's bytes, reconnect() redoes the handshake with a new key, frames queued before the handshake over maxSendBufferSize
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

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$port = 0;
$keys = [];
$pings = 0;
wsp_peer($w, function ($c, $request) use (&$port, &$keys) {
    echo "peer got request:\n", wsp_show($request, $port);
    $keys[] = wsp_key($request);
    $c->send(wsp_101($request, ['Sec-WebSocket-Protocol: chat']));
}, function ($c, $f) use (&$pings) {
    echo "peer got: opcode $f[opcode] head $f[head] mask $f[mask] payload '$f[payload]'\n";
    if ($f['opcode'] === 9 && ++$pings === 2) {
        $c->close();
    }
    if ($f['payload'] === 'bye') {
        $c->close();
    }
});
$w->onWorkerStart = function ($w) use (&$port, &$keys, &$pings) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("ws://127.0.0.1:$port/");
    $c->websocketOrigin = "http://example.com\r\nX-Evil: 1";
    $c->websocketClientProtocol = 'chat, superchat';
    $c->headers = ['X-Token' => 'abc', 'Bad:Name' => 'x', "X-Bad\n" => 'x', 'X-Bad-Value' => "a\r\nb",
        'Host' => 'example.com:8080', 'X-Last' => 'v '];
    $c->websocketPingInterval = 0.1;
    $round = 0;
    $c->onConnect = function ($c) use (&$round) {
        $round++;
        if ($round === 2) {
            echo 'onConnect #2: handshakeStep ', var_export($c->context->handshakeStep ?? null, true),
                ', websocketPingTimer ', var_export($c->context->websocketPingTimer, true), "\n";
            $c->maxSendBufferSize = 20;
            foreach (['first-fifteen-b', 'second-fifteen-', 'third'] as $msg) {
                $r = $c->send($msg);
                echo "send('$msg') before the handshake: ", var_export($r, true), "\n";
            }
        }
    };
    $c->onBufferFull = fn ($c) => print('onBufferFull, queued ' . strlen($c->context->tmpWebsocketData) . "\n");
    $c->onError = fn ($c, $code, $msg) => print("onError $code $msg\n");
    $c->onWebSocketConnect = function ($c, $response) use (&$round) {
        echo "onWebSocketConnect #$round: Sec-WebSocket-Protocol ", $response->getHeader('Sec-WebSocket-Protocol'),
            ', websocketPingTimer set ', var_export(!empty($c->context->websocketPingTimer), true), "\n";
        if ($round === 2) {
            Timer::add(0.05, fn () => $c->send('bye'), [], false);
        }
    };
    $c->onClose = function ($c) use (&$round, &$keys, &$pings) {
        echo "client onClose #$round\n";
        if ($round === 1) {
            $c->websocketPingInterval = null;
            $c->reconnect();
        } else {
            Timer::add(0.3 * WmTest::$scale, function () use (&$keys, &$pings) {
                echo 'keys differ: ', var_export(count($keys) === 2 && $keys[0] !== $keys[1], true), ", pings $pings\n";
                WmTest::stop();
            }, [], false);
        }
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
peer got request:
GET / HTTP/1.1\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Origin: http://example.comX-Evil: 1\r\n
Sec-WebSocket-Protocol: chat, superchat\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: <key>\r\n
X-Token: abc\r\n
Host: example.com:8080\r\n
X-Last: v\r\n
\r\n
onWebSocketConnect #1: Sec-WebSocket-Protocol chat, websocketPingTimer set false
peer got: opcode 9 head 8980 mask 00000000 payload ''
peer got: opcode 9 head 8980 mask 00000000 payload ''
client onClose #1
onConnect #2: handshakeStep NULL, websocketPingTimer NULL
onBufferFull, queued 21
send('first-fifteen-b') before the handshake: NULL
onError 2 send buffer full and drop package
send('second-fifteen-') before the handshake: NULL
onError 2 send buffer full and drop package
send('third') before the handshake: NULL
peer got request:
GET / HTTP/1.1\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Origin: http://example.comX-Evil: 1\r\n
Sec-WebSocket-Protocol: chat, superchat\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: <key>\r\n
X-Token: abc\r\n
Host: example.com:8080\r\n
X-Last: v\r\n
\r\n
onWebSocketConnect #2: Sec-WebSocket-Protocol chat, websocketPingTimer set false
peer got: opcode 1 head 818f mask 00000000 payload 'first-fifteen-b'
peer got: opcode 1 head 8183 mask 00000000 payload 'bye'
client onClose #2
keys differ: true, pings 2
