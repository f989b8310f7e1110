--TEST--
GC: a cycle through a Worker's callback properties is collected (listening socket closed with it)
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Worker;

class MyWorker extends Worker
{
    public function __destruct() { echo "destructed {$this->name}\n"; }

    /** Worker::$workers holds every Worker (upstream too); take one out to make it unreachable. */
    public static function forget(Worker $w): void
    {
        foreach (static::$workers as $k => $one) {
            if ($one === $w) {
                unset(static::$workers[$k]);
            }
        }
    }
}

const CALLBACKS = ['onWorkerStart', 'onConnect', 'onWebSocketConnect', 'onWebSocketConnected', 'onMessage',
    'onClose', 'onError', 'onBufferFull', 'onBufferDrain', 'onWorkerStop', 'onWorkerReload'];

function cycle(string $prop, bool $listen): array
{
    $w = new MyWorker($listen ? 'text://127.0.0.1:0' : '');
    $w->name = $prop;
    $w->$prop = function () use ($w) {};
    $port = 0;
    if ($listen) {
        $w->listen();
        $name = stream_socket_get_name($w->getMainSocket(), false);
        $port = (int)substr($name, strrpos($name, ':') + 1);
    }
    MyWorker::forget($w);
    return [WeakReference::create($w), $port];
}

foreach (CALLBACKS as $prop) {
    [$ref] = cycle($prop, false);
    if (gc_collect_cycles() === 0 || $ref->get() !== null) {
        echo "$prop: not collected\n";
    }
}

[$ref, $port] = cycle('onMessage', true);
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump($c !== false);
$c = null;
var_dump(gc_collect_cycles() > 0, $ref->get());
$c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
var_dump($c);
var_dump(count(Worker::getAllWorkers()));
echo "end\n";
?>
--EXPECT--
destructed onWorkerStart
destructed onConnect
destructed onWebSocketConnect
destructed onWebSocketConnected
destructed onMessage
destructed onClose
destructed onError
destructed onBufferFull
destructed onBufferDrain
destructed onWorkerStop
destructed onWorkerReload
bool(true)
destructed onMessage
bool(true)
NULL
bool(false)
int(0)
end
