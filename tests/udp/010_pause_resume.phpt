--TEST--
udp worker: pauseAccept() stops receiving (datagrams wait in the socket), resumeAccept() delivers them; onMessage reassigned on the worker is used for the next datagram
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

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->onMessage = function ($c, $data) use ($w) {
    WmTest::record("first handler: $data");
    $c->send("1:$data");
    $w->onMessage = function ($c, $data) {
        WmTest::record("second handler: $data");
        $c->send("2:$data");
    };
};
$w->onWorkerStart = function ($w) {
    $w->pauseAccept();
    WmTest::record('paused');
    Timer::add(0.3 * WmTest::$scale, function () use ($w) {
        WmTest::record('resuming');
        $w->resumeAccept();
    }, [], false);
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        stream_socket_sendto($s, 'a');
        stream_socket_sendto($s, 'b');
        echo stream_socket_recvfrom($s, 100), ' ', stream_socket_recvfrom($s, 100), "\n";
        fclose($s);
        PHP, function ($out) {
            echo $out;
            echo WmTest::recorded();
        });
};
Worker::runAll();
?>
--EXPECT--
1:a 2:b
paused
resuming
first handler: a
second handler: b
