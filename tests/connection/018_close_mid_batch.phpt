--TEST--
Pipelined packages: replies sent before close()/destroy()/a bad package in the same read batch still go out; later packages are not delivered
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

class LineOrBad
{
    public static function input($buffer, $connection)
    {
        if (str_starts_with($buffer, 'BAD')) {
            return -1;
        }
        $pos = strpos($buffer, "\n");
        return $pos === false ? 0 : $pos + 1;
    }

    public static function decode($buffer, $connection)
    {
        return rtrim($buffer);
    }

    public static function encode($data, $connection)
    {
        return "$data\n";
    }
}

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$n = 0;
$w->onConnect = function (TcpConnection $c) use (&$n) {
    if (++$n === 3) {
        $c->protocol = LineOrBad::class;
    }
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $ev[] = "#$c->id $data";
    if ($data === 'quit') {
        $c->close('bye');
        return;
    }
    $c->send(strtoupper($data));
    if ($data === 'kill') {
        $c->destroy();
    }
    $ev[] = "#$c->id bytesWritten $c->bytesWritten";
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $ev[] = "#$c->id onClose";
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "a\nquit\nb\n");
        echo json_encode(wm_recv_all($s)), "\n";
        $s = wm_connect($port);
        wm_send($s, "c\nkill\nd\n");
        echo json_encode(wm_recv_all($s)), "\n";
        $s = wm_connect($port);
        wm_send($s, "e\nf\nBAD\ng\n");
        echo json_encode(wm_recv_all($s)), "\n";
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            echo 'console: ', WmTest::consoleAfterStart();
        });
};
Worker::runAll();
?>
--EXPECT--
"A\nbye\n"
"C\nKILL\n"
"E\nF\n"
#1 a
#1 bytesWritten 2
#1 quit
#1 onClose
#2 c
#2 bytesWritten 2
#2 kill
#2 onClose
#2 bytesWritten 7
#3 e
#3 bytesWritten 2
#3 f
#3 bytesWritten 4
#3 onClose
console: Protocol LineOrBad Error package. package_length=-1
