--TEST--
Revolt in a worker process: an uncaught exception of a Revolt callback goes to the Workerman log and the loop goes on; EventLoop::setErrorHandler() takes it instead; a {main} suspension inside a Workerman callback says it cannot wait there
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
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
use Workerman\Timer;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $out = [];
    EventLoop::delay(0.01, function () { throw new LogicException('nobody handles this'); });
    EventLoop::delay(0.05, function () use (&$out) {
        $out[] = 'the loop went on';
        EventLoop::setErrorHandler(function (Throwable $e) use (&$out) { $out[] = 'handler: ' . $e->getMessage(); });
        EventLoop::queue(function () { throw new DomainException('handled'); });
    });

    // A Workerman timer callback runs in {main} inside the running native loop: a suspension
    // there cannot wait (code that waits belongs in a Fiber). One already resumed returns.
    Timer::add(0.1, function () use (&$out) {
        $s = EventLoop::getSuspension();
        $id = EventLoop::delay(0.01, function () use ($s) { $s->resume(); });
        try {
            $s->suspend();
        } catch (Error $e) {
            $out[] = get_class($e) . ': ' . strtok($e->getMessage(), ':');
        }
        EventLoop::cancel($id);
        $s = EventLoop::getSuspension();
        EventLoop::queue(function () use ($s) { $s->resume('already resumed'); });
        $out[] = 'suspension: ' . $s->suspend();
        EventLoop::delay(0.01, function () use (&$out) { $out[] = 'Revolt still runs'; });
    }, [], false);

    WmTest::when(function () use (&$out) { return count($out) === 5; }, function () use (&$out) {
        echo implode("\n", $out), "\n";
        $log = WmTest::console();
        echo 'logged: ', var_export(str_contains($log, 'Revolt\EventLoop\UncaughtThrowable: Uncaught LogicException thrown in event loop callback')
            && str_contains($log, 'nobody handles this'), true), "\n";
        echo 'logged once: ', substr_count($log, 'Next Revolt\EventLoop\UncaughtThrowable: '), "\n";
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECT--
the loop went on
handler: handled
Error: Revolt's event loop cannot wait inside a callback of the running Workerman event loop (EventLoop
suspension: already resumed
Revolt still runs
logged: true
logged once: 1
