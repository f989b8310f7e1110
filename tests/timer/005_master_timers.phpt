--TEST--
Timer::add() before runAll(): master-mode timers run in the master (1 s resolution), not in workers
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

function where(): string
{
    return getmypid() === WmTest::$master ? 'master' : 'worker';
}

$ids = [];
$ids[] = Timer::add(0.5, function ($tag) {
    WmTest::record("once $tag " . where());
}, ['a'], false);
$n = 0;
$ids[] = $repeat = Timer::add(1, function () use (&$n, &$repeat) {
    WmTest::record('repeat ' . ++$n . ' ' . where());
    if ($n === 2) {
        Timer::del($repeat);
    }
});
$ids[] = $deleted = Timer::add(1, function () {
    WmTest::record('deleted timer ran');
});
echo json_encode($ids), "\n";
var_dump(Timer::del($deleted));

$w->onWorkerStart = function () {
    WmTest::guard();
    // The master's timers are dropped in the worker, which has its own loop timers.
    var_dump(Worker::$globalEvent->getTimerCount());
    WmTest::when(fn () => substr_count(WmTest::recorded(), "\n") >= 3, function () {
        // Another master tick: nothing more may run.
        Timer::add(1.2, function () {
            echo WmTest::recorded();
            WmTest::stop();
        }, [], false);
    });
};
Worker::runAll();
?>
--EXPECT--
[1,2,3]
bool(true)
int(0)
once a master
repeat 1 master
repeat 2 master
