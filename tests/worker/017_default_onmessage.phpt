--TEST--
Worker: without an onMessage of its own a worker still accepts and silently drops what it receives
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
$w = new Worker('tcp://127.0.0.1:0');
echo 'default onMessage: ', get_debug_type($w->onMessage), "\n";
$w->onConnect = function ($c) {
    echo 'connection onMessage: ', get_debug_type($c->onMessage), "\n";
    $c->send("hello\n");
};
$w->onClose = function ($c) {
    echo "onClose: bytesRead=$c->bytesRead unread=", $c->getRecvBufferQueueSize(), "\n";
};
$w->onWorkerStart = function (Worker $w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        echo wm_recv_line($s);
        wm_send($s, "dropped 1\n");
        usleep(20000);
        wm_send($s, "dropped 2\n");
        stream_set_timeout($s, 0, 100000);
        $got = fread($s, 100);
        echo 'reply: ', $got === false || $got === '' ? 'none' : $got, "\n";
        fclose($s);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
default onMessage: Closure
connection onMessage: Closure
onClose: bytesRead=20 unread=0
hello
reply: none
