--TEST--
npm ws client with permessage-deflate: a small compressed message that inflates past maxPackageSize closes the connection; the worker lives on and serves the next client
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--FILE--
<?php
// upstream differs: upstream 5.2.2 closes the connection but then returns false from decode(), declared string, so the worker dies with a TypeError (exit 250) and is restarted
require __DIR__ . '/realclient.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Websocket;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function (TcpConnection $c, Request $r) {
    $c->maxPackageSize = 1000;
    $c->websocketType = Websocket::BINARY_TYPE_BLOB_DEFLATE;
    $c->headers = ['Sec-WebSocket-Extensions: permessage-deflate'];
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record('message ' . strlen($data));
    $c->send($data);
};
$w->onClose = function (TcpConnection $c) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::record('onWorkerStart');
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          let s = await H.connect(`ws://127.0.0.1:${port}/`, { perMessageDeflate: true });
          await H.send(s, 'x'.repeat(900)); // below ws's compression threshold
          await H.send(s, 'x'.repeat(2000)); // compressed to a few bytes
          let r = await s.next();
          console.log(`echoed ${r.data.length}`);
          const c = await s.closed();
          console.log(`inflates to 2000 bytes: close ${c.code}, messages left ${s.pending().messages}`);
          s = await H.connect(`ws://127.0.0.1:${port}/`, { perMessageDeflate: true });
          await H.send(s, 'still there');
          r = await s.next();
          console.log(`next client: ${r.data.toString()}`);
          s.close(1000);
          await s.closed();
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
echoed 900
inflates to 2000 bytes: close 1006, messages left 0
next client: still there
onWorkerStart
message 900
onClose
message 11
onClose
