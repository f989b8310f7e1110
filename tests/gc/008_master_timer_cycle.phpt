--TEST--
GC: master-mode timers (Timer::add() before runAll()) keep their callable alive; collected once deleted
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Worker;
use Workerman\Timer;

class Holder
{
    public $cb;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destructed {$this->name}\n"; }
}

// A Worker exists but nothing runs: timers are kept aside for the master, like upstream's
// Timer::$tasks (a static, i.e. a GC root).
$w = new Worker();

function cycle(string $name, bool $viaArgs): array
{
    $h = new Holder($name);
    $h->cb = function () use ($h) {};
    $id = $viaArgs ? Timer::add(1, 'is_object', [$h]) : Timer::add(1, $h->cb, [], false);
    return [$id, WeakReference::create($h)];
}

[$id1, $ref1] = cycle('callable', false);
[$id2, $ref2] = cycle('args', true);
[$id3, $ref3] = cycle('delAll', false);
var_dump([$id1, $id2, $id3]);
var_dump(gc_collect_cycles(), $ref1->get() !== null, $ref2->get() !== null, $ref3->get() !== null);

var_dump(Timer::del($id1));
var_dump(gc_collect_cycles() > 0, $ref1->get());
var_dump(Timer::del($id2));
var_dump(gc_collect_cycles() > 0, $ref2->get());
Timer::delAll();
var_dump(gc_collect_cycles() > 0, $ref3->get());
echo "end\n";
?>
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
destructed callable
bool(true)
NULL
bool(true)
destructed args
bool(true)
NULL
destructed delAll
bool(true)
NULL
end
