--TEST--
Session with session.serialize_handler=igbinary and ext-igbinary loaded: data stored with igbinary_serialize(), read back with igbinary_unserialize()
--EXTENSIONS--
igbinary
--INI--
session.serialize_handler=igbinary
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\SessionHandlerInterface;

class MemHandler implements SessionHandlerInterface
{
    public static array $store = [];
    public function open(string $savePath, string $name): bool { return true; }
    public function close(): bool { return true; }
    public function read(string $sessionId): string|false { return self::$store[$sessionId] ?? false; }
    public function write(string $sessionId, string $sessionData): bool { self::$store[$sessionId] = $sessionData; return true; }
    public function destroy(string $sessionId): bool { unset(self::$store[$sessionId]); return true; }
    public function gc(int $maxLifetime): bool { return true; }
    public function updateTimestamp(string $sessionId, string $data = ""): bool { return true; }
}
class Peek extends Session { public function serializer() { return $this->serializer; } }
Session::$gcProbability = [0, 1];
Session::handlerClass(MemHandler::class);
$s = new Peek('i');
var_dump($s->serializer());
$s->set('a', [1, 'two' => 2.5]);
$s->save();
var_dump(MemHandler::$store['i'] === igbinary_serialize(['a' => [1, 'two' => 2.5]]));
$t = new Session('i');
var_dump($t->all());
// igbinary data is not filtered by allowed_classes (as upstream): objects come back
MemHandler::$store['o'] = igbinary_serialize(['o' => new ArrayObject([1])]);
var_dump(get_class((new Session('o'))->get('o')));
MemHandler::$store['x'] = 'not igbinary';
var_dump((new Session('x'))->all());
--EXPECTF--
array(2) {
  [0]=>
  string(18) "igbinary_serialize"
  [1]=>
  string(20) "igbinary_unserialize"
}
bool(true)
array(1) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    ["two"]=>
    float(2.5)
  }
}
string(11) "ArrayObject"

Warning: igbinary_unserialize_header: unsupported version: "not "..., should begin with a binary version header of "\x00\x00\x00\x01" or "\x00\x00\x00\x02" in %s on line %d
array(0) {
}
