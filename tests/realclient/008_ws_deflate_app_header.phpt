--TEST--
npm ws client with permessage-deflate: the app opts in as upstream apps do (a *_DEFLATE websocketType plus its own Sec-WebSocket-Extensions header): compressed both ways, context kept across messages; without opting in nothing is negotiated
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
    WmTest::record("connect {$r->path()}, client offers: {$r->header('sec-websocket-extensions')}");
    if ($r->path() === '/deflate') {
        $c->websocketType = Websocket::BINARY_TYPE_BLOB_DEFLATE;
        $c->headers = ['Sec-WebSocket-Extensions: permessage-deflate'];
    }
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
        console.log(`md5 ${require('crypto').createHash('md5').update(text).digest('hex')}`);
        H.main(async () => {
          for (const path of ['/deflate', '/plain']) {
            const s = await H.connect(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: true });
            console.log(`${path}: extensions ${JSON.stringify(s.extensions)}`);
            // "hi" is below ws's threshold, so it goes uncompressed; the 100 KB text twice.
            for (const m of ['hi', text, text]) {
              const before = s._socket.bytesRead;
              await H.send(s, m);
              const r = await s.next();
              const wire = s._socket.bytesRead - before;
              const size = m.length < 1000 ? '' : wire < 10000 ? ', compressed' : `, ${wire} bytes on the wire`;
              console.log(`${path}: ${m.length} ${r.data.toString() === m ? 'intact' : 'CORRUPT'}${size}`);
            }
            s.close(1000);
            await s.closed();
          }
        });
        JS, function ($out) {
        // The server's hash of what it received, in terms of the client's.
        $md5 = preg_match('/^md5 (\w+)$/m', $out, $m) ? $m[1] : 'none';
        echo str_replace($md5, 'MD5-OF-TEXT', $out . WmTest::recorded());
    });
};
Worker::runAll();
?>
--EXPECTF--
md5 MD5-OF-TEXT
/deflate: extensions "permessage-deflate"
/deflate: 2 intact
/deflate: 102400 intact, compressed
/deflate: 102400 intact, compressed
/plain: extensions ""
/plain: 2 intact
/plain: 102400 intact, 102%d bytes on the wire
/plain: 102400 intact, 102%d bytes on the wire
connect /deflate, client offers: permessage-deflate; client_max_window_bits
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 102400 MD5-OF-TEXT
message 102400 MD5-OF-TEXT
connect /plain, client offers: permessage-deflate; client_max_window_bits
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 102400 MD5-OF-TEXT
message 102400 MD5-OF-TEXT
