--TEST--
GC: a cycle through the callable stored by $loop->setErrorHandler() is collected while registered
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

function cycle(string $how, $a): WeakReference
{
    $h = new Holder($how);
    $h->loop = new Event();
    match ($how) {
        'closure' => $h->loop->setErrorHandler(function () use ($h) {}),
        'method' => $h->loop->setErrorHandler([$h, 'tick']),
        'first-class' => $h->loop->setErrorHandler($h->tick(...)),
    };
    return WeakReference::create($h);
}

$a = null;
foreach (['closure', 'method', 'first-class'] as $how) {
    $ref = cycle($how, $a);
    var_dump(gc_collect_cycles() > 0, $ref->get());
}
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
