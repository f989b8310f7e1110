--TEST--
text:// worker with transport udp: two lines in one datagram are two messages, a trailing partial line is dropped, send() encodes, send(raw) does not
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\ConnectionInterface;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->transport = 'udp';
$w->onMessage = function ($c, $data) {
    WmTest::record(get_class($c) . ' ' . json_encode($data) . ' ' . $c->protocol . ' ' . $c->transport);
    $c->send("got $data");
    $c->send("raw|", true);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        stream_socket_sendto($s, "one\r\ntwo\npartial");
        for ($i = 0; $i < 4; $i++) {
            echo json_encode(stream_socket_recvfrom($s, 65535)), "\n";
        }
        stream_socket_sendto($s, "three\n");
        for ($i = 0; $i < 2; $i++) {
            echo json_encode(stream_socket_recvfrom($s, 65535)), "\n";
        }
        fclose($s);
        PHP, function ($out) {
            echo $out;
            echo WmTest::recorded();
            echo 'total_request: ', ConnectionInterface::$statistics['total_request'], "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
"got one\n"
"raw|"
"got two\n"
"raw|"
"got three\n"
"raw|"
Workerman\Connection\UdpConnection "one" Workerman\Protocols\Text udp
Workerman\Connection\UdpConnection "two" Workerman\Protocols\Text udp
Workerman\Connection\UdpConnection "three" Workerman\Protocols\Text udp
total_request: 1
