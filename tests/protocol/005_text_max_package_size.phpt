--TEST--
Text::input() with a connection: maxPackageSize reached closes the connection and returns 0
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Protocols\Text;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$events = [];
$w->onConnect = function ($connection) {
    $connection->maxPackageSize = 10;
};
$w->onMessage = function ($connection, $data) use (&$events) {
    $events[] = "message $data";
    if ($data === 'direct') {
        // Called by hand with the connection: below the limit it only frames...
        $r = [Text::input("ab\n", $connection), Text::input("abcdefghi", $connection),
            $connection->getStatus() === TcpConnection::STATUS_ESTABLISHED];
        $connection->send(json_encode($r));
        // ... at the limit it closes the connection (after the queued reply) and returns 0.
        $r = Text::input("abcdefghij", $connection);
        $events[] = "input $r status " . $connection->getStatus(false);
        return;
    }
    $connection->send("[$data]");
};
$w->onClose = function ($connection) use (&$events) {
    $events[] = 'close';
};
$w->onWorkerStart = function ($w) use (&$events) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "direct\n");
        echo wm_recv_line($s);
        var_dump(wm_closed($s));
        // The framing itself: 10+ buffered bytes without "\n" reach the limit.
        $s = wm_connect($port);
        wm_send($s, "ok\n");
        echo wm_recv_line($s);
        wm_send($s, "abcdefghijkl");
        var_dump(wm_closed($s));
        PHP, function ($out) use (&$events) {
        echo $out;
        echo implode("\n", $events), "\n";
        echo "log: ", implode("\n", preg_grep('/error|exception/i', explode("\n", WmTest::console()))), "\n";
    });
};
Worker::runAll();
?>
--EXPECT--
[3,0,true]
bool(true)
[ok]
bool(true)
message direct
close
input 0 status CLOSED
message ok
close
log: 
