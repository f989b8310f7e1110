--TEST--
A loop object of its own outside runAll(): run() until stop(), run() again, Timer::init() with it
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Events\Event;
use Workerman\Events\Ev;
use Workerman\Events\EventInterface;
use Workerman\Timer;

var_dump((new Ev()) instanceof EventInterface);
$loop = new Event();
$log = [];
$loop->delay(0.02, function () use (&$log, $loop) {
    $log[] = 'second';
    $loop->stop();
    $log[] = 'after stop()';     // stop() only asks run() to return
});
$loop->delay(0.01, function () use (&$log) { $log[] = 'first'; });
$loop->delay(0.05, function () use (&$log, $loop) { $log[] = 'next run'; $loop->stop(); });
$loop->run();
echo implode(', ', $log), "\n";
var_dump($loop->getTimerCount());
$log = [];
$loop->run();
echo implode(', ', $log), "\n";

// Timer uses whichever loop Timer::init() was given.
Timer::init($loop);
$id = Timer::add(0.01, function ($x) use (&$log, $loop) { $log[] = "Timer $x"; $loop->stop(); }, ['ok'], false);
var_dump($loop->getTimerCount(), $loop->offDelay($id + 1));
$log = [];
$loop->run();
echo implode(', ', $log), "\n";
// Without a loop init() keeps the current one (upstream only installs its SIGALRM handler).
Timer::init();
Timer::add(1, fn () => null);
var_dump($loop->getTimerCount());
?>
--EXPECT--
bool(true)
first, second, after stop()
int(1)
next run
int(1)
bool(false)
Timer ok
int(1)
