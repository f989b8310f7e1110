--TEST--
Revolt in a worker process: watchers made in the master before runAll() run in the child (not in the master), unreferenced ones too; the handle is Worker::$globalEvent; onWorkerStart suspends until an AsyncTcpConnection connects (think-worker's conduit client); a delay fires in the worker
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$master = getmypid();
// Made in the master: it never runs them (its loop does not run); each child does, on its own loop.
$ticks = [];
EventLoop::repeat(0.05 * WmTest::$scale, function (string $id) use (&$ticks) {
    $ticks[] = getmypid();
    if (count($ticks) === 3) {
        EventLoop::cancel($id);
    }
});
$unref = 0;
EventLoop::unreference(EventLoop::repeat(0.05 * WmTest::$scale, function () use (&$unref) { $unref++; }));
// A short {main} suspension: the repeats get their native events on the master's loop, which
// the child replaces by its own.
$s = EventLoop::getSuspension();
EventLoop::delay(0.001, function () use ($s) { $s->resume(); });
$s->suspend();
var_dump(Worker::$globalEvent);

$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($c, $data) { $c->send("echo:$data"); };
$w->onWorkerStart = function (Worker $w) use ($master, &$ticks, &$unref) {
    WmTest::guard();
    $out = [];
    $out[] = 'handle is Worker::$globalEvent: ' . var_export(EventLoop::getDriver()->getHandle() === Worker::$globalEvent, true);

    // Wait for an outbound connection before going on, as think-worker's conduit client does.
    $s = EventLoop::getSuspension();
    $c = new AsyncTcpConnection('text://127.0.0.1:' . WmTest::port($w));
    $c->onConnect = function () use ($s) { $s->resume('connected'); };
    $c->onMessage = function ($c, $data) use (&$out) { $out[] = "client got $data"; };
    $c->connect();
    $out[] = 'suspended until ' . $s->suspend();
    $c->send('hello');

    EventLoop::delay(0.05, function () use (&$out, $master) {
        $out[] = 'delay ran in the worker: ' . var_export(getmypid() !== $master, true);
    });
    WmTest::when(function () use (&$out, &$ticks) { return count($out) === 4 && count($ticks) === 3; }, function () use (&$out, &$ticks, &$unref, $master) {
        $out[] = 'pre-fork repeat ran 3 times in this child: '
            . var_export(array_unique($ticks) === [getmypid()] && getmypid() !== $master, true);
        $out[] = 'unreferenced pre-fork repeat ran: ' . var_export($unref > 0, true);
        sort($out);
        echo implode("\n", $out), "\n";
        WmTest::stop();
    });
};
Worker::$onMasterStop = function () use (&$ticks) {
    echo "master: pre-fork repeat ran here ", count($ticks), " times\n";
};
Worker::runAll();
?>
--EXPECT--
NULL
client got echo:hello
delay ran in the worker: true
handle is Worker::$globalEvent: true
pre-fork repeat ran 3 times in this child: true
suspended until connected
unreferenced pre-fork repeat ran: true
master: pre-fork repeat ran here 0 times
