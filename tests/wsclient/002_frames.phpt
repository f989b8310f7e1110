--TEST--
Ws client: server frames (text, binary, several in one write, split across writes, 16/64-bit lengths, fragments), ping → automatic masked pong or onWebSocketPing, pong → onWebSocketPong, close frame → onWebSocketClose with the code
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
wsp_peer($w, function ($c, $request) {
    $c->send(wsp_101($request));
}, function ($c, $f) {
    echo "peer got: opcode $f[opcode] head $f[head] mask $f[mask] payload '$f[payload]'\n";
    switch ($f['payload']) {
        case 'step1':
            // several frames in one write, a fragmented message, a ping, a pong
            $c->send(wsp_frame(1, 'a') . wsp_frame(2, "\x00\x01") . wsp_frame(1, 'fr', false)
                . wsp_frame(0, 'ag', false) . wsp_frame(0, 'ment') . wsp_frame(9, 'p1') . wsp_frame(10, 'po'));
            break;
        case 'step2':
            // a 16-bit frame split across writes (the header too), then a 64-bit one
            $frame = wsp_frame(1, str_repeat('s', 300));
            $c->send($frame[0]);
            Timer::add(0.05, fn () => $c->send(substr($frame, 1, 2)), [], false);
            Timer::add(0.1, fn () => $c->send(substr($frame, 3, 100)), [], false);
            Timer::add(0.15, fn () => $c->send(substr($frame, 103) . wsp_frame(2, str_repeat('L', 70000))), [], false);
            break;
        case 'step3':
            // a ping answered by onWebSocketPing, then a close frame with a code
            $c->send(wsp_frame(9, 'p2') . wsp_frame(8, pack('n', 1000) . 'bye'));
            break;
    }
});
$w->onClose = function ($c) {
    echo "peer onClose\n";
    WmTest::stop();
};
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("ws://127.0.0.1:$port/");
    $n = 0;
    $c->onWebSocketConnect = fn ($c) => $c->send('step1');
    $c->onWebSocketPong = function ($c, $data) {
        echo "client onWebSocketPong '$data', websocketType ", bin2hex($c->websocketType), "\n";
    };
    $c->onMessage = function ($c, $data) use (&$n) {
        echo 'client got ', strlen($data) > 20 ? strlen($data) . ' bytes ' . md5($data) . ' ' . $data[0] : bin2hex($data), "\n";
        $n++;
        if ($n === 3) {
            $c->send('step2');
        } elseif ($n === 5) {
            $c->onWebSocketPing = function ($c, $data) {
                echo "client onWebSocketPing '$data', websocketType ", bin2hex($c->websocketType), "\n";
                $c->send("pong-by-hand");
            };
            $c->send('step3');
        }
    };
    $c->onWebSocketClose = function ($c, $payload) {
        echo 'client onWebSocketClose ', bin2hex($payload), "\n";
        $c->close();
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECTF--
peer got: opcode 1 head 8185 mask 00000000 payload 'step1'
client got 61
client got 0001
client got 667261676d656e74
client onWebSocketPong 'po', websocketType 8a
peer got: opcode 1 head 8185 mask 00000000 payload 'step2'
peer got: opcode 10 head 8a82 mask 00000000 payload 'p1'
client got 300 bytes %s s
client got 70000 bytes %s L
peer got: opcode 1 head 8185 mask 00000000 payload 'step3'
client onWebSocketPing 'p2', websocketType 8a
client onWebSocketClose 03e8627965
peer got: opcode 10 head 8a8c mask 00000000 payload 'pong-by-hand'
peer onClose
