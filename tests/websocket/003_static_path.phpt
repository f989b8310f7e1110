--TEST--
Websocket static methods as the protocol of a subclass (input/decode/encode/dealHandshake run through PHP on $connection->context): echo, fragments, ping, close; call_user_func([$conn->protocol, 'encode']) as GatewayWorker does
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;
use Workerman\Connection\TcpConnection;

class MyWs extends Websocket
{
    public static function decode(string $buffer, TcpConnection $connection): string
    {
        return strtoupper(parent::decode($buffer, $connection));
    }
}

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = MyWs::class;
$w->onMessage = function ($connection, $data) {
    $connection->send("echo:$data");
    $frame = call_user_func([$connection->protocol, 'encode'], "raw:$data", $connection);
    $connection->send($frame, true);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        wm_send($s, wm_ws_text('hello'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_text('fr', false) . wm_ws_frame('ag', 0, false) . wm_ws_frame('ments', 0, true));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_ping('pi'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_close(1001));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_closed($s) ? "closed\n" : "open\n";
        PHP));
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=10 masked=0 echo:HELLO
fin=1 rsv=0 op=1 len=9 masked=0 raw:HELLO
fin=1 rsv=0 op=1 len=14 masked=0 echo:FRAGMENTS
fin=1 rsv=0 op=1 len=13 masked=0 raw:FRAGMENTS
fin=1 rsv=0 op=10 len=2 masked=0 PI
fin=1 rsv=0 op=8 len=2 masked=0 \x03\xe8
closed
