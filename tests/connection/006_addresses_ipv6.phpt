--TEST--
TcpConnection address getters and isIpV4/isIpV6 on an IPv6 listener [::1]:0 (brackets kept, as upstream)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
$s = @stream_socket_server('tcp://[::1]:0', $errno, $errstr);
if (!$s) {
    die("skip no IPv6 loopback: $errstr");
}
?>
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://[::1]:0');
$w->onMessage = function (TcpConnection $c, $data) {
    $c->send(json_encode([
        'remoteIp' => $c->getRemoteIp(), 'remotePort' => $c->getRemotePort(),
        'remoteAddress' => $c->getRemoteAddress(), 'localIp' => $c->getLocalIp(),
        'localPort' => $c->getLocalPort(), 'localAddress' => $c->getLocalAddress(),
        'isIpV4' => $c->isIpV4(), 'isIpV6' => $c->isIpV6(), 'json' => $c->jsonSerialize(),
    ]));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect_addr("tcp://[::1]:$port");
        $me = stream_socket_get_name($s, false);
        wm_send($s, "info\n");
        $i = json_decode(wm_recv_line($s), true);
        echo 'client name looks like [::1]:port: ', var_export(preg_match('/^\[::1\]:\d+$/', $me) === 1, true), "\n";
        echo 'remoteIp: ', $i['remoteIp'], "\n";
        echo 'remotePort is the client port: ', var_export($i['remotePort'] === (int)substr($me, 6), true), "\n";
        echo 'remoteAddress is the client name: ', var_export($i['remoteAddress'] === $me, true), "\n";
        echo 'localIp: ', $i['localIp'], "\n";
        echo 'localPort is the listen port: ', var_export($i['localPort'] === $port, true), "\n";
        echo 'localAddress: ', str_replace(":$port", ':PORT', $i['localAddress']), "\n";
        echo 'isIpV4: ', var_export($i['isIpV4'], true), ', isIpV6: ', var_export($i['isIpV6'], true), "\n";
        echo 'json isIpV4: ', var_export($i['json']['isIpV4'], true), ', isIpV6: ', var_export($i['json']['isIpV6'], true),
            ', getRemoteIp: ', $i['json']['getRemoteIp'], "\n";
        PHP);
};
Worker::runAll();
?>
--EXPECT--
client name looks like [::1]:port: true
remoteIp: [::1]
remotePort is the client port: true
remoteAddress is the client name: true
localIp: [::1]
localPort is the listen port: true
localAddress: [::1]:PORT
isIpV4: false, isIpV6: true
json isIpV4: false, isIpV6: true, getRemoteIp: [::1]
