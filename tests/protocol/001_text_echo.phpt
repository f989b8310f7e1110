--TEST--
Text protocol: echo, a package split across two writes, two packages in one write
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($connection, $data) {
    $connection->send("[$data]");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "hel");
        usleep(50000);
        wm_send($s, "lo\r\n");
        echo wm_recv_line($s);
        wm_send($s, "a\nb\n");
        echo wm_recv_line($s), wm_recv_line($s);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
[hello]
[a]
[b]
