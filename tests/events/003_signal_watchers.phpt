--TEST--
$globalEvent->onSignal/offSignal: the callback gets the signal number; re-registering replaces
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $ev = Worker::$globalEvent;
    $log = [];
    var_dump($ev->onSignal(SIGWINCH, function ($sig) use (&$log) { $log[] = "replaced $sig"; }));
    $n = 0;
    $ev->onSignal(SIGWINCH, function ($sig) use (&$log, &$n, $ev) {
        $log[] = 'SIGWINCH ' . var_export($sig === SIGWINCH, true);
        if (++$n === 2) {
            $log[] = 'off ' . var_export($ev->offSignal(SIGWINCH), true) . ' ' . var_export($ev->offSignal(SIGWINCH), true);
            // Not watched any more (its default action is to be ignored).
            posix_kill(getmypid(), SIGWINCH);
        } else {
            posix_kill(getmypid(), SIGWINCH);
        }
    });
    $ev->onSignal(SIGURG, function ($sig) use (&$log) { $log[] = 'SIGURG ' . var_export($sig === SIGURG, true); });
    var_dump($ev->offSignal(SIGPROF));
    try {
        $ev->onSignal(0, fn () => null);
    } catch (ValueError $e) {
        echo get_class($e), "\n";
    }
    posix_kill(getmypid(), SIGWINCH);
    posix_kill(getmypid(), SIGURG);
    WmTest::when(function () use (&$log) { return count($log) >= 4; }, function () use (&$log, $ev) {
        $ev->delay(0.05, function () use (&$log) {
            sort($log);
            echo implode("\n", $log), "\n";
            WmTest::stop();
        });
    });
};
Worker::runAll();
?>
--EXPECT--
NULL
bool(false)
ValueError
SIGURG true
SIGWINCH true
SIGWINCH true
off true false
