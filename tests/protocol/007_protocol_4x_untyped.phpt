--TEST--
User protocol in the 4.x style: untyped static methods, array messages, static onClose hook
--EXTENSIONS--
workerman
posix
--FILE--
<?php
namespace Protocols {
    /** Packages end with "|"; a package is a comma separated list. */
    class Csv
    {
        public static $log = [];

        public static function input($buffer, $connection)
        {
            $pos = strpos($buffer, '|');
            return $pos === false ? 0 : $pos + 1;
        }

        public static function decode($buffer, $connection)
        {
            return explode(',', substr($buffer, 0, -1));
        }

        public static function encode($data, $connection)
        {
            return implode(',', $data) . '|';
        }

        public static function onClose($connection)
        {
            self::$log[] = 'protocol onClose ' . $connection->getStatus(false);
        }
    }
}

namespace {
    require __DIR__ . '/../include/harness.inc';
    use Workerman\Worker;

    WmTest::setup();
    $w = new Worker('csv://127.0.0.1:0');
    $w->onMessage = function ($connection, $data) {
        Protocols\Csv::$log[] = 'message ' . json_encode($data);
        $connection->send(array_reverse($data));
    };
    $w->onClose = function ($connection) {
        Protocols\Csv::$log[] = 'onClose';
    };
    $w->onWorkerStart = function ($w) {
        echo $w->protocol, "\n";
        WmTest::client(WmTest::port($w), <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "a,b");
            usleep(50000);
            wm_send($s, ",c|");
            echo wm_recv($s, 6), "\n";
            wm_send($s, "1|x,y|");
            echo wm_recv($s, 6), "\n";
            fclose($s);
            PHP, function ($out) {
            echo $out;
            echo implode("\n", Protocols\Csv::$log), "\n";
        });
    };
    Worker::runAll();
}
?>
--EXPECT--
Protocols\Csv
c,b,a|
1|y,x|
message ["a","b","c"]
message ["1"]
message ["x","y"]
onClose
protocol onClose CLOSED
