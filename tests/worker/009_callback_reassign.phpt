--TEST--
Worker: callbacks are read when they are needed: reassigned after start, per-connection override, copied at accept
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($c, $data) {
    $c->send("A:$data"); // replaced in onWorkerStart: never used
};
$w->onConnect = function ($c) {
    echo "onConnect X (replaced: never used)\n";
};
$w->onWorkerStart = function (Worker $w) {
    $w->onMessage = function ($c, $data) use ($w) {
        if ($data === 'switch') {
            // Affects connections accepted from now on, not this one.
            $w->onMessage = function ($c, $data) {
                $c->send("D:$data");
            };
        }
        $c->send("B:$data");
    };
    $w->onConnect = function ($c) {
        static $n = 0;
        $n++;
        if ($n === 2) {
            // Only this connection uses C.
            $c->onMessage = function ($c, $data) {
                $c->send("C:$data");
            };
        }
    };
    WmTest::client(WmTest::port($w), <<<'PHP'
        $c1 = wm_connect($port);
        wm_send($c1, "one\n");
        echo 'c1 ', wm_recv_line($c1);
        $c2 = wm_connect($port);
        wm_send($c2, "two\n");
        echo 'c2 ', wm_recv_line($c2);
        wm_send($c1, "switch\n");
        echo 'c1 ', wm_recv_line($c1);
        wm_send($c1, "again\n");
        echo 'c1 ', wm_recv_line($c1);
        $c3 = wm_connect($port);
        wm_send($c3, "three\n");
        echo 'c3 ', wm_recv_line($c3);
        wm_send($c2, "more\n");
        echo 'c2 ', wm_recv_line($c2);
        $c4 = wm_connect($port);
        wm_send($c4, "four\n");
        echo 'c4 ', wm_recv_line($c4);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
c1 B:one
c2 C:two
c1 B:switch
c1 B:again
c3 D:three
c2 C:more
c4 D:four
