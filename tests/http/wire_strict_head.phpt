--TEST--
Http wire (stricter than upstream): NUL, a lone CR, or a bare LF ending the request line or a header name in the head is a 400 and the connection ends
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.2 answers all but the last two of these requests with 200 (its regexes let `$` match before a trailing LF and its header checks accept NUL and lone CR bytes, which lets a front proxy and Workerman disagree on the head); we answer 400 and end the connection
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$messages = [];
$closes = 0;
$w->onMessage = function (TcpConnection $c, Request $r) use (&$messages) {
    $messages[] = $r->uri();
    $c->send('ok');
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$messages, &$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $cases = [
            'NUL in a header value' => "GET /nul HTTP/1.1\r\nHost: a\r\nX-A: a\0b\r\n\r\n",
            'NUL ending a value' => "GET /nul2 HTTP/1.1\r\nHost: a\r\nX-A: a\0\r\n\r\n",
            'LF ending the request line' => "GET /lf HTTP/1.1\n\r\nHost: a\r\n\r\n",
            'LF ending a header name' => "GET /lf2 HTTP/1.1\r\nHost: a\r\nX-A\n: b\r\n\r\n",
            'lone CR in a value' => "GET /cr HTTP/1.1\r\nHost: a\r\nX-A: a\rb\r\n\r\n",
            'LF ending a header line' => "GET /lf3 HTTP/1.1\r\nHost: a\r\nX-A: a\nX-B: b\r\n\r\n",
            'NUL in the target' => "GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n",
            'NUL in a name' => "GET /n HTTP/1.1\r\nHost: a\r\nX\0A: b\r\n\r\n",
        ];
        foreach ($cases as $label => $request) {
            $s = wm_connect($port, 2 * wm_scale());
            wm_send($s, $request);
            $reply = wm_recv_all($s);
            echo str_pad($label, 27), json_encode($reply, JSON_UNESCAPED_SLASHES), feof($s) ? ' EOF' : ' still open', "\n";
            fclose($s);
        }
        PHP, function ($out) use (&$messages, &$closes) {
            echo $out;
            echo 'onMessage: ', json_encode($messages), "\n";
            echo "onClose: $closes\n";
            echo 'logged: ', json_encode(WmTest::consoleAfterStart()), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
NUL in a header value      "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
NUL ending a value         "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
LF ending the request line "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
LF ending a header name    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
lone CR in a value         "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
LF ending a header line    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
NUL in the target          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
NUL in a name              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
onMessage: []
onClose: 8
logged: ""
