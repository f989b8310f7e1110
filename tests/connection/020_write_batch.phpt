--TEST--
Write batching: what the handlers of one read's packages send to other connections arrives complete and in order (with the reading connection's own replies), close() and an exception in the middle of the burst, writes from a Fiber, and the same with workerman.batch_writes=0
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$watchers = [];
$w->onMessage = function (TcpConnection $c, $data) use (&$watchers) {
    if (str_starts_with($data, 'watch')) {
        $watchers[substr($data, 6)] = $c;
        $c->send('watching');
        return;
    }
    if ($data === 'batch off' || $data === 'batch on') {
        ini_set('workerman.batch_writes', $data === 'batch on' ? '1' : '0');
        $c->send(ini_get('workerman.batch_writes'));
        return;
    }
    [$cmd, $arg] = explode(' ', $data, 2) + [1 => ''];
    $x = $watchers['x'] ?? null;
    $y = $watchers['y'] ?? null;
    switch ($cmd) {
        case 'say':
            $r = [$x?->send("x $arg"), $y?->send("y $arg")];
            $c->send("ok $arg " . json_encode($r));
            break;
        case 'closex':
            $x->close("bye $arg");
            unset($watchers['x']);
            $c->send("closed $arg");
            break;
        case 'boom':
            $y->send("y before boom");
            throw new RuntimeException('boom');
        case 'fiber':
            $f = new Fiber(function () use ($y, $arg) {
                $y->send("y fiber $arg");
                Fiber::suspend();
                $y->send("y fiber resumed $arg");
            });
            $f->start();
            $y->send("y after start $arg");
            $f->resume();
            $c->send("fiber $arg");
            break;
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $x = wm_connect($port);
        wm_send($x, "watch x\n");
        echo wm_recv_line($x);
        $y = wm_connect($port);
        wm_send($y, "watch y\n");
        echo wm_recv_line($y);
        $r = wm_connect($port);
        foreach (['on', 'off'] as $mode) {
            wm_send($r, "batch $mode\n");
            echo "-- batch $mode: ", wm_recv_line($r);
            // one write: the worker reads the whole burst at once
            wm_send($r, "say 1\nsay 2\nsay 3\nfiber 4\nsay 5\nboom\nsay 6\n");
            $got = '';
            while (substr_count($got, "\n") < 6) { $got .= wm_recv($r, 1); }
            echo "r: ", json_encode($got), "\n";
            $gy = '';
            while (substr_count($gy, "\n") < 9) { $gy .= wm_recv($y, 1); }
            echo "y: ", json_encode($gy), "\n";
            if ($mode === 'on') {
                wm_send($r, "say 7\nclosex 8\nsay 9\n");
                echo "x: ", json_encode(wm_recv_all($x)), "\n";
                $got = '';
                while (substr_count($got, "\n") < 3) { $got .= wm_recv($r, 1); }
                echo "r: ", json_encode($got), "\n";
                $gy = '';
                while (substr_count($gy, "\n") < 2) { $gy .= wm_recv($y, 1); }
                echo "y: ", json_encode($gy), "\n";
            }
        }
        PHP, function ($out) {
            echo $out;
            preg_match_all('/^\w+Exception: .*$/m', WmTest::consoleAfterStart(), $m);
            echo 'console: ', preg_replace('/ in \S+:\d+$/m', ' in FILE:LINE', implode("\n", $m[0])), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
watching
watching
-- batch on: 1
r: "ok 1 [true,true]\nok 2 [true,true]\nok 3 [true,true]\nfiber 4\nok 5 [true,true]\nok 6 [true,true]\n"
y: "y 1\ny 2\ny 3\ny fiber 4\ny after start 4\ny fiber resumed 4\ny 5\ny before boom\ny 6\n"
x: "x 1\nx 2\nx 3\nx 5\nx 6\nx 7\nbye 8\n"
r: "ok 7 [true,true]\nclosed 8\nok 9 [null,true]\n"
y: "y 7\ny 9\n"
-- batch off: 0
r: "ok 1 [null,true]\nok 2 [null,true]\nok 3 [null,true]\nfiber 4\nok 5 [null,true]\nok 6 [null,true]\n"
y: "y 1\ny 2\ny 3\ny fiber 4\ny after start 4\ny fiber resumed 4\ny 5\ny before boom\ny 6\n"
console: RuntimeException: boom in FILE:LINE
RuntimeException: boom in FILE:LINE
