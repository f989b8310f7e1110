--TEST--
Websocket close: the server's close frame echoes the client's status code (1001, 4000 with a reason, 3000), 1000 when the client's close frame had no code; then the connection closes
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.2.2 always replies 1000 (88 02 03 e8); RFC 6455 5.5.1 says the endpoint typically echoes the status code it received, which we do
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onMessage = function ($connection, $data) {
    $connection->send($data);
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        foreach ([[1001, ''], [4000, 'going away now'], [3000, ''], [1000, ''], [null, '']] as [$code, $reason]) {
            [$s] = wm_ws_open($port);
            wm_send($s, wm_ws_close($code, $reason));
            echo var_export($code, true), ': ', bin2hex(wm_recv_all($s)), feof($s) ? " closed\n" : " open\n";
            fclose($s);
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
1001: 880203e9 closed
4000: 88020fa0 closed
3000: 88020bb8 closed
1000: 880203e8 closed
NULL: 880203e8 closed
onClose
onClose
onClose
onClose
onClose
