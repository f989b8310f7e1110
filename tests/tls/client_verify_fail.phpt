--TEST--
TLS client: verify_peer (the default) rejects a self-signed certificate: upstream's error line, onClose, and the server sees the alert
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
use Workerman\Timer;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onMessage = fn (TcpConnection $c, $data) => $c->send("server got $data");
$w->onClose = fn (TcpConnection $c) => WmTest::record('server connection closed');
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $c = new AsyncTcpConnection('text://127.0.0.1:' . WmTest::port($w), ['ssl' => ['allow_self_signed' => false]]);
    $c->transport = 'ssl';
    $c->onConnect = fn ($c) => WmTest::record('client onConnect');
    $c->onMessage = fn ($c, $data) => WmTest::record("client got $data");
    $c->onError = fn ($c, $code, $msg) => WmTest::record("client onError $code $msg");
    $c->onClose = function ($c) {
        WmTest::record('client onClose');
        Timer::add(0.2, function () {
            echo WmTest::recorded();
            echo WmTest::consoleAfterStart();
            WmTest::stop();
        }, [], false);
    };
    $c->send('hello');
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
client onConnect
client onClose
server connection closed
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000418:SSL routines::tlsv1 alert unknown ca
