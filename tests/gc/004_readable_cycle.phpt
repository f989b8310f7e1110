--TEST--
GC: a cycle through a callable stored by $loop->onReadable() is collected while registered
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
        'closure' => $h->loop->onReadable($a, function () use ($h) {}),
        'method' => $h->loop->onReadable($a, [$h, 'tick']),
        'first-class' => $h->loop->onReadable($a, $h->tick(...)),
    };
    return WeakReference::create($h);
}

[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
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
