--TEST--
Revolt: onSignal() with posix_kill() of the process itself: id and signal number, two watchers of one signal, disable, cancel
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;

$log = [];
$n = 0;
$first = EventLoop::onSignal(SIGUSR1, function (string $id, int $signo) use (&$log, &$n) {
    $log[] = 'first: ' . ($signo === SIGUSR1 ? 'SIGUSR1' : $signo);
    if (++$n === 2) {
        EventLoop::cancel($id);
    }
});
$second = EventLoop::onSignal(SIGUSR1, function (string $id, int $signo) use (&$log) {
    $log[] = 'second';
    EventLoop::disable($id);
});
EventLoop::delay(0.01, function () { posix_kill(getmypid(), SIGUSR1); });
EventLoop::delay(0.1, function () { posix_kill(getmypid(), SIGUSR1); });
EventLoop::delay(0.2, function () use ($second) { EventLoop::cancel($second); });
EventLoop::run();
sort($log);     // (libevent's order among watchers of one signal)
echo implode("\n", $log), "\n";
var_dump(EventLoop::getIdentifiers());

try {
    EventLoop::onSignal(0, function () {});
    EventLoop::run();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
first: SIGUSR1
first: SIGUSR1
second
array(0) {
}
Error: Invalid signal number 0
