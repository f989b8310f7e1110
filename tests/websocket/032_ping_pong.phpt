--TEST--
Websocket ping/pong: automatic pong with the ping payload, client pongs ignored, onWebSocketPing/onWebSocketPong at worker level (set at run time) and per connection (which wins); send() inside them sends a pong, websocketType restored after
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
    if ($request->path() === '/conn') {
        $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
        $connection->onWebSocketPing = function ($connection, $data) {
            WmTest::record("connection ping [$data] type " . bin2hex($connection->websocketType));
            $connection->send("c:$data");
        };
        $connection->onWebSocketPong = function ($connection, $data) {
            WmTest::record("connection pong [$data]");
        };
    }
};
$w->onMessage = function ($connection, $data) {
    if ($data === 'enable') {
        $connection->worker->onWebSocketPing = function ($connection, $data) {
            WmTest::record("worker ping [$data] type " . bin2hex($connection->websocketType));
            $connection->send("w:$data");
        };
        $connection->worker->onWebSocketPong = function ($connection, $data) {
            WmTest::record("worker pong [$data]");
        };
    }
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        echo "no callbacks\n";
        wm_send($s, wm_ws_ping('hello'));
        echo bin2hex(wm_recv($s, 7)), "\n";
        wm_send($s, wm_ws_ping(''));
        echo bin2hex(wm_recv($s, 2)), "\n";
        wm_send($s, wm_ws_ping(str_repeat('p', 125)));
        $f = wm_ws_recv_frame($s);
        echo bin2hex(substr($f['raw'], 0, 2)), ' ', $f['payload'] === str_repeat('p', 125) ? 'same' : 'DIFFERENT', "\n";
        // A pong from the client gets no answer; the next reply is the echo.
        wm_send($s, wm_ws_pong('unsolicited') . wm_ws_text('after-pong'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        // Ping and text in one write.
        wm_send($s, wm_ws_ping('a') . wm_ws_text('b'));
        echo bin2hex(wm_recv($s, 3 + 8)), "\n";
        echo "worker callbacks\n";
        wm_send($s, wm_ws_text('enable'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_ping('P1') . wm_ws_pong('Q1') . wm_ws_text('t'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        echo "connection callbacks\n";
        [$s] = wm_ws_open($port, '/conn');
        wm_send($s, wm_ws_ping('P2'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_pong('Q2') . wm_ws_text('u'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
no callbacks
8a0568656c6c6f
8a00
8a7d same
fin=1 rsv=0 op=1 len=15 masked=0 echo:after-pong
8a016181066563686f3a62
worker callbacks
fin=1 rsv=0 op=1 len=11 masked=0 echo:enable
fin=1 rsv=0 op=10 len=4 masked=0 w:P1
fin=1 rsv=0 op=1 len=6 masked=0 echo:t
connection callbacks
fin=1 rsv=0 op=10 len=4 masked=0 c:P2
fin=1 rsv=0 op=2 len=6 masked=0 echo:u
worker ping [P1] type 8a
worker pong [Q1]
connection ping [P2] type 8a
connection pong [Q2]
