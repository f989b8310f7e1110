--TEST--
Timer::add(): integer ids from 1, args passed, persistent=false runs once, del() inside and outside
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
    $runs = ['once' => [], 'repeat' => 0, 'deleted' => 0, 'lib' => 0];
    $ids = [];
    $ids[] = Timer::add(0.01, function ($a, $b) use (&$runs) {
        $runs['once'][] = "$a-$b";
    }, ['x', 'y'], false);
    $ids[] = $repeat = Timer::add(0.01, function ($n) use (&$runs, &$repeat) {
        if (++$runs['repeat'] === 3) {
            var_dump(Timer::del($repeat));  // from inside its own callback
        }
    }, [7]);
    $ids[] = $deleted = Timer::add(0.01, function () use (&$runs) {
        $runs['deleted']++;
    });
    $ids[] = $lib = Workerman\Lib\Timer::add(0.01, function () use (&$runs, &$lib) {
        $runs['lib']++;
        Workerman\Lib\Timer::del($lib);
    }, null);
    echo json_encode($ids), "\n";
    var_dump(Worker::$globalEvent->getTimerCount());
    var_dump(Timer::del($deleted), Timer::del($deleted), Timer::del(123456));
    var_dump(Worker::$globalEvent->getTimerCount());

    WmTest::when(function () use (&$runs) {
        return $runs['repeat'] >= 3 && $runs['lib'] >= 1;
    }, function () use (&$runs) {
        // Some more loop time: nothing that was deleted or one-shot may run again.
        Timer::add(0.05, function () use (&$runs) {
            echo json_encode($runs), "\n";
            WmTest::stop();
        }, [], false);
    });
};
Worker::runAll();
?>
--EXPECT--
[1,2,3,4]
int(4)
bool(true)
bool(false)
bool(false)
int(3)
bool(true)
{"once":["x-y"],"repeat":3,"deleted":0,"lib":1}
