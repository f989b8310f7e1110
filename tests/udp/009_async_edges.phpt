--TEST--
AsyncUdpConnection edges: constructor errors, a failed connect() (warning and echoed Exception, send() false), connect() without onMessage (no watcher, onConnect once), an unreferenced connection is freed, frame:// decode, a watched connection still open at stop
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: after a failed connect() upstream's send() throws a TypeError (null socket), the native one returns false
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncUdpConnection;

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->onMessage = function ($c, $data) {
    WmTest::record('server got ' . json_encode($data));
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    foreach (['foo-bar://127.0.0.1:1', 'nosuch://127.0.0.1:1'] as $a) {
        try {
            new AsyncUdpConnection($a);
        } catch (Throwable $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    try {
        new AsyncUdpConnection('udp://127.0.0.1:1', null);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    $bad = new AsyncUdpConnection('udp://[zz:1');
    $r = $bad->send('x');
    echo 'bad send: ', var_export($r, true), "\n";
    echo 'echoed: ', var_export(str_contains(WmTest::console(), 'Exception: Failed to parse IPv6 address "[zz:1" in '), true), "\n";

    $quiet = new AsyncUdpConnection("udp://127.0.0.1:$port");
    $quiet->onConnect = function ($c) {
        WmTest::record('quiet onConnect');
    };
    $quiet->connect();
    $quiet->connect();
    WmTest::record('quiet send: ' . var_export($quiet->send('q1'), true));
    $ref = WeakReference::create($quiet);
    unset($quiet);
    WmTest::record('quiet freed: ' . var_export($ref->get() === null, true));

    $open = new AsyncUdpConnection("frame://127.0.0.1:$port");
    $open->onMessage = function ($c, $data) {
        WmTest::record('open got ' . json_encode($data));
    };
    WmTest::record('open send: ' . var_export($open->send('f1'), true));
    $ref2 = WeakReference::create($open);
    unset($open);
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'open got'), function () use ($ref2) {
        echo WmTest::recorded();
        echo 'watched one alive: ', var_export($ref2->get() !== null, true), "\n";
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECTF--
RuntimeException: Invalid protocol scheme 'foo-bar'
RuntimeException: class \Protocols\Nosuch not exist
TypeError: Cannot assign null to property Workerman\Connection\AsyncUdpConnection::$contextOption of type array

Warning: Workerman\Connection\AsyncUdpConnection::connect(): Unable to connect to udp://[zz:1 (Failed to parse IPv6 address "[zz:1") in %s on line %d
bad send: false
echoed: true
quiet onConnect
quiet send: true
quiet freed: true
open send: true
server got "q1"
server got "\u0000\u0000\u0000\u0006f1"
open got "f1"
watched one alive: true
