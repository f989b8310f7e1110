--TEST--
Websocket over TLS (wss: transport ssl) on a capitalised "Websocket://" scheme as GatewayWorker writes it: handshake, echo of a 70 KB message, ping, close, all through TLS records
--EXTENSIONS--
workerman
posix
openssl
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
require __DIR__ . '/../tls/tls.inc';
use Workerman\Worker;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('Websocket://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('onWebSocketConnect ' . $request->uri() . ' transport ' . $connection->transport);
};
$w->onMessage = function ($connection, $data) {
    $connection->send(strlen($data) > 100 ? 'len ' . strlen($data) . ' ' . md5($data) : "echo:$data");
};
$w->onWorkerStart = function ($w) {
    echo $w->protocol, "\n";
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $s = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5 * wm_scale(), STREAM_CLIENT_CONNECT, $ctx);
        if (!$s) {
            echo "connect failed: $errstr\n";
            exit(1);
        }
        stream_set_timeout($s, (int)(5 * wm_scale()));
        wm_send($s, wm_ws_request('/secure?x=1'));
        echo wm_show(wm_ws_recv_head($s));
        wm_send($s, wm_ws_text('hello'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        $big = str_repeat('0123456789', 7000);
        wm_send($s, wm_ws_binary($big));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo 'expected len 70000 ', md5($big), "\n";
        wm_send($s, wm_ws_ping('tls'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_close(1000));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo 'closed: ', var_export(wm_closed($s), true), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
Workerman\Protocols\Websocket
HTTP/1.1 101 Switching Protocol\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
\r\n
fin=1 rsv=0 op=1 len=10 masked=0 echo:hello
fin=1 rsv=0 op=1 len=42 masked=0 len 70000 f91a28da786c611817111cec85a66344
expected len 70000 f91a28da786c611817111cec85a66344
fin=1 rsv=0 op=10 len=3 masked=0 tls
fin=1 rsv=0 op=8 len=2 masked=0 \x03\xe8
closed: true
onWebSocketConnect /secure?x=1 transport ssl
