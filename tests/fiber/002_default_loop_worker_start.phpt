--TEST--
Default loop: onWorkerStart runs in a Fiber (as upstream 5.x's run()) and may suspend; accept starts only once it has finished; other callbacks run outside Fibers
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onWorkerStart = function ($w) {
    WmTest::record('globalEvent: ' . get_class(Worker::$globalEvent));
    WmTest::record('onWorkerStart in fiber: ' . json_encode(Fiber::getCurrent() !== null));
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        fwrite($s, "hello\n");
        stream_set_timeout($s, 5);
        echo fgets($s);
        PHP, function ($out) {
            echo $out;
            echo WmTest::recorded();
        });
    // Suspend until a timer resumes this Fiber: the client connects meanwhile, but is accepted
    // only once onWorkerStart has returned.
    $fiber = Fiber::getCurrent();
    Timer::delay(0.3, fn () => $fiber->resume('resumed'));
    WmTest::record('onWorkerStart suspends');
    $v = Fiber::suspend();
    WmTest::record("onWorkerStart $v, done");
};
$w->onConnect = function ($c) {
    WmTest::record('onConnect in fiber: ' . json_encode(Fiber::getCurrent() !== null));
};
$w->onMessage = function ($c, $data) {
    WmTest::record('onMessage in fiber: ' . json_encode(Fiber::getCurrent() !== null));
    $c->send("echo $data");
};
Worker::runAll();
?>
--EXPECT--
echo hello
globalEvent: Workerman\Events\Event
onWorkerStart in fiber: true
onWorkerStart suspends
onWorkerStart resumed, done
onConnect in fiber: false
onMessage in fiber: false
