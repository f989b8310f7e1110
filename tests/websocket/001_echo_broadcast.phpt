--TEST--
Websocket smoke: echo of text and arraybuffer frames, 50 frames in one write answered in order, a send() to every connection of the same string (one frame each), total_request counts messages
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

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onMessage = function ($connection, $data) use ($w) {
    if ($data === 'bin') {
        $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    }
    if ($data === 'all') {
        $msg = str_repeat('B', 300);
        foreach ($w->connections as $c) {
            $c->send($msg);
        }
        return;
    }
    if ($data === 'stats') {
        $connection->send('requests ' . TcpConnection::$statistics['total_request']);
        return;
    }
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$a] = wm_ws_open($port);
        [$b] = wm_ws_open($port);
        [$c] = wm_ws_open($port);
        wm_send($a, wm_ws_text('hello'));
        echo wm_ws_describe(wm_ws_recv_frame($a)), "\n";
        $batch = '';
        for ($i = 0; $i < 50; $i++) {
            $batch .= wm_ws_text("m$i");
        }
        wm_send($a, $batch);
        $ok = 0;
        for ($i = 0; $i < 50; $i++) {
            $f = wm_ws_recv_frame($a);
            $ok += $f !== null && $f['payload'] === "echo:m$i";
        }
        echo "batch in order: $ok\n";
        wm_send($b, wm_ws_text('bin'));
        echo wm_ws_describe(wm_ws_recv_frame($b)), "\n";
        wm_send($c, wm_ws_text('all'));
        foreach ([$a, $b, $c] as $i => $s) {
            $f = wm_ws_recv_frame($s);
            echo "conn $i: op=$f[opcode] len=$f[len] ", $f['payload'] === str_repeat('B', 300) ? 'same' : 'DIFFERENT', "\n";
        }
        wm_send($a, wm_ws_text('stats'));
        echo wm_ws_describe(wm_ws_recv_frame($a)), "\n";
        PHP));
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=10 masked=0 echo:hello
batch in order: 50
fin=1 rsv=0 op=2 len=8 masked=0 echo:bin
conn 0: op=1 len=300 same
conn 1: op=2 len=300 same
conn 2: op=1 len=300 same
fin=1 rsv=0 op=1 len=11 masked=0 requests 54
