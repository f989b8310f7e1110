--TEST--
A 4.x-style Websocket subclass whose overrides have no return types (and untyped or ConnectionInterface parameters) compiles and is used as the protocol
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: upstream 5.x declares return types on Websocket's static methods, so this 4.x-style subclass is a fatal "Declaration must be compatible" error there
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;
use Workerman\Protocols\Websocket;
use Workerman\Connection\ConnectionInterface;

class OldWs extends Websocket
{
    public static function decode($buffer, ConnectionInterface $connection)
    {
        return 'old:' . parent::decode($buffer, $connection);
    }

    public static function encode($buffer, ConnectionInterface $connection)
    {
        return parent::encode("[$buffer]", $connection);
    }
}

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = OldWs::class;
$w->onMessage = function ($connection, $data) {
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s] = wm_ws_open($port);
        wm_send($s, wm_ws_text('hello'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        PHP));
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=11 masked=0 [old:hello]
