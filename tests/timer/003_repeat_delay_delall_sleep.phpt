--TEST--
Timer::repeat(), Timer::delay(), Timer::delAll() and Timer::sleep() in a worker
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $log = [];
    // delay(): one-shot, with args; repeat(): until deleted.
    $d = Timer::delay(0.01, function ($x) use (&$log) { $log[] = "delay $x"; }, ['arg']);
    $n = 0;
    $r = Timer::repeat(0.01, function () use (&$log, &$n, &$r) {
        $log[] = 'repeat ' . ++$n;
        if ($n === 2) {
            Timer::del($r);
        }
    });
    var_dump(is_int($d), $r === $d + 1);

    // sleep() without coroutines blocks the process for (at least) the delay, as usleep() does.
    $t = microtime(true);
    Timer::sleep(0.05);
    var_dump(microtime(true) - $t >= 0.049);
    Timer::sleep(0);
    Timer::sleep(-1);

    Timer::add(0.1, function () use (&$log) {
        echo implode("\n", $log), "\n";
        $log = [];
        // delAll() removes every timer of the process, repeating or not.
        Timer::add(0.01, function () use (&$log) { $log[] = 'not deleted'; });
        Timer::delay(0.01, function () use (&$log) { $log[] = 'not deleted'; });
        Timer::delAll();
        var_dump(Worker::$globalEvent->getTimerCount());
        // The loop keeps running: a timer added afterwards fires.
        Timer::delay(0.05, function () use (&$log) {
            echo json_encode($log), "\n";
            WmTest::stop();
        });
    }, [], false);
};
Worker::runAll();
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
delay arg
repeat 1
repeat 2
int(0)
[]
