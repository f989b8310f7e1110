--TEST--
Session data methods: get/set/delete/pull/put/forget/all/flush/has/exists and what save() then writes
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\SessionHandlerInterface;

// In-memory handler: prints every write/destroy so the effect of needSave is visible.
class MemHandler implements SessionHandlerInterface
{
    public static array $store = [];
    public function open(string $savePath, string $name): bool { return true; }
    public function close(): bool { return true; }
    public function read(string $sessionId): string|false { return self::$store[$sessionId] ?? false; }
    public function write(string $sessionId, string $sessionData): bool { echo "write $sessionId $sessionData\n"; self::$store[$sessionId] = $sessionData; return true; }
    public function destroy(string $sessionId): bool { echo "destroy $sessionId\n"; unset(self::$store[$sessionId]); return true; }
    public function gc(int $maxLifetime): bool { echo "gc $maxLifetime\n"; return true; }
    public function updateTimestamp(string $sessionId, string $data = ""): bool { echo "touch $sessionId\n"; return true; }
}
Session::$gcProbability = [0, 1];
var_dump(Session::handlerClass(MemHandler::class));

$s = new Session('sid1');
var_dump($s->getId(), $s->all(), $s->get('missing'), $s->get('missing', 'dflt'), $s->has('missing'), $s->exists('missing'));
$s->save(); // nothing changed: no write
echo "-- set\n";
$s->set('a', 1);
$s->set('n', null);
$s->set('7', 'seven');        // numeric string key becomes int 7
$s->set('0', 'zero');
$s->set('obj', new ArrayObject([1]));
var_dump($s->get('n', 'dflt'), $s->has('n'), $s->exists('n'), $s->get('7'), $s->get('0'), $s->has('0'), $s->exists('7'));
var_dump(array_keys($s->all()));
echo "-- put\n";
$s->put(['b' => 2, 9 => 'nine', 'a' => 'A']);
$s->put('c', 3);
$s->put('d');
print_r($s->all());
echo "\n";
echo "-- pull/delete\n";
var_dump($s->pull('b'), $s->pull('b'), $s->pull('b', 'gone'), $s->pull('7'));
$s->delete('missing');
$s->delete('c');
echo "-- forget\n";
$s->forget('d');
$s->forget(['n', 9, null, false, true, 0]);
var_dump(array_keys($s->all()));
$s->set('', 'empty');
$s->set('1', 'one');
$s->forget([null, 1.0]);
var_dump(array_keys($s->all()));
try {
    $s->forget([[1]]);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- save\n";
$s->forget(['obj']);
$s->save();
$s->save(); // saved already: no second write
echo "-- flush\n";
$s->flush();
var_dump($s->all());
$s->save();
$s->delete('x'); // delete on empty data still marks it modified
$s->save();
echo "-- a new object reads what was written\n";
$s->set('k', ['nested' => [1, 2]]);
$s->save();
$t = new Session('sid1');
var_dump($t->all());
unset($s, $t);
echo "done\n";
--EXPECT--
string(10) "MemHandler"
string(4) "sid1"
array(0) {
}
NULL
string(4) "dflt"
bool(false)
bool(false)
-- set
string(4) "dflt"
bool(false)
bool(true)
string(5) "seven"
string(4) "zero"
bool(true)
bool(true)
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "n"
  [2]=>
  int(7)
  [3]=>
  int(0)
  [4]=>
  string(3) "obj"
}
-- put
Array
(
    [a] => A
    [n] => 
    [7] => seven
    [0] => zero
    [obj] => ArrayObject Object
        (
            [storage:ArrayObject:private] => Array
                (
                    [0] => 1
                )

        )

    [b] => 2
    [9] => nine
    [c] => 3
    [d] => 
)

-- pull/delete
int(2)
NULL
string(4) "gone"
string(5) "seven"
-- forget
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "obj"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "obj"
}
TypeError: Illegal offset type in unset
-- save
write sid1 a:1:{s:1:"a";s:1:"A";}
-- flush
array(0) {
}
destroy sid1
destroy sid1
-- a new object reads what was written
write sid1 a:1:{s:1:"k";a:1:{s:6:"nested";a:2:{i:0;i:1;i:1;i:2;}}}
array(1) {
  ["k"]=>
  array(1) {
    ["nested"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
done
