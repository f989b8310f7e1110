--TEST--
npm ws client: the server answers a client's close frame with the client's own status code (4001, 1000), and with 1000 to a close frame without a code
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/realclient.inc'; echo wm_node_skip();
--FILE--
<?php
// upstream differs: upstream 5.2.2 always answers a close frame with code 1000; RFC 6455 5.5.1 says the answer typically echoes the code received, which is what ext-workerman does (1000 when there is none)
require __DIR__ . '/realclient.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, $data) {
    $c->send($data);
};
$w->onClose = function (TcpConnection $c) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    wm_node(WmTest::port($w), <<<'JS'
        H.main(async () => {
          for (const args of [[4001, 'bye'], [1000], []]) {
            const s = await H.connect(`ws://127.0.0.1:${port}/`);
            s.close(...args);
            const c = await s.closed();
            console.log(`close(${args.join(', ')}) -> ${c.code}`);
          }
        });
        JS, function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
close(4001, bye) -> 4001
close(1000) -> 1000
close() -> 1000
onClose
onClose
onClose
