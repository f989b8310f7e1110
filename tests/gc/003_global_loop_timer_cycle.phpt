--TEST--
GC: a cycle through a timer of the process loop is kept while registered and collected once deleted
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

class Holder
{
    public $cb;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destructed {$this->name}\n"; }
}

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $ev = Worker::$globalEvent;
    // Each holder is in a cycle with the callable it registers ($h->cb captures or gets $h).
    $cases = [
        'Timer::add' => [fn ($h) => Timer::add(60, $h->cb), fn ($id) => Timer::del($id)],
        'Timer::delay' => [fn ($h) => Timer::delay(60, $h->cb), fn ($id) => Timer::del($id)],
        'repeat' => [fn ($h) => $ev->repeat(60, $h->cb), fn ($id) => $ev->offRepeat($id)],
        'delay args' => [fn ($h) => $ev->delay(60, 'is_object', [$h]), fn ($id) => $ev->offDelay($id)],
    ];
    foreach ($cases as $name => [$add, $del]) {
        $h = new Holder($name);
        $h->cb = function () use ($h) {};
        $id = $add($h);
        $ref = WeakReference::create($h);
        unset($h);
        // Worker::$globalEvent is a root: a registered timer keeps its callable alive.
        var_dump(gc_collect_cycles(), $ref->get() !== null);
        var_dump($del($id));
        var_dump(gc_collect_cycles() > 0, $ref->get());
    }
    echo "end\n";
    WmTest::stop();
};
Worker::runAll();
?>
--EXPECT--
int(0)
bool(true)
bool(true)
destructed Timer::add
bool(true)
NULL
int(0)
bool(true)
bool(true)
destructed Timer::delay
bool(true)
NULL
int(0)
bool(true)
bool(true)
destructed repeat
bool(true)
NULL
int(0)
bool(true)
bool(true)
destructed delay args
bool(true)
NULL
end
