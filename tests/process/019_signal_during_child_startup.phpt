--TEST--
Process model: a signal that reaches a worker process while it is still starting (before its own handlers exist) is handled by that process, never by the master
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

class SlowStartWorker extends Worker
{
    public static function resetStd(bool $throwException = true): void
    {
        // Called first thing in a new worker process: keep it in its start-up phase a while.
        static $calls = 0;
        if (posix_getpid() !== WmTest::$master && $calls++ > 0) {
            // Upstream calls it again after onWorkerReload in a reloadable = false worker.
            WmTest::record('resetStd again');
        } elseif (posix_getpid() !== WmTest::$master) {
            WmTest::record('starting ' . posix_getpid());
            $until = microtime(true) + 0.3 * WmTest::$scale;
            while (microtime(true) < $until) {
                usleep(10000);
            }
        }
        parent::resetStd($throwException);
    }
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
// A helper process sends SIGUSR1 (reload) to the worker process while it starts.
$helper = WmProc::background([...WmProc::php(), '-r', '$f = ' . var_export(WmTest::$dir . '/events.log', true) . ';'
    . 'for ($i = 0; $i < 1000 && !preg_match("/^starting (\d+)$/m", (string)@file_get_contents($f), $m); $i++) usleep(10000);'
    . 'if ($m) { posix_kill((int)$m[1], SIGUSR1); file_put_contents($f, "signal sent\n", FILE_APPEND); }']);
$w = new SlowStartWorker();
$w->name = 'slow';
$w->reloadable = false;
$w->onWorkerStart = function () {
    WmTest::record('onWorkerStart');
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'onWorkerReload'), [WmTest::class, 'stop'], 5);
};
$w->onWorkerReload = fn () => WmTest::record('onWorkerReload');
SlowStartWorker::$onMasterReload = fn () => WmTest::record('onMasterReload');
SlowStartWorker::$onMasterStop = function () use ($helper) {
    WmProc::finish($helper);
    echo preg_replace('/^starting \d+$/m', 'starting', WmTest::recorded());
    preg_match_all('/^Workerman\[[^\]]*\] (reloading|received signal).*$/m', WmTest::console(), $m);
    echo implode("\n", $m[0]), "\n";
};
SlowStartWorker::runAll();
?>
--EXPECT--
starting
signal sent
onWorkerStart
onWorkerReload
resetStd again
Workerman[019_signal_during_child_startup.php] received signal SIGINT
