--TEST--
Ws client against a websocket:// worker: text and binary both ways, the server closes with close('bye') (a text frame, then the TCP close), then the client closes
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($c, $request) {
    echo "server onWebSocketConnect\n";
};
$w->onMessage = function ($c, $data) {
    echo 'server got ', strlen($data) > 20 ? strlen($data) . ' bytes' : "'$data'", "\n";
    if ($data === 'close me') {
        $c->close('bye');
        return;
    }
    $c->send('server got ' . strlen($data) . ' ' . md5($data));
};
$w->onClose = function () {
    echo "server onClose\n";
};
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $big = random_bytes(100000);
    $start = function ($round) use (&$start, $port, $big) {
        $c = new AsyncTcpConnection("ws://127.0.0.1:$port/round$round");
        $c->onWebSocketConnect = function ($c, $response) use ($round) {
            echo "client $round: connected, status ", $response->getStatusCode(), "\n";
            $c->send('hello');
        };
        $c->onMessage = function ($c, $data) use ($round, $big) {
            echo "client $round got '$data'\n";
            if ($data === 'server got 5 ' . md5('hello')) {
                $c->websocketType = Ws::BINARY_TYPE_ARRAYBUFFER;
                $c->send($big);
            } elseif ($data === 'server got 100000 ' . md5($big)) {
                echo "client $round: the server got the binary message intact\n";
                if ($round === 1) {
                    $c->websocketType = Ws::BINARY_TYPE_BLOB;
                    $c->send('close me');
                } else {
                    $c->close();
                }
            }
        };
        $c->onWebSocketClose = function ($c, $payload) use ($round) {
            echo "client $round: onWebSocketClose\n";
            $c->close();
        };
        $c->onClose = function ($c) use ($round, $start) {
            echo "client $round: onClose\n";
            if ($round === 1) {
                Timer::add(0.1, fn () => $start(2), [], false);
            } else {
                Timer::add(0.2, fn () => WmTest::stop(), [], false);
            }
        };
        $c->connect();
    };
    $start(1);
};
Worker::runAll();
?>
--EXPECTF--
server onWebSocketConnect
client 1: connected, status 101
server got 'hello'
client 1 got 'server got 5 %s'
server got 100000 bytes
client 1 got 'server got 100000 %s'
client 1: the server got the binary message intact
server got 'close me'
server onClose
client 1 got 'bye'
client 1: onClose
server onWebSocketConnect
client 2: connected, status 101
server got 'hello'
client 2 got 'server got 5 %s'
server got 100000 bytes
client 2 got 'server got 100000 %s'
client 2: the server got the binary message intact
client 2: onClose
server onClose
