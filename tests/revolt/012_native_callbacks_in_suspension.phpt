--TEST--
Revolt: during a {main} suspension the native loop's own callbacks run (an Events\Event timer of getHandle(), an AsyncTcpConnection) and may resume it; then a suspension resumed only by a microtask returns; EventLoop::run() ends when no Workerman timer or connection is left
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Workerman\Connection\AsyncTcpConnection;

$loop = EventLoop::getDriver()->getHandle();
$s = EventLoop::getSuspension();
$loop->delay(0.01, function () use ($s) { $s->resume('resumed by a native timer'); });
echo $s->suspend(), "\n";

// A listening socket of our own: the connect completes without accept().
$server = stream_socket_server('tcp://127.0.0.1:0');
$c = new AsyncTcpConnection('tcp://' . stream_socket_get_name($server, false));
$c->onConnect = function () use ($s) { $s->resume('resumed by onConnect'); };
$c->connect();
echo $s->suspend(), "\n";

// Resumed before it suspends: only a microtask is queued, nothing else is referenced.
EventLoop::queue(function () use ($s) { $s->resume('resumed by a microtask'); });
echo $s->suspend(), "\n";

// Workerman's own timers and connections keep EventLoop::run() running, as upstream's Revolt
// loop class makes them referenced watchers.
$n = 0;
$id = $loop->repeat(0.01, function () use (&$n) { $n++; });
EventLoop::delay(0.05, function () use ($loop, $id, $c) {
    echo "delay\n";
    $loop->offRepeat($id);
    EventLoop::delay(0.05, function () use ($c) {
        echo "the connection is still open\n";
        $c->close();
    });
});
EventLoop::run();
echo 'native repeat ran meanwhile: ', var_export($n >= 2, true), "\n";
?>
--EXPECT--
resumed by a native timer
resumed by onConnect
resumed by a microtask
delay
the connection is still open
native repeat ran meanwhile: true
