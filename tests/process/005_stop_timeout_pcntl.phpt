--TEST--
Process model: pcntl_signal() handlers installed in a worker run; a worker that ignores the stop signal is SIGKILLed after stopTimeout
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

WmTest::setup();
Worker::$stopTimeout = 1;
$w = new Worker();
$w->name = 'stubborn';
$w->onWorkerStart = function () {
    pcntl_signal(SIGWINCH, function (int $sig) {
        WmTest::record("pcntl handler: signal $sig");
    });
    // The user takes SIGINT over: the stop signal is ignored from now on.
    pcntl_signal(SIGINT, SIG_IGN);
    posix_kill(posix_getpid(), SIGWINCH);
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'pcntl handler'), function () {
        WmTest::record('stopping the server');
        posix_kill(WmTest::$master, SIGINT);
    });
};
$w->onWorkerStop = fn () => WmTest::record('onWorkerStop');
Worker::$onWorkerExit = fn (Worker $w, int $status) => WmTest::record("onWorkerExit status=$status");
Worker::$onMasterStop = function () {
    echo WmTest::recorded();
    preg_match_all('/^(Workerman\[[^\]]*\] (received|stopping|has been)|worker\[).*$/m', WmTest::console(), $m);
    echo preg_replace('/:\d+\]/', ':PID]', implode("\n", $m[0])), "\n";
};
Worker::runAll();
?>
--EXPECT--
pcntl handler: signal 28
stopping the server
onWorkerExit status=9
Workerman[005_stop_timeout_pcntl.php] received signal SIGINT
Workerman[005_stop_timeout_pcntl.php] stopping
worker[stubborn:PID] exit with status 9 (killed by signal SIGKILL)
Workerman[005_stop_timeout_pcntl.php] has been stopped
