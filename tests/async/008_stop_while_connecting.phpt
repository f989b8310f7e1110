--TEST--
AsyncTcpConnection: the worker stops while connections are in a proxy handshake, waiting for a reconnect timer or dropped by the script: nothing leaks, no callback runs late
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream's proxy handshake reads the proxy's answer with a blocking fread(), so a proxy that never answers hangs the process
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
// A proxy that accepts and never answers.
$silent = new Worker('tcp://127.0.0.1:0');
$silent->onMessage = fn ($c, $data) => WmTest::record('proxy got ' . bin2hex($data));
$silent->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $mk = function (string $name) use ($port) {
        $c = new AsyncTcpConnection('tcp://127.0.0.1:9');
        $c->proxySocks5 = "127.0.0.1:$port";
        $c->onConnect = fn () => WmTest::record("$name: onConnect?!");
        $c->onError = fn ($c, $code, $msg) => WmTest::record("$name: onError $code $msg");
        $c->onClose = fn () => WmTest::record("$name: onClose");
        $c->send("data of $name");
        return $c;
    };
    $kept = $mk('kept');
    $kept->connect();
    $mk('dropped')->connect();
    $later = $mk('later');
    $later->reconnect(30);
    unset($later);
    Worker::$globalEvent->delay(0.3, function () use ($kept) {
        WmTest::record('kept: ' . $kept->getStatus(false) . ', queue ' . $kept->getSendBufferQueueSize());
        WmTest::stop();
    });
};
$silent->onWorkerStop = function () {
    WmTest::record('worker stops');
    echo WmTest::recorded();
};
Worker::runAll();
?>
--EXPECT--
proxy got 050100
proxy got 050100
kept: CONNECTING, queue 12
worker stops
