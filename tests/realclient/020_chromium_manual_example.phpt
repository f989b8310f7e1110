--TEST--
Headless Chromium: a page served by an http:// worker does what the Workerman manual's browser example does (new WebSocket, heartbeat "ping" and a JSON message on open, replies shown in the page); binary messages as ArrayBuffer and Blob; a close started by the page
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
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Websocket;

WmTest::setup();
// The page the browser loads; the websocket worker's port is filled in when it is served.
$page = <<<'HTML'
    <!doctype html>
    <html><head><meta charset="utf-8"><title>WebSocket example</title></head>
    <body><pre id="log"></pre>
    <script>
    function show(line) { document.getElementById('log').textContent += line + '\n'; }
    var url = 'ws://127.0.0.1:WS_PORT';
    var ws = new WebSocket(url);
    ws.onopen = function () {
        show('connected');
        ws.send('ping');
        ws.send(JSON.stringify({pathInfo: 'worker/WebSocketExamples/message'}));
    };
    ws.onmessage = function (e) { show('received: ' + e.data); };
    ws.onclose = function (e) { show('closed clean=' + e.wasClean); };
    </script></body></html>
    HTML;

$ws = new Worker('websocket://127.0.0.1:0');
$ws->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    $c->path = $r->path();
    $origin = $r->header('origin') === 'http://127.0.0.1:' . file_get_contents(WmTest::$dir . '/http.port') ? 'the page' : 'unexpected';
    $agent = str_contains((string)$r->header('user-agent'), 'Chrome/') ? 'Chrome' : 'unexpected';
    WmTest::record("connect {$c->path} origin=$origin agent=$agent");
    if ($c->path === '/bin') {
        $c->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    }
};
$ws->onMessage = function (TcpConnection $c, $data) {
    WmTest::record("message {$c->path} " . ($c->path === '/bin' ? bin2hex($data) : $data));
    if ($c->path === '/bin') {
        $c->send(strrev($data));
    } elseif ($data === 'ping') {
        $c->send('pong');
    } else {
        $request = json_decode($data, true);
        $c->send(json_encode(['code' => 0, 'path' => $request['pathInfo'] ?? null], JSON_UNESCAPED_SLASHES));
    }
};
$ws->onClose = function (TcpConnection $c) {
    WmTest::record("close {$c->path}");
};
$ws->onWorkerStart = function ($w) {
    WmTest::guard();
    file_put_contents(WmTest::$dir . '/ws.port', WmTest::port($w));
};

$http = new Worker('http://127.0.0.1:0');
$http->onMessage = function (TcpConnection $c, Request $r) use ($page) {
    if ($r->path() !== '/') {
        $c->send(new Response(404));
        return;
    }
    $c->send(new Response(200, ['Content-Type' => 'text/html; charset=utf-8'],
        str_replace('WS_PORT', file_get_contents(WmTest::$dir . '/ws.port'), $page)));
};
$http->onWorkerStart = function ($w) {
    file_put_contents(WmTest::$dir . '/http.port', WmTest::port($w));
    WmTest::when(fn () => is_file(WmTest::$dir . '/ws.port'), fn () => wm_node(WmTest::port($w), <<<'JS'
        const { chromium } = require('playwright-core');
        H.main(async () => {
          const browser = await chromium.launch({
            executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], timeout: 15000 * H.scale,
          });
          try {
            const page = await browser.newPage();
            page.setDefaultTimeout(10000 * H.scale);
            await page.goto(`http://127.0.0.1:${port}/`);
            await page.waitForFunction(() => (document.getElementById('log').textContent.match(/received/g) || []).length >= 2);
            process.stdout.write(await page.textContent('#log'));

            // Binary messages: the server answers the reversed bytes as a binary frame.
            const bin = await page.evaluate(async () => {
              const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
              const out = [];
              for (const type of ['arraybuffer', 'blob']) {
                const ws = new WebSocket(url + '/bin');
                ws.binaryType = type;
                await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
                ws.send(new Uint8Array([0, 1, 0x80, 0xff, 0x7f]));
                const data = await new Promise((resolve) => { ws.onmessage = (e) => resolve(e.data); });
                const kind = data instanceof ArrayBuffer ? 'ArrayBuffer' : data instanceof Blob ? 'Blob' : typeof data;
                const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
                out.push(`${type}: ${kind} ${hex(bytes)}`);
                // A close started by the page.
                const closed = new Promise((resolve) => { ws.onclose = (e) => resolve(e.wasClean); });
                ws.close(4000, 'done');
                out.push(`${type}: closed by the page, clean=${await closed}`);
              }
              return out.join('\n');
            });
            console.log(bin);

            // The example's own socket, closed by the page.
            await page.evaluate(() => ws.close());
            await page.waitForFunction(() => document.getElementById('log').textContent.includes('closed'));
            console.log((await page.textContent('#log')).trim().split('\n').pop());
          } finally {
            await browser.close();
          }
        }, 40000);
        JS, function ($out) {
        echo $out, WmTest::recorded();
    }, 45.0));
};
Worker::runAll();
?>
--EXPECT--
connected
received: pong
received: {"code":0,"path":"worker/WebSocketExamples/message"}
arraybuffer: ArrayBuffer 7fff800100
arraybuffer: closed by the page, clean=true
blob: Blob 7fff800100
blob: closed by the page, clean=true
closed clean=true
connect / origin=the page agent=Chrome
message / ping
message / {"pathInfo":"worker/WebSocketExamples/message"}
connect /bin origin=the page agent=Chrome
message /bin 000180ff7f
close /bin
connect /bin origin=the page agent=Chrome
message /bin 000180ff7f
close /bin
close /
