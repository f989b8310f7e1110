--TEST--
UdpConnection getters and jsonSerialize() for a datagram from 127.0.0.1; a UdpConnection made by the application on its own socket (connected / not connected) sends and close()s it
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

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->onMessage = function (UdpConnection $c, $data) {
    $c->send(json_encode([
        'remoteIp' => $c->getRemoteIp(), 'remotePort' => $c->getRemotePort(),
        'remoteAddress' => $c->getRemoteAddress(), 'localIp' => $c->getLocalIp(),
        'localPort' => $c->getLocalPort(), 'localAddress' => $c->getLocalAddress(),
        'isIpV4' => $c->isIpV4(), 'isIpV6' => $c->isIpV6(),
        'json' => $c->jsonSerialize(), 'max' => UdpConnection::MAX_UDP_PACKAGE_SIZE,
    ]));
};
$w->onWorkerStart = function ($w) {
    // An application-made UdpConnection on an unconnected socket of its own.
    $own = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
    $wport = WmTest::port($w);
    $u = new UdpConnection($own, "127.0.0.1:$wport");
    WmTest::record('own remote ' . $u->getRemoteAddress()
        . ' port ' . $u->getRemotePort() . ' local matches ' . var_export($u->getLocalAddress() === stream_socket_get_name($own, false), true));
    WmTest::record('clone send: ' . var_export((clone $u)->send('y'), true));
    $u->close();
    WmTest::record('own closed: ' . var_export(is_resource($own), true) . ' ' . var_export($u->getSocket(), true));
    // Connected sockets send without an address.
    $conn = stream_socket_client("udp://127.0.0.1:9", $errno, $errstr);
    $u2 = new UdpConnection($conn, 'whatever');
    WmTest::record('connected send: ' . var_export($u2->send('x'), true) . ' remote ip ' . var_export($u2->getRemoteIp(), true));
    try {
        $u2->getRemotePort();
    } catch (TypeError $e) {
        WmTest::record('port without colon: ' . $e->getMessage());
    }
    WmTest::client($wport, <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        $me = stream_socket_get_name($s, false);
        stream_socket_sendto($s, 'info');
        $i = json_decode(stream_socket_recvfrom($s, 65535), true);
        $mp = (int)substr($me, 10);
        echo 'remoteIp: ', $i['remoteIp'], "\n";
        echo 'remotePort is the client port: ', var_export($i['remotePort'] === $mp, true), "\n";
        echo 'remoteAddress is the client name: ', var_export($i['remoteAddress'] === $me, true), "\n";
        echo 'localIp: ', $i['localIp'], "\n";
        echo 'localPort is the listen port: ', var_export($i['localPort'] === $port, true), "\n";
        echo 'localAddress: ', var_export($i['localAddress'] === "127.0.0.1:$port", true), "\n";
        echo 'isIpV4: ', var_export($i['isIpV4'], true), ', isIpV6: ', var_export($i['isIpV6'], true), "\n";
        echo 'max: ', $i['max'], "\n";
        $j = $i['json'];
        echo 'json keys: ', implode(',', array_keys($j)), "\n";
        echo 'json values match: ', var_export($j['transport'] === 'udp' && $j['getRemoteIp'] === '127.0.0.1'
            && $j['remotePort'] === $mp && $j['getRemoteAddress'] === $me && $j['getLocalIp'] === '127.0.0.1'
            && $j['getLocalPort'] === $port && $j['getLocalAddress'] === "127.0.0.1:$port"
            && $j['isIpV4'] === true && $j['isIpV6'] === false, true), "\n";
        fclose($s);
        PHP, function ($out) {
            echo $out;
            echo WmTest::recorded();
        });
};
Worker::runAll();
?>
--EXPECTF--
remoteIp: 127.0.0.1
remotePort is the client port: true
remoteAddress is the client name: true
localIp: 127.0.0.1
localPort is the listen port: true
localAddress: true
isIpV4: true, isIpV6: false
max: 65535
json keys: transport,getRemoteIp,remotePort,getRemoteAddress,getLocalIp,getLocalPort,getLocalAddress,isIpV4,isIpV6
json values match: true
own remote 127.0.0.1:%d port %d local matches true
clone send: true
own closed: false NULL
connected send: true remote ip ''
port without colon: substr(): Argument #1 ($string) must be of type string, bool given
