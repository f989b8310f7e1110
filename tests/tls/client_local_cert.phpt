--TEST--
TLS client: local_cert/local_pk give AsyncTcpConnection a client certificate for a server with verify_peer
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
$cert = wm_tls_cert(WmTest::$dir);
$client = wm_tls_cert(WmTest::$dir, 'client', 'client.test');
// An encrypted key: passphrase is needed to load it.
$pk = openssl_pkey_get_private(file_get_contents($client[1]));
openssl_pkey_export_to_file($pk, WmTest::$dir . '/client-enc.key', 'secret');
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert, ['verify_peer' => true, 'cafile' => $client[0]]));
$w->transport = 'ssl';
$w->onMessage = fn (TcpConnection $c, $data) => $c->send("server got $data");
$w->onWorkerStart = function ($w) use ($client) {
    WmTest::guard();
    $port = WmTest::port($w);
    $runs = [
        'with a certificate' => ['local_cert' => $client[0], 'local_pk' => WmTest::$dir . '/client-enc.key', 'passphrase' => 'secret'],
        'without' => [],
    ];
    $next = function () use (&$next, &$runs, $port) {
        if (!$runs) {
            WmTest::stop();
            return;
        }
        $label = array_key_first($runs);
        $ssl = array_shift($runs) + ['verify_peer' => false, 'verify_peer_name' => false];
        $c = new AsyncTcpConnection("text://127.0.0.1:$port", ['ssl' => $ssl]);
        $c->transport = 'ssl';
        $c->send('hello');
        $c->onMessage = function ($c, $data) use ($label) {
            echo "$label: $data\n";
            $c->close();
        };
        $c->onClose = function () use ($label, $next) {
            echo "$label: closed\n";
            $next();
        };
        $c->connect();
    };
    $next();
};
Worker::runAll();
?>
--EXPECT--
with a certificate: server got hello
with a certificate: closed
without: closed
