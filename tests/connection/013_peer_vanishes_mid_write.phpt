--TEST--
A peer that vanishes while a big response is queued: onClose once, the worker keeps serving
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
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $c->tag = $data;
    if ($data === 'ping') {
        $c->send('pong');
        return;
    }
    $r = $c->send(str_repeat('z', 32 << 20), true);
    $ev[$c->id][] = "$data: send=" . var_export($r, true) . ', queued: ' . var_export($c->getSendBufferQueueSize() > 0, true);
    if ($data === 'big+close') {
        $c->close('never seen');
        $ev[$c->id][] = "$data: status " . $c->getStatus(false);
    }
};
$w->onError = function (TcpConnection $c, $code, $msg) use (&$ev) {
    $ev[$c->id][] = "$c->tag: onError $code $msg";
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    // As upstream, the queue is dropped after onClose: it can still be measured here.
    $ev[$c->id][] = "$c->tag: onClose, data still queued: " . var_export($c->getSendBufferQueueSize() > 0, true);
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        foreach (['big', 'big+close', 'big'] as $cmd) {
            $s = wm_connect($port);
            wm_send($s, "$cmd\n");
            // Wait for the first bytes, then close with unread data (the kernel sends a reset).
            echo "$cmd: first bytes ", wm_recv($s, 4), "\n";
            fclose($s);
            $p = wm_connect($port);
            wm_send($p, "ping\n");
            echo 'next client: ', wm_recv_line($p);
            fclose($p);
        }
        PHP, function ($out) use (&$ev) {
            echo $out;
            // Per connection, in connection order (the two of a round may close in either order).
            ksort($ev);
            foreach ($ev as $id => $list) {
                echo "#$id ", implode("\n#$id ", $list), "\n";
            }
        });
};
Worker::runAll();
?>
--EXPECT--
big: first bytes zzzz
next client: pong
big+close: first bytes zzzz
next client: pong
big: first bytes zzzz
next client: pong
#1 big: send=NULL, queued: true
#1 big: onClose, data still queued: true
#2 ping: onClose, data still queued: false
#3 big+close: send=NULL, queued: true
#3 big+close: onError 2 send buffer full and drop package
#3 big+close: status CLOSING
#3 big+close: onClose, data still queued: true
#4 ping: onClose, data still queued: false
#5 big: send=NULL, queued: true
#5 big: onClose, data still queued: true
#6 ping: onClose, data still queued: false
