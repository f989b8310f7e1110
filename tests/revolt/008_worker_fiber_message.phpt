--TEST--
Revolt in a worker process: a TCP onMessage starts a Fiber that waits with EventLoop::delay() and a suspension before it answers; other messages and connections are served meanwhile
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, string $data) {
    if ($data === 'now') {
        $c->send('now');
        return;
    }
    [$name, $ms] = explode(' ', $data);
    (new Fiber(function () use ($c, $name, $ms) {
        $s = EventLoop::getSuspension();
        EventLoop::delay($ms / 1000, function () use ($s, $name) { $s->resume(strtoupper($name)); });
        $c->send($s->suspend() . " after $ms ms");
    }))->start();
};
$w->onWorkerStart = function (Worker $w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $a = wm_connect($port);
        $b = wm_connect($port);
        wm_send($a, "slow 300\nquick 100\n");
        wm_send($b, "other 200\n");
        wm_send($b, "now\n");
        echo 'b: ', wm_recv_line($b);
        echo 'a: ', wm_recv_line($a);
        echo 'b: ', wm_recv_line($b);
        echo 'a: ', wm_recv_line($a);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
b: now
a: QUICK after 100 ms
b: OTHER after 200 ms
a: SLOW after 300 ms
