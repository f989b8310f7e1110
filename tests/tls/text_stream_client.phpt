--TEST--
TLS server: a text:// echo server over ssl:// talked to by a PHP stream client; data sent before the handshake is queued, large and pipelined lines
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
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onConnect = function (TcpConnection $c) {
    // The handshake has not run yet: this waits in the send buffer (upstream returns null).
    WmTest::record('onConnect send: ' . var_export($c->send('welcome'), true)
        . ', queued ' . $c->getSendBufferQueueSize());
};
$w->onMessage = function (TcpConnection $c, $data) {
    if ($data === 'bye') {
        $c->close('bye bye');
        return;
    }
    $r = $c->send(strlen($data) > 100 ? 'len ' . strlen($data) . ' ' . md5($data) : "echo $data");
    WmTest::record('send: ' . var_export($r, true));
};
$w->onClose = function (TcpConnection $c) {
    WmTest::record("onClose read {$c->bytesRead} written {$c->bytesWritten}");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $s = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
        if (!$s) { echo "connect failed: $errstr\n"; exit(1); }
        stream_set_timeout($s, 5);
        echo wm_recv_line($s);
        wm_send($s, "one\ntwo\nthree\n");          // pipelined in one record
        echo wm_recv_line($s), wm_recv_line($s), wm_recv_line($s);
        $big = str_repeat('abcdefghij', 20000);     // 200000 bytes: many records each way
        wm_send($s, "$big\n");
        echo wm_recv_line($s);
        echo 'expected len 200000 ', md5($big), "\n";
        wm_send($s, "bye\n");
        echo wm_recv_line($s);
        echo 'closed: ', var_export(wm_closed($s), true), "\n";
        PHP, function ($out) {
        echo $out;
        echo WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECTF--
welcome
echo one
echo two
echo three
len 200000 %s
expected len 200000 %s
bye bye
closed: true
onConnect send: NULL, queued 8
send: NULL
send: NULL
send: NULL
send: NULL
onClose read 200019 written 89
