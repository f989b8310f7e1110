--TEST--
Workerman 4.x loop API on the native loop: add()/del() with EV_* flags, clearAllTimer(), loop(), destroy()
--EXTENSIONS--
workerman
posix
--FILE--
<?php
use Workerman\Events\EventInterface;
use Workerman\Events\Select;

var_dump([EventInterface::EV_READ, EventInterface::EV_WRITE, EventInterface::EV_EXCEPT, EventInterface::EV_SIGNAL,
    EventInterface::EV_TIMER, EventInterface::EV_TIMER_ONCE]);

// 4.x configurations name a driver class; all of them are the native loop.
$loop = new Select();
var_dump($loop instanceof EventInterface);
$log = [];
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);

$t1 = $loop->add(0.01, EventInterface::EV_TIMER, function ($x, $y) use (&$log, &$t1, $loop) {
    $log[] = "timer $x$y";
    if (count(array_filter($log, fn ($l) => str_starts_with($l, 'timer '))) === 2) {
        $log[] = 'del timer ' . var_export($loop->del($t1, EventInterface::EV_TIMER), true);
    }
}, ['a', 'b']);
$t2 = $loop->add(0.01, EventInterface::EV_TIMER_ONCE, function () use (&$log) { $log[] = 'once'; });
$t3 = $loop->add(0.01, EventInterface::EV_TIMER_ONCE, function () use (&$log) { $log[] = 'deleted once'; });
var_dump(is_int($t1), $t2 === $t1 + 1, $loop->del($t3, EventInterface::EV_TIMER_ONCE), $loop->getTimerCount());

var_dump($loop->add($a, EventInterface::EV_READ, function ($stream) use (&$log, $a, $loop) {
    $log[] = 'read ' . var_export($stream === $a, true) . ' ' . fread($stream, 10);
    $log[] = 'del read ' . var_export($loop->del($stream, EventInterface::EV_READ), true);
}));
fwrite($b, 'ping');
var_dump($loop->add($b, EventInterface::EV_WRITE, function ($stream) use (&$log, $loop) {
    $log[] = 'write';
    $log[] = 'del write ' . var_export($loop->del($stream, EventInterface::EV_WRITE), true);
}));
var_dump($loop->add(SIGWINCH, EventInterface::EV_SIGNAL, function ($sig) use (&$log, $loop) {
    $log[] = 'signal ' . var_export($sig === SIGWINCH, true);
    $log[] = 'del signal ' . var_export($loop->del(SIGWINCH, EventInterface::EV_SIGNAL), true);
}));
posix_kill(getmypid(), SIGWINCH);
var_dump($loop->add(1, 12345, fn () => null), $loop->del(1, 12345));
var_dump($loop->add(0, EventInterface::EV_SIGNAL, fn () => null), $loop->add(100000, EventInterface::EV_SIGNAL, fn () => null));

$deadline = microtime(true) + 20;
$loop->add(0.01, EventInterface::EV_TIMER, function () use ($loop, &$log, $deadline) {
    if (count($log) < 10 && microtime(true) < $deadline) {
        return;
    }
    $loop->add(60, EventInterface::EV_TIMER, fn () => null);
    $loop->add(60, EventInterface::EV_TIMER_ONCE, fn () => null);
    var_dump($loop->getTimerCount());
    $loop->clearAllTimer();
    var_dump($loop->getTimerCount());
    $loop->destroy();   // 4.x: stop the loop
});
$loop->loop();
sort($log);
echo implode("\n", $log), "\n";
echo "done\n";
?>
--EXPECT--
array(6) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(8)
  [5]=>
  int(16)
}
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
int(3)
int(0)
del read true
del signal true
del timer true
del write true
once
read true ping
signal true
timer ab
timer ab
write
done
