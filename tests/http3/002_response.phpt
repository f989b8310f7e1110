--TEST--
Workerman 3.x HTTP API (workerman.http_api=3): send($body) answers with the status, cookies and headers set through Http::header(), headerRemove(), responseCode() and setcookie() since the request was decoded (Location implies 302, "HTTP..." sets the status line, Set-Cookie lines add up, one Content-Length), gzip when $connection->gzip is set, close($body), and the state is reset for the next request
--EXTENSIONS--
workerman
posix
zlib
--INI--
workerman.http_api=3
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Protocols\Http;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$w->onMessage = function ($c, $data) {
    switch ($_SERVER['REQUEST_URI']) {
        case '/headers':
            $r = [Http::header('X-A: 1'), Http::header('X-A: 2'), Http::header('X-B: b'), Http::header('no colon'),
                Http::header(':empty'), Http::header('Set-Cookie: raw=1'), Http::header('Content-Length: 999')];
            Http::headerRemove('Server');
            Http::headerRemove('X-B');
            Http::setcookie('n', 'v w/ü', 60, '/p', 'example.com', true, true);
            Http::setcookie('plain');
            $c->send(json_encode($r));
            break;
        case '/codes':
            $r = [Http::responseCode(404), Http::responseCode(999), Http::responseCode(429), Http::responseCode('201')];
            $c->send(json_encode($r));
            break;
        case '/status-line':
            Http::header('HTTP/1.0 418 Teapot');
            $c->send('tea');
            break;
        case '/redirect':
            Http::header('Location: /elsewhere');
            $c->send('');
            break;
        case '/redirect301':
            Http::header('location: /x', true, 301);
            $c->send('');
            break;
        case '/gzip':
            $c->gzip = 6;
            $c->send(str_repeat('z', 100));
            $c->gzip = 0;
            break;
        case '/close':
            $c->close('bye');
            break;
        default:
            $c->send('plain');
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        foreach (['/headers', '/plain', '/codes', '/status-line', '/redirect', '/redirect301', '/plain'] as $path) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: h\r\n\r\n");
            echo "== $path\n", wm_show(wm_http_recv($s)), "\n";
        }
        wm_send($s, "GET /gzip HTTP/1.1\r\nHost: h\r\n\r\n");
        $r = wm_http_recv($s);
        $body = substr($r, strpos($r, "\r\n\r\n") + 4);
        echo "== /gzip\n", wm_show(substr($r, 0, strpos($r, "\r\n\r\n") + 4)), "\n";
        echo 'gunzipped: ', gzdecode($body) === str_repeat('z', 100) ? 'ok' : 'WRONG', "\n";
        wm_send($s, "GET /close HTTP/1.1\r\nHost: h\r\n\r\n");
        echo "== /close\n", wm_show(wm_recv_all($s)), "\n", feof($s) ? "closed\n" : "open\n";
        PHP);
};
Worker::runAll();
?>
--EXPECT--
== /headers
HTTP/1.1 200 OK\r\n
Set-Cookie: raw=1\r\n
Set-Cookie: n=v%20w%2F%C3%BC; Domain=example.com; Max-Age=60; Path=/p; Secure; HttpOnly\r\n
Set-Cookie: plain=\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
X-A: 2\r\n
Content-Length: 38\r\n
\r\n
[true,true,true,false,false,true,true]

== /plain
HTTP/1.1 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Content-Length: 5\r\n
\r\n
plain

== /codes
HTTP/1.1 201 Created\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Content-Length: 19\r\n
\r\n
[404,false,429,201]

== /status-line
HTTP/1.0 418 Teapot\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Content-Length: 3\r\n
\r\n
tea

== /redirect
HTTP/1.1 302 Found\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Location: /elsewhere\r\n
Content-Length: 0\r\n
\r\n

== /redirect301
HTTP/1.1 301 Moved Permanently\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
location: /x\r\n
Content-Length: 0\r\n
\r\n

== /plain
HTTP/1.1 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Content-Length: 5\r\n
\r\n
plain

== /gzip
HTTP/1.1 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Content-Encoding: gzip\r\n
Content-Length: 24\r\n
\r\n

gunzipped: ok
== /close
HTTP/1.1 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Connection: keep-alive\r\n
Server: workerman\r\n
Content-Length: 3\r\n
\r\n
bye

closed
