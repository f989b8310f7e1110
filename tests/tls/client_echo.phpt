--TEST--
TLS client: AsyncTcpConnection with transport 'ssl' talks to an ssl text:// worker (data sent before the handshake, large messages, verified with cafile and peer_name)
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php
if (!class_exists('Workerman\Connection\AsyncTcpConnection')
    || !(new ReflectionClass('Workerman\Connection\AsyncTcpConnection'))->isInternal()) {
    die('skip native AsyncTcpConnection not merged yet');
}
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir, 'server', 'localhost');
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onMessage = function (TcpConnection $c, $data) {
    $c->send(strlen($data) > 100 ? 'server got ' . strlen($data) . ' ' . md5($data) : "server got $data");
};
$w->onWorkerStart = function ($w) use ($cert) {
    WmTest::guard();
    $port = WmTest::port($w);
    $runs = [
        'no verification' => ['verify_peer' => false, 'verify_peer_name' => false],
        'cafile + peer_name' => ['cafile' => $cert[0], 'peer_name' => 'localhost'],
    ];
    $next = function () use (&$next, &$runs, $port) {
        if (!$runs) {
            WmTest::stop();
            return;
        }
        $name = array_key_first($runs);
        $ssl = array_shift($runs);
        $c = new AsyncTcpConnection("text://127.0.0.1:$port", ['ssl' => $ssl]);
        $c->transport = 'ssl';
        $big = str_repeat('0123456789', 10000);
        $c->onConnect = function ($c) use ($name) {
            echo "$name: connected\n";
            // The handshake is still running: queued, null as upstream.
            echo 'send before the handshake: ', var_export($c->send('hello'), true), "\n";
        };
        $c->onMessage = function ($c, $data) use ($big) {
            echo $data, "\n";
            if ($data === 'server got hello') {
                $c->send($big);
            } else {
                echo 'expected ', strlen($big), ' ', md5($big), "\n";
                $c->close();
            }
        };
        $c->onError = fn ($c, $code, $msg) => print("onError $code $msg\n");
        $c->onClose = function ($c) use ($next) {
            echo "closed\n";
            $next();
        };
        $c->connect();
    };
    $next();
};
Worker::runAll();
?>
--EXPECTF--
no verification: connected
send before the handshake: NULL
server got hello
server got 100000 %s
expected 100000 %s
closed
cafile + peer_name: connected
send before the handshake: NULL
server got hello
server got 100000 %s
expected 100000 %s
closed
