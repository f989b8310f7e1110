--TEST--
npm ws client: fragmented messages (send with fin:false) arrive as one onMessage: small pieces, a UTF-8 character split across fragments, large binary fragments
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
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record(strlen($data) < 64 ? "message \"$data\"" : 'message ' . strlen($data) . ' ' . md5($data));
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        const more = { fin: false };
        H.main(async () => {
          const t = await H.connect(`ws://127.0.0.1:${port}/`);
          for (const piece of ['Hel', 'lo, ', 'frag', 'men']) {
            t.send(piece, more);
          }
          await H.send(t, 'ted', { fin: true });
          let r = await t.next();
          console.log(`1: ${JSON.stringify(r.data.toString())} isBinary=${r.isBinary}`);

          // "x✓y" with the 3 bytes of ✓ (e2 9c 93) split over two fragments.
          t.send(Buffer.from([0x78, 0xe2, 0x9c]), { fin: false, binary: false });
          await H.send(t, Buffer.from([0x93, 0x79]), { fin: true, binary: false });
          r = await t.next();
          console.log(`2: ${JSON.stringify(r.data.toString())} ${r.data.toString('hex')}`);

          t.close(1000);
          await t.closed();

          // 3 x 70000 bytes of binary fragments, then a whole message right behind them.
          const b = await H.connect(`ws://127.0.0.1:${port}/binary`);
          const parts = [0, 1, 2].map((i) => Buffer.alloc(70000, 0x41 + i));
          b.send(parts[0], { fin: false, binary: true });
          b.send(parts[1], { fin: false, binary: true });
          b.send(parts[2], { fin: true, binary: true });
          await H.send(b, Buffer.from('whole'));
          r = await b.next();
          const ok = r.isBinary && r.data.equals(Buffer.concat(parts));
          console.log(`4: ${r.data.length} ${ok ? 'intact' : 'CORRUPT'}`);
          r = await b.next();
          console.log(`5: ${JSON.stringify(r.data.toString())} isBinary=${r.isBinary}`);
          b.close(1000);
          await b.closed();
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECTF--
1: "Hello, fragmented" isBinary=false
2: "x✓y" 78e29c9379
4: 210000 intact
5: "whole" isBinary=true
message "Hello, fragmented"
message "x✓y"
message 210000 %s
message "whole"
