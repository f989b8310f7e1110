--TEST--
Headless Chromium with permessage-deflate negotiated by the worker (BLOB_DEFLATE / ARRAYBUFFER_DEFLATE, no header from the app): 1 MB messages the browser compresses and splits into fragments, text and binary, echoed intact
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip(true);
--FILE--
<?php
// upstream differs: upstream 5.2.2 never negotiates permessage-deflate itself, and inflates only the first frame of a compressed fragmented message (RSV1 is set on the first frame only, RFC 7692 6.1), which corrupts it
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
    WmTest::record('message ' . strlen($data));
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
              let noise = '';
              for (let i = 0; noise.length < 1048576; i++) noise += Math.random().toString(36).slice(2);
              noise = noise.slice(0, 1048576);
              const bytes = new Uint8Array(1048576);
              for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 10)) & 0xff;
              const lines = [];
              for (const [path, m] of [['/text', noise], ['/binary', bytes]]) {
                const ws = new WebSocket(base + path);
                ws.binaryType = 'arraybuffer';
                await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error('ws error')); });
                lines.push(path + ': negotiated ' + (ws.extensions.startsWith('permessage-deflate') ? 'yes' : 'no "' + ws.extensions + '"'));
                for (let round = 0; round < 2; round++) {
                  ws.send(m);
                  const data = await new Promise((resolve, reject) => {
                    ws.onmessage = (e) => resolve(e.data);
                    ws.onclose = (e) => reject(new Error('closed ' + e.code));
                  });
                  const same = typeof m === 'string' ? data === m
                    : data instanceof ArrayBuffer && data.byteLength === m.length && new Uint8Array(data).every((b, i) => b === m[i]);
                  lines.push(path + ': ' + m.length + ' ' + (same ? 'intact' : 'CORRUPT'));
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
--EXPECT--
/text: negotiated yes
/text: 1048576 intact
/text: 1048576 intact
/text: closed clean=true
/binary: negotiated yes
/binary: 1048576 intact
/binary: 1048576 intact
/binary: closed clean=true
message 1048576
message 1048576
message 1048576
message 1048576
