--TEST--
TcpConnection getRecvBufferQueueSize() on a partial package, bytesRead/bytesWritten, consumeRecvBuffer() from input()
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

/** Lines, where a leading "##" is noise that input() drops with consumeRecvBuffer(). */
class HashProto
{
    public static function input($buffer, $connection)
    {
        if (str_starts_with($buffer, '##')) {
            $connection->consumeRecvBuffer(2);
            $connection->context->consumed = ($connection->context->consumed ?? 0) + 2;
            $buffer = substr($buffer, 2);
        }
        $pos = strpos($buffer, "\n");
        return $pos === false ? 0 : $pos + 1;
    }

    public static function decode($buffer, $connection)
    {
        return rtrim($buffer, "\n") . ' (queue ' . $connection->getRecvBufferQueueSize() . ')';
    }

    public static function encode($data, $connection)
    {
        return "$data\n";
    }
}

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = HashProto::class;
$ev = [];
$data = null;
$w->onConnect = function (TcpConnection $c) use (&$data) {
    $data ??= $c; // the first connection carries the data, the second one is for control
};
$w->onMessage = function (TcpConnection $c, $msg) use (&$ev, &$data) {
    if ($msg === 'ctl (queue 0)') {
        // The data socket got its bytes first, but its read event may come later in this round.
        WmTest::when(fn () => $data->bytesRead > 0, function () use ($c, &$data, &$ev) {
            $ev[] = "data connection: recv queue {$data->getRecvBufferQueueSize()}, bytesRead $data->bytesRead, bytesWritten $data->bytesWritten";
            $c->send('checked');
        });
        return;
    }
    $ev[] = "message '$msg', recv queue {$c->getRecvBufferQueueSize()}, bytesRead $c->bytesRead, consumed "
        . ($c->context->consumed ?? 0);
    $c->send(strtoupper($msg));
    $ev[] = "bytesWritten $c->bytesWritten";
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        $ctl = wm_connect($port);
        wm_send($s, "##abc");
        wm_send($ctl, "ctl\n");
        echo wm_recv_line($ctl);
        wm_send($s, "def\n##x\nyz");
        echo wm_recv_line($s), wm_recv_line($s);
        wm_send($ctl, "ctl\n");
        echo wm_recv_line($ctl);
        wm_send($s, "\n");
        echo wm_recv_line($s);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
checked
ABCDEF (QUEUE 6)
X (QUEUE 2)
checked
YZ (QUEUE 0)
data connection: recv queue 3, bytesRead 5, bytesWritten 0
message 'abcdef (queue 6)', recv queue 6, bytesRead 15, consumed 2
bytesWritten 17
message 'x (queue 2)', recv queue 2, bytesRead 15, consumed 4
bytesWritten 29
data connection: recv queue 2, bytesRead 15, bytesWritten 29
message 'yz (queue 0)', recv queue 0, bytesRead 16, consumed 4
bytesWritten 42
