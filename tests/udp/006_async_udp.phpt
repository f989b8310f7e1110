--TEST--
AsyncUdpConnection in a worker talking to a udp worker of the same script: send() before connect() connects (onConnect), text:// encodes and decodes without input() splitting, onMessage, send(raw), close('bye') with onClose, callbacks nulled, bindto context option
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncUdpConnection;
use Workerman\Connection\ConnectionInterface;

WmTest::setup();
$server = new Worker('udp://127.0.0.1:0');
// Other workers' sockets are closed in each child: the server passes its port through a file.
$server->onWorkerStart = function ($w) {
    WmTest::guard();
    file_put_contents(WmTest::$dir . '/port', (string)WmTest::port($w));
};
$server->onMessage = function ($c, $data) {
    file_put_contents(WmTest::$dir . '/server.txt', 'server got ' . json_encode($data) . ' from ' . $c->getRemoteIp() . "\n", FILE_APPEND);
    $c->send("echo:$data");
};
$client = new Worker();
$client->onWorkerStart = function () {
    WmTest::when(fn () => is_file(WmTest::$dir . '/port'), fn () => start((int)file_get_contents(WmTest::$dir . '/port')));
};
function start(int $port): void
{
    $c = new AsyncUdpConnection("text://127.0.0.1:$port", ['socket' => ['bindto' => '127.0.0.1:0']]);
    WmTest::record('protocol ' . $c->protocol . ', remote ' . ($c->getRemoteAddress() === "127.0.0.1:$port" ? 'ok' : $c->getRemoteAddress())
        . ', socket ' . var_export($c->getSocket(), true));
    $c->onConnect = function ($c) {
        WmTest::record('onConnect, socket is resource: ' . var_export(is_resource($c->getSocket()), true)
            . ', eventLoop set: ' . var_export($c->eventLoop !== null, true) . ', local ip ' . $c->getLocalIp());
    };
    $n = 0;
    $c->onMessage = function ($c, $data) use (&$n) {
        WmTest::record('onMessage ' . json_encode($data));
        if (++$n === 1) {
            WmTest::record('raw send: ' . var_export($c->send("x\ny\n", true), true));
            return;
        }
        $c->close('bye');
        WmTest::record('after close: socket ' . var_export($c->getSocket(), true) . ', onMessage '
            . var_export($c->onMessage, true) . ', onClose ' . var_export($c->onClose, true));
    };
    $c->onClose = function ($c) {
        WmTest::record('onClose');
    };
    WmTest::record('send: ' . var_export($c->send('hello'), true));
    WmTest::when(fn () => substr_count((string)@file_get_contents(WmTest::$dir . '/server.txt'), 'server got') >= 3, function () {
        echo WmTest::recorded();
        echo file_get_contents(WmTest::$dir . '/server.txt');
        echo 'total_request: ', ConnectionInterface::$statistics['total_request'], "\n";
        WmTest::stop();
    });
}
Worker::runAll();
?>
--EXPECTF--
protocol \Workerman\Protocols\Text, remote ok, socket NULL
onConnect, socket is resource: true, eventLoop set: true, local ip 127.0.0.1
send: true
onMessage "echo:hello"
raw send: true
onMessage "echo:x\ny"
onClose
after close: socket NULL, onMessage NULL, onClose NULL
server got "hello\n" from 127.0.0.1
server got "x\ny\n" from 127.0.0.1
server got "bye\n" from 127.0.0.1
total_request: 2
