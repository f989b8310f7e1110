--TEST--
Http wire (stricter than upstream): a head with bare LF line endings is a 400 and the connection ends, without waiting for a CRLFCRLF that never comes
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.2 only looks for CRLFCRLF, so a head whose lines end in bare LF gets no reply at all (the client hangs until it gives up, or the 16384-byte 431 if it keeps sending); we answer 400 and end the connection as soon as a bare LF is seen
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
            'LF-only GET' => "GET /lf HTTP/1.1\nHost: a\n\n",
            'LF-only POST with body' => "POST /lf HTTP/1.1\nHost: a\nContent-Length: 2\n\nab",
            'LF-only, incomplete' => "GET /lf HTTP/1.1\nHost: a\n",
            'LF after CRLF lines' => "GET /lf HTTP/1.1\r\nHost: a\r\nX-A: b\n",
        ];
        foreach ($cases as $label => $request) {
            $s = wm_connect($port, 2 * wm_scale());
            wm_send($s, $request);
            $reply = wm_recv_all($s);
            echo str_pad($label, 23), json_encode($reply, JSON_UNESCAPED_SLASHES), feof($s) ? ' EOF' : ' still open', "\n";
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
LF-only GET            "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
LF-only POST with body "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
LF-only, incomplete    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
LF after CRLF lines    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
onMessage: []
onClose: 4
logged: ""
