--TEST--
wss: headless Chromium (ignoring the test certificate's issuer) talks to a websocket:// worker with transport ssl: text and binary echo, close by the page
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip(true);
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/realclient.inc';
require __DIR__ . '/../tls/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Websocket;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('websocket://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    WmTest::record("connect {$r->path()}");
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
        const { chromium } = require('playwright-core');
        H.main(async () => {
          const browser = await chromium.launch({
            executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--ignore-certificate-errors'],
            timeout: 15000 * H.scale,
          });
          try {
            const page = await browser.newPage();
            const out = await page.evaluate(async (base) => {
              const lines = [];
              for (const path of ['/text', '/binary']) {
                const ws = new WebSocket(base + path);
                ws.binaryType = 'arraybuffer';
                await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error('ws error')); });
                ws.send(path === '/text' ? 'hello from chromium' : new Uint8Array([1, 2, 3, 250]));
                const data = await new Promise((resolve) => { ws.onmessage = (e) => resolve(e.data); });
                lines.push(path + ': ' + (typeof data === 'string' ? data : 'ArrayBuffer ' + Array.from(new Uint8Array(data)).join(',')));
                const closed = new Promise((resolve) => { ws.onclose = (e) => resolve(e.wasClean); });
                ws.close();
                lines.push(path + ': closed clean=' + await closed);
              }
              return lines.join('\n');
            }, `wss://127.0.0.1:${port}`);
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
/text: hello from chromium
/text: closed clean=true
/binary: ArrayBuffer 1,2,3,250
/binary: closed clean=true
connect /text
message 68656c6c6f2066726f6d206368726f6d69756d
close
connect /binary
message 010203fa
close
