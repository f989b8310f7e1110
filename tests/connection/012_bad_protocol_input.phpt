--TEST--
User protocol whose input() returns garbage (negative, -1, over maxPackageSize, string, float, false, null) or throws: logged, clean close
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

class BadProto
{
    public static function input($buffer, $connection)
    {
        $pos = strpos($buffer, "\n");
        if ($pos === false) {
            return 0;
        }
        return match (substr($buffer, 0, $pos)) {
            'neg' => -5,
            'minus1' => -1,
            'big' => 1001,
            'str' => 'abc',
            'numeric' => '4',
            'float' => 3.0,
            'false' => false,
            'null' => null,
            'throw' => throw new RuntimeException('input() failed'),
            default => $pos + 1,
        };
    }

    public static function decode($buffer, $connection)
    {
        return rtrim($buffer);
    }

    public static function encode($data, $connection)
    {
        return "$data\n";
    }
}

WmTest::setup();
TcpConnection::$defaultMaxPackageSize = 1000;
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = BadProto::class;
$ev = [];
$w->onMessage = function (TcpConnection $c, $data) use (&$ev) {
    $c->tag = $data;
    $ev[] = "message $data";
    $c->send("[$data]");
};
$w->onClose = function (TcpConnection $c) use (&$ev) {
    $ev[] = 'onClose ' . ($c->tag ?? '(no message)');
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        foreach (['neg', 'minus1', 'big', 'str', 'numeric', 'float', 'false', 'null', 'throw'] as $case) {
            $s = wm_connect($port);
            wm_send($s, "$case\nok\n");
            echo "$case: ", json_encode(wm_recv_all($s)), ' then EOF: ', var_export(feof($s), true), "\n";
        }
        $s = wm_connect($port);
        wm_send($s, "ok\n");
        echo wm_recv_line($s);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
            // First line of each log entry (an exception's text goes on with its trace).
            preg_match_all('/^(?:Protocol|TypeError|RuntimeException).*$/m', WmTest::consoleAfterStart(), $m);
            echo preg_replace('/ in \S+:\d+$/m', ' in FILE:LINE', implode("\n", $m[0])), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
neg: "" then EOF: true
minus1: "" then EOF: true
big: "" then EOF: true
str: "" then EOF: true
numeric: "" then EOF: true
float: "" then EOF: true
false: "" then EOF: true
null: "" then EOF: true
throw: "" then EOF: true
[ok]
onClose (no message)
onClose (no message)
onClose (no message)
onClose (no message)
onClose (no message)
onClose (no message)
onClose (no message)
onClose (no message)
onClose (no message)
message ok
onClose ok
Protocol BadProto Error package. package_length=-5
Protocol BadProto Error package. package_length=-1
Protocol BadProto Error package. package_length=1001
TypeError: Cannot assign string to property Workerman\Connection\TcpConnection::$currentPackageLength of type int
Protocol BadProto Error package. package_length=-1
TypeError: Cannot assign string to property Workerman\Connection\TcpConnection::$currentPackageLength of type int
Protocol BadProto Error package. package_length=-1
TypeError: Cannot assign float to property Workerman\Connection\TcpConnection::$currentPackageLength of type int
Protocol BadProto Error package. package_length=-1
TypeError: Cannot assign bool to property Workerman\Connection\TcpConnection::$currentPackageLength of type int
Protocol BadProto Error package. package_length=-1
TypeError: Cannot assign null to property Workerman\Connection\TcpConnection::$currentPackageLength of type int
Protocol BadProto Error package. package_length=-1
RuntimeException: input() failed in FILE:LINE
Protocol BadProto Error package. package_length=-1
