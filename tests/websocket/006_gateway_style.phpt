--TEST--
Websocket as GatewayWorker uses it: capitalised Websocket:// scheme, a per-connection onWebSocketConnect set in onConnect wins over the worker's, a 4.x-style callback typed `string $header` gets the raw head, $connection->protocol compared with the class name
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream calls onWebSocketConnect from a strict_types file, so a 4.x callback typed `string $header` gets a TypeError there; we pass the Request, which coerces to its raw head
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('Websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('worker callback');
};
$w->onConnect = function ($connection) {
    WmTest::record('protocol ' . var_export($connection->protocol === 'Workerman\Protocols\Websocket'
        || $connection->protocol === '\Workerman\Protocols\Websocket', true));
    $connection->onWebSocketConnect = function ($connection, string $header) {
        WmTest::record('connection callback: ' . json_encode(strtok($header, "\r")) . ' ends with CRLFCRLF: '
            . var_export(str_ends_with($header, "\r\n\r\n"), true));
    };
};
$w->onMessage = function ($connection, $data) {
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port, '/?token=abc');
        wm_send($s, wm_ws_text('x'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=1 masked=0 x
protocol true
connection callback: "GET \/?token=abc HTTP\/1.1" ends with CRLFCRLF: true
