--TEST--
Http wire: Response objects on the wire (status, reason, version, headers, array values, unsafe lines skipped, $connection->headers merged) and Response::cookie()
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, Request $r) {
    switch ($r->path()) {
        case '/bare':
            $c->send(new Response());
            break;
        case '/full':
            $c->send(new Response(201, ['X-A' => 'a', 'X-List' => ['1', '2'], 'Content-Type' => 'application/json'], '{"a":1}'));
            break;
        case '/status':
            $c->send((new Response(404, [], 'gone'))->withStatus(299)->withProtocolVersion('1.0')->withHeader('X-B', 'b'));
            break;
        case '/reason':
            $c->send((new Response())->withStatus(418, "Short\r\nand stout")->withBody('tea')->header('Connection', 'close'));
            break;
        case '/unsafe':
            $c->send(new Response(200, ["X-Bad\r\nInjected" => 'x', 'X-Colon:' => 'x', 'X-Value' => "a\r\nInjected: 1",
                'X-Mixed' => ['ok', "no\nway", 'fine'], 'X-Ok' => 'ok'], 'body'));
            break;
        case '/merged':
            $c->headers = ['X-From-Conn' => 'c', 'X-Both' => 'conn'];
            $c->send((new Response(200, ['X-Both' => 'resp']))->withHeaders(['X-More' => 'm'])->withoutHeader('X-None'));
            break;
        case '/cookies':
            $c->send((new Response(200, [], 'c'))
                ->cookie('plain')
                ->cookie('full', 'a b;c=d/é', 3600, '/path', 'example.com', true, true, 'Strict')
                ->cookie('zero', '0', 0, '', '', false, true)
                ->cookie('neg', 'x', -1, '/', '', true, false, 'Lax'));
            break;
        case '/close':
            $c->close(new Response(200, ['X-Last' => 'yes'], 'bye'));
            break;
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        foreach (['/bare', '/full', '/status', '/reason', '/unsafe', '/merged', '/cookies'] as $path) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: a\r\n\r\n");
            echo "== $path\n", wm_show(wm_http_recv($s));
        }
        wm_send($s, "GET /close HTTP/1.1\r\nHost: a\r\n\r\n");
        echo "== /close\n", wm_show(wm_recv_all($s));
        echo 'EOF: ', feof($s) ? 'yes' : 'no', "\n";
        PHP);
};
Worker::runAll();
?>
--EXPECT--
== /bare
HTTP/1.1 200 OK\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
Connection: keep-alive\r\n
\r\n
== /full
HTTP/1.1 201 Created\r\n
X-A: a\r\n
X-List: 1\r\n
X-List: 2\r\n
Content-Type: application/json\r\n
Connection: keep-alive\r\n
Content-Length: 7\r\n
\r\n
{"a":1}
== /status
HTTP/1.0 299 \r\n
X-B: b\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 4\r\n
\r\n
gone
== /reason
HTTP/1.1 418 Shortand stout\r\n
Connection: close\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
tea
== /unsafe
HTTP/1.1 200 OK\r\n
X-Mixed: ok\r\n
X-Mixed: fine\r\n
X-Ok: ok\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 4\r\n
\r\n
body
== /merged
HTTP/1.1 200 OK\r\n
X-Both: resp\r\n
X-Both: conn\r\n
X-More: m\r\n
X-From-Conn: c\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n
== /cookies
HTTP/1.1 200 OK\r\n
Set-Cookie: plain=\r\n
Set-Cookie: full=a%20b%3Bc%3Dd%2F%C3%A9; Domain=example.com; Max-Age=3600; Path=/path; Secure; HttpOnly; SameSite=Strict\r\n
Set-Cookie: zero=0; Max-Age=0; HttpOnly\r\n
Set-Cookie: neg=x; Max-Age=-1; Path=/; Secure; SameSite=Lax\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 1\r\n
\r\n
c
== /close
HTTP/1.1 200 OK\r\n
X-Last: yes\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
bye
EOF: yes
