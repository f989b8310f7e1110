--TEST--
Worker: an exception from onWorkerStop is logged and the stop still completes normally
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
    $c->send("[$data]");
};
$w->onClose = function ($c) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function (Worker $w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "hello\n");
        echo wm_recv_line($s);
        PHP, function (string $out) {
        echo $out;
        WmTest::record('stopping with ' . count(Worker::getAllWorkers()[array_key_first(Worker::getAllWorkers())]->connections) . ' connection(s)');
    });
};
$w->onWorkerStop = function (Worker $w) {
    WmTest::record('onWorkerStop');
    throw new DomainException('onWorkerStop failed');
};
Worker::$onWorkerExit = function (Worker $w, int $status, int $pid) {
    WmTest::record("onWorkerExit status=$status");
};
Worker::$onMasterStop = function () {
    echo WmTest::recorded();
    $console = WmTest::console();
    preg_match_all('/^(\w+Exception: .*) in \S+:\d+\nStack trace:\n#0 /m', $console, $m);
    echo implode("\n", $m[1]), "\n";
    echo 'exit status lines: ', preg_match_all('/exit with status/', $console), "\n";
};
Worker::runAll();
?>
--EXPECT--
[hello]
onClose
stopping with 0 connection(s)
onWorkerStop
onWorkerExit status=0
DomainException: onWorkerStop failed
exit status lines: 0
