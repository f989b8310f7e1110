--TEST--
Revolt: once Revolt\EventLoop is loaded its driver is the native one; delay/repeat/defer/queue/cancel/disable/enable/reference/unreference in a plain script with EventLoop::run()
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Workerman\Worker;

var_dump(class_exists('Workerman\Events\RevoltDriver', false));
$driver = EventLoop::getDriver();
echo get_class($driver), "\n";
var_dump($driver->getHandle() instanceof Workerman\Events\Event, $driver->getHandle() === $driver->getHandle());
// The loop is the process's, but not published as Worker::$globalEvent (runAll() would then
// take its class for the children's loops instead of Worker::$eventLoopClass).
var_dump(Worker::$globalEvent);

// Delays in units of $k ms (2 ms; valgrind, USE_ZEND_ALLOC=0, is about 20 times slower).
$k = getenv('USE_ZEND_ALLOC') === '0' ? 40 : 2;
$log = [];
$t0 = hrtime(true);
EventLoop::delay(0.03 * $k, function (string $id) use (&$log) { $log[] = 'delay 0.03'; });
EventLoop::delay(0.01 * $k, function (string $id) use (&$log) {
    $log[] = 'delay 0.01';
    EventLoop::queue(function ($a, $b) use (&$log) { $log[] = "microtask from a callback: $a $b"; }, 'x', 'y');
    EventLoop::defer(function () use (&$log) { $log[] = 'defer from a callback'; });
});
EventLoop::defer(function () use (&$log) { $log[] = 'defer 1'; });
EventLoop::defer(function () use (&$log) { $log[] = 'defer 2'; });
EventLoop::queue(function () use (&$log) { $log[] = 'queue'; });
$cancelled = EventLoop::delay(0.005 * $k, function () use (&$log) { $log[] = 'cancelled ran'; });
EventLoop::cancel($cancelled);
EventLoop::cancel('no such id');    // never fails

// A repeat that runs three times, disabled and re-enabled in between.
$n = 0;
$repeat = EventLoop::repeat(0.004 * $k, function (string $id) use (&$log, &$n, $k) {
    $log[] = 'repeat ' . ++$n;
    if ($n === 1) {
        EventLoop::disable($id);
        EventLoop::delay(0.012 * $k, function () use ($id) { EventLoop::enable($id); });
    } elseif ($n === 3) {
        EventLoop::cancel($id);
    }
});
// Unreferenced callbacks run while the loop runs but do not keep it running.
$unref = 0;
EventLoop::unreference(EventLoop::repeat(0.002 * $k, function () use (&$unref) { $unref++; }));
$never = EventLoop::unreference(EventLoop::delay(5, function () use (&$log) { $log[] = 'unreferenced 5 s delay ran'; }));
// Re-referenced: keeps the loop running until it fires.
$ref = EventLoop::unreference(EventLoop::delay(0.04 * $k, function () use (&$log) { $log[] = 'referenced again'; }));
EventLoop::reference($ref);

var_dump(EventLoop::isEnabled($repeat), EventLoop::isReferenced($never), EventLoop::getType($repeat)->name);
EventLoop::run();
$ms = (hrtime(true) - $t0) / 1e6;
echo implode("\n", $log), "\n";
echo 'unreferenced repeat ran: ', var_export($unref >= 5, true), "\n";
// libevent's clock is CLOCK_MONOTONIC_COARSE: a timer may fire up to a jiffy early (as with
// Revolt's own EventDriver).
echo 'took about 40 units: ', var_export($ms >= 30 * $k, true), ', less than 1 s: ', var_export($ms < 1000 * $k, true), "\n";
// What is left: the two unreferenced callbacks.
echo 'left: ', count(EventLoop::getIdentifiers()), "\n";
var_dump(EventLoop::isEnabled($never));

// run() again with nothing referenced returns at once.
EventLoop::run();
echo "done\n";
?>
--EXPECT--
bool(false)
Workerman\Events\RevoltDriver
bool(true)
bool(true)
NULL
bool(true)
bool(false)
string(6) "Repeat"
queue
defer 1
defer 2
repeat 1
delay 0.01
microtask from a callback: x y
defer from a callback
repeat 2
repeat 3
delay 0.03
referenced again
unreferenced repeat ran: true
took about 40 units: true, less than 1 s: true
left: 2
bool(true)
done
