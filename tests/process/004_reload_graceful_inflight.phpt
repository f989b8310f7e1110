--TEST--
Process model: graceful reload (SIGUSR2) lets an in-flight request finish and its keep-alive connection go on until the client closes; new connections reach the replacement
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;
use Workerman\Timer;

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$gen = 0;
$web = new Worker('text://127.0.0.1:0');
$web->name = 'web';
$web->onWorkerStart = function (Worker $w) use (&$gen) {
    $gen = substr_count(WmTest::recorded(), 'start') + 1;
    file_put_contents(WmTest::$dir . '/port.tmp', WmTest::port($w));
    rename(WmTest::$dir . '/port.tmp', WmTest::$dir . '/port');
    WmTest::record("start gen$gen");
};
$web->onMessage = function ($c, $data) use (&$gen) {
    WmTest::record("message $data gen$gen");
    if ($data === 'slow') {
        // Graceful reload while this request is being handled.
        posix_kill(WmTest::$master, SIGUSR2);
        // Answered once this process is stopping for the reload (bounded).
        $until = microtime(true) + 10 * WmTest::$scale;
        $timer = Timer::add(0.01, function () use ($c, &$gen, &$timer, $until) {
            if (Worker::getStatus() === Worker::STATUS_SHUTDOWN || microtime(true) > $until) {
                Timer::del($timer);
                WmTest::record('reply slow, stopping: ' . var_export(Worker::getStatus() === Worker::STATUS_SHUTDOWN, true));
                $c->send("slow done (gen$gen)");
            }
        });
        return;
    }
    $c->send("$data (gen$gen)");
};
$web->onWorkerReload = function () use (&$gen) {
    WmTest::record("reload gen$gen");
};
$web->onWorkerStop = function () use (&$gen) {
    WmTest::record("stop gen$gen");
};
$web->onClose = function () use (&$gen) {
    if ($gen === 1) {
        WmTest::record("close gen$gen");
    }
};

$ctl = new Worker();
$ctl->name = 'ctl';
$ctl->reloadable = false;
$ctl->onWorkerReload = fn () => file_put_contents(WmTest::$dir . '/ctl-reloaded', 'yes');
$ctl->onWorkerStart = function () {
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'start gen1'), function () {
        WmTest::client((int)file_get_contents(WmTest::$dir . '/port'), <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "slow\n");
            echo wm_recv_line($s);
            // Same connection, still served by the old process (it is only draining).
            wm_send($s, "again\n");
            echo wm_recv_line($s);
            fclose($s);
            // A new connection waits in the master's listen queue for the replacement.
            $s = wm_connect($port);
            wm_send($s, "new\n");
            echo wm_recv_line($s);
            PHP, function (string $out) {
            echo $out;
            echo WmTest::recorded();
            echo 'ctl: onWorkerReload ', @file_get_contents(WmTest::$dir . '/ctl-reloaded'), ', still pid ', var_export(posix_getpid() === getmypid(), true), "\n";
            preg_match_all('/^(Workerman\[[^\]]*\] (reloading|stopping)|worker\[).*$/m', WmTest::console(), $m);
            echo preg_replace('/^worker\[\d+\]/m', 'worker[PID]', implode("\n", $m[0])), "\n";
        });
    });
};
Worker::runAll();
?>
--EXPECT--
slow done (gen1)
again (gen1)
new (gen2)
start gen1
message slow gen1
reload gen1
stop gen1
reply slow, stopping: true
message again gen1
close gen1
start gen2
message new gen2
ctl: onWorkerReload yes, still pid true
Workerman[004_reload_graceful_inflight.php] reloading
worker[PID] remains 0 connection(s)
