--TEST--
Fiber loop, HTTP: a pipelined request behind one whose onMessage sleeps is answered after it (order kept); an exception thrown after a Timer::sleep() still gets the 500 reply; other connections are served meanwhile
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

WmTest::setup();
Worker::$eventLoopClass = Workerman\Events\Fiber::class;
$w = new Worker('http://127.0.0.1:0');
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $read = function ($s) {
            $head = '';
            while (!str_contains($head, "\r\n\r\n") && ($c = fgets($s)) !== false) $head .= $c;
            preg_match('/Content-Length: (\d+)/i', $head, $m);
            $len = (int)($m[1] ?? 0);
            $body = $len > 0 ? fread($s, $len) : '';
            return strtok($head, "\r\n") . ' ' . $body;
        };
        $a = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        stream_set_timeout($a, 5);
        fwrite($a, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        usleep(20000);
        // Another connection is answered while /slow sleeps.
        $b = stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 5);
        stream_set_timeout($b, 5);
        fwrite($b, "GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        echo 'b: ', $read($b), "\n";
        echo 'a: ', $read($a), "\n";
        echo 'a: ', $read($a), "\n";
        fwrite($b, "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n");
        echo 'b: ', $read($b), "\n";
        PHP, function ($out) {
            echo $out;
            echo implode("\n", preg_grep('/RuntimeException/', explode("\n", WmTest::console()))) !== '' ? "exception logged\n" : "not logged\n";
        });
};
$w->onMessage = function ($c, $req) {
    switch ($req->path()) {
        case '/slow':
            Timer::sleep(0.2);
            $c->send('slow done');
            return;
        case '/fast':
            $c->send('fast done');
            return;
        case '/throw':
            Timer::sleep(0.01);
            throw new RuntimeException('after sleep');
    }
};
Worker::runAll();
?>
--EXPECT--
b: HTTP/1.1 200 OK fast done
a: HTTP/1.1 200 OK slow done
a: HTTP/1.1 200 OK fast done
b: HTTP/1.1 500 Internal Server Error 
exception logged
