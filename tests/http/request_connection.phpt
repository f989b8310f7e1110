--TEST--
Http\Request bound to a real TcpConnection: getRemote*/getLocal*, and setSidCookie() writing Set-Cookie into $connection->headers
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

class CookieRequest extends Request
{
    public function cookieFor(string $sid): void
    {
        $this->setSidCookie('PHPSID', $sid, ['lifetime' => 60, 'path' => '/', 'domain' => '', 'samesite' => 'Strict',
            'secure' => false, 'httponly' => true]);
    }
}

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, $data) {
    $r = new CookieRequest("GET /$data HTTP/1.1\r\nHost: x\r\nX-Requested-With: XMLHttpRequest\r\n\r\n");
    $r->connection = $c;
    $r->cookieFor('s1234567890abcdef');
    $c->send(json_encode([
        'remoteIp' => $r->getRemoteIp(), 'remotePort' => $r->getRemotePort(),
        'localIp' => $r->getLocalIp(), 'localPort' => $r->getLocalPort(),
        'expectsJson' => $r->expectsJson(), 'path' => $r->path(), 'headers' => $c->headers,
    ], JSON_UNESCAPED_SLASHES));
    $r->destroy();
    $c->send(json_encode([$r->connection, $r->getRemoteIp(), $r->getRemotePort()]));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        $me = stream_socket_get_name($s, false);
        wm_send($s, "hello\n");
        $r = json_decode(wm_recv_line($s), true);
        echo 'remoteIp: ', $r['remoteIp'], "\n";
        echo 'remotePort is the client port: ', var_export($r['remotePort'] === (int)substr($me, strrpos($me, ':') + 1), true), "\n";
        echo 'localIp: ', $r['localIp'], "\n";
        echo 'localPort is the listen port: ', var_export($r['localPort'] === $port, true), "\n";
        echo 'expectsJson: ', var_export($r['expectsJson'], true), "\n";
        echo 'path: ', $r['path'], "\n";
        echo 'headers: ', json_encode($r['headers']), "\n";
        echo 'after destroy(): ', wm_recv_line($s);
        fclose($s);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
remoteIp: 127.0.0.1
remotePort is the client port: true
localIp: 127.0.0.1
localPort is the listen port: true
expectsJson: true
path: /hello
headers: {"Set-Cookie":["PHPSID=s1234567890abcdef; Max-Age=60; Path=\/; SameSite=Strict; HttpOnly"]}
after destroy(): [null,"",0]
