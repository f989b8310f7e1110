--TEST--
Revolt in a worker process, run by the native loop's pump: a callback that keeps deferring itself runs on while the native loop's timers still fire (no starvation), a defer made by a callback runs, unreferenced watchers run, a Fiber resumed from a Workerman timer continues
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

    // Defers itself until a Workerman timer says stop: each pass of Revolt's loop gives the
    // native loop a turn.
    $stop = false;
    $defers = 0;
    $chain = function () use (&$chain, &$stop, &$defers, &$out) {
        if ($stop) {
            $out[] = 'defer chain stopped by a Workerman timer, more than 10 defers: ' . var_export($defers > 10, true);
            return;
        }
        $defers++;
        EventLoop::defer($chain);
    };
    EventLoop::defer($chain);
    Timer::add(0.05 * WmTest::$scale, function () use (&$stop) { $stop = true; }, [], false);

    // A defer and a delay made by a callback.
    EventLoop::delay(0.01, function () use (&$out) {
        EventLoop::defer(function () use (&$out) {
            $out[] = 'defer from a callback';
            EventLoop::delay(0.01, function () use (&$out) { $out[] = 'delay from a defer'; });
        });
    });

    // Unreferenced: they still run while the native loop runs.
    $n = 0;
    EventLoop::unreference(EventLoop::repeat(0.005, function (string $id) use (&$n, &$out) {
        if (++$n === 3) {
            $out[] = 'unreferenced repeat ran 3 times';
            EventLoop::cancel($id);
        }
    }));
    EventLoop::unreference(EventLoop::defer(function () use (&$out) { $out[] = 'unreferenced defer'; }));

    // A Fiber suspended on Revolt, resumed from a Workerman timer callback.
    $fiber = new Fiber(function () use (&$out) {
        $s = EventLoop::getSuspension();
        Timer::add(0.02, function () use ($s) { $s->resume('from a Workerman timer'); }, [], false);
        $out[] = 'fiber resumed ' . $s->suspend();
        EventLoop::delay(0.01, function () use (&$out) { $out[] = 'delay made after the resume'; });
    });
    $fiber->start();

    WmTest::when(function () use (&$out) { return count($out) === 7; }, function () use (&$out) {
        sort($out);
        echo implode("\n", $out), "\n";
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECT--
defer chain stopped by a Workerman timer, more than 10 defers: true
defer from a callback
delay from a defer
delay made after the resume
fiber resumed from a Workerman timer
unreferenced defer
unreferenced repeat ran 3 times
