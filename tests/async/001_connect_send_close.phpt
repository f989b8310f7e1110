--TEST--
AsyncTcpConnection: text:// client to a worker of the same script: send() before connect() is queued, status strings, callback order, statistics and registries
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
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $ev[] = "server got " . json_encode($data);
    $c->send("echo:$data");
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("text://127.0.0.1:$port/path?q=1");
    $ev[] = 'new: status ' . $c->getStatus(false) . ' (' . $c->getStatus() . '), protocol ' . $c->protocol
        . ', transport ' . $c->transport . ', host ' . $c->getRemoteHost() . ', uri ' . $c->getRemoteURI()
        . ', address ' . $c->getRemoteAddress() . ', registered ' . var_export(TcpConnection::$connections[$c->id] === $c, true)
        . ', count ' . TcpConnection::$statistics['connection_count'];
    $ev[] = 'send before connect: ' . var_export($c->send('early'), true) . ', queue ' . $c->getSendBufferQueueSize();
    $c->onConnect = function ($c) use (&$ev, $port) {
        $ev[] = 'onConnect: status ' . $c->getStatus(false) . ', remote ok ' . var_export($c->getRemoteAddress() === "127.0.0.1:$port", true)
            . ', local ip ' . $c->getLocalIp();
        $ev[] = 'send after connect: ' . var_export($c->send('late'), true);
    };
    $n = 0;
    $c->onMessage = function ($c, $data) use (&$ev, &$n) {
        $ev[] = 'client got ' . json_encode($data);
        if (++$n === 2) {
            $c->close();
        }
    };
    $c->onClose = function ($c) use (&$ev) {
        $ev[] = 'onClose: status ' . $c->getStatus(false) . ', registered ' . var_export(isset(TcpConnection::$connections[$c->id]), true)
            . ', bytes ' . $c->bytesRead . '/' . $c->bytesWritten;
        Worker::$globalEvent->delay(0.05, function () use (&$ev) {
            echo implode("\n", $ev), "\n";
            WmTest::stop();
        });
    };
    $c->onError = function ($c, $code, $msg) use (&$ev) {
        $ev[] = "onError $code $msg";
    };
    $c->connect();
    $ev[] = 'after connect(): status ' . $c->getStatus(false);
    $c->connect(); // no-op while connecting
};
Worker::runAll();
?>
--EXPECTF--
new: status INITIAL (0), protocol \Workerman\Protocols\Text, transport tcp, host 127.0.0.1, uri /path?q=1, address 127.0.0.1:%d, registered true, count 1
send before connect: NULL, queue 6
after connect(): status CONNECTING
onConnect: status ESTABLISHED, remote ok true, local ip 127.0.0.1
send after connect: NULL
server got "early"
server got "late"
client got "echo:early"
client got "echo:late"
onClose: status CLOSED, registered true, bytes 21/11
