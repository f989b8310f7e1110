--TEST--
Worker: callback order for one connection (onWorkerStart, onConnect, onMessage, onClose, onWorkerStop)
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
$w->onWorkerStart = function (Worker $w) {
    WmTest::record('onWorkerStart id=' . $w->id . ' connections=' . count($w->connections));
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "a\n");
        echo wm_recv_line($s);
        wm_send($s, "b\n");
        echo wm_recv_line($s);
        fclose($s);
        PHP);
};
$w->onConnect = function ($c) use ($w) {
    WmTest::record('onConnect ' . get_class($c) . ' connections=' . count($w->connections)
        . ' same=' . var_export($w->connections[$c->id] === $c, true));
};
$w->onMessage = function ($c, $data) {
    WmTest::record("onMessage " . var_export($data, true));
    $c->send("got $data");
};
$w->onClose = function ($c) use ($w) {
    WmTest::record('onClose connections=' . count($w->connections));
};
$w->onWorkerStop = function (Worker $w) {
    WmTest::record('onWorkerStop connections=' . count($w->connections));
};
Worker::$onWorkerExit = function (Worker $worker, int $status, int $pid) use ($w) {
    WmTest::record('onWorkerExit (master) same worker=' . var_export($worker === $w, true)
        . ' pid is a child=' . var_export($pid !== getmypid(), true));
};
Worker::$onMasterStop = function () {
    WmTest::record('onMasterStop');
    echo WmTest::recorded();
};
Worker::runAll();
?>
--EXPECT--
got a
got b
onWorkerStart id=0 connections=0
onConnect Workerman\Connection\TcpConnection connections=1 same=true
onMessage 'a'
onMessage 'b'
onClose connections=1
onWorkerStop connections=0
onWorkerExit (master) same worker=true pid is a child=true
onMasterStop
