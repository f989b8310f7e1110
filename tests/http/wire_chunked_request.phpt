--TEST--
Http wire: chunked request bodies (reassembled, extensions, trailers via trailer(), pipelined after), bad chunk framing gets 400, chunked over maxPackageSize gets 413
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
$closes = 0;
$w->onMessage = function (TcpConnection $c, Request $r) {
    if ($r->path() === '/limit') {
        // Lowers the limit for the next requests of this connection only.
        $c->maxPackageSize = 1000;
    }
    $c->send(json_encode([
        $r->uri(),
        strlen($r->rawBody()) > 64 ? strlen($r->rawBody()) . ' bytes' : $r->rawBody(),
        $r->header('content-length'),
        $r->header('transfer-encoding'),
        $r->trailer(),
        $r->trailer('X-SUM', 'none'),
        $r->trailer('missing', 'dflt'),
        $r->header('content-type') ? $r->post() : '-',
    ], JSON_UNESCAPED_SLASHES));
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $te = "Host: a\r\nTransfer-Encoding: chunked\r\n";
        function body(string $response): string {
            return substr($response, strpos($response, "\r\n\r\n") + 4);
        }
        // Chunks with an extension and trailers, then a plain GET in the same write.
        $s = wm_connect($port);
        wm_send($s, "POST /c1 HTTP/1.1\r\n{$te}\r\n5\r\nHello\r\n6;ext=1;q=\"x\"\r\n World\r\n"
            . "0\r\nX-Trailer: yes\r\nX-Sum:  11\r\n\r\nGET /after HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        echo wm_show(wm_http_recv($s));
        // "Chunked" in any case, upper-case hex, 16 hex digits, a form body, an empty body, dripped framing.
        wm_send($s, "POST /c2 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n000000000000000a\r\nabcdefghij\r\n00\r\n\r\n");
        echo body(wm_http_recv($s)), "\n";
        wm_send($s, "POST /c3 HTTP/1.1\r\n{$te}Content-Type: application/x-www-form-urlencoded\r\n\r\n"
            . "4\r\na=1&\r\n3\r\nb=2\r\n0\r\n\r\n");
        echo body(wm_http_recv($s)), "\n";
        wm_send($s, "POST /c4 HTTP/1.1\r\n{$te}\r\n0\r\n\r\n");
        echo body(wm_http_recv($s)), "\n";
        $s = wm_connect_nodelay($port);
        wm_drip($s, "POST /c5 HTTP/1.1\r\n{$te}\r\n3\r\nabc\r\n10\r\n" . str_repeat('z', 16) . "\r\n0\r\nT: 1\r\n\r\n", 3, 500);
        echo body(wm_http_recv($s)), "\n";
        fclose($s);

        $bad = [
            'size not hex' => "zz\r\nab\r\n0\r\n\r\n",
            'size 0x5' => "0x5\r\nHello\r\n0\r\n\r\n",
            'size negative' => "-5\r\nHello\r\n0\r\n\r\n",
            'size with space' => "5 \r\nHello\r\n0\r\n\r\n",
            'size missing' => "\r\nHello\r\n0\r\n\r\n",
            'ext without size' => ";x\r\nHello\r\n0\r\n\r\n",
            '17 hex digits' => "00000000000000005\r\nHello\r\n0\r\n\r\n",
            'size over int64' => "8000000000000000\r\nHello\r\n0\r\n\r\n",
            'data longer than size' => "5\r\nHelloX\r\n0\r\n\r\n",
            'no CRLF after data' => "5\r\nHelloXY0\r\n\r\n",
        ];
        foreach ($bad as $label => $body) {
            $s = wm_connect($port);
            wm_send($s, "POST /bad HTTP/1.1\r\n{$te}\r\n$body");
            $reply = wm_recv_all($s);
            echo str_pad($label, 26), json_encode($reply, JSON_UNESCAPED_SLASHES), feof($s) ? ' EOF' : ' still open', "\n";
            fclose($s);
        }

        // maxPackageSize 1000 (set by GET /limit) counts the whole wire length of the request.
        function limited(int $port) {
            $s = wm_connect($port);
            wm_send($s, "GET /limit HTTP/1.1\r\nHost: a\r\n\r\n");
            wm_http_recv($s);
            return $s;
        }
        $head = "POST /exact HTTP/1.1\r\n{$te}\r\n";
        $k = 1000 - strlen($head) - 12; // "xxx\r\n" data "\r\n" "0\r\n\r\n"
        $s = limited($port);
        wm_send($s, $head . dechex($k) . "\r\n" . str_repeat('e', $k) . "\r\n0\r\n\r\n");
        echo 'exactly 1000 bytes: ', body(wm_http_recv($s)), "\n";
        $over = [
            '1001 bytes' => $head . dechex($k + 1) . "\r\n" . str_repeat('e', $k + 1) . "\r\n0\r\n\r\n",
            'one 1024-byte chunk' => "POST /big HTTP/1.1\r\n{$te}\r\n400\r\n" . str_repeat('b', 1024) . "\r\n0\r\n\r\n",
            'many small chunks' => "POST /many HTTP/1.1\r\n{$te}\r\n" . str_repeat("40\r\n" . str_repeat('m', 64) . "\r\n", 20) . "0\r\n\r\n",
            'big trailer' => "POST /trailer HTTP/1.1\r\n{$te}\r\n1\r\nx\r\n0\r\nX-Big: " . str_repeat('t', 1000) . "\r\n\r\n",
            // No last chunk: cut as soon as the complete chunks pass the limit (62 + 14 * 70 = 1042).
            'endless chunks' => "POST /stream HTTP/1.1\r\n{$te}\r\n" . str_repeat("40\r\n" . str_repeat('s', 64) . "\r\n", 14),
        ];
        foreach ($over as $label => $request) {
            $s = limited($port);
            stream_set_timeout($s, (int)ceil(2 * wm_scale()));
            wm_send($s, $request);
            $reply = wm_recv_all($s);
            echo str_pad($label, 26), json_encode($reply, JSON_UNESCAPED_SLASHES), feof($s) ? ' EOF' : ' still open', "\n";
            fclose($s);
        }
        PHP, function ($out) use (&$closes) {
            echo $out;
            echo "onClose: $closes\n";
            echo 'logged: ', json_encode(WmTest::consoleAfterStart()), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 80\r\n
\r\n
["/c1","Hello World","11",null,{"x-trailer":"yes","x-sum":"11"},"11","dflt","-"]
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 44\r\n
\r\n
["/after","",null,null,[],"none","dflt","-"]
["/c2","0123456789abcdefghij","20",null,[],"none","dflt","-"]
["/c3","a=1&b=2","7",null,[],"none","dflt",{"a":"1","b":"2"}]
["/c4","","0",null,[],"none","dflt","-"]
["/c5","abczzzzzzzzzzzzzzzz","19",null,{"t":"1"},"none","dflt","-"]
size not hex              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
size 0x5                  "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
size negative             "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
size with space           "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
size missing              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
ext without size          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
17 hex digits             "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
size over int64           "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
data longer than size     "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
no CRLF after data        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
exactly 1000 bytes: ["/exact","927 bytes","927",null,[],"none","dflt","-"]
1001 bytes                "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
one 1024-byte chunk       "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
many small chunks         "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
big trailer               "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
endless chunks            "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n" EOF
onClose: 18
logged: ""
