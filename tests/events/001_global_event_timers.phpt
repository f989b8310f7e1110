--TEST--
Worker::$globalEvent: an EventInterface; delay/repeat/offDelay/offRepeat/getTimerCount, shared with Timer
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Events\EventInterface;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $ev = Worker::$globalEvent;
    var_dump($ev instanceof EventInterface, Worker::getEventLoop() === $ev);
    $log = [];
    // Fired by due time, not by registration order; args are spread.
    $ev->delay(0.03, function ($x) use (&$log) { $log[] = "c$x"; }, [3]);
    $ev->delay(0.01, function ($x) use (&$log) { $log[] = "a$x"; }, [1]);
    $ev->delay(0.02, function ($x, $y) use (&$log) { $log[] = "b$x$y"; }, [2, 'z']);
    $gone = $ev->delay(0.01, function () use (&$log) { $log[] = 'cancelled delay'; });
    var_dump($ev->offDelay($gone), $ev->offDelay($gone));
    $n = 0;
    $r = $ev->repeat(0.01, function () use (&$log, &$n, &$r, $ev) {
        ++$n;
        if ($n === 2) {
            var_dump($ev->offRepeat($r), $ev->offRepeat($r));
        }
    });
    var_dump($ev->getTimerCount());
    // Timer and the loop share one timer table.
    $t = Timer::add(10, fn () => null);
    var_dump($t === $r + 1, $ev->getTimerCount(), $ev->offRepeat($t), Timer::del($t));
    $d = $ev->delay(10, fn () => null);
    var_dump(Timer::del($d), $ev->getTimerCount());

    WmTest::when(function () use (&$log, &$n) { return count($log) >= 3 && $n >= 2; }, function () use (&$log, &$n, $ev) {
        $ev->delay(0.05, function () use (&$log, &$n, $ev) {
            // A one-shot timer has left the table by the time it runs.
            echo implode(' ', $log), " repeats=$n\n";
            var_dump($ev->getTimerCount());
            WmTest::stop();
        });
    });
};
Worker::runAll();
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
int(4)
bool(true)
int(5)
bool(true)
bool(false)
bool(true)
int(4)
bool(true)
bool(false)
a1 b2z c3 repeats=2
int(0)
