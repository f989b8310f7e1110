--TEST--
Timer::add(): negative interval is a RuntimeException, 0 is allowed; without workers or a loop it throws
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

// No Worker and no event loop yet: 5.x refuses.
try {
    Timer::add(1, fn () => null);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    foreach ([-1, -0.001] as $interval) {
        try {
            Timer::add($interval, fn () => null);
            echo "accepted\n";
        } catch (RuntimeException $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    var_dump(Worker::$globalEvent->getTimerCount());
    $runs = 0;
    $id = Timer::add(0, function () use (&$runs) { $runs++; }, [], false);
    var_dump($id > 0);
    Timer::add(0.05, function () use (&$runs) {
        var_dump($runs);
        WmTest::stop();
    }, [], false);
};
Worker::runAll();
?>
--EXPECT--
RuntimeException: Timer can only be used in workerman running environment
RuntimeException: $timeInterval can not less than 0
RuntimeException: $timeInterval can not less than 0
int(0)
bool(true)
int(1)
