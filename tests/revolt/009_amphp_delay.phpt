--TEST--
amphp v3 on the native driver: Amp\delay() in {main}, futures awaited together, cancellation; in a worker, onMessage answering from Amp\async() after Amp\delay()
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(amp: true); ?>
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Amp\Future;
use Workerman\Worker;
use function Amp\async;
use function Amp\delay;

$k = getenv('USE_ZEND_ALLOC') === '0' ? 20 : 1;
$t = hrtime(true);
delay(0.05 * $k);
$ms = (hrtime(true) - $t) / 1e6 / $k;
echo 'delay() in {main} waited about 50 ms: ', var_export($ms > 40 && $ms < 1000, true), "\n";

$t = hrtime(true);
$futures = [
    'slow' => async(function () use ($k) { delay(0.1 * $k); return 'slow'; }),
    'quick' => async(function () use ($k) { delay(0.05 * $k); return 'quick'; }),
];
$results = Future\await($futures);
$ms = (hrtime(true) - $t) / 1e6 / $k;
ksort($results);
echo json_encode($results), ' together in about 100 ms: ', var_export($ms > 90 && $ms < 150 * $k, true), "\n";

$cancel = new Amp\DeferredCancellation();
$f = async(function () use ($cancel) { delay(10, cancellation: $cancel->getCancellation()); });
async(function () use ($cancel, $k) { delay(0.01 * $k); $cancel->cancel(); });
try {
    $f->await();
} catch (Amp\CancelledException $e) {
    echo get_class($e), "\n";
}

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($c, string $data) {
    async(function () use ($c, $data) {
        delay(0.05);
        $c->send("amp:$data");
    });
};
$w->onWorkerStart = function (Worker $w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $a = wm_connect($port);
        wm_send($a, "one\ntwo\n");
        echo wm_recv_line($a), wm_recv_line($a);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
delay() in {main} waited about 50 ms: true
{"quick":"quick","slow":"slow"} together in about 100 ms: true
Amp\CancelledException
amp:one
amp:two
