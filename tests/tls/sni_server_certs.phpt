--TEST--
TLS server: SNI_server_certs picks the certificate by server name (path or [local_cert, local_pk]); other names get local_cert
--EXTENSIONS--
workerman
posix
openssl
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$default = wm_tls_cert(WmTest::$dir, 'default', 'default.test');
$a = wm_tls_cert(WmTest::$dir, 'a', 'a.test');
$b = wm_tls_cert(WmTest::$dir, 'b', 'b.test');
// One file holding certificate and key, as PHP's SNI_server_certs accepts.
file_put_contents(WmTest::$dir . '/a.pem', file_get_contents($a[0]) . file_get_contents($a[1]));
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($default, ['SNI_server_certs' => [
    'a.test' => WmTest::$dir . '/a.pem',
    'b.test' => ['local_cert' => $b[0], 'local_pk' => $b[1]],
]]));
$w->transport = 'ssl';
$w->onMessage = fn (TcpConnection $c, $data) => $c->send("echo $data");
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        foreach (['a.test', 'b.test', 'other.test'] as $name) {
            $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false,
                'peer_name' => $name, 'capture_peer_cert' => true]]);
            $s = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
            if (!$s) { echo "connect failed: $errstr\n"; continue; }
            stream_set_timeout($s, 5);
            $cert = stream_context_get_params($s)['options']['ssl']['peer_certificate'];
            wm_send($s, "$name\n");
            echo $name, ' -> ', openssl_x509_parse($cert)['subject']['CN'], ', ', wm_recv_line($s);
            fclose($s);
        }
        PHP);
};
Worker::runAll();
?>
--EXPECT--
a.test -> a.test, echo a.test
b.test -> b.test, echo b.test
other.test -> default.test, echo other.test
