--TEST--
TcpConnection::close($data, $raw) sends then closes, twice is harmless, onClose once; destroy() drops the queue
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$ctl = null;
/** Sends 64 KiB chunks until one is queued; returns the number of bytes handed to send(). */
function fill(TcpConnection $c): int
{
    for ($i = 0; $i < 2000; $i++) {
        if ($c->send(str_repeat(chr(97 + $i % 26), 65536), true) !== true) {
            return ($i + 1) * 65536;
        }
    }
    return -1;
}
$w->onClose = function (TcpConnection $c) use (&$ev) {
    if ($c->tag !== 'ctl') {
        $ev[] = $c->tag . ' onClose, status ' . $c->getStatus(false);
    }
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev, &$ctl) {
    $c->tag = $data;
    switch ($data) {
        case 'ctl':
            $ctl = $c;
            $c->send('ctl ok');
            break;
        case 'c1':
            $ev[] = 'c1 close(see you)';
            $c->close('see you');
            $ev[] = 'c1 status ' . $c->getStatus(false);
            $c->close();
            $c->close('again');
            $c->destroy();
            $ev[] = 'c1 closed three more times';
            break;
        case 'c2':
            $c->close('raw', true);
            break;
        case 'c3':
            $total = fill($c);
            $c->close('tail');
            $ev[] = 'c3 status after close with a queue: ' . $c->getStatus(false);
            $ev[] = 'c3 send while closing=' . var_export($c->send('more'), true);
            $c->close('ignored');
            $ev[] = 'c3 second close, status ' . $c->getStatus(false);
            $ctl->send("c3 $total");
            break;
        case 'c4':
            $total = fill($c);
            $queued = $c->getSendBufferQueueSize();
            $ev[] = 'c4 destroy()';
            $c->destroy();
            $ev[] = 'c4 after destroy, status ' . $c->getStatus(false) . ', queue ' . $c->getSendBufferQueueSize();
            $ctl->send('c4 ' . ($total - $queued));
            break;
    }
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        function expect(int $n): string {
            $s = '';
            for ($i = 0; $i * 65536 < $n; $i++) {
                $s .= str_repeat(chr(97 + $i % 26), 65536);
            }
            return substr($s, 0, $n);
        }
        $ctl = wm_connect($port);
        wm_send($ctl, "ctl\n");
        echo wm_recv_line($ctl);

        $s = wm_connect($port);
        wm_send($s, "c1\n");
        echo 'c1 got: ', json_encode(wm_recv_all($s)), ' then EOF: ', feof($s) ? 'yes' : 'no', "\n";

        $s = wm_connect($port);
        wm_send($s, "c2\n");
        echo 'c2 got: ', json_encode(wm_recv_all($s)), ' then EOF: ', feof($s) ? 'yes' : 'no', "\n";

        $s = wm_connect($port);
        wm_send($s, "c3\n");
        $n = (int)substr(wm_recv_line($ctl), 3);
        $got = wm_recv_all($s);
        echo 'c3 got every chunk, then "tail\n", then EOF: ',
            $got === expect($n) . "tail\n" && feof($s) ? 'yes' : 'no', "\n";

        $s = wm_connect($port);
        wm_send($s, "c4\n");
        $n = (int)substr(wm_recv_line($ctl), 3);
        $got = wm_recv_all($s);
        echo 'c4 got exactly what the kernel had taken, then EOF: ',
            $got === expect($n) && feof($s) ? 'yes' : 'no (' . strlen($got) . " of $n)", "\n";
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
ctl ok
c1 got: "see you\n" then EOF: yes
c2 got: "raw" then EOF: yes
c3 got every chunk, then "tail\n", then EOF: yes
c4 got exactly what the kernel had taken, then EOF: yes
c1 close(see you)
c1 onClose, status CLOSED
c1 status CLOSED
c1 closed three more times
c2 onClose, status CLOSED
c3 status after close with a queue: CLOSING
c3 send while closing=false
c3 second close, status CLOSING
c3 onClose, status CLOSED
c4 destroy()
c4 onClose, status CLOSED
c4 after destroy, status CLOSED, queue 0
