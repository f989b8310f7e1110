--TEST--
$globalEvent->setErrorHandler(): exceptions thrown by timer and signal callbacks go to the handler
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
    $ev = Worker::$globalEvent;
    $log = [];
    var_dump($ev->setErrorHandler(function (Throwable $e) use (&$log) {
        $log[] = get_class($e) . ': ' . $e->getMessage();
    }));
    $ev->delay(0.01, function () { throw new RuntimeException('from delay'); });
    $n = 0;
    $ev->repeat(0.01, function () use (&$n) {
        if (++$n <= 2) {
            throw new LogicException("from repeat $n");
        }
    });
    Timer::add(0.01, function () { throw new DomainException('from Timer::add'); }, [], false);
    $ev->onSignal(SIGWINCH, function () { throw new Error('from signal'); });
    posix_kill(getmypid(), SIGWINCH);

    WmTest::when(function () use (&$log) { return count($log) >= 5; }, function () use (&$log) {
        sort($log);
        echo implode("\n", $log), "\n";
        // The worker went on (no restart, nothing logged): the handler took them all.
        echo "log: ", trim(WmTest::consoleAfterStart()), "\n";
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECT--
NULL
DomainException: from Timer::add
Error: from signal
LogicException: from repeat 1
LogicException: from repeat 2
RuntimeException: from delay
log:
