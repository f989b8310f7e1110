--TEST--
Timer: before any loop exists (master mode), a subclass sees upstream's $tasks, $status and $timerId and runs due timers with tick()
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;
use Workerman\Worker;

class MyTimer extends Timer
{
    public static function state(): string
    {
        $tasks = [];
        foreach (static::$tasks as $at => $list) {
            foreach ($list as $id => [$func, $args, $persistent, $interval]) {
                $tasks[$id] = sprintf('id %d %s: %s(%s) persistent %s interval %s', $id, $at - time() > 50 ? 'later' : 'due',
                    is_string($func) ? $func : 'closure', implode(',', $args), var_export($persistent, true), var_export($interval, true));
            }
        }
        ksort($tasks);
        return "timerId " . static::$timerId . ', status ' . json_encode(static::$status) . ($tasks ? "\n  " . implode("\n  ", $tasks) : '');
    }

    public static function runDue(): void
    {
        static::tick();
    }
}

function hello(string $who): void
{
    echo "hello $who\n";
}

new Worker();   // timers need a Worker, as upstream's do
echo MyTimer::state(), "\n";
$a = Timer::add(0, 'hello', ['now'], false);
$b = Timer::add(100, 'hello', ['later']);
$c = Timer::add(0, fn () => print("every tick\n"));
echo MyTimer::state(), "\n";
MyTimer::runDue();
echo MyTimer::state(), "\n";
var_dump(Timer::del($b));
echo MyTimer::state(), "\n";
Timer::delAll();
echo MyTimer::state(), "\n";
?>
--EXPECT--
timerId 0, status []
timerId 3, status {"1":true,"2":true,"3":true}
  id 1 due: hello(now) persistent false interval 0.0
  id 2 later: hello(later) persistent true interval 100.0
  id 3 due: closure() persistent true interval 0.0
hello now
every tick
timerId 3, status {"2":true,"3":true}
  id 2 later: hello(later) persistent true interval 100.0
  id 3 due: closure() persistent true interval 0.0
bool(true)
timerId 3, status {"3":true}
  id 3 due: closure() persistent true interval 0.0
timerId 3, status []
