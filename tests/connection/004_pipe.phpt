--TEST--
TcpConnection::pipe(): two accepted connections piped both ways, back-pressure through onBufferFull/onBufferDrain, close follows
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$ev = [];
$pending = [];
$full = 0;
$w->onConnect = function (TcpConnection $c) use (&$ev, &$pending, &$full) {
    $pending[] = $c;
    if (count($pending) < 3) {
        return;
    }
    [$ctl, $a, $b] = $pending;
    $a->pipe($b);
    $b->pipe($a);
    $ev[] = 'A and B piped both ways';
    $b->maxSendBufferSize = 65536;
    foreach (['A' => $a, 'B' => $b] as $name => $conn) {
        $close = $conn->onClose;
        $conn->onClose = function ($conn) use ($close, $name, &$ev) {
            $ev[] = "$name onClose";
            $close($conn);
        };
    }
    // Tell the client when B's queue first fills up (A is paused from then on).
    $onFull = $b->onBufferFull;
    $b->onBufferFull = function ($b) use ($onFull, $ctl, &$full) {
        if ($full++ === 0) {
            $ctl->send("full\n");
        }
        $onFull($b);
    };
    $a->send('ready');
    $b->send('ready');
};
$w->onWorkerStart = function ($w) use (&$ev, &$full) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctl = wm_connect($port);
        usleep(20000);
        $a = wm_connect($port);
        usleep(20000);
        $b = wm_connect($port);
        echo 'A: ', wm_recv($a, 5), ', B: ', wm_recv($b, 5), "\n";
        wm_send($a, 'hello');
        echo 'B got: ', wm_recv($b, 5), "\n";
        wm_send($b, 'world!');
        echo 'A got: ', wm_recv($a, 6), "\n";

        // 16 MiB from A to B while B is not read: B's queue fills, A gets paused. Then B is read
        // and everything must arrive in order.
        $payload = '';
        for ($i = 0; $i < 256; $i++) {
            $payload .= str_repeat(chr(33 + $i % 90), 65536);
        }
        stream_set_blocking($a, false);
        stream_set_blocking($b, false);
        stream_set_blocking($ctl, false);
        $sent = 0;
        $got = '';
        $fullSeen = false;
        $deadline = microtime(true) + 60;
        while (strlen($got) < strlen($payload) && microtime(true) < $deadline) {
            $r = $fullSeen ? [$b] : [$ctl];
            $wr = $sent < strlen($payload) ? [$a] : [];
            $e = null;
            if (!stream_select($r, $wr, $e, 1)) {
                continue;
            }
            if ($wr) {
                $n = fwrite($a, substr($payload, $sent, 65536));
                $sent += $n ?: 0;
            }
            foreach ($r as $rs) {
                if ($rs === $ctl) {
                    $fullSeen = fread($ctl, 100) === "full\n";
                    echo 'B full while A had sent less than everything: ', $sent < strlen($payload) ? 'yes' : 'no', "\n";
                } else {
                    $got .= fread($b, 1 << 20);
                }
            }
        }
        echo 'B received all 16 MiB in order: ', $got === $payload ? 'yes' : 'no (' . strlen($got) . ')', "\n";
        stream_set_blocking($b, true);
        fclose($a);
        echo 'B closed after A: ', wm_closed($b) ? 'yes' : 'no', "\n";
        PHP, function ($out) use (&$ev, &$full) {
            echo $out;
            echo 'onBufferFull of B fired: ', $full > 0 ? 'yes' : 'no', "\n";
            echo implode("\n", $ev), "\n";
        }, 30);
};
Worker::runAll();
?>
--EXPECT--
A: ready, B: ready
B got: hello
A got: world!
B full while A had sent less than everything: yes
B received all 16 MiB in order: yes
B closed after A: yes
onBufferFull of B fired: yes
A and B piped both ways
A onClose
B onClose
