--TEST--
udp worker with a user protocol: input() splits a datagram, decode() false skips a package, input() 0 drops the rest (that datagram is not counted), a length past the end takes the rest, send() goes through encode()
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

// Packages are "<length digit><payload>"; a payload "skip" decodes to false; length 0 waits.
class Lenp
{
    public static function input(string $buffer, $connection): int
    {
        WmTest::record('input ' . $buffer);
        $n = (int)$buffer[0];
        return $n === 0 ? 0 : $n + 1;
    }
    public static function decode(string $buffer, $connection)
    {
        $p = substr($buffer, 1);
        return $p === 'skip' ? false : strtoupper($p);
    }
    public static function encode($data, $connection): string
    {
        return "<$data>";
    }
}

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->protocol = Lenp::class;
$w->onMessage = function ($c, $data) {
    WmTest::record('message ' . $data);
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        stream_socket_sendto($s, "3abc4skip2xy");
        echo stream_socket_recvfrom($s, 100), stream_socket_recvfrom($s, 100), "\n";
        stream_socket_sendto($s, "2ab0zz");
        echo stream_socket_recvfrom($s, 100), "\n";
        stream_socket_sendto($s, "5ab");
        echo stream_socket_recvfrom($s, 100), "\n";
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
<ABC><XY>
<AB>
<AB>
input 3abc4skip2xy
message ABC
input 4skip2xy
input 2xy
message XY
input 2ab0zz
message AB
input 0zz
input 5ab
message AB
total_request: 2
