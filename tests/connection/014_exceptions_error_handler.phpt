--TEST--
Exceptions from onMessage/onBufferFull/onClose go to $connection->errorHandler; the connection and the worker keep serving
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
$w->onConnect = function (TcpConnection $c) use (&$ev) {
    $id = $c->id;
    $c->errorHandler = static function (Throwable $e) use (&$ev, $id) {
        $ev[] = "#$id errorHandler: " . get_class($e) . ' ' . $e->getMessage();
    };
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $ev[] = "#$c->id message $data";
    if ($data === 'throw') {
        $c->send('before throw');
        throw new RuntimeException('from onMessage');
    }
    if ($data === 'fill') {
        $r = $c->send(str_repeat('f', 32 << 20));
        $ev[] = "#$c->id send=" . var_export($r, true);
        return;
    }
    if ($data === 'bye') {
        $c->close();
        $ev[] = "#$c->id after close";
        return;
    }
    $c->send("[$data]");
};
$w->onBufferFull = function (TcpConnection $c) use (&$ev) {
    $ev[] = "#$c->id onBufferFull";
    throw new LogicException('from onBufferFull');
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $ev[] = "#$c->id onClose";
    throw new RuntimeException('from onClose');
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "throw\n");
        echo wm_recv_line($s);
        wm_send($s, "ok\n");
        echo wm_recv_line($s);
        wm_send($s, "bye\n");
        echo 'closed: ', var_export(wm_closed($s), true), "\n";
        $s = wm_connect($port);
        wm_send($s, "fill\n");
        echo 'fill: ', wm_recv($s, 4), "\n";
        fclose($s); // unread data: reset
        $s = wm_connect($port);
        wm_send($s, "still\n");
        echo wm_recv_line($s);
        wm_send($s, "bye\n");
        echo 'closed: ', var_export(wm_closed($s), true), "\n";
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            echo "console:\n", WmTest::consoleAfterStart();
        });
};
Worker::runAll();
?>
--EXPECT--
before throw
[ok]
closed: true
fill: ffff
[still]
closed: true
#1 message throw
#1 errorHandler: RuntimeException from onMessage
#1 message ok
#1 message bye
#1 onClose
#1 errorHandler: RuntimeException from onClose
#1 after close
#2 message fill
#2 onBufferFull
#2 errorHandler: LogicException from onBufferFull
#2 send=NULL
#2 onClose
#2 errorHandler: RuntimeException from onClose
#3 message still
#3 message bye
#3 onClose
#3 errorHandler: RuntimeException from onClose
#3 after close
console:
