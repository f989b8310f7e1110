--TEST--
AsyncTcpConnection: an IPv6 literal ([::1]:port) and the socket.bindto context option
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$v6 = new Worker('text://[::1]:0');
$v6->onMessage = fn ($c, $d) => $c->send("v6:$d from " . $c->getRemoteIp());
$v4 = new Worker('text://127.0.0.1:0');
$v4->onMessage = fn ($c, $d) => $c->send("v4:$d from port " . $c->getRemotePort());
foreach ([$v6, $v4] as $l) {
    $l->listen();
}
$ports = [WmTest::port($v6), WmTest::port($v4)];
$client = new Worker();
$client->onWorkerStart = function () use ($ports) {
    WmTest::guard();
    $free = stream_socket_server('tcp://127.0.0.1:0');
    $bind = (int)substr(strrchr(stream_socket_get_name($free, false), ':'), 1);
    fclose($free);
    $a = new AsyncTcpConnection("text://[::1]:$ports[0]");
    echo 'a: host ', $a->getRemoteHost(), ', address ', str_replace((string)$ports[0], 'PORT', $a->getRemoteAddress()), "\n";
    $a->onConnect = function ($a) use ($ports) {
        echo 'a: connected to ', str_replace((string)$ports[0], 'PORT', $a->getRemoteAddress()), ', isIpV6 ', var_export($a->isIpV6(), true), "\n";
        $a->send('hi');
    };
    $a->onMessage = function ($a, $data) use ($ports, $bind) {
        echo "a: got $data\n";
        $a->close();
        $b = new AsyncTcpConnection("text://127.0.0.1:$ports[1]", ['socket' => ['bindto' => "127.0.0.1:$bind"]]);
        $b->onConnect = fn ($b) => $b->send('hi');
        $b->onMessage = function ($b, $data) use ($bind) {
            echo 'b: got ', str_replace((string)$bind, 'BOUND', $data), ', local port is the bound one: ', var_export($b->getLocalPort() === $bind, true), "\n";
            $b->close();
            WmTest::stop();
        };
        $b->connect();
    };
    $a->connect();
};
Worker::runAll();
?>
--EXPECT--
a: host [::1], address [::1]:PORT
a: connected to [::1]:PORT, isIpV6 true
a: got v6:hi from [::1]
b: got v4:hi from port BOUND, local port is the bound one: true
