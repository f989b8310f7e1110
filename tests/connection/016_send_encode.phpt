--TEST--
TcpConnection::send() with a user protocol: encode() called unless raw, '' sends nothing (null), a throwing encode() reports and sends the data as is
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Frame;

class AngleProto
{
    public static array $calls = [];

    public static function input($buffer, $connection)
    {
        $pos = strpos($buffer, "\n");
        return $pos === false ? 0 : $pos + 1;
    }

    public static function decode($buffer, $connection)
    {
        return rtrim($buffer);
    }

    public static function encode($data, $connection)
    {
        self::$calls[] = json_encode($data);
        if ($data === 'boom') {
            throw new DomainException('encode failed');
        }
        return $data === 'nothing' ? '' : '<' . (is_string($data) ? $data : json_encode($data)) . '>';
    }
}

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = AngleProto::class;
$ev = [];
$w->onConnect = function (TcpConnection $c) use (&$ev) {
    $c->errorHandler = static function (Throwable $e) use (&$ev) {
        $ev[] = 'errorHandler: ' . get_class($e) . ' ' . $e->getMessage();
    };
};
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    if ($data === 'frame') {
        $c->protocol = Frame::class;
        $ev[] = 'Frame send(abc)=' . var_export($c->send('abc'), true);
        $ev[] = 'Frame send(raw, true)=' . var_export($c->send('raw', true), true);
        $ev[] = 'Frame send("")=' . var_export($c->send(''), true);
        return;
    }
    $ev[] = 'send(one)=' . var_export($c->send('one'), true);
    $ev[] = 'send(two, true)=' . var_export($c->send('two', true), true);
    $ev[] = 'send(nothing)=' . var_export($c->send('nothing'), true);
    $ev[] = 'send(boom)=' . var_export($c->send('boom'), true);
    $ev[] = 'send([1, 2])=' . var_export($c->send([1, 2]), true);
    $ev[] = 'encode() saw: ' . implode(' ', AngleProto::$calls);
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "go\n");
        echo json_encode(wm_recv($s, 21)), "\n";
        wm_send($s, "frame\n");
        echo json_encode(wm_recv($s, 14)), "\n";
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
"<one>twoboom<[1,2]>"
"\u0000\u0000\u0000\u0007abcraw\u0000\u0000\u0000\u0004"
send(one)=true
send(two, true)=true
send(nothing)=NULL
errorHandler: DomainException encode failed
send(boom)=true
send([1, 2])=true
encode() saw: "one" "nothing" "boom" [1,2]
Frame send(abc)=true
Frame send(raw, true)=true
Frame send("")=true
