--TEST--
Session in odd states: non-array data, broken serializer pair, odd gcProbability, handlers that throw (errors as upstream, no crash)
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\SessionHandlerInterface;
class MemH implements SessionHandlerInterface {
    public static $throw = null;
    public function open(string $savePath, string $name): bool { return true; }
    public function close(): bool { return true; }
    public function read(string $sessionId): string|false { if (self::$throw === 'read') throw new Exception('read failed'); return $sessionId === 'bad' ? 'i:5;' : false; }
    public function write(string $sessionId, string $sessionData): bool { echo "write $sessionData\n"; if (self::$throw === 'write') throw new Exception('write failed'); return true; }
    public function destroy(string $sessionId): bool { echo "destroy\n"; return true; }
    public function gc(int $maxLifetime): bool { echo "gc\n"; return true; }
    public function updateTimestamp(string $sessionId, string $data = ""): bool { return true; }
}
Session::handlerClass(MemH::class);
class S extends Session {
    public function setData($d) { $this->data = $d; }
    public function unsetData() { unset($this->data); }
    public function setSer($s) { $this->serializer = $s; }
    public function &ref() { return $this->data; }
}
function t($label, $fn) { try { $r = $fn(); echo "$label: ", json_encode($r), "\n"; } catch (Throwable $e) { echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n"; } }
Session::$gcProbability = [0, 1];
$s = new S('bad');
t('bad data', fn() => $s->all());
foreach (['str', 5, null, false] as $i => $d) {
    $s->setData($d);
    foreach (['get', 'has', 'exists', 'delete', 'pull', 'all'] as $m) t("$i $m", fn() => $m === 'all' ? $s->all() : $s->$m('k'));
    $s->setData($d); t("$i set", fn() => $s->set('k', 1));
    $s->setData($d); t("$i put", fn() => $s->put(['k' => 1]));
    $s->setData($d); t("$i forget", fn() => $s->forget(['k']));
    $s->setData($d); t("$i save", fn() => $s->save());
}
$s->unsetData();
foreach (['get', 'has', 'exists', 'delete', 'set', 'all', 'save', 'flush'] as $m) t("unset $m", fn() => $m === 'all' || $m === 'save' || $m === 'flush' ? $s->$m() : ($m === 'set' ? $s->set('k', 1) : $s->$m('k')));
$s->setData(['a' => 1]);
$r = &$s->ref();
$s->set('b', 2);
t('ref', fn() => $r);
unset($r);
foreach ([[], [null, null], ['strtoupper', 'strtolower'], ['json_encode', 'json_decode'], ['nope', 'nope2'], [fn($d) => serialize($d), fn($d) => 1]] as $i => $ser) {
    $s->setData(['x' => 1]); $s->setSer($ser); $s->set('y', 2);
    t("ser$i save", fn() => $s->save());
}
$s->setSer(['serialize', 'unserialize']);
foreach ([[], [1], ['a', 'b'], [1, 0], [1, -5]] as $i => $gp) {
    Session::$gcProbability = $gp;
    $x = new Session('g');
    t("gc$i", function () use (&$x) { $x = null; return 'ok'; });
}
Session::$gcProbability = [0, 1];
MemH::$throw = 'read';
t('read throws', fn() => new Session('z'));
MemH::$throw = 'write';
$w = new Session('w'); $w->set('a', 1);
t('write throws in destruct', function () use (&$w) { $w = null; return 'ok'; });
MemH::$throw = null;
t('handlerClass array', fn() => Session::handlerClass([1]));
t('put weird', fn() => (new Session('q'))->put([1.5 => 'a', true => 'b']));
echo "end\n";
--EXPECTF--
bad data: []
0 get: null
0 has: false
0 exists: TypeError: array_key_exists(): Argument #2 ($array) must be of type array, string given
0 delete: Error: Cannot unset string offsets
0 pull: Error: Cannot unset string offsets
0 all: TypeError: Workerman\Protocols\Http\Session::all(): Return value must be of type array, string returned
0 set: TypeError: Cannot access offset of type string on string
0 put: TypeError: Cannot access offset of type string on string
0 forget: Error: Cannot unset string offsets
0 save: null
1 get: null
1 has: false
1 exists: TypeError: array_key_exists(): Argument #2 ($array) must be of type array, int given
1 delete: Error: Cannot unset offset in a non-array variable
1 pull: Error: Cannot unset offset in a non-array variable
1 all: TypeError: Workerman\Protocols\Http\Session::all(): Return value must be of type array, int returned
1 set: Error: Cannot use a scalar value as an array
1 put: Error: Cannot use a scalar value as an array
1 forget: Error: Cannot unset offset in a non-array variable
1 save: null
2 get: null
2 has: false
2 exists: TypeError: array_key_exists(): Argument #2 ($array) must be of type array, null given
2 delete: null
2 pull: null
2 all: TypeError: Workerman\Protocols\Http\Session::all(): Return value must be of type array, null returned
2 set: null
2 put: null
2 forget: null
destroy
2 save: null
3 get: null
3 has: false
3 exists: TypeError: array_key_exists(): Argument #2 ($array) must be of type array, bool given

Deprecated: Automatic conversion of false to array is deprecated in %s on line %d
3 delete: null

Deprecated: Automatic conversion of false to array is deprecated in %s on line %d
3 pull: null
3 all: TypeError: Workerman\Protocols\Http\Session::all(): Return value must be of type array, bool returned

Deprecated: Automatic conversion of false to array is deprecated in %s on line %d
3 set: null

Deprecated: Automatic conversion of false to array is deprecated in %s on line %d
3 put: null

Deprecated: Automatic conversion of false to array is deprecated in %s on line %d
3 forget: null
destroy
3 save: null
unset get: null
unset has: false
unset exists: Error: Typed property Workerman\Protocols\Http\Session::$data must not be accessed before initialization
unset delete: null
unset set: null
unset all: {"k":1}
write a:1:{s:1:"k";i:1;}
unset save: null
unset flush: null
ref: {"a":1,"b":2}

Warning: Undefined array key 0 in %s on line %d
ser0 save: Error: Value of type null is not callable
ser1 save: Error: Value of type null is not callable
ser2 save: TypeError: strtoupper(): Argument #1 ($string) must be of type string, array given
write {"x":1,"y":2}
ser3 save: null
ser4 save: Error: Call to undefined function nope()
write a:2:{s:1:"x";i:1;s:1:"y";i:2;}
ser5 save: null

Warning: Undefined array key 1 in %s on line %d
gc0: TypeError: random_int(): Argument #2 ($max) must be of type int, null given

Warning: Undefined array key 1 in %s on line %d
gc1: TypeError: random_int(): Argument #2 ($max) must be of type int, null given
gc2: TypeError: random_int(): Argument #2 ($max) must be of type int, string given
gc3: ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
gc4: ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
read throws: Exception: read failed
write a:1:{s:1:"a";i:1;}
write throws in destruct: Exception: write failed
handlerClass array: TypeError: Cannot assign array to property Workerman\Protocols\Http\Session::$handlerClass of type string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
write a:1:{i:1;s:1:"b";}
put weird: null
end
