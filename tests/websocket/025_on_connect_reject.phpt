--TEST--
onWebSocketConnect rejects by closing: close() sends nothing (no 101), close($raw, true) sends exactly those bytes; onWebSocketConnected is not called; onClose runs; other connections unaffected
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
    WmTest::record('onWebSocketConnect ' . $request->path());
    if ($request->path() === '/deny') {
        $connection->close();
    } elseif ($request->path() === '/forbidden') {
        $connection->close("HTTP/1.1 403 Forbidden\r\nContent-Length: 4\r\n\r\nnope", true);
    }
};
$w->onWebSocketConnected = function ($connection, $request) {
    WmTest::record('onWebSocketConnected ' . $request->path() . ' status ' . $connection->getStatus(false));
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("onMessage $data");
    $connection->send($data);
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        foreach (['/deny', '/forbidden'] as $path) {
            $s = wm_connect($port);
            wm_send($s, wm_ws_request($path));
            echo "$path:\n", wm_show(wm_recv_all($s)), feof($s) ? "closed\n" : "open\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        [$s] = wm_ws_open($port, '/ok');
        wm_send($s, wm_ws_text('fine'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
/deny:

closed
/forbidden:
HTTP/1.1 403 Forbidden\r\n
Content-Length: 4\r\n
\r\n
nope
closed
fin=1 rsv=0 op=1 len=4 masked=0 fine
onWebSocketConnect /deny
onClose
onWebSocketConnect /forbidden
onClose
onWebSocketConnect /ok
onWebSocketConnected /ok status ESTABLISHED
onMessage fine
onClose
