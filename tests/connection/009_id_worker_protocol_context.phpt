--TEST--
TcpConnection: writable id kept apart from the internal id, worker, protocol switched mid-stream, context
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Frame;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$first = null;
function realId(TcpConnection $c): int
{
    return (new ReflectionProperty(TcpConnection::class, 'realId'))->getValue($c);
}
$w->onConnect = function (TcpConnection $c) use ($w, &$ev, &$first) {
    $ev[] = "connect: id $c->id, realId " . realId($c) . ', worker is $w: ' . var_export($c->worker === $w, true)
        . ', protocol ' . $c->protocol . ', context ' . json_encode($c->context) . ' ' . get_class($c->context)
        . ', worker->connections keys ' . implode(',', array_keys($w->connections))
        . ', TcpConnection::$connections keys ' . implode(',', array_keys(TcpConnection::$connections));
    if ($first === null) {
        $first = $c;
        try {
            $c->id = 'x';
        } catch (TypeError $e) {
            $ev[] = get_class($e) . ': ' . $e->getMessage();
        }
        $c->id = 1000;
        $c->context->seen = [];
        $ev[] = "id now $c->id, realId " . realId($c) . ', worker->connections keys ' . implode(',', array_keys($w->connections));
    } else {
        $ev[] = 'first connection after close: worker ' . var_export($first->worker, true) . ', id ' . $first->id
            . ', in TcpConnection::$connections: ' . var_export(in_array($first, TcpConnection::$connections, true), true);
    }
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $c->context->seen[] = $data;
    $ev[] = "message " . json_encode($data) . " with protocol " . var_export($c->protocol, true);
    if ($data === 'switch') {
        $c->send('ok');                 // still Text: "ok\n"
        $c->protocol = Frame::class;    // the rest of this very buffer is framed already
    } elseif ($data === 'to raw') {
        $c->send('raw next');           // Frame
        $c->protocol = null;
    } elseif ($data === 'bytes') {
        $c->close('[bytes]');
    } else {
        $c->send("[$data]");
    }
};
$w->onClose = function (TcpConnection $c) use ($w, &$ev) {
    $ev[] = "close: id $c->id, realId " . realId($c) . ', context ' . json_encode($c->context)
        . ', worker is set: ' . var_export($c->worker === $w, true);
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        function frame_recv($s) {
            $h = wm_recv($s, 4);
            return strlen($h) < 4 ? '' : wm_recv($s, unpack('N', $h)[1] - 4);
        }
        $s = wm_connect($port);
        wm_send($s, "switch\n" . wm_frame('one'));
        echo wm_recv_line($s), frame_recv($s), "\n";
        wm_send($s, wm_frame("two\n") . wm_frame('to raw'));
        echo json_encode(frame_recv($s)), ' ', frame_recv($s), "\n";
        wm_send($s, 'bytes');
        echo wm_recv($s, 7), ' then closed: ', var_export(wm_closed($s), true), "\n";
        $s = wm_connect($port);
        wm_send($s, "second\n");
        echo wm_recv_line($s);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
ok
[one]
"[two\n]" raw next
[bytes] then closed: true
[second]
connect: id 1, realId 1, worker is $w: true, protocol Workerman\Protocols\Text, context {} stdClass, worker->connections keys 1, TcpConnection::$connections keys 1
TypeError: Cannot assign string to property Workerman\Connection\TcpConnection::$id of type int
id now 1000, realId 1, worker->connections keys 1
message "switch" with protocol 'Workerman\\Protocols\\Text'
message "one" with protocol 'Workerman\\Protocols\\Frame'
message "two\n" with protocol 'Workerman\\Protocols\\Frame'
message "to raw" with protocol 'Workerman\\Protocols\\Frame'
message "bytes" with protocol NULL
close: id 1000, realId 1, context {"seen":["switch","one","two\n","to raw","bytes"]}, worker is set: true
connect: id 2, realId 2, worker is $w: true, protocol Workerman\Protocols\Text, context {} stdClass, worker->connections keys 2, TcpConnection::$connections keys 2
first connection after close: worker NULL, id 1000, in TcpConnection::$connections: false
message "second" with protocol 'Workerman\\Protocols\\Text'
close: id 2, realId 2, context {"seen":["second"]}, worker is set: true
