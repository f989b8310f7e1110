--TEST--
User protocol: input() returns 0, then a length larger than what is buffered; input() is not asked again
--EXTENSIONS--
workerman
posix
--FILE--
<?php
namespace Protocols {
    use Workerman\Connection\ConnectionInterface;

    /** 2-byte big-endian total length, then the payload. input() tells the client what it saw. */
    class Len16
    {
        public static array $inputs = [];

        public static function input(string $buffer, ConnectionInterface $connection): int
        {
            self::$inputs[] = strlen($buffer);
            if (strlen($buffer) < 2) {
                $connection->send("more " . strlen($buffer) . "\n", true);
                return 0;
            }
            $n = unpack('n', $buffer)[1];
            $connection->send("len $n\n", true);
            return $n;
        }

        public static function decode(string $buffer, ConnectionInterface $connection): string
        {
            return substr($buffer, 2);
        }

        public static function encode(mixed $data, ConnectionInterface $connection): string
        {
            return pack('n', strlen($data) + 2) . $data;
        }
    }
}

namespace {
    require __DIR__ . '/../include/harness.inc';
    use Workerman\Worker;

    WmTest::setup();
    $w = new Worker('Len16://127.0.0.1:0');
    $w->onMessage = function ($connection, $data) {
        $connection->send("[$data]");
    };
    $w->onWorkerStart = function ($w) {
        WmTest::client(WmTest::port($w), <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "\x00");
            echo wm_recv_line($s);          // input() saw 1 byte: 0
            wm_send($s, "\x07");
            echo wm_recv_line($s);          // input() saw the header: 7, only 2 bytes are there
            wm_send($s, "hello");
            echo bin2hex(wm_recv($s, 9)), "\n";
            // Two packages in one write: input() once per package.
            wm_send($s, pack('n', 4) . "ab" . pack('n', 3) . "c");
            echo json_encode(wm_recv($s, 6 + 6 + 6 + 5)), "\n";
            PHP, function ($out) {
            echo $out;
            echo json_encode(Protocols\Len16::$inputs), "\n";
        });
    };
    Worker::runAll();
}
?>
--EXPECT--
more 1
len 7
00095b68656c6c6f5d
"len 4\n\u0000\u0006[ab]len 3\n\u0000\u0005[c]"
[1,2,7,3]
