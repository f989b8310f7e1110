--TEST--
Worker: a custom scheme resolves to \Protocols\<Scheme> first, then Workerman\Protocols\<Scheme>
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
namespace Protocols {
    // Defined in both namespaces: the root one must win.
    class Myproto
    {
        public static function input(string $buffer, $connection): int
        {
            $pos = strpos($buffer, '|');
            return $pos === false ? 0 : $pos + 1;
        }
        public static function decode(string $buffer, $connection): string
        {
            return 'root<' . substr($buffer, 0, -1) . '>';
        }
        public static function encode(string $data, $connection): string
        {
            return "R($data)|";
        }
    }
}

namespace Workerman\Protocols {
    class Myproto
    {
        public static function input(string $buffer, $connection): int
        {
            return strlen($buffer);
        }
        public static function decode(string $buffer, $connection): string
        {
            return 'WRONG';
        }
        public static function encode(string $data, $connection): string
        {
            return 'WRONG';
        }
    }

    // Only here: found as the fallback.
    class Other
    {
        public static function input(string $buffer, $connection): int
        {
            $pos = strpos($buffer, '#');
            return $pos === false ? 0 : $pos + 1;
        }
        public static function decode(string $buffer, $connection): string
        {
            return 'fallback<' . substr($buffer, 0, -1) . '>';
        }
        public static function encode(string $data, $connection): string
        {
            return "W($data)#";
        }
    }
}

namespace {
    require __DIR__ . '/../include/harness.inc';
    use Workerman\Worker;

    WmTest::setup();
    $main = new Worker('myproto://127.0.0.1:0');
    $main->onMessage = function ($c, $data) {
        $c->send("main:$data");
    };
    $main->onWorkerStart = function (Worker $main) {
        $other = new Worker('other://127.0.0.1:0');
        $other->onMessage = function ($c, $data) {
            $c->send("other:$data");
        };
        $other->listen();
        // The scheme is ucfirst()ed into the class name; getSocketName() lower-cases the first letter.
        $mixed = new Worker('MyProto://127.0.0.1:0');
        $mixed->onMessage = function ($c, $data) {
            $c->send("mixed:$data");
        };
        $mixed->listen();
        foreach ([$main, $other, $mixed] as $w) {
            echo preg_replace('/:\d+$/', ':PORT', $w->getSocketName()), ' protocol=', $w->protocol,
                ' transport=', $w->transport, "\n";
        }
        $ports = implode(', ', [WmTest::port($main), WmTest::port($other), WmTest::port($mixed)]);
        WmTest::client(0, "[\$p1, \$p2, \$p3] = [$ports];\n" . <<<'PHP'
            $a = wm_connect($p1);
            wm_send($a, "x|y|");
            echo wm_recv($a, strlen("R(main:root<x>)|R(main:root<y>)|")), "\n";
            $b = wm_connect($p2);
            wm_send($b, "z#");
            echo wm_recv($b, strlen("W(other:fallback<z>)#")), "\n";
            $c = wm_connect($p3);
            wm_send($c, "q|");
            echo wm_recv($c, strlen("R(mixed:root<q>)|")), "\n";
            PHP);
    };
    Worker::runAll();
}
?>
--EXPECT--
myproto://127.0.0.1:PORT protocol=Protocols\Myproto transport=tcp
other://127.0.0.1:PORT protocol=Workerman\Protocols\Other transport=tcp
myProto://127.0.0.1:PORT protocol=Protocols\MyProto transport=tcp
R(main:root<x>)|R(main:root<y>)|
W(other:fallback<z>)#
R(mixed:root<q>)|
