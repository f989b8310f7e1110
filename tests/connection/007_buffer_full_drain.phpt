--TEST--
TcpConnection send queue: $defaultMaxSendBufferSize, onBufferFull, drop with onError(SEND_FAIL), bufferIsFull(), onBufferDrain
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\ConnectionInterface;

WmTest::setup();
TcpConnection::$defaultMaxSendBufferSize = 65536;
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$ctl = null;
/** bufferIsFull() is protected: called through reflection, as a test would in upstream. */
function isFull(TcpConnection $c): bool
{
    return (new ReflectionMethod(TcpConnection::class, 'bufferIsFull'))->invoke($c);
}
function note(string $e): void
{
    global $ev;
    if (end($ev) !== $e) {
        $ev[] = $e;
    }
}
$w->onBufferFull = function (TcpConnection $c) {
    note('onBufferFull, queue >= max: ' . var_export($c->getSendBufferQueueSize() >= $c->maxSendBufferSize, true));
    // Upstream's bufferIsFull() reports the drop through onError as well.
    $full = isFull($c);
    note('bufferIsFull()=' . var_export($full, true));
};
$w->onBufferDrain = function (TcpConnection $c) {
    note('onBufferDrain, queue ' . $c->getSendBufferQueueSize() . ', bufferIsEmpty ' . var_export($c->bufferIsEmpty(), true)
        . ', bufferIsFull ' . var_export(isFull($c), true));
    $c->send('drained');
};
$w->onError = function (TcpConnection $c, $code, $msg) {
    note("onError($code, $msg), SEND_FAIL is " . ConnectionInterface::SEND_FAIL);
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev, &$ctl) {
    if ($data === 'ctl') {
        $ctl = $c;
        $c->send('ctl ok');
        return;
    }
    note("maxSendBufferSize $c->maxSendBufferSize");
    note('bufferIsFull() on an empty queue=' . var_export(isFull($c), true));
    $accepted = 0;
    for ($i = 0; $i < 2000; $i++) {
        $r = $c->send(str_repeat(chr(97 + $i % 26), 16384), true);
        note('send=' . var_export($r, true));
        if ($r === false) {
            break;
        }
        $accepted++;
    }
    note('queue >= max: ' . var_export($c->getSendBufferQueueSize() >= 65536, true)
        . ', bufferIsEmpty ' . var_export($c->bufferIsEmpty(), true));
    note('send_fail ' . ConnectionInterface::$statistics['send_fail']);
    $ctl->send("filled $accepted");
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctl = wm_connect($port);
        wm_send($ctl, "ctl\n");
        echo wm_recv_line($ctl);
        $s = wm_connect($port);
        wm_send($s, "go\n");
        $n = (int)substr(wm_recv_line($ctl), 7);
        $expect = '';
        for ($i = 0; $i < $n; $i++) {
            $expect .= str_repeat(chr(97 + $i % 26), 16384);
        }
        echo 'accepted chunks arrive in order: ', var_export(wm_recv($s, strlen($expect)) === $expect, true), "\n";
        echo wm_recv_line($s);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
ctl ok
accepted chunks arrive in order: true
drained
maxSendBufferSize 65536
bufferIsFull() on an empty queue=false
send=true
send=NULL
onBufferFull, queue >= max: true
onError(2, send buffer full and drop package), SEND_FAIL is 2
bufferIsFull()=true
send=NULL
onError(2, send buffer full and drop package), SEND_FAIL is 2
send=false
queue >= max: true, bufferIsEmpty false
send_fail 1
onBufferDrain, queue 0, bufferIsEmpty true, bufferIsFull false
