--TEST--
AsyncTcpConnection: sends queued before connect() count against maxSendBufferSize (onBufferFull, then onError 2 and false), are encoded at send() time and arrive in order
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('frame://127.0.0.1:0');
$got = [];
$w->onMessage = function ($c, $data) use (&$got) {
    $got[] = strlen($data) > 20 ? strlen($data) . ' bytes' : $data;
    if ($data === 'last') {
        echo 'server got: ', implode(', ', $got), "\n";
        WmTest::stop();
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $c = new AsyncTcpConnection('frame://127.0.0.1:' . WmTest::port($w));
    $c->maxSendBufferSize = 100;
    $c->onBufferFull = fn ($c) => print('onBufferFull, queue ' . $c->getSendBufferQueueSize() . "\n");
    $c->onBufferDrain = function ($c) {
        echo "onBufferDrain\n";
        $c->send('last');
    };
    $c->onError = fn ($c, $code, $msg) => print("onError $code $msg\n");
    $r = $c->send('first');
    echo 'send small: ', var_export($r, true), "\n";
    $r = $c->send(str_repeat('x', 120));
    echo 'send 120 bytes: ', var_export($r, true), "\n";
    $r = $c->send('dropped');
    echo 'send while full: ', var_export($r, true), ', send_fail ', TcpConnection::$statistics['send_fail'], "\n";
    $c->onConnect = function ($c) {
        echo 'onConnect, queue ', $c->getSendBufferQueueSize(), "\n";
        $r = $c->send('also dropped');
        echo 'send in onConnect while full: ', var_export($r, true), "\n";
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
send small: NULL
onBufferFull, queue 133
send 120 bytes: NULL
onError 2 send buffer full and drop package
send while full: false, send_fail 1
onConnect, queue 133
onError 2 send buffer full and drop package
send in onConnect while full: false
onBufferDrain
server got: first, 120 bytes, last
