--TEST--
npm ws clients: a chat-style broadcast to 50 connections (each message sent to every connection of the worker, text and binary connections mixed) arrives intact and in order everywhere
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
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    if ($r->path() === '/binary') {
        $c->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    }
};
$w->onMessage = function (TcpConnection $from, $data) use ($w) {
    foreach ($w->connections as $c) {
        $c->send($data);
    }
    WmTest::record('broadcast ' . strlen($data) . ' to ' . count($w->connections));
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          const clients = await Promise.all(Array.from({ length: 50 },
            (_, i) => H.connect(`ws://127.0.0.1:${port}/${i % 2 ? 'binary' : 'text'}`)));
          const messages = ['short', 'x'.repeat(10000), 'y'.repeat(70000)];
          for (const m of messages) {
            await H.send(clients[7], m);
          }
          const seen = {};
          for (const [i, c] of clients.entries()) {
            for (const m of messages) {
              const r = await c.next();
              const key = `${m.length} ${r.isBinary ? 'binary' : 'text'} ${r.data.toString() === m && r.isBinary === (i % 2 === 1) ? 'intact' : 'CORRUPT'}`;
              seen[key] = (seen[key] || 0) + 1;
            }
          }
          for (const key of Object.keys(seen).sort()) {
            console.log(`${key}: ${seen[key]} clients`);
          }
          await Promise.all(clients.map((c) => { c.close(1000); return c.closed(); }));
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
10000 binary intact: 25 clients
10000 text intact: 25 clients
5 binary intact: 25 clients
5 text intact: 25 clients
70000 binary intact: 25 clients
70000 text intact: 25 clients
broadcast 5 to 50
broadcast 10000 to 50
broadcast 70000 to 50
