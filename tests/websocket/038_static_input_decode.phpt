--TEST--
Websocket::input() and Websocket::decode() called from PHP on hand-made buffers, with a real connection (of a text worker) whose context says the handshake is done; encode() on that connection
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
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function ($connection, $data) {
    $connection->context->websocketHandshake = true;
    $connection->context->websocketDataBuffer = '';
    $connection->context->websocketCurrentFrameLength = 0;
    $connection->context->websocketCurrentFrameBuffer = '';
    $small = wm_ws_text('hello');
    $mid = wm_ws_binary(str_repeat("\x5a", 300));
    $big = wm_ws_text(str_repeat('q', 65536));
    $cases = [
        'small' => $small,
        'small, 5 bytes' => substr($small, 0, 5),
        'small + next' => $small . wm_ws_text('next'),
        'mid, 7 bytes' => substr($mid, 0, 7),
        'mid, 8 bytes' => substr($mid, 0, 8),
        'mid' => $mid,
        'big, 13 bytes' => substr($big, 0, 13),
        'big, 14 bytes' => substr($big, 0, 14),
        'big' => $big,
    ];
    foreach ($cases as $name => $buf) {
        WmTest::record("input($name) = " . var_export(Websocket::input($buf, $connection), true));
    }
    WmTest::record('decode(small) = ' . var_export(Websocket::decode($small, $connection), true));
    WmTest::record('decode(mid) same: ' . var_export(Websocket::decode($mid, $connection) === str_repeat("\x5a", 300), true));
    WmTest::record('decode(big) same: ' . var_export(Websocket::decode($big, $connection) === str_repeat('q', 65536), true));
    WmTest::record('decode(empty) = ' . var_export(Websocket::decode(wm_ws_text(''), $connection), true));
    WmTest::record('decode(zero mask) = ' . var_export(Websocket::decode(wm_ws_frame('abc', 1, true, "\0\0\0\0"), $connection), true));
    WmTest::record('encode on this connection: ' . bin2hex(Websocket::encode('ok', $connection)));
    WmTest::record('state: ' . json_encode([$connection->context->websocketDataBuffer,
        $connection->context->websocketCurrentFrameLength]));
    $connection->send('done');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "go\n");
        echo wm_recv_line($s);
        PHP, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
done
input(small) = 11
input(small, 5 bytes) = 0
input(small + next) = 11
input(mid, 7 bytes) = 0
input(mid, 8 bytes) = 308
input(mid) = 308
input(big, 13 bytes) = 0
input(big, 14 bytes) = 65550
input(big) = 65550
decode(small) = 'hello'
decode(mid) same: true
decode(big) same: true
decode(empty) = ''
decode(zero mask) = 'abc'
encode on this connection: 81026f6b
state: ["",0]
