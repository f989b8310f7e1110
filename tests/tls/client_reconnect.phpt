--TEST--
TLS client: reconnect() of an AsyncTcpConnection with transport 'ssl' runs a new handshake
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
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onMessage = fn (TcpConnection $c, $data) => $c->send("server got $data on {$c->id}");
$w->onWorkerStart = function ($w) {
    WmTest::guard();
    $c = new AsyncTcpConnection('text://127.0.0.1:' . WmTest::port($w), ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
    $c->transport = 'ssl';
    $round = 0;
    $c->onConnect = function ($c) use (&$round) {
        $round++;
        $c->send("round $round");
    };
    $c->onMessage = function ($c, $data) {
        echo preg_replace('/on \d+$/', 'on ID', $data), "\n";
        $c->close();
    };
    $c->onClose = function ($c) use (&$round) {
        echo "closed after round $round\n";
        if ($round < 3) {
            $c->reconnect();
        } else {
            WmTest::stop();
        }
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
server got round 1 on ID
closed after round 1
server got round 2 on ID
closed after round 2
server got round 3 on ID
closed after round 3
