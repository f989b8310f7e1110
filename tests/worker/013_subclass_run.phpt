--TEST--
Worker: subclasses overriding run() (with and without ": void") around parent::run(), with their own properties
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

// 4.x style: no return type.
class UntypedWorker extends Worker
{
    public int $hits = 0;
    protected string $greeting;

    public function __construct(string $socketName, string $greeting)
    {
        parent::__construct($socketName);
        $this->greeting = $greeting;
    }

    public function greet(string $who): string
    {
        return "$this->greeting $who #" . ++$this->hits;
    }

    public function run()
    {
        WmTest::record('untyped: run() before parent, listening=' . var_export($this->getMainSocket() !== null, true));
        parent::run();
        WmTest::record('untyped: run() after parent');
    }
}

// 5.x style.
class TypedWorker extends Worker
{
    public array $seen = [];

    public function run(): void
    {
        $this->seen[] = 'run';
        WmTest::record('typed: run() before parent');
        parent::run();
        WmTest::record('typed: run() after parent, seen=' . implode(',', $this->seen));
    }
}

WmTest::setup();
$u = new UntypedWorker('text://127.0.0.1:0', 'hello');
$u->onWorkerStart = function (UntypedWorker $u) {
    WmTest::record('untyped: onWorkerStart ' . get_class($u) . ' hits=' . $u->hits);
    // Start the client once the other worker process has run too.
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'typed: run() after'), function () use ($u) {
        WmTest::client(WmTest::port($u), <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "ann\nbob\n");
            echo wm_recv_line($s), wm_recv_line($s);
            PHP);
    });
};
$u->onMessage = function ($c, $data) {
    $c->send($c->worker->greet($data) . ' via ' . get_class($c->worker));
};
$t = new TypedWorker();
$t->name = 'typed';
$t->onWorkerStart = function (TypedWorker $t) {
    WmTest::guard();
    $t->seen[] = 'onWorkerStart';
    WmTest::record('typed: onWorkerStart');
};
Worker::$onMasterStop = function () {
    $lines = explode("\n", trim(WmTest::recorded()));
    foreach (['untyped', 'typed'] as $prefix) {
        foreach ($lines as $line) {
            if (str_starts_with($line, "$prefix:")) {
                echo $line, "\n";
            }
        }
    }
};
Worker::runAll();
?>
--EXPECT--
hello ann #1 via UntypedWorker
hello bob #2 via UntypedWorker
untyped: run() before parent, listening=true
untyped: onWorkerStart UntypedWorker hits=0
untyped: run() after parent
typed: run() before parent
typed: onWorkerStart
typed: run() after parent, seen=run,onWorkerStart
