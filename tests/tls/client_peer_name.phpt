--TEST--
TLS client: verify_peer_name is enforced on its own (PHP's semantics): a name mismatch fails even with verify_peer false; a matching peer_name passes
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
$w->onMessage = fn (TcpConnection $c, $data) => $c->send("server got $data");
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $port = WmTest::port($w);
    $runs = [
        'host 127.0.0.1, cert localhost' => ['verify_peer' => false],
        'peer_name other.test' => ['verify_peer' => false, 'peer_name' => 'other.test'],
        'peer_name localhost' => ['verify_peer' => false, 'peer_name' => 'localhost'],
        'peer_name localhost, allow_self_signed' => ['verify_peer' => true, 'allow_self_signed' => true, 'peer_name' => 'localhost'],
        'allow_self_signed, wrong name' => ['allow_self_signed' => true, 'peer_name' => 'other.test'],
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
        $c->send('hello');
        $c->onMessage = function ($c, $data) use ($name) {
            echo "$name: $data\n";
            $c->close();
        };
        $c->onClose = function () use ($next, &$c, $name) {
            echo "$name: closed\n";
            $next();
        };
        $c->connect();
    };
    $next();
};
Worker::runAll();
?>
--EXPECT--
host 127.0.0.1, cert localhost: closed
peer_name other.test: closed
peer_name localhost: server got hello
peer_name localhost: closed
peer_name localhost, allow_self_signed: server got hello
peer_name localhost, allow_self_signed: closed
allow_self_signed, wrong name: closed
