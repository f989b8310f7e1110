--TEST--
Revolt: a {main} suspension resumed by a delay, a Fiber suspension resumed by a timer, throw() into a suspension, and a {main} suspension that nothing resumes
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;

$k = getenv('USE_ZEND_ALLOC') === '0' ? 20 : 1;

// {main}: suspend() runs the loop until the delay resumes it.
$s = EventLoop::getSuspension();
var_dump($s === EventLoop::getSuspension());
EventLoop::delay(0.01 * $k, function () use ($s) { $s->resume('main resumed'); });
EventLoop::defer(function () { echo "defer ran while {main} was suspended\n"; });
echo $s->suspend(), "\n";

// Fibers: each waits for its own timer; {main} waits for both.
$main = EventLoop::getSuspension();
$done = 0;
foreach ([0.03, 0.01] as $i => $d) {
    $f = new Fiber(function () use ($i, $d, $k, $main, &$done) {
        $s = EventLoop::getSuspension();
        EventLoop::delay($d * $k, function () use ($s, $d) { $s->resume("after $d s"); });
        $got = $s->suspend();
        echo "fiber $i: $got\n";
        if (++$done === 2) {
            $main->resume('both fibers done');
        }
    });
    $f->start();
}
echo $main->suspend(), "\n";

// throw() makes suspend() throw in the suspended code.
$s = EventLoop::getSuspension();
EventLoop::delay(0.005 * $k, function () use ($s) { $s->throw(new RuntimeException('thrown into {main}')); });
try {
    $s->suspend();
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// Nothing resumes it: Revolt says so once no referenced callback is left.
$s = EventLoop::getSuspension();
EventLoop::unreference(EventLoop::delay(10, function () {}));
try {
    $s->suspend();
} catch (Error $e) {
    echo strtok($e->getMessage(), '('), "\n";
}
echo "end\n";
?>
--EXPECT--
bool(true)
defer ran while {main} was suspended
main resumed
fiber 1: after 0.01 s
fiber 0: after 0.03 s
both fibers done
RuntimeException: thrown into {main}
Event loop terminated without resuming the current suspension 
end
