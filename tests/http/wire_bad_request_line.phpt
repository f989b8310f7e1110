--TEST--
Http wire: malformed request lines and unknown methods get upstream 5.2's exact 400 and the connection ends; valid edge cases pass
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
    $messages[] = $r->method() . ' ' . $r->uri() . ' ' . $r->protocolVersion();
    $c->send('ok');
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$messages, &$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $cases = [
            'lower-case method' => "get / HTTP/1.1\r\nHost: a\r\n\r\n",
            'mixed-case method' => "Get / HTTP/1.1\r\nHost: a\r\n\r\n",
            'absolute-form target' => "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n",
            'authority-form target' => "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n",
            'asterisk-form target' => "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
            'missing version' => "GET /\r\nHost: a\r\n\r\n",
            'missing target' => "GET HTTP/1.1\r\nHost: a\r\n\r\n",
            'HTTP/2.0' => "GET / HTTP/2.0\r\nHost: a\r\n\r\n",
            'HTTP/1.10' => "GET / HTTP/1.10\r\nHost: a\r\n\r\n",
            'HTTP/1.x' => "GET / HTTP/1.x\r\nHost: a\r\n\r\n",
            'lower-case http' => "GET / http/1.1\r\nHost: a\r\n\r\n",
            'unknown method PROPFIND' => "PROPFIND / HTTP/1.1\r\nHost: a\r\n\r\n",
            'unknown method TRACE' => "TRACE / HTTP/1.1\r\nHost: a\r\n\r\n",
            'two spaces' => "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
            'tab separator' => "GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n",
            'space in target' => "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n",
            'control byte in target' => "GET /a\x01 HTTP/1.1\r\nHost: a\r\n\r\n",
            'DEL in target' => "GET /a\x7f HTTP/1.1\r\nHost: a\r\n\r\n",
            'trailing space' => "GET / HTTP/1.1 \r\nHost: a\r\n\r\n",
            'leading empty line' => "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
            'empty head' => "\r\n\r\n",
            'body after a bad line' => "BREW /pot HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
        ];
        foreach ($cases as $label => $request) {
            $s = wm_connect($port);
            wm_send($s, $request);
            $reply = wm_recv_all($s);
            echo str_pad($label, 24), json_encode($reply, JSON_UNESCAPED_SLASHES),
                feof($s) ? ' EOF' : ' still open', "\n";
            fclose($s);
        }
        // Valid edge cases on one connection: every method, any 1.x minor, raw high bytes in
        // the target, query and fragment characters.
        $s = wm_connect($port);
        foreach (["PATCH /p HTTP/1.1", "DELETE /d HTTP/1.1", "PUT /u HTTP/1.1", "OPTIONS / HTTP/1.1",
                  "POST /p HTTP/1.1", "HEAD /h HTTP/1.1", "GET /minor HTTP/1.9", "GET /\xc3\xa9?a=%20&b[]=1#f HTTP/1.1",
                  "GET /~!$&'()*+,;=:@ HTTP/1.1"] as $line) {
            wm_send($s, "$line\r\nHost: a\r\n\r\n");
            $reply = wm_http_recv($s);
            echo str_pad(explode(' ', $line)[0], 8), substr($reply, 0, strpos($reply, "\r\n")), ' ', substr($reply, -2), "\n";
        }
        PHP, function ($out) use (&$messages, &$closes) {
            echo $out;
            echo "onMessage:\n", implode("\n", $messages), "\n";
            echo "onClose: $closes\n";
            echo 'total_request: ', TcpConnection::$statistics['total_request'], "\n";
            echo 'logged: ', json_encode(WmTest::consoleAfterStart()), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
lower-case method       "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
mixed-case method       "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
absolute-form target    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
authority-form target   "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
asterisk-form target    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
missing version         "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
missing target          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
HTTP/2.0                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
HTTP/1.10               "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
HTTP/1.x                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
lower-case http         "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
unknown method PROPFIND "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
unknown method TRACE    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
two spaces              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
tab separator           "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
space in target         "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
control byte in target  "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
DEL in target           "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
trailing space          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
leading empty line      "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
empty head              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
body after a bad line   "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
PATCH   HTTP/1.1 200 OK ok
DELETE  HTTP/1.1 200 OK ok
PUT     HTTP/1.1 200 OK ok
OPTIONS HTTP/1.1 200 OK ok
POST    HTTP/1.1 200 OK ok
HEAD    HTTP/1.1 200 OK ok
GET     HTTP/1.1 200 OK ok
GET     HTTP/1.1 200 OK ok
GET     HTTP/1.1 200 OK ok
onMessage:
PATCH /p 1.1
DELETE /d 1.1
PUT /u 1.1
OPTIONS / 1.1
POST /p 1.1
HEAD /h 1.1
GET /minor 1.9
GET /é?a=%20&b[]=1#f 1.1
GET /~!$&'()*+,;=:@ 1.1
onClose: 23
total_request: 9
logged: ""
