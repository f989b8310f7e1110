--TEST--
Custom protocol from the manual: JsonNL (newline-delimited JSON) in namespace Protocols
--EXTENSIONS--
workerman
posix
--FILE--
<?php
namespace Protocols {
    class JsonNL
    {
        public static function input($buffer)
        {
            $pos = strpos($buffer, "\n");
            if ($pos === false) {
                return 0;
            }
            return $pos + 1;
        }

        public static function encode($buffer)
        {
            return json_encode($buffer) . "\n";
        }

        public static function decode($buffer)
        {
            return json_decode(trim($buffer), true);
        }
    }
}

namespace {
    require __DIR__ . '/../include/harness.inc';
    use Workerman\Worker;

    WmTest::setup();
    $w = new Worker('JsonNL://127.0.0.1:0');
    $received = [];
    $w->onMessage = function ($connection, $data) use (&$received) {
        $received[] = [$connection->protocol, $data];
        $connection->send(['code' => 0, 'msg' => 'ok']);
    };
    $w->onWorkerStart = function ($w) use (&$received) {
        echo $w->protocol, "\n";
        WmTest::client(WmTest::port($w), <<<'PHP'
            $s = wm_connect($port);
            // One packet split across two writes.
            wm_send($s, '{"type":"lo');
            usleep(50000);
            wm_send($s, "gin\",\"uid\":1}\n");
            var_dump(wm_recv($s, 22));
            // Two packets in one write.
            wm_send($s, "{\"n\":1}\n{\"n\":2}\r\n");
            var_dump(wm_recv($s, 44));
            PHP, function ($out) use (&$received) {
            echo $out;
            echo json_encode($received), "\n";
        });
    };
    Worker::runAll();
}
?>
--EXPECT--
Protocols\JsonNL
string(22) "{"code":0,"msg":"ok"}
"
string(44) "{"code":0,"msg":"ok"}
{"code":0,"msg":"ok"}
"
[["Protocols\\JsonNL",{"type":"login","uid":1}],["Protocols\\JsonNL",{"n":1}],["Protocols\\JsonNL",{"n":2}]]
