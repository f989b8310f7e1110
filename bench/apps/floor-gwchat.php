<?php
/*
 * The floor of a GatewayWorker chat message: what one broadcast `say` costs in GatewayWorker's and
 * the chat's own PHP, with no sockets and no event loop.
 *
 *   php [flags] [-d extension=.../workerman.so] bench/apps/floor-gwchat.php APP [CLIENTS] [N]
 *
 * APP is a copy of ../shared/apps/gwchat (bench/apps/setup.php gwchat prepares one; the tree
 * itself works too, nothing is written to it). The script builds one Gateway and one
 * BusinessWorker object (never started), CLIENTS (default 20) client connections that the
 * gateway knows (onClientConnect) and that are in room "1" with the session the chat's login
 * sets, and the gateway<->worker connections; every connection is a TcpConnection subclass whose
 * send() keeps what it is given. Then N times (default 20000, after N/10 warm-up rounds), client
 * i % CLIENTS says something and the message goes the way it goes in the server:
 *   gateway_in   Gateway::onClientMessage(): the gateway header and the routing to a worker
 *   proto        GatewayProtocol::encode() of that package and decode() on the worker's side,
 *                then decode() of the worker's broadcast package on the gateway's side (what the
 *                two inner TCP hops cost in GatewayWorker's user protocol; the worker's own
 *                encode() runs inside `business`)
 *   business     BusinessWorker::onGatewayMessage(): $_SERVER/$_SESSION set-up, the chat's
 *                Events::onMessage (json, htmlspecialchars, its debug echo, discarded here),
 *                Gateway::sendToGroup() (json + GatewayProtocol::encode())
 *   gateway_out  Gateway::onWorkerMessage(CMD_SEND_TO_GROUP): the group loop, one send() per
 *                client (here without the WebSocket framing and the write)
 * It prints one line: "floor: messages=N clients=C cpu_us_per_message=<process user+sys CPU,
 * getrusage> cpu_us_per_delivery=<that / C> gateway_in_us=.. proto_us=.. business_us=..
 * gateway_out_us=.. (wall-clock split per message, hrtime) workerman=extension|upstream".
 * Not included: Workerman's WebSocket decode/encode, its TCP buffering, the syscalls, the
 * `echo` of Events::onMessage reaching a file or terminal (one write(2) per message).
 */

use GatewayWorker\BusinessWorker;
use GatewayWorker\Gateway;
use GatewayWorker\Lib\Context;
use GatewayWorker\Protocols\GatewayProtocol;
use Workerman\Connection\TcpConnection;

if ($argc < 2) {
    fwrite(STDERR, "usage: floor-gwchat.php APP [CLIENTS] [N]\n");
    exit(2);
}
$appDir = realpath($argv[1]) ?: exit("floor-gwchat.php: no app at {$argv[1]}\n");
$clients = max(2, (int) ($argv[2] ?? 20));
$n = max(100, (int) ($argv[3] ?? 20000));

require $appDir . '/vendor/autoload.php';
require $appDir . '/Applications/Chat/Events.php';

/** A connection that never writes: send() keeps the last thing it was given, and counts. */
#[AllowDynamicProperties]
final class FloorConnection extends TcpConnection
{
    public mixed $last = null;
    public int $sends = 0;

    public function __construct(public string $ip = '127.0.0.1', public int $port = 40000)
    {
    }

    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        $this->last = $sendBuffer;
        $this->sends++;
        return true;
    }

    public function close(mixed $data = null, bool $raw = false): void
    {
    }

    public function getRemoteIp(): string
    {
        return $this->ip;
    }

    public function getRemotePort(): int
    {
        return $this->port;
    }
}

function prop(object $o, string $name): ReflectionProperty
{
    $p = new ReflectionProperty($o, $name);
    $p->setAccessible(true);
    return $p;
}

// The gateway (never started: no listening socket, no inner TCP worker, no register).
$gw = new Gateway('Websocket://127.0.0.1:7272');
$gw->lanIp = '127.0.0.1';
$gw->lanPort = 2300;
$toWorker = new FloorConnection('127.0.0.1', 50000);
$hello = GatewayProtocol::$empty;   // what a business worker sends when it connects
$hello['cmd'] = GatewayProtocol::CMD_WORKER_CONNECT;
$hello['body'] = json_encode(['worker_key' => 'ChatBusinessWorker:0', 'secret_key' => $gw->secretKey]);
$gw->onWorkerMessage($toWorker, $hello);

// The business worker, its connection to the gateway, and the chat's handlers.
$bw = new BusinessWorker();
$bw->name = 'ChatBusinessWorker';
$toGateway = new FloorConnection('127.0.0.1', 2300);
$bw->gatewayConnections = ['127.0.0.1:2300' => $toGateway];
prop($bw, '_eventOnMessage')->setValue($bw, 'Events::onMessage');
GatewayWorker\Lib\Gateway::setBusinessWorker($bw);

// The clients: connected, logged in to room "1" (the session the chat's login writes).
$conns = [];
for ($i = 0; $i < $clients; $i++) {
    $c = new FloorConnection('127.0.0.1', 41000 + $i);
    $c->protocol = '\Workerman\Protocols\Websocket';
    $gw->onClientConnect($c);
    $c->session = Context::sessionEncode(['room_id' => '1', 'client_name' => "b$i"]);
    $join = GatewayProtocol::$empty;
    $join['cmd'] = GatewayProtocol::CMD_JOIN_GROUP;
    $join['connection_id'] = $c->id;
    $join['ext_data'] = '1';
    $gw->onWorkerMessage($toWorker, $join);
    $conns[] = $c;
}

$t = [0, 0, 0, 0];
$one = function (int $k) use ($gw, $bw, $conns, $toWorker, $toGateway, &$t) {
    $c = $conns[$k % count($conns)];
    $msg = '{"type":"say","to_client_id":"all","content":"bm' . $k . 'x0y hello"}';
    $a = hrtime(true);
    $gw->onClientMessage($c, $msg);
    $b = hrtime(true);
    $pkg = GatewayProtocol::decode(GatewayProtocol::encode($toWorker->last));
    $b2 = hrtime(true);
    $bw->onGatewayMessage($toGateway, $pkg);
    $c2 = hrtime(true);
    $back = GatewayProtocol::decode($toGateway->last);
    $d = hrtime(true);
    $gw->onWorkerMessage($toWorker, $back);
    $e = hrtime(true);
    $t[0] += $b - $a;
    $t[1] += ($b2 - $b) + ($d - $c2);
    $t[2] += $c2 - $b2;
    $t[3] += $e - $d;
};

ob_start(fn() => '', 65536);   // Events::onMessage echoes a debug line per message: discarded
for ($i = 0; $i < intdiv($n, 10); $i++) {
    $one($i);
}
$last = $conns[1]->last;
$delivered = array_sum(array_map(fn($c) => $c->sends, $conns));
ob_end_clean();
if (!is_string($last) || !str_contains($last, '"type":"say"') || $delivered < intdiv($n, 10) * $clients) {
    fwrite(STDERR, "floor-gwchat.php: the broadcast did not reach the clients (last: " . var_export($last, true) . ")\n");
    exit(1);
}
$t = [0, 0, 0, 0];
ob_start(fn() => '', 65536);
$r0 = getrusage();
for ($i = 0; $i < $n; $i++) {
    $one($i);
}
$r1 = getrusage();
ob_end_clean();
$us = fn(array $r, string $k) => $r["ru_$k.tv_sec"] * 1e6 + $r["ru_$k.tv_usec"];
$cpu = ($us($r1, 'utime') - $us($r0, 'utime') + $us($r1, 'stime') - $us($r0, 'stime')) / $n;
printf("floor: messages=%d clients=%d cpu_us_per_message=%.3f cpu_us_per_delivery=%.3f gateway_in_us=%.3f proto_us=%.3f business_us=%.3f gateway_out_us=%.3f workerman=%s\n",
    $n, $clients, $cpu, $cpu / $clients, $t[0] / 1e3 / $n, $t[1] / 1e3 / $n, $t[2] / 1e3 / $n, $t[3] / 1e3 / $n,
    extension_loaded('workerman') ? 'extension' : 'upstream');
exit(0);
