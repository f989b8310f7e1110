--TEST--
UdpConnection::close('bye') on a server-side connection sends the data and leaves the worker's shared socket open: later datagrams are still served; close() nulls socket, eventLoop and errorHandler, and send() afterwards returns false
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: 5.1+ fcloses the worker's listening socket in a server-side close(), and the worker then dies
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('udp://127.0.0.1:0');
$w->onMessage = function ($c, $data) {
    if ($data === 'quit') {
        $c->errorHandler = fn () => null;
        $c->close('bye');
        WmTest::record('after close: socket ' . var_export($c->getSocket(), true) . ', errorHandler '
            . var_export($c->errorHandler, true) . ', local ' . var_export($c->getLocalAddress(), true)
            . ', send ' . var_export($c->send('x'), true));
        return;
    }
    $c->send("re:$data");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 5);
        foreach (['a', 'quit', 'b', 'quit', 'c'] as $d) {
            stream_socket_sendto($s, $d);
            echo stream_socket_recvfrom($s, 100), "\n";
        }
        fclose($s);
        PHP, function ($out) {
            echo $out;
            echo WmTest::recorded();
        });
};
Worker::runAll();
?>
--EXPECT--
re:a
bye
re:b
bye
re:c
after close: socket NULL, errorHandler NULL, local '', send false
after close: socket NULL, errorHandler NULL, local '', send false
