--TEST--
Text and Frame: static input/decode/encode called from PHP, upstream's parameter lists
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Text;
use Workerman\Protocols\Frame;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\ConnectionInterface;

// Upstream 5.x: Text::input(string $buffer, ConnectionInterface $connection).
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$c = new TcpConnection(new Workerman\Events\Event(), $a);
var_dump(Text::input("ab\ncd", $c));
var_dump(Text::input("abcd", $c));
var_dump(Text::input("", $c));
var_dump(Text::input("\n", $c));
var_dump(Text::input("x\r\ny\n", $c));
var_dump(Text::decode("hello\r\n"));
var_dump(Text::decode("a\r\n\r\n"));
var_dump(Text::decode("no newline"));
var_dump(Text::decode("in\nside\n"));
var_dump(Text::encode("x"));
var_dump(Text::encode(""));

var_dump(Frame::input(""));
var_dump(Frame::input("\0\0\0"));
var_dump(Frame::input(pack('N', 9) . 'hello'));
var_dump(Frame::input(pack('N', 9)));
var_dump(Frame::input(pack('N', 0)));
var_dump(Frame::input("\xff\xff\xff\xff"));
var_dump(Frame::decode(pack('N', 9) . 'hello'));
var_dump(Frame::decode("abcd"));
var_dump(Frame::decode("ab"));
var_dump(bin2hex(Frame::encode('hello')));
var_dump(bin2hex(Frame::encode('')));
var_dump(Frame::decode(Frame::encode("\0bin\0")) === "\0bin\0");

// maxPackageSize: a buffer that reaches it closes the connection and yields 0.
$c->maxPackageSize = 5;
var_dump(Text::input("abc\n", $c), $c->getStatus(false));
var_dump(Text::input("abcde\n", $c), $c->getStatus(false));
var_dump(fread($b, 10), feof($b));

try {
    Text::input("a\n");
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
// Extra arguments are ignored, as upstream's PHP methods ignore them.
var_dump(Frame::decode(Frame::encode('x', $c), $c), Text::decode("y\r\n", $c), Text::encode('z', $c, 1));

// Plain classes with upstream's parameter lists.
foreach ([Text::class, Frame::class] as $class) {
    foreach (['input', 'decode', 'encode'] as $m) {
        $r = new ReflectionMethod($class, $m);
        echo $class, "::", $m, "(", implode(', ', array_map(fn ($p) => $p->getType() . ' $' . $p->getName(),
            $r->getParameters())), ") static=", var_export($r->isStatic(), true), "\n";
    }
    var_dump(is_subclass_of($class, Workerman\Protocols\ProtocolInterface::class));
}

// Subclasses declared exactly like upstream's methods (5.x typed and 4.x untyped) load.
class Text5 extends Text
{
    public static function input(string $buffer, ConnectionInterface $connection): int { return 1; }
    public static function encode(string $buffer): string { return $buffer; }
    public static function decode(string $buffer): string { return $buffer; }
}
class Text4 extends Text
{
    public static function input($buffer, ConnectionInterface $connection) { return 2; }
    public static function encode($buffer) { return $buffer; }
    public static function decode($buffer) { return $buffer; }
}
class Frame5 extends Frame
{
    public static function input(string $buffer): int { return 3; }
    public static function encode(string $data): string { return $data; }
    public static function decode(string $buffer): string { return $buffer; }
}
var_dump(Text5::input('', $c), Text4::input('', $c), Frame5::input(''));
?>
--EXPECT--
int(3)
int(0)
int(0)
int(1)
int(3)
string(5) "hello"
string(1) "a"
string(10) "no newline"
string(7) "in
side"
string(2) "x
"
string(1) "
"
int(0)
int(0)
int(9)
int(9)
int(0)
int(4294967295)
string(5) "hello"
string(0) ""
string(0) ""
string(18) "0000000968656c6c6f"
string(8) "00000004"
bool(true)
int(4)
string(11) "ESTABLISHED"
int(0)
string(6) "CLOSED"
string(0) ""
bool(true)
Workerman\Protocols\Text::input() expects at least 2 arguments, 1 given
string(1) "x"
string(1) "y"
string(2) "z
"
Workerman\Protocols\Text::input(string $buffer, Workerman\Connection\ConnectionInterface $connection) static=true
Workerman\Protocols\Text::decode(string $buffer) static=true
Workerman\Protocols\Text::encode(string $buffer) static=true
bool(false)
Workerman\Protocols\Frame::input(string $buffer) static=true
Workerman\Protocols\Frame::decode(string $buffer) static=true
Workerman\Protocols\Frame::encode(string $data) static=true
bool(false)
int(1)
int(2)
int(3)
