--TEST--
Ws client: an exception thrown by onWebSocketConnect goes to Worker::stopAll(250, $e) as upstream: the exception is logged and the worker is restarted
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/peer.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
wsp_peer($w, fn ($c, $request) => $c->send(wsp_101($request)), fn ($c, $f) => null);
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    WmTest::record('worker start');
    if (substr_count(WmTest::recorded(), 'worker start') > 1) {
        $log = WmTest::console() . @file_get_contents(Worker::$logFile);
        echo WmTest::recorded();
        echo 'logged the exception: ', var_export(str_contains($log, 'RuntimeException: boom'), true), "\n";
        WmTest::stop();
        return;
    }
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("ws://127.0.0.1:$port/");
    $c->onWebSocketConnect = function ($c) {
        WmTest::record('onWebSocketConnect throws');
        throw new RuntimeException('boom');
    };
    $c->onMessage = fn () => WmTest::record('not reached');
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
worker start
onWebSocketConnect throws
worker start
logged the exception: true
