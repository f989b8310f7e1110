--TEST--
Http wire: chunked responses (Response with Transfer-Encoding: chunked, Chunk objects, empty Chunk) and Server-Sent Events (text/event-stream, ServerSentEvents objects)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Chunk;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\ServerSentEvents;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, Request $r) {
    switch ($r->path()) {
        case '/chunked':
            // think-worker's pattern: head, chunks (some later, from a timer), empty chunk.
            $c->send(new Response(200, ['Transfer-Encoding' => 'chunked']));
            $c->send(new Chunk('first'));
            Timer::add(0.01, function () use ($c) {
                $c->send(new Chunk(str_repeat('0123456789', 30)));
                $c->send(new Chunk("bin\0\r\n"));
                $c->send(new Chunk(''));
            }, [], false);
            break;
        case '/chunked-body':
            // A body given to the chunked Response becomes the first chunk.
            $c->send(new Response(201, ['Transfer-Encoding' => 'chunked', 'X-A' => 'a'], 'inline'));
            $c->send(new Chunk('more'));
            $c->send(new Chunk(''));
            break;
        case '/sse':
            // The body of a text/event-stream Response is never sent.
            $c->send(new Response(200, ['Content-Type' => 'text/event-stream', 'Cache-Control' => 'no-cache'], 'ignored'));
            $c->send(new ServerSentEvents(['event' => 'ping', 'data' => "line1\nline2", 'id' => 7]));
            Timer::add(0.01, function () use ($c) {
                $c->send(new ServerSentEvents(['' => 'a comment', 'retry' => 3000]));
                $c->send(new ServerSentEvents(['data' => 'last', 'event' => 'end', 'id' => 'x', 'retry' => 1, '' => 'c']));
                $c->send(new ServerSentEvents([]));
                $c->close();
            }, [], false);
            break;
        default:
            $c->send('plain ' . $r->path());
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        foreach (['/chunked', '/next', '/chunked-body', '/next'] as $path) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: a\r\n\r\n");
            echo "== $path\n", wm_show(wm_http_recv($s));
        }
        echo 'nothing more: ', wm_readable($s, 0.1) ? 'no' : 'yes', "\n";
        $s = wm_connect($port);
        wm_send($s, "GET /sse HTTP/1.1\r\nHost: a\r\nAccept: text/event-stream\r\n\r\n");
        echo "== /sse\n", wm_show(wm_recv_all($s));
        echo 'EOF: ', feof($s) ? 'yes' : 'no', "\n";
        PHP);
};
Worker::runAll();
?>
--EXPECT--
== /chunked
HTTP/1.1 200 OK\r\n
Transfer-Encoding: chunked\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
\r\n
5\r\n
first\r\n
12c\r\n
012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789\r\n
6\r\n
bin\0\r\n
\r\n
0\r\n
\r\n
== /next
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 11\r\n
\r\n
plain /next
== /chunked-body
HTTP/1.1 201 Created\r\n
Transfer-Encoding: chunked\r\n
X-A: a\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
\r\n
6\r\n
inline\r\n
4\r\n
more\r\n
0\r\n
\r\n
== /next
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 11\r\n
\r\n
plain /next
nothing more: yes
== /sse
HTTP/1.1 200 OK\r\n
Content-Type: text/event-stream\r\n
Cache-Control: no-cache\r\n
Connection: keep-alive\r\n
\r\n
event: ping\n
id: 7\n
data: line1\n
data: line2\n
\n
: a comment\n
retry: 3000\n
\n
: c\n
event: end\n
id: x\n
retry: 1\n
data: last\n
\n
\n
EOF: yes
