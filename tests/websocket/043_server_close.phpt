--TEST--
Websocket close from the server side: close('bye') sends 'bye' as a frame of the connection's websocketType and closes; close() sends nothing; close($raw, true) sends raw bytes (an app-built close frame)
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
$w->onMessage = function ($connection, $data) {
    switch ($data) {
        case 'bye':
            $connection->close('bye');
            break;
        case 'bin':
            $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
            $connection->close("\x00\x01");
            break;
        case 'json':
            $connection->close(['reason' => 'done']);
            break;
        case 'silent':
            $connection->close();
            break;
        case 'raw':
            $connection->close("\x88\x02\x0b\xb8", true);
            break;
    }
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        foreach (['bye', 'bin', 'json', 'silent', 'raw'] as $cmd) {
            [$s] = wm_ws_open($port);
            wm_send($s, wm_ws_text($cmd));
            echo "$cmd: [", bin2hex(wm_recv_all($s)), ']', feof($s) ? " closed\n" : " open\n";
            fclose($s);
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
bye: [8103627965] closed
bin: [82020001] closed
json: [81117b22726561736f6e223a22646f6e65227d] closed
silent: [] closed
raw: [88020bb8] closed
onClose
onClose
onClose
onClose
onClose
