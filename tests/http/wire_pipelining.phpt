--TEST--
Http wire: 16 pipelined requests in one write get 16 replies in order; a request written one byte at a time is answered once complete
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
    $ev[] = $r->method() . ' ' . $r->uri() . ' body=' . json_encode($r->rawBody());
    $c->send($r->uri() . ($r->rawBody() === '' ? '' : ':' . $r->rawBody()));
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        // 16 requests (GETs and POSTs with bodies, some identical) in a single write.
        $batch = '';
        $expect = '';
        for ($i = 0; $i < 16; $i++) {
            $uri = $i % 5 === 4 ? '/same' : "/p$i";
            if ($i % 3 === 1) {
                $body = str_repeat(chr(97 + $i), $i);
                $batch .= "POST $uri HTTP/1.1\r\nHost: h\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body";
                $reply = "$uri:$body";
            } else {
                $batch .= "GET $uri HTTP/1.1\r\nHost: h\r\n\r\n";
                $reply = $uri;
            }
            $expect .= "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\n"
                . 'Content-Length: ' . strlen($reply) . "\r\n\r\n$reply";
        }
        $s = wm_connect($port);
        wm_send($s, $batch);
        $got = wm_recv($s, strlen($expect));
        echo '16 replies, exact bytes in order: ', $got === $expect ? 'yes' : "no\n" . wm_show($got), "\n";
        echo 'nothing more: ', wm_readable($s, 0.2) ? 'no' : 'yes', "\n";

        // One byte per write (TCP_NODELAY, 1 ms apart), then the same once more on that socket.
        $s = wm_connect_nodelay($port);
        foreach (['/drip1', '/drip2'] as $uri) {
            wm_drip($s, "POST $uri HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nxyz");
            echo wm_show(wm_http_recv($s));
        }
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            echo 'total_request: ', TcpConnection::$statistics['total_request'], "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
16 replies, exact bytes in order: yes
nothing more: yes
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 10\r\n
\r\n
/drip1:xyz
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 10\r\n
\r\n
/drip2:xyz
GET /p0 body=""
POST /p1 body="b"
GET /p2 body=""
GET /p3 body=""
POST /same body="eeee"
GET /p5 body=""
GET /p6 body=""
POST /p7 body="hhhhhhh"
GET /p8 body=""
GET /same body=""
POST /p10 body="kkkkkkkkkk"
GET /p11 body=""
GET /p12 body=""
POST /p13 body="nnnnnnnnnnnnn"
GET /same body=""
GET /p15 body=""
POST /drip1 body="xyz"
POST /drip2 body="xyz"
total_request: 18
