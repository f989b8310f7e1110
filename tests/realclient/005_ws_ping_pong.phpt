--TEST--
npm ws client: its pings are answered with the same payload (automatically, or by an onWebSocketPing callback that sends), server pings sent raw are answered and reach onWebSocketPong
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--FILE--
<?php
require __DIR__ . '/realclient.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    if ($r->path() === '/cb') {
        // A per-connection callback replaces the automatic pong; inside it send() sends a pong.
        $c->onWebSocketPing = function (TcpConnection $c, $data) {
            WmTest::record("onWebSocketPing \"$data\"");
            $c->send("re:$data");
        };
    }
    $c->pongs = [];
};
$w->onWebSocketPong = function (TcpConnection $c, $data) {
    WmTest::record("onWebSocketPong \"$data\"");
    $c->pongs[] = $data;
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record("message \"$data\"");
    if ($data === 'ping me') {
        $c->send("\x89\x00\x89\x02hi", true); // two ping frames, raw
    } elseif ($data === 'status') {
        $c->send('pongs seen: ' . json_encode($c->pongs));
    } else {
        $c->send($data);
    }
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          const a = await H.connect(`ws://127.0.0.1:${port}/auto`);
          a.ping('hello');
          a.ping('');
          a.ping(Buffer.alloc(125, 0x7a)); // the largest control payload
          let p = [await a.nextPong(), await a.nextPong(), await a.nextPong()];
          console.log(`auto: pongs ${JSON.stringify(p[0].toString())} ${JSON.stringify(p[1].toString())} ${p[2].length}x${p[2][0] === 0x7a ? 'z' : '?'}`);
          await H.send(a, 'x');
          let r = await a.next();
          console.log(`auto: then ${JSON.stringify(r.data.toString())}, pending ${JSON.stringify(a.pending())}`);

          const pings = [];
          a.on('ping', (d) => pings.push(d.toString()));
          await H.send(a, 'ping me');
          await H.within(5000, 'waiting for 2 pings', new Promise((resolve) => {
            const check = () => (pings.length >= 2 ? resolve() : setTimeout(check, 5));
            check();
          }));
          await H.send(a, 'status'); // after ws's automatic pongs, which it sent on receipt
          r = await a.next();
          console.log(`server pings ${JSON.stringify(pings)}, ${r.data.toString()}`);
          a.close(1000);
          await a.closed();

          const c = await H.connect(`ws://127.0.0.1:${port}/cb`);
          c.ping('knock');
          p = await c.nextPong();
          await H.send(c, 'y');
          r = await c.next();
          console.log(`cb: pong ${JSON.stringify(p.toString())}, then ${JSON.stringify(r.data.toString())}, pending ${JSON.stringify(c.pending())}`);
          c.close(1000);
          await c.closed();
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
auto: pongs "hello" "" 125xz
auto: then "x", pending {"messages":0,"pongs":0}
server pings ["","hi"], pongs seen: ["","hi"]
cb: pong "re:knock", then "y", pending {"messages":0,"pongs":0}
message "x"
message "ping me"
onWebSocketPong ""
onWebSocketPong "hi"
message "status"
onWebSocketPing "knock"
message "y"
