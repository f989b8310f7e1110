--TEST--
Http wire: workerman.http_header_timeout=0 and http_body_timeout=0 turn the incomplete-request timeout off: a head trickled for 2.5 s, a body stalled for 2.5 s and an idle new connection are all still served
--EXTENSIONS--
workerman
posix
--INI--
workerman.http_header_timeout=0
workerman.http_body_timeout=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$messages = [];
$w->onMessage = function (TcpConnection $c, Request $r) use (&$messages) {
    $messages[] = $r->uri() . ' body=' . $r->rawBody();
    $c->send('ok ' . $r->uri());
};
$w->onWorkerStart = function ($w) use (&$messages) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $scale = wm_scale();
        $idle = wm_connect_nodelay($port);
        $stalled = wm_connect_nodelay($port);
        wm_send($stalled, "POST /stalled HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc");
        $drip = wm_connect_nodelay($port);
        wm_send($drip, "GET /drip HTTP/1.1\r\nHost: a\r\n");
        $start = microtime(true);
        // A byte every 0.2 s for 2.5 s (x scale); nothing may come back meanwhile.
        $early = false;
        for ($i = 0; $i < 1000 && microtime(true) < $start + 2.5 * $scale; $i++) {
            $early = $early || wm_readable($drip, 0.2) || wm_readable($stalled, 0) || wm_readable($idle, 0);
            wm_send($drip, 'x');
        }
        echo 'anything before the requests were complete: ', $early ? 'yes' : 'no', "\n";
        wm_send($drip, ": v\r\n\r\n");
        echo wm_show(wm_http_recv($drip));
        wm_send($stalled, 'defghij');
        echo wm_show(wm_http_recv($stalled));
        wm_send($idle, "GET /idle HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($idle));
        PHP, function ($out) use (&$messages) {
            echo $out;
            echo "onMessage:\n", implode("\n", $messages), "\n";
            echo 'logged: ', json_encode(WmTest::consoleAfterStart()), "\n";
        }, 20);
};
Worker::runAll();
?>
--EXPECT--
anything before the requests were complete: no
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 8\r\n
\r\n
ok /drip
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 11\r\n
\r\n
ok /stalled
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 8\r\n
\r\n
ok /idle
onMessage:
/drip body=
/stalled body=abcdefghij
/idle body=
logged: ""
