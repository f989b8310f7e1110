--TEST--
GC: cycles through a connection's own callback properties; kept while open, released or collected after close
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

class Holder
{
    public $conn;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destructed {$this->name}\n"; }
}

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$refs = [];
$w->onConnect = function ($connection) use (&$refs) {
    // $a is reached through the callbacks destroy() clears (as upstream does)...
    $a = new Holder('A');
    $a->conn = $connection;
    $connection->onMessage = function ($c, $data) use ($a, &$refs) {
        // A live connection is reachable (worker, static list): the collector leaves it alone.
        gc_collect_cycles();
        $c->send("$data " . $c->getStatus(false) . ' B ' . ($refs[1]->get() ? 'alive' : 'gone'));
    };
    $connection->onClose = function () use ($a) { echo "onClose\n"; };
    $connection->onError = function () use ($a) {};
    $connection->onBufferFull = function () use ($a) {};
    $connection->onBufferDrain = function () use ($a) {};
    $connection->errorHandler = function () use ($a) {};
    // ... $b through the ones it keeps: a garbage cycle once the connection is closed.
    $b = new Holder('B');
    $b->conn = $connection;
    $connection->onConnect = function () use ($b) {};
    $connection->onWebSocketConnect = function () use ($b) {};
    $connection->onWebSocketConnected = function () use ($b) {};
    $connection->onWebSocketClose = function () use ($b) {};
    $refs = [WeakReference::create($a), WeakReference::create($b)];
};
$w->onWorkerStart = function ($w) use (&$refs) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "hello\n");
        echo wm_recv_line($s);
        fclose($s);
        PHP, function ($out) use (&$refs) {
        echo $out;
        var_dump($refs[0]->get(), $refs[1]->get() !== null);
        var_dump(gc_collect_cycles() > 0, $refs[1]->get());
        echo "end\n";
    });
};
Worker::runAll();
?>
--EXPECT--
onClose
destructed A
hello ESTABLISHED B alive
NULL
bool(true)
destructed B
bool(true)
NULL
end
