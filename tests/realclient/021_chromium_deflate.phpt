--TEST--
Headless Chromium with permessage-deflate (the browser always offers it): the app opts in with BLOB_DEFLATE and its own Sec-WebSocket-Extensions header as upstream apps do; 200 KB compressible text echoed (one compressed frame each way); without opting in, plain frames (1 MB too)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip(true);
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
    $offer = (string)$r->header('sec-websocket-extensions');
    WmTest::record("connect {$r->path()}, offered " . (str_starts_with($offer, 'permessage-deflate') ? 'permessage-deflate' : "\"$offer\""));
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
        const { chromium } = require('playwright-core');
        H.main(async () => {
          const browser = await chromium.launch({
            executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], timeout: 15000 * H.scale,
          });
          try {
            const page = await browser.newPage();
            const out = await page.evaluate(async (base) => {
              let text = '';
              for (let i = 0; text.length < 204800; i++) text += 'line ' + i + ': the quick brown fox jumps over the lazy dog\n';
              text = text.slice(0, 204800);
              let noise = '';
              for (let i = 0; noise.length < 1048576; i++) noise += Math.random().toString(36).slice(2);
              noise = noise.slice(0, 1048576);
              const lines = [];
              for (const path of ['/deflate', '/plain']) {
                const ws = new WebSocket(base + path);
                await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error('ws error')); });
                lines.push(path + ': extensions "' + ws.extensions + '"');
                for (const m of path === '/plain' ? ['hi', text, text, noise] : ['hi', text, text]) {
                  ws.send(m);
                  const data = await new Promise((resolve, reject) => {
                    ws.onmessage = (e) => resolve(e.data);
                    ws.onclose = (e) => reject(new Error('closed ' + e.code));
                  });
                  lines.push(path + ': ' + m.length + ' ' + (data === m ? 'intact' : 'CORRUPT'));
                }
                const closed = new Promise((resolve) => { ws.onclose = (e) => resolve(e.wasClean); });
                ws.close();
                lines.push(path + ': closed clean=' + await closed);
              }
              return lines.join('\n');
            }, `ws://127.0.0.1:${port}`);
            console.log(out);
          } finally {
            await browser.close();
          }
        }, 40000);
        JS, function ($out) {
        echo $out, WmTest::recorded();
    }, 45.0);
};
Worker::runAll();
?>
--EXPECTF--
/deflate: extensions "permessage-deflate"
/deflate: 2 intact
/deflate: 204800 intact
/deflate: 204800 intact
/deflate: closed clean=true
/plain: extensions ""
/plain: 2 intact
/plain: 204800 intact
/plain: 204800 intact
/plain: 1048576 intact
/plain: closed clean=true
connect /deflate, offered permessage-deflate
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 204800 %x
message 204800 %x
connect /plain, offered permessage-deflate
message 2 49f68a5c8493ec2c0bf489821c21fc3b
message 204800 %x
message 204800 %x
message 1048576 %x
