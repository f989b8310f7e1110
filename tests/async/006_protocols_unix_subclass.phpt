--TEST--
AsyncTcpConnection: user protocol scheme with static onConnect, frame over a unix:// client, tls:// connects plain, a subclass overriding checkConnection() and emitError()
--INI--
display_errors=0
--EXTENSIONS--
workerman
posix
--FILE--
<?php
namespace Protocols {
    class Greeting
    {
        public static function input($buffer, $c)
        {
            $p = strpos($buffer, "\n");
            return $p === false ? 0 : $p + 1;
        }
        public static function encode($data, $c)
        {
            return "G:$data\n";
        }
        public static function decode($buffer, $c)
        {
            return rtrim($buffer, "\n");
        }
        public static function onConnect($c)
        {
            \WmTest::record('Greeting::onConnect after onConnect: ' . var_export($c->context->connected ?? false, true));
            $c->send('hello from protocol');
        }
    }
}

namespace {
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Frame;

class MyConn extends AsyncTcpConnection
{
    public function checkConnection(): void
    {
        WmTest::record('MyConn::checkConnection, status ' . $this->getStatus(false));
        parent::checkConnection();
    }

    protected function emitError(int $code, mixed $msg): void
    {
        WmTest::record("MyConn::emitError($code), remoteHost $this->remoteHost, remotePort $this->remotePort");
        parent::emitError($code, $msg);
    }
}

WmTest::setup();
$text = new Worker('text://127.0.0.1:0');
$text->onMessage = fn ($c, $data) => $c->send("echo:$data");
$sock = WmTest::$dir . '/frame.sock';
$unix = new Worker("unix://$sock");
$unix->protocol = Frame::class;
$unix->onMessage = fn ($c, $data) => $c->send(strtoupper($data) . ' via ' . $c->transport);
$raw = new Worker('tcp://127.0.0.1:0');
$raw->onMessage = fn ($c, $data) => $c->send("raw:$data");
foreach ([$text, $raw] as $listener) {
    $listener->listen();
}
$ports = [WmTest::port($text), WmTest::port($raw)];

$client = new Worker();
$client->onWorkerStart = function () use ($ports, $sock) {
    WmTest::guard();
    $steps = [];
    $steps[] = function ($next) use ($ports) {
        $c = new AsyncTcpConnection("greeting://127.0.0.1:$ports[0]");
        WmTest::record("greeting: protocol $c->protocol, transport $c->transport");
        $c->onConnect = function ($c) {
            $c->context->connected = true;
        };
        $c->onMessage = function ($c, $data) {
            WmTest::record("greeting: got $data");
            $c->close();
        };
        $c->onClose = fn () => $next();
        $c->connect();
    };
    $steps[] = function ($next) use ($sock) {
        $c = new AsyncTcpConnection("unix://$sock");
        $c->protocol = Frame::class;
        WmTest::record("unix: transport $c->transport, address " . basename($c->getRemoteAddress()));
        $c->onConnect = function ($c) {
            WmTest::record('unix: onConnect, remote ' . basename($c->getRemoteAddress()) . ', isIpV4 ' . var_export($c->isIpV4(), true));
            $c->send('framed');
        };
        $c->onMessage = function ($c, $data) {
            WmTest::record("unix: got $data");
            $c->close();
        };
        $c->onClose = fn () => $next();
        $c->connect();
    };
    $steps[] = function ($next) use ($ports) {
        $c = new MyConn("tls://127.0.0.1:$ports[1]");
        WmTest::record("tls: class " . get_class($c) . ", transport $c->transport, protocol " . var_export($c->protocol, true));
        $c->onConnect = fn ($c) => $c->send('plain');
        $c->onMessage = function ($c, $data) {
            WmTest::record("tls: got $data");
            $c->close();
        };
        $c->onClose = fn () => $next();
        $c->connect();
    };
    $steps[] = function ($next) {
        $srv = stream_socket_server('tcp://127.0.0.1:0');
        $addr = stream_socket_get_name($srv, false);
        fclose($srv);
        $c = new MyConn("tcp://$addr");
        $c->onError = function ($c, $code, $msg) {
            WmTest::record("refused: onError $code " . (str_starts_with($msg, 'connect ') ? 'connect ... fail after ... seconds' : $msg));
        };
        $c->onClose = function ($c) use ($next) {
            WmTest::record('refused: onClose ' . $c->getStatus(false));
            $next();
        };
        $c->connect();
    };
    $run = function () use (&$run, &$steps) {
        if (!$steps) {
            echo str_replace((string)getmypid(), 'PID', WmTest::recorded());
            WmTest::stop();
            return;
        }
        $step = array_shift($steps);
        $step(fn () => Worker::$globalEvent->delay(0.01, $run));
    };
    $run();
};
Worker::runAll();
}
?>
--EXPECTF--
greeting: protocol \Protocols\Greeting, transport tcp
Greeting::onConnect after onConnect: true
greeting: got echo:G:hello from protocol
unix: transport unix, address frame.sock
unix: onConnect, remote frame.sock, isIpV4 false
unix: got FRAMED via unix
tls: class MyConn, transport tls, protocol NULL
MyConn::checkConnection, status CONNECTING
tls: got raw:plain
MyConn::checkConnection, status CONNECTING
MyConn::emitError(1), remoteHost 127.0.0.1, remotePort %d
refused: onError 1 connect ... fail after ... seconds
refused: onClose CLOSED
