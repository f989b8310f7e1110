--TEST--
Fiber loop: a Channel pop waiting in one connection's onMessage is served by another connection's push; a second request on the waiting connection is handled after the first (in order); a callback suspended when its connection closes is cleaned up (finally runs, the connection is freed)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/coroutine.inc'; echo wm_coroutine_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/coroutine.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Coroutine\Channel;

WmTest::setup();
Worker::$eventLoopClass = Workerman\Events\Fiber::class;
$w = new Worker('text://127.0.0.1:0');
$chan = null;
$parked = [];
$gone = null;
$w->onWorkerStart = function ($w) use (&$chan, &$gone) {
    $chan = new Channel(1);
    WmTest::client(WmTest::port($w), <<<'PHP'
        $a = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        $b = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        stream_set_timeout($a, 5);
        stream_set_timeout($b, 5);
        // a: pop (waits), then "ping" pipelined behind it; b pushes after a short pause.
        fwrite($a, "pop\nping\n");
        usleep(100000);
        fwrite($b, "push hello\n");
        echo 'b: ', fgets($b);
        echo 'a: ', fgets($a);
        echo 'a: ', fgets($a);
        // c parks its callback forever, then closes.
        $c = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        fwrite($c, "park\n");
        usleep(100000);
        fclose($c);
        usleep(200000);
        fwrite($b, "status\n");
        echo 'b: ', fgets($b);
        PHP);
};
$w->onMessage = function ($c, $data) use (&$chan, &$parked, &$gone) {
    switch (explode(' ', $data)[0]) {
        case 'pop':
            $c->send('popped ' . $chan->pop(5));
            return;
        case 'ping':
            $c->send('pong');
            return;
        case 'push':
            $chan->push(substr($data, 5));
            $c->send('pushed');
            return;
        case 'park':
            // Only this array holds the Fiber; onClose drops it.
            $gone = WeakReference::create($c);
            $parked[$c->id] = Fiber::getCurrent();
            try {
                Fiber::suspend();
                WmTest::record('parked callback resumed');
            } finally {
                WmTest::record('parked callback unwound');
            }
            return;
        case 'status':
            gc_collect_cycles();
            $c->send(WmTest::recorded() === "parked callback unwound\n" && $gone->get() === null
                ? 'parked connection freed' : 'not freed: ' . json_encode(WmTest::recorded()));
            return;
    }
};
$w->onClose = function ($c) use (&$parked) {
    unset($parked[$c->id]);
};
Worker::runAll();
?>
--EXPECT--
b: pushed
a: popped hello
a: pong
b: parked connection freed
