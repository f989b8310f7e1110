--TEST--
User protocols with 5.x types: a ProtocolInterface implementation, and a Text subclass by class name
--EXTENSIONS--
workerman
posix
--FILE--
<?php
namespace App {
    use Workerman\Connection\ConnectionInterface;
    use Workerman\Protocols\ProtocolInterface;
    use Workerman\Protocols\Text;

    /** "<len>:<payload>" (decimal length prefix); messages are upper-cased on the way out. */
    final class LenColon implements ProtocolInterface
    {
        public static function input(string $buffer, ConnectionInterface $connection): int
        {
            $pos = strpos($buffer, ':');
            if ($pos === false) {
                return 0;
            }
            return $pos + 1 + (int)substr($buffer, 0, $pos);
        }

        public static function decode(string $buffer, ConnectionInterface $connection): mixed
        {
            return substr($buffer, strpos($buffer, ':') + 1);
        }

        public static function encode(mixed $data, ConnectionInterface $connection): string
        {
            $data = strtoupper($data);
            return strlen($data) . ':' . $data;
        }
    }

    /** Overrides decode only: input and encode are Text's own (native) methods. */
    class Trimmed extends Text
    {
        public static function decode(string $buffer): string
        {
            return trim($buffer);
        }
    }
}

namespace {
    require __DIR__ . '/../include/harness.inc';
    use Workerman\Worker;

    var_dump(is_subclass_of(App\LenColon::class, Workerman\Protocols\ProtocolInterface::class));

    WmTest::setup();
    $w = new Worker('\App\LenColon://127.0.0.1:0');
    $w->onMessage = function ($connection, $data) {
        $connection->send("<$data>");
    };
    $t = new Worker('tcp://127.0.0.1:0');
    $t->protocol = App\Trimmed::class;
    $t->onMessage = function ($connection, $data) {
        $connection->send("[$data]");
    };
    // Listen now, so that its port is known in the other worker's process too.
    $t->listen();
    $tport = WmTest::port($t);
    $w->onWorkerStart = function ($w) use ($tport) {
        echo $w->protocol, "\n";
        $code = '$t = ' . $tport . ";\n" . <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "5:he");
            usleep(50000);
            wm_send($s, "llo3:abc");
            echo wm_recv($s, 9 + 7), "\n";
            $s = wm_connect($t);
            wm_send($s, "  padded  \r\nx\n");
            echo json_encode(wm_recv($s, 9 + 4)), "\n";
            PHP;
        WmTest::client(WmTest::port($w), $code);
    };
    Worker::runAll();
}
?>
--EXPECT--
bool(true)
\App\LenColon
7:<HELLO>5:<ABC>
"[padded]\n[x]\n"
