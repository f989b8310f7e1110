--TEST--
Revolt with Worker::$eventLoopClass = Events\Fiber: onMessage suspends on Revolt (Amp\delay(), a suspension) without a Fiber of its own, onWorkerStart waits for an AsyncTcpConnection
--SKIPIF--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::skipIf(amp: true);
if (!class_exists('Workerman\Events\Fiber')) {
    echo "skip this build has no Fiber loop\n";
}
?>
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use function Amp\delay;

WmTest::setup();
Worker::$eventLoopClass = Workerman\Events\Fiber::class;
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($c, string $data) {
    if ($data === 'hello') {
        $c->send('hi');
        return;
    }
    [$name, $ms] = explode(' ', $data);
    delay($ms / 1000);
    $s = EventLoop::getSuspension();
    EventLoop::defer(function () use ($s, $name) { $s->resume(strtoupper($name)); });
    $c->send($s->suspend() . " after $ms ms");
};
$w->onWorkerStart = function (Worker $w) {
    WmTest::guard();
    // Runs in a Fiber on this loop: it may wait, here for a connection to its own port (the
    // kernel completes it; this worker accepts once onWorkerStart has returned).
    $s = EventLoop::getSuspension();
    $c = new AsyncTcpConnection('text://127.0.0.1:' . WmTest::port($w));
    $c->onConnect = function () use ($s) { $s->resume('connected'); };
    $reply = '';
    $c->onMessage = function ($c, $data) use (&$reply) { $reply = $data; $c->close(); };
    $c->connect();
    $connected = $s->suspend();
    $c->send('hello');
    WmTest::client(WmTest::port($w), <<<'PHP'
        $a = wm_connect($port);
        $b = wm_connect($port);
        wm_send($a, "slow 200\n");
        wm_send($b, "quick 50\n");
        echo 'b: ', wm_recv_line($b);
        echo 'a: ', wm_recv_line($a);
        PHP, function (string $out) use ($connected, &$reply) {
            echo "onWorkerStart waited until $connected, then got $reply\n", $out;
        });
};
Worker::runAll();
?>
--EXPECT--
onWorkerStart waited until connected, then got hi
b: QUICK after 50 ms
a: SLOW after 200 ms
