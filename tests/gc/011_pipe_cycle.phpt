--TEST--
GC: pipe() closures link two connections both ways; nothing leaks after close, a pipe cycle is collected
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$conns = [];
$refs = [];
$w->onConnect = function ($connection) use (&$conns, &$refs) {
    $conns[] = $connection;
    $refs[] = WeakReference::create($connection);
    if (count($conns) === 2) {
        [$a, $b] = $conns;
        $a->pipe($b);
        $b->pipe($a);
        $conns = [];
        // Only the worker and the piped closures refer to them now: nothing to collect.
        gc_collect_cycles();
        $a->send('piped');
        $b->send('piped');
    }
};
$w->onWorkerStart = function ($w) use (&$refs) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s1 = wm_connect($port);
        $s2 = wm_connect($port);
        echo wm_recv($s1, 5), ' ', wm_recv($s2, 5), "\n";
        wm_send($s1, "ping");
        echo wm_recv($s2, 4), "\n";
        wm_send($s2, "pong");
        echo wm_recv($s1, 4), "\n";
        // Closing one side closes the other (pipe's onClose).
        fclose($s1);
        var_dump(wm_closed($s2));
        PHP, function ($out) use (&$refs) {
        echo $out;
        gc_collect_cycles();
        var_dump($refs[0]->get(), $refs[1]->get());

        // pipe() between connections that are already closed: the closures stay, a pure cycle.
        [$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
        $a = new TcpConnection(Worker::$globalEvent, $x);
        $b = new TcpConnection(Worker::$globalEvent, $y);
        $a->destroy();
        $b->destroy();
        $a->pipe($b);
        $b->pipe($a);
        var_dump($a->onMessage instanceof Closure, $b->onBufferFull instanceof Closure);
        $ra = WeakReference::create($a);
        $rb = WeakReference::create($b);
        unset($a, $b);
        var_dump($ra->get() !== null, $rb->get() !== null);
        var_dump(gc_collect_cycles() > 0, $ra->get(), $rb->get());
    });
};
Worker::runAll();
?>
--EXPECT--
piped piped
ping
pong
bool(true)
NULL
NULL
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
NULL
