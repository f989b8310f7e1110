--TEST--
Frame protocol: echo, a header split across two writes, two frames in one write, exact bytes
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('frame://127.0.0.1:0');
$got = [];
$w->onMessage = function ($connection, $data) use (&$got) {
    $got[] = $data;
    $connection->send("<$data>");
};
$w->onWorkerStart = function ($w) use (&$got) {
    echo $w->protocol, "\n";
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        $f = wm_frame("hello");
        // The 4-byte header itself arrives in two pieces, then the payload.
        wm_send($s, substr($f, 0, 2));
        usleep(50000);
        wm_send($s, substr($f, 2, 3));
        usleep(50000);
        wm_send($s, substr($f, 5));
        echo bin2hex(wm_recv($s, 11)), "\n";
        // Two frames (one empty, one binary) in a single write.
        wm_send($s, wm_frame("") . wm_frame("\x00\r\n\xff"));
        echo bin2hex(wm_recv($s, 6 + 10)), "\n";
        PHP, function ($out) use (&$got) {
        echo $out;
        echo implode(',', array_map('bin2hex', $got)), "\n";
    });
};
Worker::runAll();
?>
--EXPECT--
Workerman\Protocols\Frame
0000000b3c68656c6c6f3e
000000063c3e0000000a3c000d0aff3e
68656c6c6f,,000d0aff
