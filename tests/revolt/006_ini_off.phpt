--TEST--
Revolt: with workerman.revolt=0 Revolt is left alone (its own driver); the Workerman loop still works
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--INI--
workerman.revolt=0
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;

echo get_class(EventLoop::getDriver()), "\n";
var_dump(class_exists('Workerman\Events\RevoltDriver', false));
EventLoop::delay(0.01, function () { echo "Revolt's own loop ran\n"; });
EventLoop::run();
$loop = new Workerman\Events\Event();
$loop->delay(0.01, function () use ($loop) { echo "the native loop ran\n"; $loop->stop(); });
$loop->run();
?>
--EXPECT--
Revolt\EventLoop\Driver\StreamSelectDriver
bool(false)
Revolt's own loop ran
the native loop ran
