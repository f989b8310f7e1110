--TEST--
Http wire: a head trickling in is answered once complete (not before); an endless drip of header lines is cut at 16384 bytes with 431
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
    $messages[] = $r->uri() . ' x-drip=' . $r->header('x-drip') . ' body=' . $r->rawBody();
    $c->send('done ' . $r->uri());
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$messages, &$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        // 7 bytes per write, 2 ms apart; nothing comes back before the last byte.
        $req = "POST /drip HTTP/1.1\r\nHost: a\r\nX-Drip: " . str_repeat('d', 100) . "\r\nContent-Length: 4\r\n\r\nbody";
        $s = wm_connect_nodelay($port);
        $early = false;
        for ($i = 0; $i < strlen($req) - 1; $i += 7) {
            wm_send($s, substr($req, $i, min(7, strlen($req) - 1 - $i)));
            usleep(2000);
            $early = $early || wm_readable($s, 0);
        }
        echo 'reply before the request was complete: ', $early || wm_readable($s, 0.1 * wm_scale()) ? 'yes' : 'no', "\n";
        wm_send($s, substr($req, -1));
        echo wm_show(wm_http_recv($s));

        // Endless header lines, 512 bytes per write, 1 ms apart: no reply up to 16383 bytes,
        // the 431 comes with byte 16384.
        $drip = "GET /endless HTTP/1.1\r\nHost: a\r\n";
        for ($i = 0; strlen($drip) < 16384; $i++) {
            $line = sprintf("X-Line-%04d: ", $i);
            $drip .= $line . str_repeat('v', 510 - strlen($line)) . "\r\n";
        }
        $s = wm_connect_nodelay($port);
        $early = false;
        for ($i = 0; $i < 16383 && !$early; $i += 512) {
            wm_send($s, substr($drip, $i, min(512, 16383 - $i)));
            usleep(1000);
            $early = wm_readable($s, 0);
        }
        echo 'reply before 16384 bytes: ', $early || wm_readable($s, 0.3 * wm_scale()) ? 'yes' : 'no', "\n";
        wm_send($s, $drip[16383]);
        $reply = wm_recv_all($s);
        echo 'byte 16384: ', json_encode($reply, JSON_UNESCAPED_SLASHES), feof($s) ? ' EOF' : ' still open', "\n";
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
reply before the request was complete: no
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 10\r\n
\r\n
done /drip
reply before 16384 bytes: no
byte 16384: "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n" EOF
onMessage:
/drip x-drip=dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd body=body
onClose: 2
logged: ""
