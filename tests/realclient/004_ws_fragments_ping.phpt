--TEST--
npm ws client: a ping between the fragments of a message is answered with its own payload and the message stays whole
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--FILE--
<?php
// upstream differs: upstream 5.2.2 prepends the fragments buffered so far to the ping's payload (pong "before mid") and drops them from the message ("after"); RFC 6455 5.4 allows control frames between fragments
require __DIR__ . '/realclient.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record("message \"$data\"");
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          const t = await H.connect(`ws://127.0.0.1:${port}/`);
          t.send('before ', { fin: false });
          t.ping('mid');
          t.send('and ', { fin: false });
          t.ping('');
          await H.send(t, 'after', { fin: true });
          const pongs = [await t.nextPong(), await t.nextPong()];
          const r = await t.next();
          console.log(`pongs ${JSON.stringify(pongs.map(String))}, message ${JSON.stringify(r.data.toString())}`);
          t.close(1000);
          await t.closed();
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
pongs ["mid",""], message "before and after"
message "before and after"
