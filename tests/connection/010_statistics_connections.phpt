--TEST--
TcpConnection::$statistics (connection_count, total_request, throw_exception, send_fail) and TcpConnection::$connections
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\ConnectionInterface;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
function stats(string $when): string
{
    return "$when: " . json_encode(ConnectionInterface::$statistics) . ', same as TcpConnection::$statistics: '
        . var_export(TcpConnection::$statistics === ConnectionInterface::$statistics, true)
        . ', connections ' . implode(',', array_keys(TcpConnection::$connections));
}
$w->onWorkerStart = function ($w) use (&$ev) {
    $ev[] = stats('start');
    WmTest::client(WmTest::port($w), <<<'PHP'
        $a = wm_connect($port);
        wm_send($a, "a\nb\n");
        echo wm_recv_line($a), wm_recv_line($a);
        $b = wm_connect($port);
        wm_send($b, "c\n");
        echo wm_recv_line($b);
        wm_send($a, "quit\n");
        echo 'a closed: ', var_export(wm_closed($a), true), "\n";
        wm_send($b, "d\n");
        echo wm_recv_line($b);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            echo stats('end'), "\n";
        });
};
$w->onConnect = function (TcpConnection $c) use (&$ev) {
    $ev[] = stats("connect $c->id");
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $ev[] = stats("message $data");
    if ($data === 'quit') {
        $c->close();
        return;
    }
    $c->send(strtoupper($data));
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $ev[] = stats("close $c->id");
};
Worker::runAll();
?>
--EXPECT--
A
B
C
a closed: true
D
start: {"connection_count":0,"total_request":0,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 
connect 1: {"connection_count":1,"total_request":0,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1
message a: {"connection_count":1,"total_request":1,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1
message b: {"connection_count":1,"total_request":2,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1
connect 2: {"connection_count":2,"total_request":2,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1,2
message c: {"connection_count":2,"total_request":3,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1,2
message quit: {"connection_count":2,"total_request":4,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1,2
close 1: {"connection_count":2,"total_request":4,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 1,2
message d: {"connection_count":1,"total_request":5,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 2
close 2: {"connection_count":1,"total_request":5,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 2
end: {"connection_count":0,"total_request":5,"throw_exception":0,"send_fail":0}, same as TcpConnection::$statistics: true, connections 
