--TEST--
npm ws client: close handshake started by the client (answered, or handled by onWebSocketClose), close() by the server with and without last data, a raw close frame with a code sent by the server
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

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    $c->path = $r->path();
    if ($c->path === '/cb') {
        $c->onWebSocketClose = function (TcpConnection $c) {
            WmTest::record("onWebSocketClose {$c->path}");
            $c->close();
        };
    }
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record("message {$c->path} \"$data\"");
    match ($data) {
        'close me' => $c->close(),
        'close with data' => $c->close('last words'),
        'close frame' => $c->close("\x88\x05\x0f\xa1bye", true), // code 4001, reason "bye"
    };
};
$w->onClose = function (TcpConnection $c) {
    WmTest::record("onClose {$c->path}");
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        const show = (name, c) => console.log(`${name}: close ${c.code === 1006 ? '1006 (no close frame)' : c.code === 1005 ? '1005' : 'with a code'} ${JSON.stringify(c.reason)}`);
        H.main(async () => {
          // The server answers the client's close frame (the code it answers with: 008).
          let s = await H.connect(`ws://127.0.0.1:${port}/plain`);
          s.close(4001, 'bye');
          show('client close', await s.closed());

          // onWebSocketClose takes over: here it just closes the connection.
          s = await H.connect(`ws://127.0.0.1:${port}/cb`);
          s.close(4001, 'bye');
          show('client close, onWebSocketClose', await s.closed());

          for (const what of ['close me', 'close with data', 'close frame']) {
            s = await H.connect(`ws://127.0.0.1:${port}/server`);
            const got = [];
            s.on('message', (d) => got.push(d.toString()));
            await H.send(s, what);
            const c = await s.closed();
            console.log(`${what}: messages ${JSON.stringify(got)}, close ${c.code} ${JSON.stringify(c.reason)}`);
          }
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
client close: close with a code ""
client close, onWebSocketClose: close 1006 (no close frame) ""
close me: messages [], close 1006 ""
close with data: messages ["last words"], close 1006 ""
close frame: messages [], close 4001 "bye"
onClose /plain
onWebSocketClose /cb
onClose /cb
message /server "close me"
onClose /server
message /server "close with data"
onClose /server
message /server "close frame"
onClose /server
