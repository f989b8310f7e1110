--TEST--
Ws client: frames arriving in the same read as the 101 answer are delivered at once, and a ping between the fragments of a message gets its own payload as pong without taking the fragments
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: dealHandshake() tests the length of the head it has just cut, so frames in the same read as the 101 wait for the next read (here: forever); decode() of a ping between fragments returns (and clears) the buffered fragments
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/peer.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
wsp_peer($w, function ($c, $request) {
    $c->send(wsp_101($request) . wsp_frame(1, 'with the 101') . wsp_frame(1, 'fr', false) . wsp_frame(9, 'p1')
        . wsp_frame(0, 'ag', false) . wsp_frame(10, 'p2') . wsp_frame(0, 'ment'));
}, function ($c, $f) {
    echo "peer got: opcode $f[opcode] head $f[head] mask $f[mask] payload '$f[payload]'\n";
    $c->close();
});
$w->onClose = function () {
    echo "peer onClose\n";
    WmTest::stop();
};
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("ws://127.0.0.1:$port/");
    $c->onWebSocketConnect = fn ($c) => print("connected\n");
    $c->onWebSocketPong = fn ($c, $data) => print("client onWebSocketPong '$data'\n");
    $c->onMessage = fn ($c, $data) => print("client got '$data'\n");
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
connected
client got 'with the 101'
client onWebSocketPong 'p2'
client got 'fragment'
peer got: opcode 10 head 8a82 mask 00000000 payload 'p1'
peer onClose
