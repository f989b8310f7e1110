--TEST--
AsyncUdpConnection: exceptions from onConnect, onMessage and onClose go to $connection->errorHandler, else to the log; the connection keeps working
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: without an errorHandler upstream's error() stopAll(250)s the process; the native runtime logs the exception, as for TcpConnection callbacks
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncUdpConnection;

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->onMessage = function ($c, $data) {
    $c->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $a = new AsyncUdpConnection("udp://127.0.0.1:$port");
    $a->errorHandler = function (Throwable $e) {
        WmTest::record('handler: ' . $e->getMessage());
    };
    $a->onConnect = function () {
        throw new RuntimeException('connect boom');
    };
    $a->onMessage = function ($c, $data) {
        WmTest::record("a got $data");
        if ($data === 'echo:1') {
            $c->send('2');
            throw new RuntimeException('message boom');
        }
        $c->close();
    };
    $a->onClose = function () {
        throw new RuntimeException('close boom');
    };
    $a->send('1');

    WmTest::when(fn () => str_contains(WmTest::recorded(), 'close boom'), fn () => second($port));
};
function second(int $port): void
{
    $b = new AsyncUdpConnection("udp://127.0.0.1:$port");
    $b->onMessage = function ($c, $data) {
        WmTest::record("b got $data");
        $c->close();
        throw new LogicException('unhandled boom');
    };
    $b->send('x');
    WmTest::when(fn () => str_contains(WmTest::console(), 'unhandled boom'), function () {
        echo WmTest::recorded();
        echo preg_match('/LogicException: unhandled boom in /', WmTest::console()) ? "unhandled one logged\n" : WmTest::console();
        WmTest::stop();
    });
}
Worker::runAll();
?>
--EXPECT--
handler: connect boom
a got echo:1
handler: message boom
a got echo:2
handler: close boom
b got echo:x
unhandled one logged
