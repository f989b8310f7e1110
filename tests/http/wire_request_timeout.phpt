--TEST--
Http wire: incomplete-request timeout (workerman.http_header_timeout / http_body_timeout = 1 s): a trickled head or a stalled body gets 408 and EOF, an idle new connection is closed silently, a head completed in time and a body that keeps coming are served, an idle keep-alive connection is left alone
--EXTENSIONS--
workerman
posix
--INI--
workerman.http_header_timeout=1
workerman.http_body_timeout=1
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
    $messages[] = $r->uri() . ' body=' . $r->rawBody();
    $c->send('ok ' . $r->uri());
};
$w->onClose = function () use (&$closes) {
    $closes++;
};
$w->onWorkerStart = function ($w) use (&$messages, &$closes) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $scale = wm_scale();
        // Sends one byte every 0.2 s until something (the reply or EOF) is readable, at most
        // for 6 s (x scale); returns how many bytes were sent.
        $trickle = function ($s, string $bytes) use ($scale): int {
            $end = microtime(true) + 6 * $scale;
            for ($i = 0; $i < strlen($bytes) && microtime(true) < $end; $i++) {
                if (wm_readable($s, 0.2)) {
                    return $i;
                }
                @fwrite($s, $bytes[$i]);
            }
            return $i;
        };
        $reply = fn ($s) => json_encode(wm_recv_all($s), JSON_UNESCAPED_SLASHES) . (feof($s) ? ' EOF' : ' still open');

        $idle = wm_connect_nodelay($port);            // never sends anything
        $stalled = wm_connect_nodelay($port);         // head complete, 3 of 10 body bytes
        wm_send($stalled, "POST /stalled HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc");
        $keep = wm_connect_nodelay($port);            // keep-alive, idle between requests
        wm_send($keep, "GET /first HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($keep));
        $servedAt = microtime(true);

        // A head trickled in one byte every 0.2 s: 408 and EOF after a second or two.
        $drip = wm_connect_nodelay($port);
        wm_send($drip, "GET /drip HTTP/1.1\r\nHost: a\r\n");
        $sent = $trickle($drip, 'X-Drip: ' . str_repeat('d', 100));
        echo 'trickle: ', $sent > 3 ? 'some bytes sent' : "only $sent bytes sent", ', then ', $reply($drip), "\n";
        echo 'stalled body: ', $reply($stalled), "\n";
        echo 'idle new connection: ', $reply($idle), "\n";

        // A head in two parts 0.3 s apart and a body that keeps coming (a byte every 0.3 s,
        // 3 s in all) are served: the body timeout counts between reads.
        $ok = wm_connect_nodelay($port);
        wm_send($ok, "POST /split HTTP/1.1\r\nHost: a\r\n");
        usleep(300000);
        wm_send($ok, "Content-Length: 10\r\n\r\n");
        foreach (str_split('0123456789') as $b) {
            usleep(300000);
            wm_send($ok, $b);
        }
        echo wm_show(wm_http_recv($ok));

        // The keep-alive connection, idle for 2.5 s (x scale) after its first request: still
        // open and served; then a later request that stops half-way gets the 408.
        while (microtime(true) < $servedAt + 2.5 * $scale) {
            usleep(50000);
        }
        echo 'keep-alive after 2.5 s: ', wm_readable($keep, 0) ? 'readable (closed?)' : 'open', "\n";
        wm_send($keep, "GET /second HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($keep));
        wm_send($keep, "GET /third HTTP/1.1\r\nHo");
        echo 'half a head: ', $reply($keep), "\n";
        PHP, function ($out) use (&$messages, &$closes) {
            echo $out;
            echo "onMessage:\n", implode("\n", $messages), "\n";
            echo "onClose: $closes\n";
            echo 'logged: ', json_encode(WmTest::consoleAfterStart()), "\n";
        }, 25);
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 9\r\n
\r\n
ok /first
trickle: some bytes sent, then "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n" EOF
stalled body: "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n" EOF
idle new connection: "" EOF
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 9\r\n
\r\n
ok /split
keep-alive after 2.5 s: open
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 10\r\n
\r\n
ok /second
half a head: "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n" EOF
onMessage:
/first body=
/split body=0123456789
/second body=
onClose: 5
logged: ""
