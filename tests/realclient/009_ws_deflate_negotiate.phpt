--TEST--
npm ws client with permessage-deflate: a worker that sets a *_DEFLATE websocketType negotiates the extension when the client offers it (text and binary compressed), and sends uncompressed frames to a client that does not offer it
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--FILE--
<?php
// upstream differs: upstream 5.2.2 never negotiates permessage-deflate itself (the app must add the header) and sends compressed frames even to a client that did not offer the extension, which ws rejects
require __DIR__ . '/realclient.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    $c->websocketType = $r->path() === '/binary'
        ? Websocket::BINARY_TYPE_ARRAYBUFFER_DEFLATE : Websocket::BINARY_TYPE_BLOB_DEFLATE;
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record('message ' . strlen($data) . ' ' . md5($data));
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        let text = '';
        for (let i = 0; text.length < 102400; i++) {
          text += `line ${i}: the quick brown fox jumps over the lazy dog\n`;
        }
        text = text.slice(0, 102400);
        const bin = Buffer.alloc(102400);
        for (let i = 0; i < bin.length; i++) bin[i] = (i * 7) % 13;
        const md5 = (d) => require('crypto').createHash('md5').update(d).digest('hex');
        console.log(`md5 ${md5(text)} ${md5(bin)}`);
        H.main(async () => {
          for (const [path, deflate] of [['/text', true], ['/text', false], ['/binary', true]]) {
            const s = await H.connect(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: deflate });
            const negotiated = s.extensions.startsWith('permessage-deflate') ? 'yes'
              : s.extensions === '' ? 'no' : JSON.stringify(s.extensions);
            console.log(`${path} offered=${deflate}: negotiated ${negotiated}`);
            const big = path === '/binary' ? bin : text;
            for (const m of ['hi', big, big]) {
              const before = s._socket.bytesRead;
              await H.send(s, m);
              const r = await s.next();
              const wire = s._socket.bytesRead - before;
              const size = m.length < 1000 ? '' : wire < 10000 ? ', compressed' : `, ${wire} bytes on the wire`;
              const same = Buffer.from(m).equals(r.data) && r.isBinary === (path === '/binary');
              console.log(`  ${m.length} ${same ? 'intact' : 'CORRUPT'}${size}`);
            }
            s.close(1000);
            await s.closed();
          }
        });
        JS, function ($out) {
        $hashes = preg_match('/^md5 (\w+) (\w+)$/m', $out, $m) ? [$m[1] => 'MD5-OF-TEXT', $m[2] => 'MD5-OF-BINARY'] : [];
        echo strtr($out . WmTest::recorded(), $hashes);
    });
};
Worker::runAll();
?>
--EXPECTF--
md5 MD5-OF-TEXT MD5-OF-BINARY
/text offered=true: negotiated yes
  2 intact
  102400 intact, compressed
  102400 intact, compressed
/text offered=false: negotiated no
  2 intact
  102400 intact, 102%d bytes on the wire
  102400 intact, 102%d bytes on the wire
/binary offered=true: negotiated yes
  2 intact
  102400 intact, compressed
  102400 intact, compressed
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 102400 MD5-OF-TEXT
message 102400 MD5-OF-TEXT
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 102400 MD5-OF-TEXT
message 102400 MD5-OF-TEXT
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 102400 MD5-OF-BINARY
message 102400 MD5-OF-BINARY
