--TEST--
GC: a cycle through a callable stored by $loop->onSignal() is collected while registered
--EXTENSIONS--
workerman
posix
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

function cycle(string $how, $a): WeakReference
{
    $h = new Holder($how);
    $h->loop = new Event();
    match ($how) {
        'closure' => $h->loop->onSignal(SIGWINCH, function () use ($h) {}),
        'method' => $h->loop->onSignal(SIGWINCH, [$h, 'tick']),
        'first-class' => $h->loop->onSignal(SIGWINCH, $h->tick(...)),
    };
    return WeakReference::create($h);
}

$a = null;
foreach (['closure', 'method', 'first-class'] as $how) {
    $ref = cycle($how, $a);
    var_dump(gc_collect_cycles() > 0, $ref->get());
}
// The freed loop gave the signal back: its default action (ignore) applies again.
posix_kill(getmypid(), SIGWINCH);
echo "end\n";
?>
--EXPECT--
destructed closure
bool(true)
NULL
destructed method
bool(true)
NULL
destructed first-class
bool(true)
NULL
end
