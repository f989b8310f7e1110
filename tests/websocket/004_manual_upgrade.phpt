--TEST--
Websocket after a hand-made upgrade (as think-worker does: 101 sent by the app, context fields set, then $protocol switched to Websocket): frames continue on the native path
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

/** Reads an HTTP head; the app answers the upgrade itself (as think-worker does). */
class Upgrader
{
    public static function input($buffer, $connection)
    {
        $p = strpos($buffer, "\r\n\r\n");
        return $p === false ? 0 : $p + 4;
    }
    public static function decode($buffer, $connection)
    {
        return $buffer;
    }
    public static function encode($data, $connection)
    {
        return $data;
    }
}

WmTest::setup();
$u = new Worker('tcp://127.0.0.1:0');
$u->protocol = Upgrader::class;
$u->onMessage = function ($connection, $data) {
    if ($connection->protocol === Upgrader::class) {
        preg_match('/Sec-WebSocket-Key: *(.*?)\r\n/i', $data, $m);
        $accept = base64_encode(sha1($m[1] . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
        $connection->send("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: $accept\r\n\r\n", true);
        $connection->context->websocketDataBuffer = '';
        $connection->context->websocketCurrentFrameLength = 0;
        $connection->context->websocketCurrentFrameBuffer = '';
        $connection->context->websocketHandshake = true;
        $connection->protocol = Websocket::class;
        return;
    }
    $connection->send("up:$data");
};
$u->onWorkerStart = function ($u) {
    WmTest::client(WmTest::port($u), wm_ws_client(<<<'PHP'
        [$s, $head] = wm_ws_open($port);
        wm_send($s, wm_ws_text('one') . wm_ws_text('two'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_ping('p'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP));
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=6 masked=0 up:one
fin=1 rsv=0 op=1 len=6 masked=0 up:two
fin=1 rsv=0 op=10 len=1 masked=0 p
