--TEST--
Websocket permessage-deflate opt-in: negotiated when the client offers it and the app chose a *_DEFLATE type (parameters answered, compressed frames both ways), downgraded to plain frames when the client made no usable offer, left to the app when it wrote its own Sec-WebSocket-Extensions header
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream never negotiates permessage-deflate by itself (it only compresses when the app sets a *_DEFLATE type)
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->websocketType = Websocket::BINARY_TYPE_BLOB_DEFLATE;
    if ($request->path() === '/own') {
        $connection->headers = ['Sec-WebSocket-Extensions: permessage-deflate'];
    }
};
$w->onMessage = function ($connection, $data) {
    $connection->send("echo:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        function ext($head) {
            return preg_match('/^Sec-WebSocket-Extensions: (.*)\r$/mi', $head, $m) ? $m[1] : '(none)';
        }
        function compress($ctx, $s) { return substr(deflate_add($ctx, $s, ZLIB_SYNC_FLUSH), 0, -4); }
        function expand($ctx, $s) { return inflate_add($ctx, $s . "\x00\x00\xff\xff"); }
        $long = str_repeat('abcdefgh', 200);
        foreach ([
            ['/', 'permessage-deflate; client_max_window_bits'],
            ['/', 'x-webkit-deflate-frame, permessage-deflate; server_no_context_takeover; client_no_context_takeover'],
            ['/', 'permessage-deflate; server_max_window_bits=10'],
            ['/', 'permessage-deflate; server_max_window_bits=8, permessage-deflate; unknown_param'],
            ['/', null],
            ['/own', 'permessage-deflate; server_no_context_takeover'],
        ] as [$path, $offer]) {
            [$s, $head] = wm_ws_open($port, $path, $offer === null ? [] : ["Sec-WebSocket-Extensions: $offer"]);
            echo $path, ' ', $offer ?? '(no offer)', " => ", ext($head), "\n";
            $out = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
            $in = inflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
            foreach (['first', $long, $long] as $msg) {
                if ($offer !== null && str_contains($offer, 'client_no_context_takeover')) {
                    $out = deflate_init(ZLIB_ENCODING_RAW, ['window' => 15]);
                }
                wm_send($s, wm_ws_frame(compress($out, $msg), 0x1, true, WM_WS_MASK, 4));
                $f = wm_ws_recv_frame($s);
                $p = $f['rsv'] & 4 ? expand($in, $f['payload']) : $f['payload'];
                echo "  rsv=$f[rsv] wire=$f[len] ", $p === "echo:$msg" ? 'ok' : 'BAD ' . bin2hex($p), "\n";
            }
            fclose($s);
        }
        PHP));
};
Worker::runAll();
?>
--EXPECT--
/ permessage-deflate; client_max_window_bits => permessage-deflate
  rsv=4 wire=12 ok
  rsv=4 wire=25 ok
  rsv=4 wire=16 ok
/ x-webkit-deflate-frame, permessage-deflate; server_no_context_takeover; client_no_context_takeover => permessage-deflate; server_no_context_takeover; client_no_context_takeover
  rsv=4 wire=12 ok
  rsv=4 wire=28 ok
  rsv=4 wire=28 ok
/ permessage-deflate; server_max_window_bits=10 => permessage-deflate; server_max_window_bits=10
  rsv=4 wire=12 ok
  rsv=4 wire=25 ok
  rsv=4 wire=21 ok
/ permessage-deflate; server_max_window_bits=8, permessage-deflate; unknown_param => (none)
  rsv=0 wire=10 ok
  rsv=0 wire=1605 ok
  rsv=0 wire=1605 ok
/ (no offer) => (none)
  rsv=0 wire=10 ok
  rsv=0 wire=1605 ok
  rsv=0 wire=1605 ok
/own permessage-deflate; server_no_context_takeover => permessage-deflate
  rsv=4 wire=12 ok
  rsv=4 wire=25 ok
  rsv=4 wire=16 ok