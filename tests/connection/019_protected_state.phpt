--TEST--
TcpConnection: upstream's protected state ($status, $recvBuffer, $sendBuffer, $socket, $isPaused, $remoteAddress, $currentPackageLength, $endWriteShutdown, $endLingerTimerId, $isSafe, $idRecorder) read by a subclass from live connections; outside code and 3.x/4.x-style dynamic properties of the same names keep working; an AsyncTcpConnection subclass sees its status move; parent::__destruct()
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\AsyncTcpConnection;

/** Reads the protected state of any connection: a subclass's scope may. */
class Peek extends TcpConnection
{
    public static function get(TcpConnection $c, string $name): mixed
    {
        return $c->$name;
    }

    public static function has(TcpConnection $c, string $name): bool
    {
        return isset($c->$name);
    }

    public static function set(TcpConnection $c, string $name, mixed $value): string
    {
        try {
            $c->$name = $value;
            return 'written';
        } catch (Error $e) {
            return $e->getMessage();
        }
    }

    public static function nextId(): int
    {
        return static::$idRecorder;
    }
}

class MyAsync extends AsyncTcpConnection
{
    public function status(): int
    {
        return $this->status;
    }

    public function __destruct()
    {
        WmTest::record('MyAsync destructed, status ' . $this->status);
        parent::__destruct();
    }
}

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, string $msg) use ($w) {
    if ($msg === 'state') {
        $ev = [];
        $ev[] = 'status ' . Peek::get($c, 'status') . ', recvBuffer ' . json_encode(Peek::get($c, 'recvBuffer'))
            . ', currentPackageLength ' . Peek::get($c, 'currentPackageLength');
        $c->send('one');
        $c->send('two');
        $ev[] = 'sendBuffer while corked ' . json_encode(Peek::get($c, 'sendBuffer'));
        $socket = Peek::get($c, 'socket');
        $ev[] = 'socket is getSocket(): ' . var_export(is_resource($socket) && $socket === $c->getSocket(), true)
            . ', remoteAddress is getRemoteAddress(): ' . var_export(Peek::get($c, 'remoteAddress') === $c->getRemoteAddress(), true);
        $c->pauseRecv();
        $ev[] = 'isPaused after pauseRecv ' . var_export(Peek::get($c, 'isPaused'), true);
        $c->resumeRecv();
        $ev[] = 'isPaused after resumeRecv ' . var_export(Peek::get($c, 'isPaused'), true);
        $ev[] = 'sslHandshakeCompleted ' . var_export(Peek::get($c, 'sslHandshakeCompleted'), true)
            . ', doSslHandshake ' . var_export($c->doSslHandshake($socket), true)
            . ', isSafe ' . var_export(Peek::get($c, 'isSafe'), true)
            . ', endWriteShutdown ' . var_export(Peek::get($c, 'endWriteShutdown'), true)
            . ', endLingerTimerId ' . Peek::get($c, 'endLingerTimerId');
        $ev[] = 'idRecorder is past this id: ' . var_export(Peek::nextId() > $c->id, true);
        $ev[] = 'isset: status ' . var_export(Peek::has($c, 'status'), true) . ', from outside '
            . var_export(isset($c->status), true);
        // Workerman 3.x/4.x applications use these names as dynamic properties of their own, from
        // outside the class (GatewayWorker 3.0: $gatewayConnection->remoteAddress = $addr).
        $g = new AsyncTcpConnection('text://127.0.0.1:1');
        $g->remoteAddress = '10.0.0.1:2000';
        $ev[] = 'own remoteAddress from outside ' . $g->remoteAddress . ', from a subclass '
            . Peek::get($g, 'remoteAddress') . ', getRemoteAddress() ' . $g->getRemoteAddress();
        $ev[] = Peek::set($c, 'recvBuffer', 'mine');
        $ev[] = 'then recvBuffer ' . Peek::get($c, 'recvBuffer');
        $ev[] = 'done';
        $c->context->ev = $ev;
        return;
    }
    if ($msg === 'next') {
        return;
    }
    if ($msg === 'report') {
        $c->send(implode("\n", $c->worker->connections[array_key_first($c->worker->connections)]->context->ev ?? ['none']));
        return;
    }
    if ($msg === 'end') {
        $c->end('bye');
        WmTest::record('after end(): status ' . Peek::get($c, 'status')
            . ', endWriteShutdown ' . var_export(Peek::get($c, 'endWriteShutdown'), true)
            . ', endLingerTimerId set ' . var_export(Peek::get($c, 'endLingerTimerId') > 0, true)
            . ', sendBuffer ' . json_encode(Peek::get($c, 'sendBuffer')));
    }
};
$w->onWorkerStart = function ($w) {
    $port = WmTest::port($w);
    $a = new MyAsync("text://127.0.0.1:$port");
    WmTest::record('async before connect ' . $a->status());
    $a->onConnect = function (MyAsync $a) {
        WmTest::record('async onConnect ' . $a->status());
        $a->close();
    };
    $a->onClose = function (MyAsync $a) use ($port) {
        WmTest::record('async onClose ' . $a->status());
        WmTest::client($port, <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "state\nnext\nparti");
            $r = wm_connect($port);
            wm_send($r, "report\n");
            echo wm_recv_until($r, "done\n");
            echo wm_recv_line($s), wm_recv_line($s);
            wm_send($s, "al\nend\n");
            echo wm_recv_line($s), wm_recv_line($s), var_export(wm_closed($s), true), "\n";
            PHP, function ($out) {
                echo $out;
                echo WmTest::recorded();
                WmTest::stop();
            });
    };
    $a->connect();
    WmTest::record('async after connect() ' . $a->status());
};
Worker::runAll();
?>
--EXPECT--
status 2, recvBuffer "next\nparti", currentPackageLength 0
sendBuffer while corked "one\ntwo\n"
socket is getSocket(): true, remoteAddress is getRemoteAddress(): true
isPaused after pauseRecv true
isPaused after resumeRecv false
sslHandshakeCompleted false, doSslHandshake false, isSafe true, endWriteShutdown false, endLingerTimerId 0
idRecorder is past this id: true
isset: status true, from outside false
own remoteAddress from outside 10.0.0.1:2000, from a subclass 10.0.0.1:2000, getRemoteAddress() 127.0.0.1:1
written
then recvBuffer mine
done
one
two
bye
true
async before connect 0
async after connect() 1
async onConnect 2
async onClose 16
MyAsync destructed, status 16
after end(): status 4, endWriteShutdown true, endLingerTimerId set true, sendBuffer ""