--TEST--
Ws client (AsyncTcpConnection ws://) against a real server (npm ws): handshake with path, query and Origin, a message sent right after the 101, text/70 KB/binary echo, a server ping answered, a close started by the server
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--FILE--
<?php
require __DIR__ . '/realclient.inc';
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    // The server: npm ws in node; it writes its port to a file and exits when its client is gone.
    wm_node(0, <<<'JS'
        const fs = require('fs');
        const { WebSocketServer } = require('ws');
        const log = (line) => console.log(`server: ${line}`);
        const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
        setTimeout(() => { log('timed out'); process.exit(1); }, 15000 * H.scale).unref();
        wss.on('listening', () => fs.writeFileSync(`${dir}/node.port`, String(wss.address().port)));
        wss.on('connection', (ws, req) => {
          log(`connection ${req.url} version=${req.headers['sec-websocket-version']} origin=${req.headers.origin}`);
          ws.send('welcome');
          ws.on('message', (data, isBinary) => {
            const text = isBinary ? data.toString('hex') : data.length > 64 ? `${data.length} bytes` : data.toString();
            log(`message ${isBinary ? 'binary' : 'text'} ${text}`);
            if (!isBinary && data.toString() === 'ping me') {
              ws.ping('srv');
            } else if (!isBinary && data.toString() === 'close me') {
              ws.close(4002, 'server bye');
            } else {
              ws.send(data, { binary: isBinary });
            }
          });
          ws.on('pong', (data) => {
            log(`pong ${JSON.stringify(data.toString())}`);
            ws.send('pinged');
          });
          ws.on('close', (code) => {
            log(`close ${code}`);
            wss.close();
            process.exit(0);
          });
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
    WmTest::when(fn () => is_file(WmTest::$dir . '/node.port'), function () {
        $port = (int)file_get_contents(WmTest::$dir . '/node.port');
        $c = new AsyncTcpConnection("ws://127.0.0.1:$port/chat?room=1");
        $c->websocketOrigin = 'http://example.test';
        $c->onWebSocketConnect = function (AsyncTcpConnection $c, $response) {
            WmTest::record("onWebSocketConnect {$response->getStatusCode()} upgrade={$response->getHeader('Upgrade')}");
        };
        $c->onMessage = function (AsyncTcpConnection $c, $data) {
            WmTest::record('onMessage ' . (strlen($data) > 64 ? strlen($data) . ' bytes' : bin2hex($data)));
            switch ($data) {
                case 'welcome':
                    $c->send('hello');
                    break;
                case 'hello':
                    $c->send(str_repeat('0123456789', 7000));
                    break;
                case "\x00\xff":
                    $c->websocketType = Ws::BINARY_TYPE_BLOB;
                    $c->send('ping me');
                    break;
                case 'pinged':
                    $c->send('close me');
                    break;
                default:
                    $c->websocketType = Ws::BINARY_TYPE_ARRAYBUFFER;
                    $c->send("\x00\xff");
            }
        };
        $c->onClose = function () {
            WmTest::record('onClose');
        };
        $c->connect();
    });
};
Worker::runAll();
?>
--EXPECT--
server: connection /chat?room=1 version=13 origin=http://example.test
server: message text hello
server: message text 70000 bytes
server: message binary 00ff
server: message text ping me
server: pong "srv"
server: message text close me
server: close 1006
onWebSocketConnect 101 upgrade=websocket
onMessage 77656c636f6d65
onMessage 68656c6c6f
onMessage 70000 bytes
onMessage 00ff
onMessage 70696e676564
onClose
