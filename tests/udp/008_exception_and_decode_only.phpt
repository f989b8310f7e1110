--TEST--
udp worker: a protocol without input() decodes whole datagrams (false drops one, uncounted); an exception from onMessage is logged and the worker keeps serving
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: upstream stopAll(250)s the worker process on an exception from a udp onMessage (it is restarted); the native runtime logs it and keeps serving, as for TCP callbacks
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\ConnectionInterface;

class Whole
{
    public static function decode(string $buffer, $connection)
    {
        return $buffer === 'bad' ? false : "whole:$buffer";
    }
    public static function encode($data, $connection): string
    {
        return "[$data]";
    }
}

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->protocol = Whole::class;
$w->onMessage = function ($c, $data) {
    if ($data === 'whole:throw') {
        throw new RuntimeException('boom in onMessage');
    }
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        foreach (['a', 'bad', 'throw', "b\nc"] as $d) {
            stream_socket_sendto($s, $d);
        }
        echo stream_socket_recvfrom($s, 100), "\n", stream_socket_recvfrom($s, 100), "\n";
        fclose($s);
        PHP, function ($out) {
            echo $out;
            echo 'total_request: ', ConnectionInterface::$statistics['total_request'], "\n";
            echo preg_match('/RuntimeException: boom in onMessage in /', WmTest::console()) ? "exception logged\n" : WmTest::console();
        });
};
Worker::runAll();
?>
--EXPECT--
[whole:a]
[whole:b
c]
total_request: 2
exception logged
