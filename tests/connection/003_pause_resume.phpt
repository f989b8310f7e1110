--TEST--
TcpConnection::pauseRecv()/resumeRecv(): buffered and newly arrived packages are delivered after resume, in order
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$data = null;
$w->onClose = function (TcpConnection $c) use (&$ev, &$data) {
    if ($c === $data) {
        $ev[] = 'data onClose';
    }
};
$w->onMessage = function (TcpConnection $c, $msg) use (&$ev, &$data) {
    if ($msg === 'resume' || $msg === 'resume2') {
        $ev[] = $msg;
        $data->resumeRecv();
        $ev[] = "after $msg";
        $c->send("$msg done");
        return;
    }
    $data = $c;
    $ev[] = "message $msg";
    if ($msg === 'a' || $msg === 'pause2') {
        $c->pauseRecv();
        $c->pauseRecv();
        $ev[] = 'paused, bytes buffered: ' . $c->getRecvBufferQueueSize();
    }
    if ($msg === 'first') {
        $c->resumeRecv(); // not paused: nothing happens
        $ev[] = 'resumeRecv() while not paused returned';
    }
    $c->send(strtoupper($msg));
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "first\n");
        echo wm_recv_line($s);
        wm_send($s, "a\nb\nc\n");
        echo wm_recv_line($s);
        wm_send($s, "d\n");
        // The server reads its control connection only after "d" is in the data socket.
        $ctl = wm_connect($port);
        wm_send($ctl, "resume\n");
        echo wm_recv_line($ctl);
        echo wm_recv_line($s), wm_recv_line($s), wm_recv_line($s);
        wm_send($s, "pause2\n");
        echo wm_recv_line($s);
        wm_send($s, "e\n");
        fclose($s);
        wm_send($ctl, "resume2\n");
        echo wm_recv_line($ctl);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
FIRST
A
resume done
B
C
D
PAUSE2
resume2 done
message first
resumeRecv() while not paused returned
message a
paused, bytes buffered: 4
resume
message b
message c
message d
after resume
message pause2
paused, bytes buffered: 0
resume2
message e
after resume2
data onClose
