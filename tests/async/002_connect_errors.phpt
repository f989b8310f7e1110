--TEST--
AsyncTcpConnection: refused port and missing unix socket: onError($conn, 1, message) then onClose, callbacks dropped, registries cleaned
--INI--
display_errors=0
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker();
$ev = [];
function attempt(string $address, string $mask, callable $next): AsyncTcpConnection
{
    global $ev;
    $c = new AsyncTcpConnection($address);
    $c->onConnect = function () use (&$ev) { $ev[] = 'onConnect?!'; };
    $c->onError = function ($c, $code, $msg) use (&$ev, $mask) {
        $msg = preg_replace('/after [0-9.E-]+ seconds$/', 'after T seconds', str_replace($mask, 'ADDR', $msg));
        $ev[] = "onError: code $code (CONNECT_FAIL " . TcpConnection::CONNECT_FAIL . "), \"$msg\", status " . $c->getStatus(false);
    };
    $c->onClose = function ($c) use (&$ev, $next) {
        $ev[] = 'onClose: status ' . $c->getStatus(false);
        Worker::$globalEvent->delay(0.01, function () use ($c, &$ev, $next) {
            $ev[] = 'after: onConnect ' . var_export($c->onConnect, true) . ', onError ' . var_export($c->onError, true)
                . ', onClose ' . var_export($c->onClose, true) . ', registered ' . var_export(isset(TcpConnection::$connections[$c->id]), true)
                . ', send ' . var_export($c->send('x'), true);
            $next();
        });
    };
    $c->connect();
    $ev[] = 'connect() returned, status ' . $c->getStatus(false);
    return $c;
}
$w->onWorkerStart = function () use (&$ev) {
    WmTest::guard();
    $srv = stream_socket_server('tcp://127.0.0.1:0');
    $addr = stream_socket_get_name($srv, false);
    fclose($srv);
    attempt("tcp://$addr", $addr, function () use (&$ev) {
        attempt('unix:///nonexistent-dir/wm.sock', '', function () use (&$ev) {
            echo implode("\n", $ev), "\n";
            WmTest::stop();
        });
    });
};
Worker::runAll();
?>
--EXPECT--
connect() returned, status CONNECTING
onError: code 1 (CONNECT_FAIL 1), "connect ADDR fail after T seconds", status CLOSING
onClose: status CLOSED
after: onConnect NULL, onError NULL, onClose NULL, registered false, send false
onError: code 1 (CONNECT_FAIL 1), "No such file or directory", status CLOSING
onClose: status CLOSED
connect() returned, status CLOSED
after: onConnect NULL, onError NULL, onClose NULL, registered false, send false
