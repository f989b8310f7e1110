--TEST--
TLS server: pauseRecv()/resumeRecv() while many records are buffered (bytes decrypted but not yet delivered are not lost)
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
use Workerman\Timer;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onMessage = function (TcpConnection $c, $data) {
    $c->n = ($c->n ?? 0) + 1;
    $c->sum = ($c->sum ?? '') === '' ? md5($data) : md5($c->sum . $data);
    if ($c->n % 700 === 0) {
        $c->pauseRecv();
        Timer::add(0.01, fn () => $c->resumeRecv(), [], false);
    }
    if ($data === 'end') {
        $c->send("got {$c->n} {$c->sum}");
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $s = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
        stream_set_timeout($s, 5);
        $all = '';
        $sum = '';
        for ($i = 0; $i < 3000; $i++) {
            $line = sprintf('%05d', $i) . str_repeat(chr(97 + $i % 26), 95);
            $sum = $sum === '' ? md5($line) : md5($sum . $line);
            $all .= "$line\n";
        }
        $sum = md5($sum . 'end');
        wm_send($s, $all . "end\n");
        echo wm_recv_line($s) === "got 3001 $sum\n" ? "all 3001 lines in order\n" : "lines lost\n";
        PHP);
};
Worker::runAll();
?>
--EXPECT--
all 3001 lines in order
