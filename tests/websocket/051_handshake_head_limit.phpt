--TEST--
Websocket handshake head over maxPackageSize: still without its end, or complete in one read, the connection is closed without a reply and a log line names the head's size and the limit; a head of exactly the limit is answered 101
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.2.2 buffers a handshake head without limit (the client waits, the connection stays open); we close it once it exceeds maxPackageSize, and say so in the log
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onConnect = function ($connection) {
    $connection->maxPackageSize = 1000;
};
$w->onWebSocketConnect = function ($connection) {
    WmTest::record('onWebSocketConnect');
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        /** A handshake request padded by an X-Pad header to exactly $len bytes. */
        function padded(int $len): string {
            $req = wm_ws_request('/', ['X-Pad: ']);
            return substr($req, 0, -4) . str_repeat('p', $len - strlen($req)) . "\r\n\r\n";
        }
        $cases = [
            // 1000 bytes of a head that has not ended: it cannot fit any more.
            'no end after 1000 bytes' => substr(padded(1200), 0, 1000),
            'complete, 1001 bytes' => padded(1001),
            'complete, 1000 bytes' => padded(1000),
        ];
        foreach ($cases as $name => $bytes) {
            $s = wm_connect_nodelay($port);
            wm_send($s, $bytes);
            $reply = $name === 'complete, 1000 bytes' ? wm_ws_recv_head($s) : wm_recv_all($s);
            echo "$name: ", json_encode(strstr($reply, "\r\n", true) ?: $reply), feof($s) ? " closed\n" : " open\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded(), "console:\n", WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
no end after 1000 bytes: "" closed
complete, 1001 bytes: "" closed
complete, 1000 bytes: "HTTP\/1.1 101 Switching Protocol" open
onClose
onClose
onWebSocketConnect
onClose
console:
Protocol Workerman\Protocols\Websocket: WebSocket handshake head still without its end (CRLFCRLF) after 1000 bytes, over maxPackageSize (1000); connection closed
Protocol Workerman\Protocols\Websocket: WebSocket handshake head of 1001 bytes is over maxPackageSize (1000); connection closed
