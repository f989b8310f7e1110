--TEST--
udp:// worker: raw datagrams echoed byte for byte (binary, empty, 8 KiB), one UdpConnection per datagram, total_request per datagram
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\UdpConnection;
use Workerman\Connection\ConnectionInterface;

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$seen = [];
$w->onMessage = function ($c, $data) use (&$seen) {
    $seen[spl_object_id($c)] = true;
    WmTest::record(get_class($c) . ' ' . strlen($data) . ' ' . var_export($c->protocol, true) . ' ' . $c->transport);
    $r = $c->send('echo:' . $data);
    if ($r !== true) {
        WmTest::record('send returned ' . var_export($r, true));
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        stream_set_timeout($s, 5);
        foreach (["hello", "a\0b\r\n\xff", "", str_repeat("x", 8192)] as $d) {
            stream_socket_sendto($s, $d);
            $r = stream_socket_recvfrom($s, 65535);
            echo strlen($d), ' ', var_export($r === 'echo:' . $d, true), "\n";
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
5 true
6 true
0 true
8192 true
Workerman\Connection\UdpConnection 5 NULL udp
Workerman\Connection\UdpConnection 6 NULL udp
Workerman\Connection\UdpConnection 0 NULL udp
Workerman\Connection\UdpConnection 8192 NULL udp
total_request: 4
