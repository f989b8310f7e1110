--TEST--
send() inside onWebSocketConnect is held until the 101 is out and uses the websocketType set there; a send in onWebSocketConnected goes first (as upstream: it runs before the held data is flushed)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    $r1 = $connection->send('early-1');
    $r2 = $connection->send(['k' => 'v']);
    WmTest::record('send results: ' . var_export($r1, true) . ' ' . var_export($r2, true));
    WmTest::record('held: ' . bin2hex($connection->context->tmpWebsocketData));
    if ($request->path() === '/connected') {
        $connection->onWebSocketConnected = function ($connection) {
            $connection->send('from-connected');
        };
    }
};
$w->onMessage = function ($connection, $data) {
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        foreach (['/plain', '/connected'] as $path) {
            echo "$path\n";
            [$s, $head] = wm_ws_open($port, $path);
            echo strtok($head, "\r"), "\n";
            $n = $path === '/plain' ? 2 : 3;
            for ($i = 0; $i < $n; $i++) {
                echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
            }
            wm_send($s, wm_ws_text('x'));
            echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
            fclose($s);
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
/plain
HTTP/1.1 101 Switching Protocol
fin=1 rsv=0 op=2 len=7 masked=0 early-1
fin=1 rsv=0 op=2 len=9 masked=0 {"k":"v"}
fin=1 rsv=0 op=2 len=6 masked=0 echo:x
/connected
HTTP/1.1 101 Switching Protocol
fin=1 rsv=0 op=2 len=14 masked=0 from-connected
fin=1 rsv=0 op=2 len=7 masked=0 early-1
fin=1 rsv=0 op=2 len=9 masked=0 {"k":"v"}
fin=1 rsv=0 op=2 len=6 masked=0 echo:x
send results: NULL NULL
held: 82076561726c792d3182097b226b223a2276227d
send results: NULL NULL
held: 82076561726c792d3182097b226b223a2276227d
