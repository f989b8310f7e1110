--TEST--
AsyncTcpConnection: reconnect() from onError skips destroy(): no onClose for the failed attempt, callbacks kept, the next attempt connects
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $srv = stream_socket_server('tcp://127.0.0.1:0');
    $addr = stream_socket_get_name($srv, false);
    fclose($srv);
    $c = new AsyncTcpConnection("text://$addr");
    $errors = 0;
    $c->onError = function ($c, $code, $msg) use (&$errors, $addr) {
        $errors++;
        echo "onError #$errors: $code ", str_contains($msg, "connect $addr fail after") ? 'connect ADDR fail after T seconds' : $msg,
            ', status ', $c->getStatus(false), "\n";
        // Bring the server up now, then try again at once.
        $server = new Worker("text://$addr");
        $server->onMessage = fn ($conn, $data) => $conn->send("echo:$data");
        $server->listen();
        $c->reconnect();
        echo 'reconnect() in onError: status ', $c->getStatus(false), "\n";
    };
    $c->onConnect = function ($c) {
        echo 'onConnect: status ', $c->getStatus(false), "\n";
        $c->send('again');
    };
    $c->onMessage = function ($c, $data) {
        echo "onMessage: $data\n";
        $c->close();
    };
    $c->onClose = function ($c) {
        echo 'onClose: status ', $c->getStatus(false), "\n";
        WmTest::stop();
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
onError #1: 1 connect ADDR fail after T seconds, status CLOSING
reconnect() in onError: status CONNECTING
onConnect: status ESTABLISHED
onMessage: echo:again
onClose: status CLOSED
