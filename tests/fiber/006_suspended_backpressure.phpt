--TEST--
Fiber loop: while onMessage is suspended, what the client keeps sending waits (reading stops once maxPackageSize is buffered) and is framed, in order, after onMessage returns
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

WmTest::setup();
Worker::$eventLoopClass = Workerman\Events\Fiber::class;
$w = new Worker('frame://127.0.0.1:0');
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        stream_set_timeout($s, 5);
        $frame = fn (string $p) => pack('N', 4 + strlen($p)) . $p;
        $read = function () use ($s) {
            $h = fread($s, 4);
            if (strlen($h) !== 4) return false;
            $len = unpack('N', $h)[1] - 4;
            $p = '';
            while (strlen($p) < $len && !feof($s)) $p .= fread($s, $len - strlen($p));
            return $p;
        };
        // "wait" first; the rest arrives in pieces while the server's onMessage sleeps.
        fwrite($s, $frame('wait'));
        usleep(50000);
        $out = '';
        for ($i = 1; $i <= 3000; $i++) {
            $out .= $frame((string)$i);
        }
        foreach (str_split($out, 1000) as $piece) {
            fwrite($s, $piece);
            usleep(1000);
        }
        $first = $read();
        $n = 0; $last = '';
        while ($n < 3000 && ($l = $read()) !== false) {
            $n++;
            if ((int)$l !== $n) { echo "out of order at $n: $l\n"; break; }
            $last = $l;
        }
        echo $first, "\nreplies: $n, last: $last\n";
        PHP, function ($out) {
            echo $out;
            echo WmTest::recorded();
        });
};
$w->onConnect = function ($c) {
    $c->maxPackageSize = 200;
};
$max = 0;
$w->onMessage = function ($c, $data) use (&$max) {
    if ($data === 'wait') {
        Timer::sleep(0.3);
        $c->send('waited');
        return;
    }
    $c->send($data);
    if ($data === '3000') {
        WmTest::record('done');
    }
};
Worker::runAll();
?>
--EXPECT--
waited
replies: 3000, last: 3000
done
