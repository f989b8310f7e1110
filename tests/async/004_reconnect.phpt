--TEST--
AsyncTcpConnection: reconnect() from onClose (now and after 1 s) keeps callbacks, id and registration; cancelReconnect() stops a pending one
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$served = 0;
$w->onMessage = function (TcpConnection $c, $data) use (&$served) {
    $served++;
    $c->close("bye $data");
};
$w->onWorkerStart = function ($w) use (&$ev, &$served) {
    WmTest::guard();
    $port = WmTest::port($w);
    $c = new AsyncTcpConnection("text://127.0.0.1:$port");
    $id = $c->id;
    $connects = 0;
    $c->onConnect = function ($c) use (&$ev, &$connects) {
        $connects++;
        $ev[] = "onConnect #$connects";
        $c->send("hi$connects");
    };
    $c->onMessage = function ($c, $data) use (&$ev) {
        $ev[] = "got $data";
    };
    $c->onClose = function ($c) use (&$ev, &$connects, $id, &$served) {
        $ev[] = "onClose #$connects, status " . $c->getStatus(false);
        if ($connects === 1) {
            $c->reconnect();
            $ev[] = 'reconnect(): status ' . $c->getStatus(false) . ', same id ' . var_export($c->id === $id, true)
                . ', registered ' . var_export((TcpConnection::$connections[$id] ?? null) === $c, true);
        } elseif ($connects === 2) {
            $t = microtime(true);
            $c->reconnect(1);
            $ev[] = 'reconnect(1): status ' . $c->getStatus(false);
        } else {
            $c->reconnect(1);
            $c->cancelReconnect();
            $ev[] = 'reconnect(1) + cancelReconnect(): status ' . $c->getStatus(false);
            Timer::add(1.5, function () use ($c, &$ev, &$connects, &$served) {
                $ev[] = "1.5 s later: connects $connects, served $served, status " . $c->getStatus(false)
                    . ', connection_count ' . TcpConnection::$statistics['connection_count'];
                echo implode("\n", $ev), "\n";
                WmTest::stop();
            }, [], false);
        }
    };
    $c->connect();
};
Worker::runAll();
?>
--EXPECT--
onConnect #1
got bye hi1
onClose #1, status CLOSED
reconnect(): status CONNECTING, same id true, registered true
onConnect #2
got bye hi2
onClose #2, status CLOSED
reconnect(1): status INITIAL
onConnect #3
got bye hi3
onClose #3, status CLOSED
reconnect(1) + cancelReconnect(): status INITIAL
1.5 s later: connects 3, served 3, status INITIAL, connection_count 1
