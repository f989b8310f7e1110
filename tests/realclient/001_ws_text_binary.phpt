--TEST--
npm ws client: text echo (UTF-8, empty), binary echo with websocketType ARRAYBUFFER set in onWebSocketConnect, the handshake Request
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
    WmTest::record("connect {$r->path()} q={$r->get('q')} version={$r->header('sec-websocket-version')}");
    if ($r->path() === '/binary') {
        $c->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    }
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record('message ' . bin2hex($data));
    $c->send($data);
};
$w->onClose = function (TcpConnection $c) {
    WmTest::record('close');
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          const t = await H.connect(`ws://127.0.0.1:${port}/text?q=42`);
          for (const m of ['hello', 'h\u00e9llo w\u00f6rld \u2713 \u{1F600}', '']) {
            await H.send(t, m);
            const r = await t.next();
            console.log(`text ${JSON.stringify(r.data.toString())} isBinary=${r.isBinary}`);
          }
          t.close(1000);
          await t.closed();

          const b = await H.connect(`ws://127.0.0.1:${port}/binary`);
          await H.send(b, Buffer.from([0, 1, 2, 0x80, 0xff, 0xfe, 0x0d, 0x0a]));
          let r = await b.next();
          console.log(`binary ${r.data.toString('hex')} isBinary=${r.isBinary}`);
          // The connection's type decides the reply's opcode, whatever the client sent.
          await H.send(b, 'as text');
          r = await b.next();
          console.log(`binary ${JSON.stringify(r.data.toString())} isBinary=${r.isBinary}`);
          b.close(1000);
          await b.closed();
          console.log('done');
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
text "hello" isBinary=false
text "héllo wörld ✓ 😀" isBinary=false
text "" isBinary=false
binary 00010280fffe0d0a isBinary=true
binary "as text" isBinary=true
done
connect /text q=42 version=13
message 68656c6c6f
message 68c3a96c6c6f2077c3b6726c6420e29c9320f09f9880
message 
close
connect /binary q= version=13
message 00010280fffe0d0a
message 61732074657874
close
