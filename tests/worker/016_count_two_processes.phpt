--TEST--
Worker: count=2 forks two processes (ids 0 and 1) that both accept on the shared socket; pidFile holds the master pid
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
$w->count = 2;
$w->onWorkerStart = function (Worker $w) {
    WmTest::guard();
    WmTest::record("ready id=$w->id pid=" . posix_getpid()
        . ' parent is master=' . var_export(posix_getppid() === WmTest::$master, true)
        . ' pidFile has master pid=' . var_export(trim((string)file_get_contents(Worker::$pidFile)) === (string)WmTest::$master, true));
    if ($w->id !== 0) {
        return;
    }
    // Process 0 drives the client once both processes are up.
    WmTest::when(fn () => substr_count(WmTest::recorded(), 'ready ') === 2, function () use ($w) {
        WmTest::client(WmTest::port($w), <<<'PHP'
            // Each process stops accepting after its first connection, so the second connection
            // can only be accepted by the other process.
            $a = wm_connect($port);
            wm_send($a, "who\n");
            echo wm_recv_line($a);
            $b = wm_connect($port);
            wm_send($b, "who\n");
            echo wm_recv_line($b);
            PHP, function (string $out) {
            $ready = $facts = [];
            preg_match_all('/^ready id=(\d) pid=(\d+) (.*)$/m', WmTest::recorded(), $m, PREG_SET_ORDER);
            foreach ($m as [, $id, $pid, $rest]) {
                $ready[$id] = $pid;
                $facts[$id] = "process $id: $rest\n";
            }
            ksort($ready);
            ksort($facts);
            echo implode('', $facts);
            preg_match_all('/^served by id=(\d) pid=(\d+)$/m', $out, $m, PREG_SET_ORDER);
            $served = [];
            foreach ($m as [, $id, $pid]) {
                $served[$id] = $pid;
            }
            ksort($served);
            echo 'answers: ', count($m), ', from ids ', implode(',', array_keys($served)),
                ', pids match the processes: ', var_export($served === $ready, true), "\n";
            if ($served !== $ready) {
                echo $out;
            }
        });
    });
};
$w->onConnect = function ($c) use ($w) {
    $w->pauseAccept();
};
$w->onMessage = function ($c, $data) use ($w) {
    $c->send("served by id=$w->id pid=" . posix_getpid());
};
Worker::runAll();
?>
--EXPECT--
process 0: parent is master=true pidFile has master pid=true
process 1: parent is master=true pidFile has master pid=true
answers: 2, from ids 0,1, pids match the processes: true
