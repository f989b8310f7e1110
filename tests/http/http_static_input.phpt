--TEST--
Http::input()/decodeChunked()/encode() called from PHP (user protocols forward to them): lengths, error replies through end(), chunked flag in context
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;

// A connection that records end() instead of writing (no socket needed).
$conn = new class extends TcpConnection {
    public array $ended = [];
    public function __construct() {}
    public function end(mixed $data = null, bool $raw = false): void { $this->ended[] = [$data, $raw]; }
};
$conn->maxPackageSize = 1000;

$cases = [
    'get' => "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
    'partial' => "GET / HTTP/1.1\r\nHost: a\r\n",
    'post' => "POST /p?x=1 HTTP/1.1\r\nHost: a:80\r\nContent-Length: 5\r\n\r\nhello",
    'post-partial-body' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhe",
    'http10-no-host' => "GET / HTTP/1.0\r\n\r\n",
    'lower-method' => "get / HTTP/1.1\r\nHost: a\r\n\r\n",
    'absolute-target' => "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n",
    'no-host' => "GET / HTTP/1.1\r\n\r\n",
    'two-hosts' => "GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n",
    'bad-host' => "GET / HTTP/1.1\r\nHost: a b\r\n\r\n",
    'v6-host' => "GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
    'no-colon' => "GET / HTTP/1.1\r\nHost: a\r\nBroken\r\n\r\n",
    'bad-name' => "GET / HTTP/1.1\r\nHost: a\r\nX Y: 1\r\n\r\n",
    'two-cl' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
    'cl-not-digits' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\nx",
    'te-and-cl' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n",
    'te-gzip' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
    'too-large' => "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000\r\n\r\n",
    'chunked' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nX-T: v\r\n\r\n",
    'chunked-partial' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
    'chunked-bad' => "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    'head-too-long' => str_repeat('a', 16384),
];
foreach ($cases as $name => $buffer) {
    $conn->ended = [];
    $conn->context = null;
    $len = Http::input($buffer, $conn);
    echo str_pad($name, 18), ' ', $len, ' ', $conn->ended ? json_encode($conn->ended) : '-',
        isset($conn->context->chunked) ? ' chunked' : '', "\n";
}

[$plain, $trailers] = (function () use ($cases) {
    $m = new ReflectionMethod(Http::class, 'decodeChunked');
    return $m->invoke(null, $cases['chunked'], strpos($cases['chunked'], "\r\n\r\n"));
})();
echo json_encode($plain), "\n", json_encode($trailers), "\n";

$conn->headers = ['X-A' => 'b', 'Set-Cookie' => ['c=1', 'd=2'], 'Content-Type' => 'text/plain'];
echo json_encode(Http::encode('hi', $conn)), "\n", json_encode($conn->headers), "\n";
echo json_encode(Http::encode(12, $conn)), "\n";
var_dump(Http::requestClass(), Http::uploadTmpDir() !== '');
?>
--EXPECT--
get                27 -
partial            0 -
post               60 -
post-partial-body  52 -
http10-no-host     18 -
lower-method       0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
absolute-target    0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
no-host            0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
two-hosts          0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
bad-host           0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
v6-host            36 -
no-colon           0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
bad-name           0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
two-cl             0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
cl-not-digits      0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
te-and-cl          0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
te-gzip            0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]]
too-large          0 [["HTTP\/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n",true]]
chunked            85 - chunked
chunked-partial    0 - chunked
chunked-bad        0 [["HTTP\/1.1 400 Bad Request\r\nConnection: close\r\n\r\n",true]] chunked
head-too-long      0 [["HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n",true]]
"POST \/ HTTP\/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
{"x-t":"v"}
"HTTP\/1.1 200 OK\r\nX-A: b\r\nSet-Cookie: c=1\r\nSet-Cookie: d=2\r\nConnection: keep-alive\r\nContent-Type: text\/plain\r\nContent-Length: 2\r\n\r\nhi"
[]
"HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 2\r\n\r\n12"
string(32) "Workerman\Protocols\Http\Request"
bool(true)
