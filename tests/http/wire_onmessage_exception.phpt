--TEST--
Http wire: an exception in onMessage that no errorHandler takes answers that request with a 500 and ends its connection (a pipelined request behind it is not served; a reply already sent is not followed by a 500); other connections are served on; with an errorHandler the connection stays as the handler leaves it
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
$seen = [];
$w->onMessage = function (TcpConnection $c, Request $r) use (&$seen) {
    $seen[] = $r->path();
    if ($r->path() === '/handled') {
        $c->errorHandler = function (Throwable $e) use ($c) {
            $c->send('handled: ' . $e->getMessage());
        };
    }
    if ($r->path() === '/sent-then-boom') {
        $c->send('partial');
    }
    if ($r->path() !== '/ok') {
        throw new RuntimeException('boom at ' . $r->path());
    }
    $c->send('ok');
};
$w->onWorkerStart = function ($w) use (&$seen) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $get = fn (string $path) => "GET $path HTTP/1.1\r\nHost: a\r\n\r\n";
        $s = wm_connect($port);
        wm_send($s, $get('/boom'));
        echo 'boom: ', json_encode(wm_recv_all($s)), feof($s) ? ' EOF' : ' still open', "\n";
        fclose($s);

        $s = wm_connect($port);
        wm_send($s, $get('/boom') . $get('/ok'));
        echo 'pipelined: ', json_encode(wm_recv_all($s)), feof($s) ? ' EOF' : ' still open', "\n";
        fclose($s);

        $s = wm_connect($port);
        wm_send($s, $get('/sent-then-boom'));
        echo 'sent then boom: ', json_encode(wm_recv_all($s)), feof($s) ? ' EOF' : ' still open', "\n";
        fclose($s);

        $s = wm_connect($port);
        wm_send($s, $get('/handled'));
        $reply = wm_http_recv($s);
        echo 'handled: ', json_encode(substr($reply, strpos($reply, "\r\n\r\n") + 4)), "\n";
        wm_send($s, $get('/ok'));
        $reply = wm_http_recv($s);
        echo 'same connection after: ', json_encode(substr($reply, strpos($reply, "\r\n\r\n") + 4)), "\n";
        fclose($s);

        $s = wm_connect($port);
        wm_send($s, $get('/ok'));
        $reply = wm_http_recv($s);
        echo 'new connection: ', substr($reply, 0, strpos($reply, "\r\n")), ' ', json_encode(substr($reply, -2)), "\n";
        fclose($s);
        PHP, function ($out) use (&$seen) {
            echo $out;
            echo 'onMessage saw: ', implode(' ', $seen), "\n";
            $log = WmTest::consoleAfterStart();
            echo 'logged boom at /boom: ', substr_count($log, 'boom at /boom'), "\n";
            echo 'logged boom at /handled: ', substr_count($log, 'boom at /handled'), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
boom: "HTTP\/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n" EOF
pipelined: "HTTP\/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n" EOF
sent then boom: "HTTP\/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text\/html;charset=utf-8\r\nContent-Length: 7\r\n\r\npartial" EOF
handled: "handled: boom at \/handled"
same connection after: "ok"
new connection: HTTP/1.1 200 OK "ok"
onMessage saw: /boom /boom /sent-then-boom /handled /ok /ok
logged boom at /boom: 2
logged boom at /handled: 0
