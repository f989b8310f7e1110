--TEST--
Http wire: keep-alive; HTTP/1.0 and "Connection: close" requests leave the socket open (the app closes); HEAD gets what the app sends
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
$n = 0;
$w->onConnect = function (TcpConnection $c) use (&$n) {
    $c->tag = 'c' . ++$n;
};
$w->onMessage = function (TcpConnection $c, Request $r) use (&$ev) {
    $ev[$c->tag][] = "$c->tag " . $r->method() . ' ' . $r->uri() . ' HTTP/' . $r->protocolVersion()
        . ' connection=' . json_encode($r->header('connection'));
    if ($r->path() === '/bye') {
        $c->close('Bye');
        return;
    }
    $c->send($r->method() . ' ' . $r->uri());
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $ev[$c->tag][] = "$c->tag onClose";
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        // Several requests, one connection.
        $s = wm_connect($port);
        for ($i = 1; $i <= 3; $i++) {
            wm_send($s, "GET /k$i HTTP/1.1\r\nHost: a\r\n\r\n");
            echo wm_show(wm_http_recv($s));
        }
        // HTTP/1.0 (no Host needed): answered with a keep-alive 1.1 reply, the socket stays open.
        $s = wm_connect($port);
        wm_send($s, "GET /old HTTP/1.0\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        wm_send($s, "GET /old2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        // "Connection: close": the server still does not close; the app does, with close($data).
        $s = wm_connect($port);
        wm_send($s, "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        echo 'open after Connection: close: ', wm_readable($s, 0.3 * wm_scale()) ? 'no' : 'yes', "\n";
        wm_send($s, "GET /bye HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        echo wm_show(wm_recv_all($s));
        echo 'EOF after close(): ', feof($s) ? 'yes' : 'no', "\n";
        // HEAD: the reply is exactly what the app sent, body included.
        $s = wm_connect($port);
        wm_send($s, "HEAD /h HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        wm_send($s, "GET /after-head HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        PHP, function ($out) use (&$ev) {
            echo $out;
            // Per connection, in connection order (closes of different sockets may interleave).
            ksort($ev);
            echo implode("\n", array_merge(...array_values($ev))), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 7\r\n
\r\n
GET /k1
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 7\r\n
\r\n
GET /k2
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 7\r\n
\r\n
GET /k3
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 8\r\n
\r\n
GET /old
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 9\r\n
\r\n
GET /old2
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 6\r\n
\r\n
GET /x
open after Connection: close: yes
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
Bye
EOF after close(): yes
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 7\r\n
\r\n
HEAD /h
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 15\r\n
\r\n
GET /after-head
c1 GET /k1 HTTP/1.1 connection=null
c1 GET /k2 HTTP/1.1 connection=null
c1 GET /k3 HTTP/1.1 connection=null
c1 onClose
c2 GET /old HTTP/1.0 connection=null
c2 GET /old2 HTTP/1.0 connection="keep-alive"
c2 onClose
c3 GET /x HTTP/1.1 connection="close"
c3 GET /bye HTTP/1.1 connection="close"
c3 onClose
c4 HEAD /h HTTP/1.1 connection=null
c4 GET /after-head HTTP/1.1 connection=null
c4 onClose
