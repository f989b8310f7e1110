--TEST--
AsyncTcpConnection: host names: localhost (hosts file, no DNS server needed) connects, an unresolvable name fails with PHP's getaddrinfo message within a bounded time
--INI--
display_errors=0
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$w = new Worker('frame://127.0.0.1:0');
$ev = [];
$w->onMessage = function ($c, $data) {
    $c->send(strrev($data));
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("frame://localhost:$port");
    $c->onConnect = function ($c) use (&$ev, $port) {
        $ev[] = 'localhost: connected to ' . str_replace((string)$port, 'PORT', $c->getRemoteAddress()) . ', host ' . $c->getRemoteHost();
        $c->send('olleh');
    };
    $c->onMessage = function ($c, $data) use (&$ev) {
        $ev[] = "localhost: got $data";
        $c->close();
        $t = microtime(true);
        $bad = new AsyncTcpConnection('tcp://nonexistent.invalid:80');
        $bad->onConnect = function () use (&$ev) { $ev[] = 'onConnect?!'; };
        $bad->onError = function ($bad, $code, $msg) use (&$ev, $t) {
            $ev[] = "invalid: onError $code " . preg_replace('/failed: .*$/', 'failed: REASON', $msg)
                . ', within 5 s: ' . var_export(microtime(true) - $t < 5, true);
        };
        $bad->onClose = function ($bad) use (&$ev) {
            $ev[] = 'invalid: onClose ' . $bad->getStatus(false);
            echo implode("\n", $ev), "\n";
            WmTest::stop();
        };
        $bad->connect();
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
localhost: connected to 127.0.0.1:PORT, host localhost
localhost: got hello
invalid: onError 1 php_network_getaddresses: getaddrinfo for nonexistent.invalid failed: REASON, within 5 s: true
invalid: onClose CLOSED
