--TEST--
Http wire: Host, header-line, Content-Length and Transfer-Encoding violations get upstream 5.2's exact 400 and the connection ends; valid edge cases pass
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
    $messages[] = $r->uri() . ' host=' . json_encode($r->host()) . ' body=' . json_encode($r->rawBody());
    $c->send('ok');
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$messages, &$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $req = fn (string $headers, string $version = '1.1') => "POST / HTTP/$version\r\n$headers\r\n";
        $cases = [
            'missing Host on 1.1' => $req(''),
            'missing Host on 1.9' => $req('', '1.9'),
            'duplicate Host' => $req("Host: a\r\nHost: a\r\n"),
            'duplicate Host, cases' => $req("Host: a\r\nhost: b\r\n"),
            'duplicate Host on 1.0' => $req("Host: a\r\nHost: b\r\n", '1.0'),
            'Host with space' => $req("Host: a b\r\n"),
            'Host with slash' => $req("Host: a/b\r\n"),
            'Host with bad port' => $req("Host: a:b\r\n"),
            'Host empty port' => $req("Host: a:\r\n"),
            'Host empty' => $req("Host: \r\n"),
            'Host unclosed [' => $req("Host: [::1\r\n"),
            'Host empty []' => $req("Host: []\r\n"),
            'Host userinfo' => $req("Host: u@a:1:2\r\n"),
            'invalid Host on 1.0' => $req("Host: a b\r\n", '1.0'),
            'line without colon' => $req("Host: a\r\nX-No-Colon\r\n"),
            'obs-fold line' => $req("Host: a\r\nX-A: b\r\n c\r\n"),
            'space in name' => $req("Host: a\r\nX A: b\r\n"),
            'space before colon' => $req("Host: a\r\nX-A : b\r\n"),
            'empty name' => $req("Host: a\r\n: b\r\n"),
            'bracket in name' => $req("Host: a\r\nX(A): b\r\n"),
            'high byte in name' => $req("Host: a\r\nX-\xc3\xa9: b\r\n"),
            'duplicate CL' => $req("Host: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n") . 'x',
            'CL not a number' => $req("Host: a\r\nContent-Length: abc\r\n"),
            'CL negative' => $req("Host: a\r\nContent-Length: -1\r\n"),
            'CL with plus' => $req("Host: a\r\nContent-Length: +1\r\n") . 'x',
            'CL list' => $req("Host: a\r\nContent-Length: 1,1\r\n") . 'x',
            'CL empty' => $req("Host: a\r\nContent-Length: \r\n"),
            'CL hex' => $req("Host: a\r\nContent-Length: 0x1\r\n") . 'x',
            'TE and CL' => $req("Host: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n") . "0\r\n\r\n",
            'CL and TE' => $req("Host: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n") . "0\r\n\r\n",
            'TE gzip' => $req("Host: a\r\nTransfer-Encoding: gzip\r\n"),
            'TE gzip, chunked' => $req("Host: a\r\nTransfer-Encoding: gzip, chunked\r\n") . "0\r\n\r\n",
            'TE chunked twice' => $req("Host: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") . "0\r\n\r\n",
            'TE identity' => $req("Host: a\r\nTransfer-Encoding: identity\r\n"),
        ];
        foreach ($cases as $label => $request) {
            $s = wm_connect($port);
            wm_send($s, $request);
            $reply = wm_recv_all($s);
            echo str_pad($label, 23), json_encode($reply, JSON_UNESCAPED_SLASHES),
                feof($s) ? ' EOF' : ' still open', "\n";
            fclose($s);
        }
        // Valid edge cases on one connection.
        $ok = [
            '/1.0-no-host' => $req('', '1.0'),
            '/host-forms' => $req("Host: [::1]:8080\r\n"),
            '/host-port' => $req("Host:example.com:80\r\n"),
            '/host-ws' => $req("Host: \t a.b \t\r\n"),
            '/host-ipv4' => $req("Host: 127.0.0.1\r\n"),
            '/cl-ws' => $req("Host: a\r\ncontent-length: \t 3 \r\n") . 'abc',
            '/cl-zeros' => $req("Host: a\r\nContent-Length: 003\r\n") . 'abc',
            '/token-name' => $req("Host: a\r\nX!#$%&'*+-.^_`|~9: v\r\nX-Empty:\r\n"),
            '/value-bytes' => $req("Host: a\r\nX-A: \xc3\xa9 \x01 \x7f :: v\r\n"),
        ];
        $s = wm_connect($port);
        foreach ($ok as $uri => $request) {
            wm_send($s, str_replace('POST / ', "POST $uri ", $request));
            $reply = wm_http_recv($s);
            echo str_pad($uri, 23), substr($reply, 0, strpos($reply, "\r\n")), ' ', substr($reply, -2), "\n";
        }
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
missing Host on 1.1    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
missing Host on 1.9    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
duplicate Host         "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
duplicate Host, cases  "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
duplicate Host on 1.0  "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host with space        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host with slash        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host with bad port     "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host empty port        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host empty             "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host unclosed [        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host empty []          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
Host userinfo          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
invalid Host on 1.0    "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
line without colon     "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
obs-fold line          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
space in name          "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
space before colon     "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
empty name             "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
bracket in name        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
high byte in name      "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
duplicate CL           "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL not a number        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL negative            "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL with plus           "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL list                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL empty               "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL hex                 "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
TE and CL              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
CL and TE              "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
TE gzip                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
TE gzip, chunked       "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
TE chunked twice       "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
TE identity            "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" EOF
/1.0-no-host           HTTP/1.1 200 OK ok
/host-forms            HTTP/1.1 200 OK ok
/host-port             HTTP/1.1 200 OK ok
/host-ws               HTTP/1.1 200 OK ok
/host-ipv4             HTTP/1.1 200 OK ok
/cl-ws                 HTTP/1.1 200 OK ok
/cl-zeros              HTTP/1.1 200 OK ok
/token-name            HTTP/1.1 200 OK ok
/value-bytes           HTTP/1.1 200 OK ok
onMessage:
/1.0-no-host host=null body=""
/host-forms host="[::1]:8080" body=""
/host-port host="example.com:80" body=""
/host-ws host="a.b" body=""
/host-ipv4 host="127.0.0.1" body=""
/cl-ws host="a" body="abc"
/cl-zeros host="a" body="abc"
/token-name host="a" body=""
/value-bytes host="a" body=""
onClose: 35
logged: ""
