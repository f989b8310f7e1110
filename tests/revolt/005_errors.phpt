--TEST--
Revolt: an exception of a callback reaches setErrorHandler()'s handler and the loop goes on; without a handler run() throws UncaughtThrowable (upstream Revolt), and a later run() goes on with the rest
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Revolt\EventLoop\UncaughtThrowable;

EventLoop::setErrorHandler(function (Throwable $e) { echo 'handler: ', get_class($e), ': ', $e->getMessage(), "\n"; });
EventLoop::delay(0.01, function () { throw new LogicException('from a delay'); });
EventLoop::queue(function () { throw new DomainException('from a microtask'); });
EventLoop::delay(0.02, function () { echo "the loop went on\n"; });
EventLoop::run();

EventLoop::setErrorHandler(null);
EventLoop::delay(0.01, function () { throw new LogicException('nobody handles this'); });
EventLoop::delay(0.02, function () { echo "second delay after run() threw\n"; });
try {
    EventLoop::run();
} catch (UncaughtThrowable $e) {
    echo get_class($e), ' of ', get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
}
EventLoop::run();

// A {main} suspension gets it too.
EventLoop::delay(0.01, function () { throw new LogicException('while {main} was suspended'); });
try {
    EventLoop::getSuspension()->suspend();
} catch (UncaughtThrowable $e) {
    echo 'suspend(): ', $e->getPrevious()->getMessage(), "\n";
}
// A handler that throws: UncaughtThrowable of the handler.
EventLoop::setErrorHandler(function (Throwable $e) { throw new RuntimeException('handler failed'); });
EventLoop::defer(function () { throw new LogicException('x'); });
try {
    EventLoop::run();
} catch (UncaughtThrowable $e) {
    echo get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
}
echo "end\n";
?>
--EXPECT--
handler: DomainException: from a microtask
handler: LogicException: from a delay
the loop went on
Revolt\EventLoop\UncaughtThrowable of LogicException: nobody handles this
second delay after run() threw
suspend(): while {main} was suspended
RuntimeException: handler failed
end
