--TEST--
Http wire: send(string) reply bytes, $connection->headers (extra lines, Content-Type override, array values) used once then reset
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$ev = [];
$w->onMessage = function (TcpConnection $c, Request $r) use (&$ev) {
    switch ($r->path()) {
        case '/hello':
            $c->send('Hello');
            break;
        case '/empty':
            $c->send('');
            break;
        case '/number':
            $c->send(12345);
            break;
        case '/headers':
            $c->headers = [
                'X-One' => '1',
                'Content-Type' => 'application/json',
                'X-List' => ['a', 'b'],
                'Set-Cookie' => ['k=v; Path=/', 'k2=v2'],
            ];
            $c->send('{"ok":true}');
            $ev[] = 'headers after send: ' . json_encode($c->headers);
            break;
        case '/large':
            // Larger than any socket buffer: queued and written as the client reads.
            $c->send(str_repeat('0123456789abcdef', 3 * 65536 + 1));
            break;
        case '/utf8':
            $c->send("h\u{e9}llo\n\u{2603}");
            break;
    }
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        foreach (['/hello', '/empty', '/number', '/headers', '/hello', '/utf8'] as $path) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: example.com\r\n\r\n");
            echo "== $path\n", wm_show(wm_http_recv($s));
        }
        wm_send($s, "GET /large HTTP/1.1\r\nHost: example.com\r\n\r\n");
        $r = wm_http_recv($s);
        $body = substr($r, strpos($r, "\r\n\r\n") + 4);
        echo "== /large\n", wm_show(substr($r, 0, strpos($r, "\r\n\r\n") + 4));
        echo 'body: ', strlen($body), ' bytes, as sent: ', $body === str_repeat('0123456789abcdef', 3 * 65536 + 1) ? 'yes' : 'no', "\n";
        echo 'nothing more: ', wm_readable($s, 0.2) ? 'no' : 'yes', "\n";
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
== /hello
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 5\r\n
\r\n
Hello
== /empty
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n
== /number
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 5\r\n
\r\n
12345
== /headers
HTTP/1.1 200 OK\r\n
X-One: 1\r\n
X-List: a\r\n
X-List: b\r\n
Set-Cookie: k=v; Path=/\r\n
Set-Cookie: k2=v2\r\n
Connection: keep-alive\r\n
Content-Type: application/json\r\n
Content-Length: 11\r\n
\r\n
{"ok":true}
== /hello
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 5\r\n
\r\n
Hello
== /utf8
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 10\r\n
\r\n
h\xc3\xa9llo\n
\xe2\x98\x83
== /large
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3145744\r\n
\r\n
body: 3145744 bytes, as sent: yes
nothing more: yes
headers after send: []
