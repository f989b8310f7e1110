--TEST--
Exceptions from onMessage/onBufferFull/onClose without an errorHandler: logged with their trace, serving goes on
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
    throw new RuntimeException("from onClose of #$c->id");
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
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            $log = WmTest::consoleAfterStart();
            echo "console (first lines):\n";
            preg_match_all('/^\w+Exception: .*$/m', $log, $m);
            echo preg_replace('/ in \S+:\d+$/m', ' in FILE:LINE', implode("\n", $m[0])), "\n";
            echo 'traces: ', substr_count($log, "Stack trace:\n#0 "), "\n";
            echo 'same in the log file: ', var_export(substr_count((string)file_get_contents(Worker::$logFile), 'Exception: from on') === 5, true), "\n";
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
#1 message throw
#1 message ok
#1 message bye
#1 onClose
#1 after close
#2 message fill
#2 onBufferFull
#2 send=NULL
#2 onClose
#3 message still
#3 onClose
console (first lines):
RuntimeException: from onMessage in FILE:LINE
RuntimeException: from onClose of #1 in FILE:LINE
LogicException: from onBufferFull in FILE:LINE
RuntimeException: from onClose of #2 in FILE:LINE
RuntimeException: from onClose of #3 in FILE:LINE
traces: 5
same in the log file: true
