--TEST--
AsyncTcpConnection: SOCKS5 proxy (no auth, user/password, wrong password) and HTTP CONNECT proxy (Proxy-Authorization, 407) implemented as workers of the script
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
use Workerman\Connection\TcpConnection;

WmTest::setup();

$target = new Worker('text://127.0.0.1:0');
$target->onMessage = fn ($c, $data) => $c->send("echo:$data");

// Tunnels $c to host:port once the handshake is answered with $reply.
function tunnel(TcpConnection $c, string $host, int $port, string $reply): void
{
    $c->context->stage = 'pipe';
    $t = new AsyncTcpConnection("tcp://$host:$port");
    $t->onConnect = function ($t) use ($c, $reply) {
        $c->send($reply);
        $t->pipe($c);
        $c->pipe($t);
        if ($c->context->buf !== '') {
            $t->send($c->context->buf);
        }
    };
    $t->connect();
}

$socks = new Worker('tcp://127.0.0.1:0');
$socks->onConnect = function ($c) {
    $c->context->buf = '';
    $c->context->stage = 'greet';
};
$socks->onMessage = function ($c, $data) {
    $x = $c->context;
    $x->buf .= $data;
    while (true) {
        $b = $x->buf;
        if ($x->stage === 'greet') {
            if (strlen($b) < 2 || strlen($b) < 2 + ord($b[1])) {
                return;
            }
            $methods = substr($b, 2, ord($b[1]));
            $x->buf = substr($b, 2 + ord($b[1]));
            WmTest::record('socks: methods ' . bin2hex($methods));
            $auth = str_contains($methods, "\x02");
            $c->send($auth ? "\x05\x02" : "\x05\x00");
            $x->stage = $auth ? 'auth' : 'request';
        } elseif ($x->stage === 'auth') {
            if (strlen($b) < 2 || strlen($b) < 3 + ord($b[1]) || strlen($b) < 3 + ord($b[1]) + ord($b[2 + ord($b[1])])) {
                return;
            }
            $user = substr($b, 2, ord($b[1]));
            $pass = substr($b, 3 + ord($b[1]), ord($b[2 + ord($b[1])]));
            $x->buf = substr($b, 3 + strlen($user) + strlen($pass));
            WmTest::record("socks: auth $user/$pass");
            if ($user !== 'alice' || $pass !== 'secret') {
                $c->close("\x01\x01");
                return;
            }
            $c->send("\x01\x00");
            $x->stage = 'request';
        } elseif ($x->stage === 'request') {
            if (strlen($b) < 5 || strlen($b) < 7 + ord($b[4])) {
                return;
            }
            $host = substr($b, 5, ord($b[4]));
            $port = unpack('n', substr($b, 5 + ord($b[4]), 2))[1];
            $x->buf = substr($b, 7 + ord($b[4]));
            WmTest::record('socks: request ' . bin2hex(substr($b, 0, 4)) . " $host:PORT");
            tunnel($c, $host, $port, "\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00");
            return;
        } else {
            return;
        }
    }
};

$http = new Worker('tcp://127.0.0.1:0');
$http->onMessage = function ($c, $data) {
    $x = $c->context;
    $x->buf = ($x->buf ?? '') . $data;
    if (($x->stage ?? '') === 'pipe' || ($p = strpos($x->buf, "\r\n\r\n")) === false) {
        return;
    }
    $head = substr($x->buf, 0, $p);
    $x->buf = substr($x->buf, $p + 4);
    preg_match('/^CONNECT ([^:]+):(\d+) /', $head, $m);
    WmTest::record('http proxy: ' . str_replace([$m[2], "\r\n"], ['PORT', ' | '], $head));
    if (!str_contains($head, "\r\nProxy-Authorization: Basic " . base64_encode('bob:pw') . "\r\n")) {
        $c->close("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n");
        return;
    }
    tunnel($c, $m[1], (int)$m[2], "HTTP/1.1 200 Connection established\r\n\r\n");
};

// Listen in the master so that every process knows the ports.
foreach ([$target, $socks, $http] as $listener) {
    $listener->listen();
}
$ports = ['target' => WmTest::port($target), 'socks' => WmTest::port($socks), 'http' => WmTest::port($http)];

$client = new Worker();
$client->onWorkerStart = function () use ($ports) {
    WmTest::guard();
    $cases = [
        ['socks, no auth', ['proxySocks5' => "127.0.0.1:$ports[socks]"]],
        ['socks, alice/secret', ['proxySocks5' => "127.0.0.1:$ports[socks]", 'proxySocks5Username' => 'alice', 'proxySocks5Password' => 'secret']],
        ['socks, alice/wrong', ['proxySocks5' => "127.0.0.1:$ports[socks]", 'proxySocks5Username' => 'alice', 'proxySocks5Password' => 'wrong']],
        ['http, authorized', ['proxyHttp' => "127.0.0.1:$ports[http]", 'proxyAuthorization' => 'Basic ' . base64_encode('bob:pw')]],
        ['http, no authorization', ['proxyHttp' => "127.0.0.1:$ports[http]"]],
    ];
    $next = function () use (&$next, &$cases, $ports) {
        if (!$cases) {
            echo WmTest::recorded();
            WmTest::stop();
            return;
        }
        [$name, $props] = array_shift($cases);
        $c = new AsyncTcpConnection("text://127.0.0.1:$ports[target]");
        foreach ($props as $k => $v) {
            $c->$k = $v;
        }
        $c->onConnect = function ($c) use ($name, $ports) {
            $proxy = $c->proxySocks5 ?: $c->proxyHttp;
            WmTest::record("$name: onConnect, remote address is the proxy: " . var_export($c->getRemoteAddress() === $proxy, true));
            $c->send($name);
        };
        $c->onMessage = function ($c, $data) use ($name) {
            WmTest::record("$name: got $data");
            $c->close();
        };
        $c->onError = function ($c, $code, $msg) use ($name) {
            WmTest::record("$name: onError $code $msg");
        };
        $c->onClose = function ($c) use ($name, $next) {
            WmTest::record("$name: onClose");
            Worker::$globalEvent->delay(0.01, $next);
        };
        $c->connect();
    };
    $next();
};
Worker::runAll();
?>
--EXPECT--
socks: methods 00
socks: request 05010003 127.0.0.1:PORT
socks, no auth: onConnect, remote address is the proxy: true
socks, no auth: got echo:socks, no auth
socks, no auth: onClose
socks: methods 0002
socks: auth alice/secret
socks: request 05010003 127.0.0.1:PORT
socks, alice/secret: onConnect, remote address is the proxy: true
socks, alice/secret: got echo:socks, alice/secret
socks, alice/secret: onClose
socks: methods 0002
socks: auth alice/wrong
socks, alice/wrong: onError 1 SOCKS5 authentication failed
socks, alice/wrong: onClose
http proxy: CONNECT 127.0.0.1:PORT HTTP/1.1 | Host: 127.0.0.1:PORT | Proxy-Authorization: Basic Ym9iOnB3 | Proxy-Connection: keep-alive
http, authorized: onConnect, remote address is the proxy: true
http, authorized: got echo:http, authorized
http, authorized: onClose
http proxy: CONNECT 127.0.0.1:PORT HTTP/1.1 | Host: 127.0.0.1:PORT | Proxy-Connection: keep-alive
http, no authorization: onError 1 Proxy CONNECT failed: 407 Proxy Authentication Required
http, no authorization: onClose
