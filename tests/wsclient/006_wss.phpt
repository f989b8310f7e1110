--TEST--
Ws client over TLS (transport 'ssl'): handshake and frames both ways through a TLS raw peer with a certificate made during the test; a 'wss://' address is refused as upstream does
--EXTENSIONS--
workerman
posix
openssl
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../tls/tls.inc';
require __DIR__ . '/peer.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir, 'server', 'localhost');
$w = new Worker('tcp://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$port = 0;
wsp_peer($w, function ($c, $request) use (&$port) {
    echo "peer got request:\n", wsp_show($request, $port);
    $c->send(wsp_101($request));
}, function ($c, $f) {
    echo "peer got: opcode $f[opcode] head $f[head] mask $f[mask] payload ",
        strlen($f['payload']) > 20 ? strlen($f['payload']) . ' bytes' : "'$f[payload]'", "\n";
    $c->send(wsp_frame(1, 'echo ' . strlen($f['payload']) . ' ' . md5($f['payload'])));
});
$w->onClose = function () {
    echo "peer onClose\n";
    WmTest::stop();
};
$w->onWorkerStart = function ($w) use (&$port, $cert) {
    WmTest::guard();
    $port = WmTest::port($w);
    try {
        new AsyncTcpConnection("wss://127.0.0.1:$port/");
    } catch (Throwable $e) {
        echo 'wss:// scheme: ', get_class($e), ': ', $e->getMessage(), "\n";
    }
    $c = new AsyncTcpConnection("ws://127.0.0.1:$port/secure", ['ssl' => ['cafile' => $cert[0], 'peer_name' => 'localhost']]);
    $c->transport = 'ssl';
    $big = str_repeat('0123456789', 7000);
    $c->onWebSocketConnect = function ($c) {
        echo "connected\n";
        $c->send('over tls');
    };
    $c->onMessage = function ($c, $data) use ($big) {
        echo "client got '$data'\n";
        if ($data === 'echo 8 ' . md5('over tls')) {
            $c->send($big);
        } else {
            echo 'matches the 70000 bytes sent: ', var_export($data === 'echo 70000 ' . md5($big), true), "\n";
            $c->close();
        }
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECTF--
wss:// scheme: RuntimeException: class \Protocols\Wss not exist
peer got request:
GET /secure HTTP/1.1\r\n
Host: 127.0.0.1:<port>\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Version: 13\r\n
Sec-WebSocket-Key: <key>\r\n
\r\n
connected
peer got: opcode 1 head 8188 mask 00000000 payload 'over tls'
client got 'echo 8 %s'
peer got: opcode 1 head 81ff0000000000011170 mask 00000000 payload 70000 bytes
client got 'echo 70000 %s'
matches the 70000 bytes sent: true
peer onClose
