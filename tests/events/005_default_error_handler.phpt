--TEST--
Without a user error handler, an exception in a timer is logged and the worker goes on (upstream would exit 250)
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

function report(string $who): void
{
    $c = WmTest::consoleAfterStart();
    echo "$who\n";
    echo preg_match('/^RuntimeException: boom in /m', $c) ? "exception logged\n" : "exception not logged\n";
    echo preg_match('/worker\[none:\d+\] exit with status (\d+)/', $c, $m) ? "exit with status $m[1]\n" : "no exit\n";
    WmTest::stop();
}

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $marker = WmTest::$dir . '/started';
    if (!file_exists($marker)) {
        touch($marker);
        Timer::add(0.01, function () { throw new RuntimeException('boom'); }, [], false);
        // Upstream's default handler (stopAll(250, $e)) would end this process before this runs;
        // the native runtime logs the exception and keeps the process and its connections.
        Timer::add(1, fn () => report('the worker survived the exception'), [], false);
        return;
    }
    Timer::add(0.05, fn () => report('restarted worker'), [], false);
};
Worker::runAll();
?>
--EXPECT--
the worker survived the exception
exception logged
no exit
