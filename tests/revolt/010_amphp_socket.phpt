--TEST--
amphp v3 sockets on the native driver in a worker: Amp\Socket\connect() to the worker's own Workerman server, write/read with a delay between, and an amphp server (Amp\Socket\listen) answering a Workerman AsyncTcpConnection
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(amp: true); ?>
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use function Amp\async;
use function Amp\delay;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($c, string $data) { $c->send(strtoupper($data)); };
$w->onWorkerStart = function (Worker $w) {
    WmTest::guard();
    $out = [];
    $port = WmTest::port($w);
    $client = async(function () use ($port, &$out) {
        $socket = Amp\Socket\connect("tcp://127.0.0.1:$port");
        $socket->write("ping\n");
        $out[] = 'amp client got ' . trim($socket->read());
        delay(0.02);
        $socket->write("pong\n");
        $out[] = 'amp client got ' . trim($socket->read());
        $socket->close();
    });

    $server = Amp\Socket\listen('tcp://127.0.0.1:0');
    $server_done = async(function () use ($server, &$out) {
        $conn = $server->accept();
        while (($chunk = $conn->read()) !== null) {
            $out[] = 'amp server got ' . trim($chunk);
            $conn->write("amp:$chunk");
        }
        $out[] = 'amp server: peer closed';
        $server->close();
    });
    $c = new AsyncTcpConnection('text://' . $server->getAddress()->toString());
    $c->onMessage = function ($c, $data) use (&$out) {
        $out[] = "workerman client got $data";
        $c->close();
    };
    $c->connect();
    $c->send('hello');

    WmTest::when(function () use (&$out) { return count($out) === 5; }, function () use (&$out, $client, $server_done) {
        $client->await();
        $server_done->await();
        sort($out);
        echo implode("\n", $out), "\n";
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECT--
amp client got PING
amp client got PONG
amp server got hello
amp server: peer closed
workerman client got amp:hello
