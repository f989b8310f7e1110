--TEST--
GC: a cycle through a callable stored by Timer::add()/Timer::delay() in the loop given to Timer::init()
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Events\Event;
use Workerman\Timer;
use Workerman\Lib\Timer as LegacyTimer;

class Holder
{
    public $loop;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destructed {$this->name}\n"; }
}

function cycle(string $how): WeakReference
{
    $h = new Holder($how);
    $h->loop = new Event();
    Timer::init($h->loop);
    match ($how) {
        'Timer::add' => Timer::add(60, function () use ($h) {}),
        'Timer::add once with args' => Timer::add(60, fn ($x) => null, [$h], false),
        'Timer::delay' => Timer::delay(60, function () use ($h) {}),
        'Lib\Timer::add' => LegacyTimer::add(60, function () use ($h) {}),
    };
    // Timer moves on to another loop; this one is reachable through the cycle only.
    Timer::init(new Event());
    return WeakReference::create($h);
}

foreach (['Timer::add', 'Timer::add once with args', 'Timer::delay', 'Lib\Timer::add'] as $how) {
    $ref = cycle($how);
    var_dump($ref->get()->loop->getTimerCount());
    var_dump(gc_collect_cycles() > 0, $ref->get());
}
echo "end\n";
?>
--EXPECT--
int(1)
destructed Timer::add
bool(true)
NULL
int(1)
destructed Timer::add once with args
bool(true)
NULL
int(1)
destructed Timer::delay
bool(true)
NULL
int(1)
destructed Lib\Timer::add
bool(true)
NULL
end
