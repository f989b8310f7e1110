--TEST--
TLS server: a reload (SIGUSR1) makes new worker processes read the certificate files again, without restarting the master
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
// The listener's files: first a certificate for one.test; the first worker process replaces
// them with one for two.test (as a certificate renewal would) and asks the master to reload.
wm_tls_cert(WmTest::$dir, 'server', 'one.test');
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context([WmTest::$dir . '/server.crt', WmTest::$dir . '/server.key']));
$w->transport = 'ssl';
$w->onMessage = fn (TcpConnection $c, $data) => $c->send("echo $data");
$w->onWorkerStart = function ($w) {
    $client = <<<'PHP'
        $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false,
            'capture_peer_cert' => true]]);
        $s = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
        if (!$s) { echo "connect failed: $errstr\n"; exit; }
        stream_set_timeout($s, 5);
        $cert = stream_context_get_params($s)['options']['ssl']['peer_certificate'];
        wm_send($s, "hi\n");
        echo openssl_x509_parse($cert)['subject']['CN'], ', ', wm_recv_line($s);
        fclose($s);
        PHP;
    $marker = WmTest::$dir . '/reloaded';
    if (is_file($marker)) {
        echo 'after reload, same master: ', var_export(posix_getppid() === WmTest::$master, true), "\n";
        WmTest::client(WmTest::port($w), $client);
        return;
    }
    WmTest::client(WmTest::port($w), $client, function (string $out) use ($marker) {
        echo $out;
        wm_tls_cert(WmTest::$dir, 'server', 'two.test');
        touch($marker);
        posix_kill(WmTest::$master, SIGUSR1);
        return false;
    });
};
Worker::runAll();
?>
--EXPECT--
one.test, echo hi
after reload, same master: true
two.test, echo hi
