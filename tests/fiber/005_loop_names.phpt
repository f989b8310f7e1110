--TEST--
Loop class names: Events\Swoole and Events\Swow are not available (a start-up line says so and the Fiber loop runs, named in Worker::$eventLoopClass); 5.0's Events\Revolt is the Fiber loop too
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

$mode = $argv[1] ?? 'Workerman\Events\Swoole';
if (!isset($argv[1])) {
    // The test runs itself once per name, each a server of its own.
    foreach (['Workerman\Events\Swoole', 'Workerman\Events\Swow', 'Workerman\Events\Revolt'] as $name) {
        echo "-- $name\n";
        $out = shell_exec(implode(' ', array_map('escapeshellarg', [...WmTest_php(), __FILE__, $name])) . ' 2>&1');
        echo $out;
    }
    return;
}

function WmTest_php(): array
{
    require_once __DIR__ . '/../process/process.inc';
    return WmProc::php();
}

WmTest::setup();
Worker::$eventLoopClass = $mode;
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    echo 'eventLoopClass: ', Worker::$eventLoopClass, "\n";
    echo 'globalEvent: ', get_class(Worker::$globalEvent), "\n";
    Timer::delay(0.01, function () {
        echo 'timer in fiber: ', json_encode(Fiber::getCurrent() !== null), "\n";
        $t = microtime(true);
        Timer::sleep(0.01); // suspends (no usleep): the Fiber resumes from a timer
        echo "slept\n";
        // The start-up line, wherever Worker::log() put it (console, log file): once each.
        $lines = explode("\n", WmTest::console() . "\n" . @file_get_contents(Worker::$logFile));
        $lines = preg_replace('/^\S+ \S+ pid:\d+ /', '', preg_grep('/not available/', $lines));
        echo implode("\n", array_unique($lines)), $lines ? "\n" : '';
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECT--
-- Workerman\Events\Swoole
eventLoopClass: Workerman\Events\Fiber
globalEvent: Workerman\Events\Fiber
timer in fiber: true
slept
Warning: event loop Workerman\Events\Swoole is not available in the native runtime; using Workerman\Events\Fiber
-- Workerman\Events\Swow
eventLoopClass: Workerman\Events\Fiber
globalEvent: Workerman\Events\Fiber
timer in fiber: true
slept
Warning: event loop Workerman\Events\Swow is not available in the native runtime; using Workerman\Events\Fiber
-- Workerman\Events\Revolt
eventLoopClass: Workerman\Events\Revolt
globalEvent: Workerman\Events\Revolt
timer in fiber: true
slept
