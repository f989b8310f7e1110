--TEST--
Ws client over TLS (AsyncTcpConnection ws:// with transport ssl, verifying a generated test certificate) against a real wss server (npm ws on node's https): echo of text and 100 KB, close by the client
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/realclient.inc';
require __DIR__ . '/../tls/tls.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker();
$w->onWorkerStart = function () use ($cert) {
    wm_node(0, <<<'JS'
        const fs = require('fs');
        const https = require('https');
        const { WebSocketServer } = require('ws');
        const log = (line) => console.log(`server: ${line}`);
        const server = https.createServer({
          cert: fs.readFileSync(`${dir}/server.crt`), key: fs.readFileSync(`${dir}/server.key`),
        });
        const wss = new WebSocketServer({ server });
        setTimeout(() => { log('timed out'); process.exit(1); }, 15000 * H.scale).unref();
        server.listen(0, '127.0.0.1', () => fs.writeFileSync(`${dir}/node.port`, String(server.address().port)));
        wss.on('connection', (ws, req) => {
          log(`connection ${req.url} over ${req.socket.getProtocol().startsWith("TLSv1.") ? "TLS" : "?"}`);
          ws.on('message', (data, isBinary) => {
            log(`message ${data.length}`);
            ws.send(data, { binary: isBinary });
          });
          ws.on('close', (code) => {
            log(`close ${code}`);
            process.exit(0);
          });
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
    WmTest::when(fn () => is_file(WmTest::$dir . '/node.port'), function () use ($cert) {
        $port = (int)file_get_contents(WmTest::$dir . '/node.port');
        $c = new AsyncTcpConnection("ws://127.0.0.1:$port/secure",
            ['ssl' => ['cafile' => $cert[0], 'peer_name' => 'localhost']]);
        $c->transport = 'ssl';
        $c->onWebSocketConnect = fn () => WmTest::record('onWebSocketConnect');
        $c->onMessage = function (AsyncTcpConnection $c, $data) {
            WmTest::record('onMessage ' . strlen($data) . ' ' . ($data === 'hello tls' || $data === str_repeat('abcd', 25000) ? 'ok' : 'BAD'));
            if ($data === 'hello tls') {
                $c->send(str_repeat('abcd', 25000));
            } else {
                $c->close();
            }
        };
        $c->onClose = fn () => WmTest::record('onClose');
        $c->onError = fn ($c, $code, $msg) => WmTest::record("onError $code $msg");
        $c->send('hello tls'); // held until the handshake is done
        $c->connect();
    });
};
Worker::runAll();
?>
--EXPECT--
server: connection /secure over TLS
server: message 9
server: message 100000
server: close 1006
onWebSocketConnect
onMessage 9 ok
onMessage 100000 ok
onClose
