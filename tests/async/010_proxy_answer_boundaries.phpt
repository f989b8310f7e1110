--TEST--
AsyncTcpConnection: a proxy's answer is read up to its end only: tunnel bytes sent in the same packet (HTTP 200 head, SOCKS5 reply with a domain address) reach onMessage; a proxy that closes mid-handshake is a connect error
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream reads the proxy's answer with one fread(512), which also swallows the tunnel bytes behind it, and goes on to onConnect when the proxy closed
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
// Fake proxies that are their own tunnel end: they answer the handshake and greet in one write.
$http = new Worker('tcp://127.0.0.1:0');
$http->onMessage = function ($c, $data) {
    $c->context->buf = ($c->context->buf ?? '') . $data;
    if (empty($c->context->open)) {
        if (!str_contains($c->context->buf, "\r\n\r\n")) {
            return;
        }
        if (str_contains($c->context->buf, 'CONNECT close.example:')) {
            $c->close("HTTP/1.1 200 OK\r\nX-Partial: yes\r\n"); // no blank line, then EOF
            return;
        }
        $c->context->open = true;
        $c->context->buf = '';
        $c->send("HTTP/1.1 200 Connection established\r\nVia: test\r\n\r\nwelcome http\n");
        return;
    }
    while (($p = strpos($c->context->buf, "\n")) !== false) {
        $c->send('echo:' . substr($c->context->buf, 0, $p + 1));
        $c->context->buf = substr($c->context->buf, $p + 1);
    }
};
$socks = new Worker('tcp://127.0.0.1:0');
$socks->onMessage = function ($c, $data) {
    $c->context->buf = ($c->context->buf ?? '') . $data;
    $x = $c->context;
    if (!isset($x->stage)) {
        if (strlen($x->buf) < 3) {
            return;
        }
        $x->buf = substr($x->buf, 3);
        $x->stage = 'request';
        $c->send("\x05\x00");
    }
    if ($x->stage === 'request') {
        if (strlen($x->buf) < 5 || strlen($x->buf) < 7 + ord($x->buf[4])) {
            return;
        }
        $host = substr($x->buf, 5, ord($x->buf[4]));
        $x->buf = substr($x->buf, 7 + ord($x->buf[4]));
        if ($host === 'close.example') {
            $c->close("\x05\x00\x00"); // a truncated reply, then EOF
            return;
        }
        $x->stage = 'open';
        $bound = 'bound.example';
        $c->send("\x05\x00\x00\x03" . chr(strlen($bound)) . $bound . pack('n', 4321) . "welcome socks\n");
    }
    while (($p = strpos($x->buf, "\n")) !== false) {
        $c->send('echo:' . substr($x->buf, 0, $p + 1));
        $x->buf = substr($x->buf, $p + 1);
    }
};
foreach ([$http, $socks] as $l) {
    $l->listen();
}
$ports = ['http' => WmTest::port($http), 'socks' => WmTest::port($socks)];
$client = new Worker();
$client->onWorkerStart = function () use ($ports) {
    WmTest::guard();
    $cases = [
        ['http', 'proxyHttp', 'target.example'],
        ['socks', 'proxySocks5', 'target.example'],
        ['http closing', 'proxyHttp', 'close.example'],
        ['socks closing', 'proxySocks5', 'close.example'],
    ];
    $next = function () use (&$next, &$cases, $ports) {
        if (!$cases) {
            WmTest::stop();
            return;
        }
        [$name, $prop, $host] = array_shift($cases);
        $c = new AsyncTcpConnection("text://$host:7");
        $c->$prop = '127.0.0.1:' . $ports[$name === 'http' || $name === 'http closing' ? 'http' : 'socks'];
        $c->onConnect = fn ($c) => print("$name: onConnect\n");
        $c->onMessage = function ($c, $data) use ($name) {
            echo "$name: got $data\n";
            if ($data === "welcome $name") {
                $c->send('ping');
            } else {
                $c->close();
            }
        };
        $c->onError = fn ($c, $code, $msg) => print("$name: onError $code " . preg_replace('/[0-9.]+ seconds/', 'T seconds', $msg) . "\n");
        $c->onClose = function () use ($name, $next) {
            echo "$name: onClose\n";
            Worker::$globalEvent->delay(0.01, $next);
        };
        $c->connect();
    };
    $next();
};
Worker::runAll();
?>
--EXPECT--
http: onConnect
http: got welcome http
http: got echo:ping
http: onClose
socks: onConnect
socks: got welcome socks
socks: got echo:ping
socks: onClose
http closing: onConnect
http closing: onClose
socks closing: onError 1 connect close.example:7 fail after T seconds
socks closing: onClose
