--TEST--
npm ws client: large messages (1 MB text, 300 KB binary) and the 7/16/64-bit length boundaries, echoed intact (sha256), sent back to back
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
    WmTest::record(strlen($data) . ' ' . hash('sha256', $data));
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        const crypto = require('crypto');
        H.main(async () => {
          // Text: random base64 (ASCII), lengths around the 7/16/64-bit length forms, all sent
          // before the first reply is read.
          const t = await H.connect(`ws://127.0.0.1:${port}/text`);
          const sizes = [125, 126, 65535, 65536, 1048576];
          const texts = sizes.map((n) => crypto.randomBytes(n).toString('base64').slice(0, n));
          await Promise.all(texts.map((m) => H.send(t, m)));
          for (const m of texts) {
            const r = await t.next(10000);
            const ok = !r.isBinary && H.sha256(r.data) === H.sha256(m);
            console.log(`text ${r.data.length} ${ok ? 'intact' : 'CORRUPT'}`);
            console.log(`sent ${m.length} ${H.sha256(m)}`);
          }
          t.close(1000);
          await t.closed();

          const b = await H.connect(`ws://127.0.0.1:${port}/binary`);
          const bins = [crypto.randomBytes(307200), crypto.randomBytes(70000)];
          await Promise.all(bins.map((m) => H.send(b, m)));
          for (const m of bins) {
            const r = await b.next(10000);
            const ok = r.isBinary && r.data.equals(m);
            console.log(`binary ${r.data.length} ${ok ? 'intact' : 'CORRUPT'}`);
            console.log(`sent ${m.length} ${H.sha256(m)}`);
          }
          b.close(1000);
          await b.closed();
        });
        JS, function ($out) {
        // What the server received must be what the client sent: same sizes and hashes.
        preg_match_all('/^sent (\d+ \w+)$/m', $out, $m);
        $server = array_filter(explode("\n", WmTest::recorded()));
        echo preg_replace('/^sent .*\n/m', '', $out);
        echo 'server received the same bytes: ', $m[1] === array_values($server) ? 'yes' : 'NO', "\n";
    }, 30.0);
};
Worker::runAll();
?>
--EXPECT--
text 125 intact
text 126 intact
text 65535 intact
text 65536 intact
text 1048576 intact
binary 307200 intact
binary 70000 intact
server received the same bytes: yes
