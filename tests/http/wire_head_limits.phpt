--TEST--
Http wire: 16384-byte head limit (431 without an end, 431 for a late end, the largest head accepted) and maxPackageSize (413), exact bytes and close
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
$messages = [];
$closes = 0;
$w->onMessage = function (TcpConnection $c, Request $r) use (&$messages) {
    if ($r->path() === '/limit') {
        // Lowers the limit for the next requests of this connection only.
        $c->maxPackageSize = 1000;
    }
    $messages[] = $r->uri() . ' head ' . strlen($r->rawHead()) . ' body ' . strlen($r->rawBody());
    $c->send('ok');
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$messages, &$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        /** A head without its final empty line, padded to exactly $len bytes. */
        function head(string $uri, int $len): string {
            $h = "GET $uri HTTP/1.1\r\nHost: a\r\nX-Pad: ";
            return $h . str_repeat('p', $len - strlen($h));
        }
        function result(string $label, $s): void {
            $reply = wm_recv_all($s);
            echo str_pad($label, 34), json_encode($reply, JSON_UNESCAPED_SLASHES), feof($s) ? ' EOF' : ' still open', "\n";
            fclose($s);
        }
        // 16384 bytes and no CRLFCRLF: 431.
        $s = wm_connect($port);
        wm_send($s, head('/a', 16384));
        result('16384 bytes without an end', $s);
        // 16383 bytes without an end wait; then CRLFCRLF at offset 16383 is the largest head.
        $s = wm_connect($port);
        wm_send($s, head('/largest', 16383));
        echo 'waiting at 16383 bytes: ', wm_readable($s, 0.3 * wm_scale()) ? 'no' : 'yes', "\n";
        wm_send($s, "\r\n\r\n");
        $reply = wm_http_recv($s);
        echo 'largest head: ', substr($reply, 0, strpos($reply, "\r\n")), ' ', substr($reply, -2), "\n";
        fclose($s);
        // CRLFCRLF at offset 16384, and far beyond, in one write: 431.
        $s = wm_connect($port);
        wm_send($s, head('/b', 16384) . "\r\n\r\n");
        result('CRLFCRLF at 16384', $s);
        $s = wm_connect($port);
        wm_send($s, head('/c', 20000) . "\r\n\r\n");
        result('CRLFCRLF at 20000', $s);
        // maxPackageSize 1000 (set by GET /limit): head + Content-Length of 1000 passes, 1001 is a 413.
        function limited(int $port) {
            $s = wm_connect($port);
            wm_send($s, "GET /limit HTTP/1.1\r\nHost: a\r\n\r\n");
            wm_http_recv($s);
            return $s;
        }
        // (the head is 52 bytes: 948 + 52 = 1000)
        $s = limited($port);
        wm_send($s, "POST /max HTTP/1.1\r\nHost: a\r\nContent-Length: 948\r\n\r\n" . str_repeat('b', 948));
        $reply = wm_http_recv($s);
        echo 'exactly maxPackageSize: ', substr($reply, 0, strpos($reply, "\r\n")), ' ', substr($reply, -2), "\n";
        fclose($s);
        $s = limited($port);
        wm_send($s, "POST /max HTTP/1.1\r\nHost: a\r\nContent-Length: 949\r\n\r\n" . str_repeat('b', 949));
        result('maxPackageSize + 1, body sent', $s);
        $s = limited($port);
        wm_send($s, "POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n");
        result('maxPackageSize + 4k, head only', $s);
        $s = limited($port);
        wm_send($s, "POST /huge HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n");
        result('Content-Length beyond 64 bits', $s);
        PHP, function ($out) use (&$messages, &$closes) {
            echo $out;
            echo "onMessage:\n", implode("\n", $messages), "\n";
            echo "onClose: $closes\n";
            echo 'logged: ', json_encode(WmTest::consoleAfterStart()), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
16384 bytes without an end        "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n" EOF
waiting at 16383 bytes: yes
largest head: HTTP/1.1 200 OK ok
CRLFCRLF at 16384                 "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n" EOF
CRLFCRLF at 20000                 "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n" EOF
exactly maxPackageSize: HTTP/1.1 200 OK ok
maxPackageSize + 1, body sent     "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
maxPackageSize + 4k, head only    "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
Content-Length beyond 64 bits     "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
onMessage:
/largest head 16383 body 0
/limit head 28 body 0
/max head 48 body 948
/limit head 28 body 0
/limit head 28 body 0
/limit head 28 body 0
onClose: 8
logged: ""
