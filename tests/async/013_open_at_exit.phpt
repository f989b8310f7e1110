--TEST--
AsyncTcpConnection: connections still open (and one still connecting) when the worker process ends are released at request shutdown, nothing leaks; the accepted side too
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
// A free port, known before the fork (a worker process has only its own listening socket).
$probe = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($probe, false);
$port = (int)substr($name, strrpos($name, ':') + 1);
fclose($probe);
$server = new Worker("text://127.0.0.1:$port");
$server->onMessage = function ($c, $data) {
    WmTest::record("server got $data");
    if ($data === 'second') {
        // Both connections are open: the whole server stops now.
        WmTest::stop();
    }
};
$client = new Worker();
$client->onWorkerStart = function () use ($port) {
    WmTest::guard();
    // Kept by nothing but the loop, as GatewayWorker's links are.
    foreach (['first', 'second'] as $name) {
        $c = new AsyncTcpConnection("text://127.0.0.1:$port");
        $c->onConnect = fn ($c) => $c->send($name);
        $c->connect();
    }
    // One that never connects (a port nobody answers on: a blackhole address).
    $c = new AsyncTcpConnection('tcp://10.255.255.1:9');
    $c->connect();
};
$client->onWorkerStop = function () {
    echo WmTest::recorded();
};
Worker::runAll();
?>
--EXPECT--
server got first
server got second
