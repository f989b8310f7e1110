--TEST--
TcpConnection::send(): true when written, null when queued, false when closed; raw skips encode()
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
$w->onMessage = function (TcpConnection $c, $data) use (&$ev, &$ctl) {
    switch ($data) {
        case 'ctl':
            $ctl = $c;
            $c->send('ctl ok');
            break;
        case 'basic':
            $ev[] = 'send(abc)=' . var_export($c->send('abc'), true);
            $ev[] = 'send(raw, true)=' . var_export($c->send('raw', true), true);
            $ev[] = 'send("", true)=' . var_export($c->send('', true), true);
            $ev[] = 'send(end)=' . var_export($c->send('end'), true);
            break;
        case 'fill':
            // The client does not read this connection yet: the kernel buffers fill up.
            $trues = 0;
            $r = true;
            for ($i = 0; $i < 2000 && $r === true; $i++) {
                $r = $c->send(str_repeat(chr(97 + $i % 26), 65536), true);
                if ($r === true) {
                    $trues++;
                }
            }
            $ev[] = 'some sends written at once: ' . ($trues > 0 ? 'yes' : 'no');
            $ev[] = 'first result that is not true: ' . var_export($r, true);
            $q = $c->getSendBufferQueueSize();
            $ev[] = 'queued bytes in (0, 65536]: ' . ($q > 0 && $q <= 65536 ? 'yes' : "no ($q)");
            $ev[] = 'send(done) while queued=' . var_export($c->send('done'), true);
            $c->chunks = $i;
            $ctl->send("filled $i");
            break;
        case 'check':
            $ev[] = 'queue after the client read: ' . $c->getSendBufferQueueSize();
            $c->close();
            $ev[] = 'status after close: ' . $c->getStatus(false);
            $ev[] = 'send after close=' . var_export($c->send('late'), true);
            $ev[] = 'raw send after close=' . var_export($c->send('late', true), true);
            break;
    }
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctl = wm_connect($port);
        wm_send($ctl, "ctl\n");
        echo wm_recv_line($ctl);
        $s = wm_connect($port);
        wm_send($s, "basic\n");
        echo wm_recv_line($s), wm_recv_line($s);
        wm_send($s, "fill\n");
        $line = wm_recv_line($ctl);
        echo $line;
        $n = (int)substr($line, 7);
        $expect = '';
        for ($i = 0; $i < $n; $i++) {
            $expect .= str_repeat(chr(97 + $i % 26), 65536);
        }
        $got = wm_recv($s, strlen($expect) + 5);
        echo 'all chunks in order: ', $got === $expect . "done\n" ? 'yes' : 'no', "\n";
        wm_send($s, "check\n");
        echo 'closed by server: ', wm_closed($s) ? 'yes' : 'no', "\n";
        PHP, function ($out) use (&$ev) {
            echo preg_replace('/^filled \d+$/m', 'filled N', $out);
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
ctl ok
abc
rawend
filled N
all chunks in order: yes
closed by server: yes
send(abc)=true
send(raw, true)=true
send("", true)=true
send(end)=true
some sends written at once: yes
first result that is not true: NULL
queued bytes in (0, 65536]: yes
send(done) while queued=NULL
queue after the client read: 0
status after close: CLOSED
send after close=false
raw send after close=false
