--TEST--
Revolt: the keep-alive callback is hidden; RevoltBackend serves RevoltDriver only; a driver replaced by setDriver() is collected with its native events (none fires afterwards) and the new one runs on the same native loop
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Workerman\Events\RevoltBackend;
use Workerman\Events\RevoltDriver;

$old = EventLoop::getDriver();
var_dump($old->getIdentifiers(), $old->__debugInfo());
try {
    new RevoltBackend(new stdClass());
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    clone (new ReflectionProperty($old, 'backend'))->getValue($old);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    serialize((new ReflectionProperty($old, 'backend'))->getValue($old));
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// Watchers of every kind, activated (a tick ran) and left behind.
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
EventLoop::delay(0.3, function () { echo "old driver's delay ran\n"; });
EventLoop::repeat(0.2, function () { echo "old driver's repeat ran\n"; });
EventLoop::onReadable($b, function () { echo "old driver's reader ran\n"; });
EventLoop::onSignal(SIGUSR2, function () { echo "old driver's signal watcher ran\n"; });
$s = EventLoop::getSuspension();
EventLoop::delay(0.001, function () use ($s) { $s->resume(); });
$s->suspend();
$handle = $old->getHandle();
// Its loop fiber waits where the suspension left it: end it, so that it can be swapped.
$old->stop();
$old->run();

EventLoop::setDriver(new RevoltDriver());
$ref = WeakReference::create($old);
unset($old, $s, $e);    // ($e's trace holds the backend, an argument of serialize())
gc_collect_cycles();
echo 'old driver collected: ', var_export($ref->get() === null, true), "\n";

fwrite($a, 'x');
EventLoop::delay(0.5, function () { echo "new driver's delay ran\n"; });
EventLoop::run();
echo 'same native loop: ', var_export(EventLoop::getDriver()->getHandle() === $handle, true), "\n";
?>
--EXPECT--
array(0) {
}
array(0) {
}
TypeError: Workerman\Events\RevoltBackend::__construct(): Argument #1 ($driver) must be a Workerman\Events\RevoltDriver
Error: Trying to clone an uncloneable object of class Workerman\Events\RevoltBackend
Exception: Serialization of 'Workerman\Events\RevoltBackend' is not allowed
old driver collected: true
new driver's delay ran
same native loop: true
