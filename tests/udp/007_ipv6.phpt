--TEST--
udp worker on [::1]: echo, getRemoteIp() without brackets, getRemoteAddress() with them, getLocalIp() keeps them (as upstream), isIpV6
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
$s = @stream_socket_server('udp://[::1]:0', $errno, $errstr, STREAM_SERVER_BIND);
if (!$s) {
    die("skip no IPv6 loopback: $errstr");
}
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('udp://[::1]:0');
$w->onMessage = function ($c, $data) {
    $c->send(json_encode([
        'data' => $data, 'remoteIp' => $c->getRemoteIp(), 'remotePort' => $c->getRemotePort(),
        'remoteAddress' => $c->getRemoteAddress(), 'localIp' => $c->getLocalIp(),
        'localPort' => $c->getLocalPort(), 'isIpV4' => $c->isIpV4(), 'isIpV6' => $c->isIpV6(),
        'json' => $c->jsonSerialize(),
    ]));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://[::1]:$port", $errno, $errstr, 5);
        $me = stream_socket_get_name($s, false);
        stream_socket_sendto($s, "v6\0data");
        $i = json_decode(stream_socket_recvfrom($s, 65535), true);
        echo 'data: ', json_encode($i['data']), "\n";
        echo 'client name looks like [::1]:port: ', var_export(preg_match('/^\[::1\]:\d+$/', $me) === 1, true), "\n";
        echo 'remoteIp: ', $i['remoteIp'], "\n";
        echo 'remotePort is the client port: ', var_export($i['remotePort'] === (int)substr($me, 6), true), "\n";
        echo 'remoteAddress is the client name: ', var_export($i['remoteAddress'] === $me, true), "\n";
        echo 'localIp: ', $i['localIp'], "\n";
        echo 'localPort is the listen port: ', var_export($i['localPort'] === $port, true), "\n";
        echo 'isIpV4: ', var_export($i['isIpV4'], true), ', isIpV6: ', var_export($i['isIpV6'], true), "\n";
        $j = $i['json'];
        echo 'json: ', var_export($j['getRemoteIp'] === '::1' && $j['getRemoteAddress'] === $me && $j['getLocalIp'] === '[::1]'
            && $j['getLocalAddress'] === "[::1]:$port" && $j['isIpV4'] === false && $j['isIpV6'] === true, true), "\n";
        fclose($s);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
data: "v6\u0000data"
client name looks like [::1]:port: true
remoteIp: ::1
remotePort is the client port: true
remoteAddress is the client name: true
localIp: [::1]
localPort is the listen port: true
isIpV4: false, isIpV6: true
json: true
