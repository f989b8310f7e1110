--TEST--
permessage-deflate: a compressed message that inflates beyond maxPackageSize prints upstream's console line and closes the connection; the worker process survives and serves the next client
--EXTENSIONS--
workerman
posix
zlib
--FILE--
<?php
// upstream differs: upstream 5.2.2 prints the line and closes, then decode() returns false from a string-typed method and the TypeError stops the worker; we only close the connection
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onConnect = function ($connection) {
    $connection->maxPackageSize = 100000;
};
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->websocketType = Websocket::BINARY_TYPE_BLOB_DEFLATE;
    $connection->headers = ['Sec-WebSocket-Extensions: permessage-deflate'];
};
$w->onMessage = function ($connection, $data) {
    WmTest::record('message ' . strlen($data));
    $connection->send('pid ' . getmypid());
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::record('worker started');
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $z = function (string $m): string {
            $d = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
            return substr(deflate_add($d, $m, ZLIB_SYNC_FLUSH), 0, -4);
        };
        $inflate = fn (string $p): string => inflate_add(inflate_init(ZLIB_ENCODING_RAW), $p . "\x00\x00\xff\xff");
        [$s] = wm_ws_open($port, '/', ['Sec-WebSocket-Extensions: permessage-deflate']);
        wm_send($s, wm_ws_frame($z('a'), 0x1, true, WM_WS_MASK, 4));
        $before = $inflate(wm_ws_recv_frame($s)['payload']);
        // 200 KB of zeros compress to a few hundred bytes.
        $bomb = $z(str_repeat("\0", 200000));
        echo 'compressed to less than 1000 bytes: ', var_export(strlen($bomb) < 1000, true), "\n";
        wm_send($s, wm_ws_frame($bomb, 0x1, true, WM_WS_MASK, 4));
        echo '[', bin2hex(wm_recv_all($s)), ']', feof($s) ? " closed\n" : " open\n";
        fclose($s);
        usleep((int)(100000 * wm_scale()));
        [$s] = wm_ws_open($port, '/', ['Sec-WebSocket-Extensions: permessage-deflate']);
        wm_send($s, wm_ws_frame($z('b'), 0x1, true, WM_WS_MASK, 4));
        $f = wm_ws_recv_frame($s);
        $after = $f === null ? 'nothing' : $inflate($f['payload']);
        echo 'same worker process: ', var_export($before === $after, true), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded(), "console:\n", WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
compressed to less than 1000 bytes: true
[] closed
same worker process: true
worker started
message 1
onClose
message 1
onClose
console:
WebSocket inflate data exceeds maxPackageSize limit
