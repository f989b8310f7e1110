--TEST--
GC: a cycle through a callable stored by $loop->repeat()/delay() (callable or args) is collected while registered
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Events\Event;

class Holder
{
    public $loop;
    public function __construct(public string $name) {}
    public function tick(): void {}
    public function __destruct() { echo "destructed {$this->name}\n"; }
}

function cycle(string $how): WeakReference
{
    $h = new Holder($how);
    $h->loop = new Event();
    match ($how) {
        'repeat closure' => $h->loop->repeat(60, function () use ($h) {}),
        'delay closure' => $h->loop->delay(60, function () use ($h) {}),
        'repeat args' => $h->loop->repeat(60, 'var_dump', [$h]),
        'repeat method array' => $h->loop->repeat(60, [$h, 'tick']),
        'delay first-class method' => $h->loop->delay(60, $h->tick(...)),
    };
    return WeakReference::create($h);
}

foreach (['repeat closure', 'delay closure', 'repeat args', 'repeat method array', 'delay first-class method'] as $how) {
    $ref = cycle($how);
    // Nothing outside the cycle refers to it; the loop still holds the timer.
    var_dump($ref->get()->loop->getTimerCount());
    var_dump(gc_collect_cycles() > 0, $ref->get());
}
echo "end\n";
?>
--EXPECT--
int(1)
destructed repeat closure
bool(true)
NULL
int(1)
destructed delay closure
bool(true)
NULL
int(1)
destructed repeat args
bool(true)
NULL
int(1)
destructed repeat method array
bool(true)
NULL
int(1)
destructed delay first-class method
bool(true)
NULL
end
