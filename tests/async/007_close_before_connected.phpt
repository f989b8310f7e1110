--TEST--
AsyncTcpConnection: a dropped, never connected object stays registered until close(); close() while INITIAL or CONNECTING destroys it (onClose, no onConnect), statistics follow
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $count = fn () => TcpConnection::$statistics['connection_count'];
    $before = $count();
    $a = new AsyncTcpConnection('tcp://127.0.0.1:1');
    $id = $a->id;
    $a->onClose = fn ($c) => WmTest::record('a: onClose, status ' . $c->getStatus(false));
    WmTest::record('a: created, count +' . ($count() - $before));
    unset($a);
    WmTest::record('a: dropped, still registered ' . var_export(isset(TcpConnection::$connections[$id]), true) . ', count +' . ($count() - $before));
    TcpConnection::$connections[$id]->close();
    WmTest::record('a: closed, registered ' . var_export(isset(TcpConnection::$connections[$id]), true) . ', count +' . ($count() - $before));

    $b = new AsyncTcpConnection('text://127.0.0.1:' . WmTest::port($w));
    $b->onConnect = fn () => WmTest::record('b: onConnect?!');
    $b->onError = fn ($c, $code, $msg) => WmTest::record("b: onError $code $msg");
    $b->onClose = fn ($c) => WmTest::record('b: onClose, status ' . $c->getStatus(false));
    $b->send('queued');
    $b->connect();
    WmTest::record('b: ' . $b->getStatus(false) . ', queue ' . $b->getSendBufferQueueSize());
    $b->close('bye');
    WmTest::record('b: after close(): ' . $b->getStatus(false) . ', queue ' . $b->getSendBufferQueueSize() . ', send ' . var_export($b->send('x'), true)
        . ', onConnect ' . var_export($b->onConnect === null, true));
    unset($b);
    Timer::add(0.3, function () use ($count, $before) {
        WmTest::record('0.3 s later: count +' . ($count() - $before));
        echo WmTest::recorded();
        WmTest::stop();
    }, [], false);
};
$w->onConnect = fn () => WmTest::record('server: accepted (the connect had started)');
Worker::runAll();
?>
--EXPECT--
a: created, count +1
a: dropped, still registered true, count +1
a: onClose, status CLOSED
a: closed, registered false, count +0
b: CONNECTING, queue 7
b: onClose, status CLOSED
b: after close(): CLOSED, queue 0, send false, onConnect false
server: accepted (the connect had started)
0.3 s later: count +0
