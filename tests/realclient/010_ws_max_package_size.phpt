--TEST--
npm ws client: messages over the connection's maxPackageSize close the connection (one frame, fragments adding up)
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
    $c->maxPackageSize = 1000;
};
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record('message ' . strlen($data));
    $c->send($data);
};
$w->onClose = function (TcpConnection $c) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          const cases = [
            ['/', 'one frame', (s) => s.send('y'.repeat(2000))],
            ['/', 'fragments', (s) => { s.send('y'.repeat(600), { fin: false }); s.send('y'.repeat(600)); }],
          ];
          for (const [path, name, sendTooBig] of cases) {
            const s = await H.connect(`ws://127.0.0.1:${port}${path}`);
            await H.send(s, 'x'.repeat(500));
            const r = await s.next();
            console.log(`${name}: 500 bytes echoed ${r.data.length}`);
            sendTooBig(s);
            const c = await s.closed();
            console.log(`${name}: too big, close ${c.code}, messages left ${s.pending().messages}`);
          }
        });
        JS, function ($out) {
        echo $out, WmTest::recorded(), WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
one frame: 500 bytes echoed 500
one frame: too big, close 1006, messages left 0
fragments: 500 bytes echoed 500
fragments: too big, close 1006, messages left 0
message 500
onClose
message 500
onClose
error package. package_length=2008
error package. package_length=1208
