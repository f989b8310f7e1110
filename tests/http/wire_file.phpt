--TEST--
Http wire: Response::withFile(): small file (exact bytes, Last-Modified from filemtime), offset/length (206, Content-Range), unknown type (attachment), missing file (404), files over 2 MiB streamed (length and hash)
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
$d = WmTest::$dir;
file_put_contents("$d/small.txt", "0123456789abcdefghij\n");
touch("$d/small.txt", 1700000000);
file_put_contents("$d/data.bin", "\0\1\2\3 binary");
touch("$d/data.bin", 1700000000);
// 3 MiB + 123 random bytes (one call: growing a string piece by piece is quadratic under
// valgrind, whose realloc always copies).
file_put_contents("$d/big.css", random_bytes(3 * 1048576 + 123));
$w = new Worker('http://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, Request $r) use ($d) {
    $c->send(match ($r->path()) {
        '/small' => (new Response())->withFile("$d/small.txt"),
        '/range' => (new Response())->withFile("$d/small.txt", 2, 5),
        '/offset' => (new Response())->withFile("$d/small.txt", 10),
        '/typed' => (new Response(200, ['Content-Type' => 'text/x-custom', 'X-A' => 'a']))->withFile("$d/small.txt"),
        '/bin' => (new Response())->withFile("$d/data.bin"),
        '/missing' => (new Response())->withFile("$d/nope.txt"),
        '/big' => (new Response())->withFile("$d/big.css"),
        '/big-range' => (new Response())->withFile("$d/big.css", 1000, 2 * 1048576 + 5),
        default => 'plain',
    });
};
$w->onWorkerStart = function ($w) use ($d) {
    WmTest::client(WmTest::port($w), '$d = ' . var_export($d, true) . ";\n" . <<<'PHP'
        $s = wm_connect($port);
        foreach (['/small', '/range', '/offset', '/typed', '/bin', '/missing'] as $path) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: a\r\n\r\n");
            $reply = wm_http_recv($s);
            // Last-Modified must be the file's mtime (small.txt and data.bin share it).
            $lm = 'Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime("$d/small.txt")) . " GMT\r\n";
            echo "== $path (Last-Modified from filemtime: ", str_contains($reply, $lm) ? 'yes' : 'no', ")\n";
            echo wm_show($reply);
        }
        $big = file_get_contents("$d/big.css");
        $lm = 'Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime("$d/big.css")) . " GMT\r\n";
        foreach (['/big' => [0, strlen($big)], '/big-range' => [1000, 2 * 1048576 + 5]] as $path => [$off, $len]) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: a\r\n\r\n");
            $reply = wm_http_recv($s);
            $pos = strpos($reply, "\r\n\r\n") + 4;
            $head = str_replace($lm, "Last-Modified: <mtime>\r\n", substr($reply, 0, $pos));
            echo "== $path\n", wm_show($head);
            $body = substr($reply, $pos);
            echo 'body: ', strlen($body), ' bytes, hash matches: ', md5($body) === md5(substr($big, $off, $len)) ? 'yes' : 'no', "\n";
        }
        // The connection still works normally afterwards.
        wm_send($s, "GET /after HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        PHP);
};
Worker::runAll();
?>
--EXPECT--
== /small (Last-Modified from filemtime: yes)
HTTP/1.1 200 OK\r\n
Content-Length: 21\r\n
Accept-Ranges: bytes\r\n
Connection: keep-alive\r\n
Content-Type: text/plain\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
0123456789abcdefghij\n
== /range (Last-Modified from filemtime: yes)
HTTP/1.1 206 Partial Content\r\n
Content-Length: 5\r\n
Accept-Ranges: bytes\r\n
Content-Range: bytes 2-6/21\r\n
Connection: keep-alive\r\n
Content-Type: text/plain\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
23456
== /offset (Last-Modified from filemtime: yes)
HTTP/1.1 206 Partial Content\r\n
Content-Length: 11\r\n
Accept-Ranges: bytes\r\n
Content-Range: bytes 10-20/21\r\n
Connection: keep-alive\r\n
Content-Type: text/plain\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
abcdefghij\n
== /typed (Last-Modified from filemtime: yes)
HTTP/1.1 200 OK\r\n
Content-Type: text/x-custom\r\n
X-A: a\r\n
Content-Length: 21\r\n
Accept-Ranges: bytes\r\n
Connection: keep-alive\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
0123456789abcdefghij\n
== /bin (Last-Modified from filemtime: yes)
HTTP/1.1 200 OK\r\n
Content-Length: 11\r\n
Accept-Ranges: bytes\r\n
Connection: keep-alive\r\n
Content-Type: application/octet-stream\r\n
Content-Disposition: attachment; filename="data.bin"\r\n
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
\0\x01\x02\x03 binary
== /missing (Last-Modified from filemtime: no)
HTTP/1.1 404 Not Found\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 22\r\n
Connection: keep-alive\r\n
\r\n
<h3>404 Not Found</h3>
== /big
HTTP/1.1 200 OK\r\n
Content-Length: 3145851\r\n
Accept-Ranges: bytes\r\n
Connection: keep-alive\r\n
Content-Type: text/css\r\n
Last-Modified: <mtime>\r\n
\r\n
body: 3145851 bytes, hash matches: yes
== /big-range
HTTP/1.1 206 Partial Content\r\n
Content-Length: 2097157\r\n
Accept-Ranges: bytes\r\n
Content-Range: bytes 1000-2098156/3145851\r\n
Connection: keep-alive\r\n
Content-Type: text/css\r\n
Last-Modified: <mtime>\r\n
\r\n
body: 2097157 bytes, hash matches: yes
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 5\r\n
\r\n
plain
