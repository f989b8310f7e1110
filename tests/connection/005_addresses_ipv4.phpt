--TEST--
TcpConnection address getters, isIpV4/isIpV6 and jsonSerialize() on 127.0.0.1, before and after close
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
function info(TcpConnection $c): array
{
    return [
        'remoteIp' => $c->getRemoteIp(), 'remotePort' => $c->getRemotePort(),
        'remoteAddress' => $c->getRemoteAddress(), 'localIp' => $c->getLocalIp(),
        'localPort' => $c->getLocalPort(), 'localAddress' => $c->getLocalAddress(),
        'isIpV4' => $c->isIpV4(), 'isIpV6' => $c->isIpV6(),
    ];
}
$w->onMessage = function (TcpConnection $c, $data) {
    $c->send(json_encode(['info' => info($c), 'json' => $c->jsonSerialize()]));
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $i = info($c);
    $i['remotePort'] = $i['remotePort'] > 0 ? 'nonzero' : $i['remotePort'];
    $i['remoteAddress'] = preg_replace('/:\d+$/', ':PORT', $i['remoteAddress']);
    $ev[] = 'after close: ' . json_encode($i);
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        $me = stream_socket_get_name($s, false);
        wm_send($s, "info\n");
        $r = json_decode(wm_recv_line($s), true);
        $i = $r['info'];
        echo 'remoteIp: ', $i['remoteIp'], "\n";
        echo 'remotePort is the client port: ', var_export($i['remotePort'] === (int)substr($me, 10), true), "\n";
        echo 'remoteAddress is the client name: ', var_export($i['remoteAddress'] === $me, true), "\n";
        echo 'localIp: ', $i['localIp'], "\n";
        echo 'localPort is the listen port: ', var_export($i['localPort'] === $port, true), "\n";
        echo 'localAddress: ', var_export($i['localAddress'] === "127.0.0.1:$port", true), "\n";
        echo 'isIpV4: ', var_export($i['isIpV4'], true), ', isIpV6: ', var_export($i['isIpV6'], true), "\n";
        $j = $r['json'];
        echo 'json keys: ', implode(',', array_keys($j)), "\n";
        echo 'json values match: ', var_export($j['getRemoteIp'] === '127.0.0.1' && $j['remotePort'] === $i['remotePort']
            && $j['getRemoteAddress'] === $me && $j['getLocalIp'] === '127.0.0.1' && $j['getLocalPort'] === $port
            && $j['getLocalAddress'] === "127.0.0.1:$port" && $j['isIpV4'] === true && $j['isIpV6'] === false
            && $j['status'] === 2 && $j['transport'] === 'tcp' && $j['id'] === 1, true), "\n";
        fclose($s);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
remoteIp: 127.0.0.1
remotePort is the client port: true
remoteAddress is the client name: true
localIp: 127.0.0.1
localPort is the listen port: true
localAddress: true
isIpV4: true, isIpV6: false
json keys: id,status,transport,getRemoteIp,remotePort,getRemoteAddress,getLocalIp,getLocalPort,getLocalAddress,isIpV4,isIpV6
json values match: true
after close: {"remoteIp":"127.0.0.1","remotePort":"nonzero","remoteAddress":"127.0.0.1:PORT","localIp":"","localPort":0,"localAddress":"","isIpV4":true,"isIpV6":false}
