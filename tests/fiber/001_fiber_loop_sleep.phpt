--TEST--
Events\Fiber: onWorkerStart, onConnect, onMessage, onClose and timers run in Fibers; Timer::sleep() suspends only its own request, so three overlapping requests answer in the order of their sleeps
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Events\Fiber as FiberLoop;

WmTest::setup();
Worker::$eventLoopClass = FiberLoop::class;
$w = new Worker('text://127.0.0.1:0');
$w->onWorkerStart = function ($w) {
    WmTest::record('onWorkerStart in fiber: ' . json_encode(Fiber::getCurrent() !== null));
    WmTest::record('globalEvent: ' . get_class(Worker::$globalEvent));
    $timer = null;
    Timer::delay(0.01, function () use (&$timer) { $timer = 'timer in fiber: ' . json_encode(Fiber::getCurrent() !== null); });
    WmTest::client(WmTest::port($w), <<<'PHP'
        // Three connections, each asks the server to sleep; sent A (0.3 s), B (0.1 s), C (0.2 s).
        $socks = [];
        foreach (['A' => 0.3, 'B' => 0.1, 'C' => 0.2] as $name => $delay) {
            $s = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
            fwrite($s, "$name $delay\n");
            $socks[$name] = $s;
        }
        $order = [];
        $deadline = microtime(true) + 5;
        while ($socks && microtime(true) < $deadline) {
            $r = array_values($socks); $wr = $ex = null;
            if (!stream_select($r, $wr, $ex, 1)) continue;
            foreach ($r as $s) {
                $name = array_search($s, $socks, true);
                $order[] = trim(fgets($s));
                fclose($s);
                unset($socks[$name]);
            }
        }
        echo implode("\n", $order), "\n";
        PHP, function ($out) use (&$timer) {
            echo $out;
            echo WmTest::recorded();
            echo $timer, "\n";
        });
};
$w->onConnect = function ($c) {
    WmTest::record('onConnect in fiber: ' . json_encode(Fiber::getCurrent() !== null));
};
$w->onMessage = function ($c, $data) {
    [$name, $delay] = explode(' ', $data);
    $fiber = Fiber::getCurrent();
    Timer::sleep((float)$delay);
    // Still the same Fiber after waking up.
    $c->send("$name slept $delay, same fiber: " . json_encode($fiber === Fiber::getCurrent()));
};
$w->onClose = function ($c) {
    static $n = 0;
    if (++$n === 3) {
        WmTest::record('onClose in fiber: ' . json_encode(Fiber::getCurrent() !== null));
    }
};
Worker::runAll();
?>
--EXPECT--
B slept 0.1, same fiber: true
C slept 0.2, same fiber: true
A slept 0.3, same fiber: true
onWorkerStart in fiber: true
globalEvent: Workerman\Events\Fiber
onConnect in fiber: true
onConnect in fiber: true
onConnect in fiber: true
onClose in fiber: true
timer in fiber: true
