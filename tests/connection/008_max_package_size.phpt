--TEST--
TcpConnection maxPackageSize and $defaultMaxPackageSize: an oversized package is logged and closes the connection, serving goes on
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Text;

WmTest::setup();
TcpConnection::$defaultMaxPackageSize = 1000;
$w = new Worker('frame://127.0.0.1:0');
$ev = [];
$n = 0;
$w->onConnect = function (TcpConnection $c) use (&$ev, &$n) {
    $c->tag = 'c' . ++$n;
    $ev[] = "$c->tag maxPackageSize $c->maxPackageSize";
    if ($c->tag === 'c2') {
        $c->maxPackageSize = 10;
    } elseif ($c->tag === 'c3') {
        $c->protocol = Text::class;
    }
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $ev[] = "$c->tag message of " . strlen($data) . ' bytes';
    $c->send('got ' . strlen($data));
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $ev[] = "$c->tag onClose";
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, wm_frame(str_repeat('a', 996)));
        echo 'c1: ', substr(wm_recv($s, 11), 4), "\n";
        wm_send($s, wm_frame(str_repeat('b', 997)));
        echo 'c1 then: ', json_encode(wm_recv_all($s)), ' EOF: ', var_export(feof($s), true), "\n";

        $s = wm_connect($port);
        wm_send($s, wm_frame('123456'));
        echo 'c2: ', substr(wm_recv($s, 9), 4), "\n";
        wm_send($s, wm_frame('1234567'));
        echo 'c2 then: ', json_encode(wm_recv_all($s)), ' EOF: ', var_export(feof($s), true), "\n";

        $s = wm_connect($port);
        wm_send($s, str_repeat('t', 998) . "\n");
        echo 'c3: ', wm_recv_line($s);
        wm_send($s, str_repeat('u', 1000));
        echo 'c3 then: ', json_encode(wm_recv_all($s)), ' EOF: ', var_export(feof($s), true), "\n";

        $s = wm_connect($port);
        wm_send($s, wm_frame('still serving'));
        echo 'c4: ', substr(wm_recv($s, 10), 4), "\n";
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            echo "console:\n", WmTest::consoleAfterStart();
        });
};
Worker::runAll();
?>
--EXPECT--
c1: got 996
c1 then: "" EOF: true
c2: got 6
c2 then: "" EOF: true
c3: got 998
c3 then: "" EOF: true
c4: got 13
c1 maxPackageSize 1000
c1 message of 996 bytes
c1 onClose
c2 maxPackageSize 1000
c2 message of 6 bytes
c2 onClose
c3 maxPackageSize 1000
c3 message of 998 bytes
c3 onClose
c4 maxPackageSize 1000
c4 message of 13 bytes
c4 onClose
console:
Protocol Workerman\Protocols\Frame Error package. package_length=1001
Protocol Workerman\Protocols\Frame Error package. package_length=11
