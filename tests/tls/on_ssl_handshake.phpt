--TEST--
TLS server: the 4.x onSslHandshake dynamic property is called once after a successful handshake
--EXTENSIONS--
workerman
posix
openssl
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: onSslHandshake is a Workerman 4.x callback that 5.2.2 no longer calls
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onConnect = function (TcpConnection $c) {
    WmTest::record('onConnect');
    $c->onSslHandshake = function ($conn) use ($c) {
        WmTest::record('onSslHandshake ' . ($conn === $c ? 'same connection' : 'other'));
        $conn->send('handshake done');
    };
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record("onMessage $data");
    $c->close("echo $data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $s = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
        stream_set_timeout($s, 5);
        echo wm_recv_line($s);
        wm_send($s, "x\n");
        echo wm_recv_line($s);
        PHP, function ($out) {
        echo $out;
        echo WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
handshake done
echo x
onConnect
onSslHandshake same connection
onMessage x
