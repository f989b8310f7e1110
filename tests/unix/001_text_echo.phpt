--TEST--
unix:// worker with the Text protocol: echo over a unix stream socket, TcpConnection address getters and jsonSerialize() as upstream reports them for unix sockets, socket file removed when the master stops
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: PHP's stream_socket_accept() reports uninitialised bytes as the name of an unnamed unix peer, so upstream's getRemoteAddress() is garbage and getRemotePort() throws a TypeError; the native accept reports ''
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$path = WmTest::$dir . '/echo.sock';
$w = new Worker("unix://$path");
$w->protocol = 'Workerman\Protocols\Text';
$w->onMessage = function ($c, $data) {
    $c->send(json_encode([
        'data' => $data, 'transport' => $c->transport, 'remoteIp' => $c->getRemoteIp(),
        'remotePort' => $c->getRemotePort(), 'remoteAddress' => $c->getRemoteAddress(),
        'localIp' => $c->getLocalIp(), 'localPort' => $c->getLocalPort(),
        'localAddress' => $c->getLocalAddress() === WmTest::$dir . '/echo.sock' ? 'the path' : $c->getLocalAddress(),
        'isIpV4' => $c->isIpV4(), 'isIpV6' => $c->isIpV6(),
    ]));
};
$master = getmypid();
register_shutdown_function(function () use ($master, $path) {
    if (getmypid() === $master) {
        echo 'socket file after stop: ', var_export(file_exists($path), true), "\n";
    }
});
$w->onWorkerStart = function ($w) use ($path) {
    echo 'socket file while running: ', var_export(filetype($path), true), "\n";
    WmTest::client(0, <<<PHP
        \$s = stream_socket_client('unix://$path', \$errno, \$errstr, 5);
        stream_set_timeout(\$s, 5);
        fwrite(\$s, "hello unix\\n");
        echo fgets(\$s);
        fclose(\$s);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
socket file while running: 'socket'
{"data":"hello unix","transport":"unix","remoteIp":"","remotePort":0,"remoteAddress":"","localIp":"","localPort":0,"localAddress":"the path","isIpV4":false,"isIpV6":false}
socket file after stop: false
