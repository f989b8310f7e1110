--TEST--
Websocket close: a client close frame (code 1000, with a reason, or empty) is answered with 88 02 03 e8 and the connection closes; frames after it are ignored; onWebSocketClose (worker and connection level) replaces the automatic reply
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('open ' . $request->path());
    if ($request->path() === '/worker-cb') {
        $connection->worker->onWebSocketClose = function ($connection) {
            WmTest::record('worker onWebSocketClose, args ' . func_num_args());
            $connection->close("\x88\x02\x0f\xa0", true);
        };
    } elseif ($request->path() === '/conn-cb') {
        $connection->onWebSocketClose = function ($connection) {
            WmTest::record('connection onWebSocketClose');
            $connection->send('last words');
            $connection->close();
        };
    }
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("message $data");
    $connection->send("echo:$data");
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $cases = [
            '/code' => wm_ws_close(1000),
            '/reason' => wm_ws_close(1000, 'bye'),
            '/empty' => wm_ws_close(null),
            '/batched' => wm_ws_text('before') . wm_ws_close(1000) . wm_ws_text('after'),
            '/worker-cb' => wm_ws_close(1001),
            '/conn-cb' => wm_ws_close(1000),
        ];
        foreach ($cases as $path => $bytes) {
            [$s] = wm_ws_open($port, $path);
            wm_send($s, $bytes);
            echo "$path: ", bin2hex(wm_recv_all($s)), feof($s) ? " closed\n" : " open\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
/code: 880203e8 closed
/reason: 880203e8 closed
/empty: 880203e8 closed
/batched: 810b6563686f3a6265666f7265880203e8 closed
/worker-cb: 88020fa0 closed
/conn-cb: 810a6c61737420776f726473 closed
open /code
onClose
open /reason
onClose
open /empty
onClose
open /batched
message before
onClose
open /worker-cb
worker onWebSocketClose, args 1
onClose
open /conn-cb
connection onWebSocketClose
onClose
