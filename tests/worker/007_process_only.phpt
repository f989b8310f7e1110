--TEST--
Worker: no socket name (null or '') gives process-only workers: onWorkerStart/onWorkerStop run, nothing listens
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
$a = new Worker();
$a->name = 'procA';
$b = new Worker('');
$b->name = 'procB';
foreach ([$a, $b] as $w) {
    $w->onWorkerStart = function (Worker $w) {
        WmTest::guard();
        $w->listen(); // nothing to listen on: a no-op
        WmTest::record("$w->name start: socket=" . $w->getSocketName()
            . ' mainSocket=' . var_export($w->getMainSocket(), true)
            . ' protocol=' . var_export($w->protocol, true)
            . ' transport=' . $w->transport
            . ' child=' . var_export(posix_getpid() !== WmTest::$master, true)
            . ' workers=' . implode(',', array_map(fn ($w) => $w->name, Worker::getAllWorkers())));
        if ($w->name === 'procA') {
            WmTest::when(fn () => substr_count(WmTest::recorded(), ' start:') === 2, [WmTest::class, 'stop']);
        }
    };
    $w->onWorkerStop = function (Worker $w) {
        WmTest::record("$w->name stop");
    };
}
Worker::$onMasterStop = function () {
    $lines = explode("\n", trim(WmTest::recorded()));
    sort($lines);
    echo implode("\n", $lines), "\n";
};
Worker::runAll();
?>
--EXPECT--
procA start: socket=none mainSocket=NULL protocol=NULL transport=tcp child=true workers=procA
procA stop
procB start: socket=none mainSocket=NULL protocol=NULL transport=tcp child=true workers=procB
procB stop
