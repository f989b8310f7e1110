--TEST--
Http\Chunk: dechex(length) CRLF buffer CRLF, surface and subclasses
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Chunk;
function hide(string $s): string { return strtr($s, $GLOBALS['HIDE'] ?? []); }
function show($r) { return hide(is_string($r) ? '"' . addcslashes($r, "\0..\37\"\\\177..\377") . '"' : var_export($r, true)); }
function t(string $label, callable $fn): void {
    try { echo $label, ' => ', show($fn()), "\n"; }
    catch (Throwable $e) { echo $label, ' !! ', get_class($e), ': ', preg_replace('/(called|passed) in \S+ on line \d+/', '$1 in %s', $e->getMessage()), "\n"; }
}
set_error_handler(function (int $no, string $msg): bool {
    echo '[', [E_WARNING => 'Warning', E_DEPRECATED => 'Deprecated', E_NOTICE => 'Notice'][$no] ?? $no, ': ', hide($msg), "]\n";
    return true;
});
t('chunks', fn() => [(string)new Chunk('hello'), (string)new Chunk(str_repeat('a', 26)), (string)new Chunk(''), (string)new Chunk("\0\r\n"), strstr((string)new Chunk(str_repeat('b', 4096)), "\r\n", true)]);
t('concatenation', fn() => 'x' . new Chunk('yz'));
t('int coerced', fn() => (string)new Chunk(123));
t('null', fn() => new Chunk(null));
t('no argument', fn() => new Chunk());
t('extra argument', fn() => (string)new Chunk('a', 'b'));
t('surface', function () {
    $c = new ReflectionClass(Chunk::class);
    $p = $c->getProperty('buffer');
    $m = $c->getConstructor()->getParameters()[0];
    return [$c->getInterfaceNames(), $c->isFinal(), implode(' ', Reflection::getModifierNames($p->getModifiers())) . ' ' . $p->getType(), $m->getName() . ':' . $m->getType(), (string)$c->getMethod('__toString')->getReturnType()];
});
t('var_dump', function () { ob_start(); var_dump(new Chunk('v')); return preg_replace('/#\d+/', '#N', ob_get_clean()); });
class MyChunk extends Chunk { public function get() { return $this->buffer; } public function set($b) { $this->buffer = $b; return $this; } }
t('subclass reads and writes $buffer', fn() => [(new MyChunk('zz'))->get(), (string)(new MyChunk('zz'))->set('longer')]);
class NoCtorChunk extends Chunk { public function __construct() {} }
t('subclass without parent ctor', fn() => (string)new NoCtorChunk());
?>
--EXPECT--
chunks => array (
  0 => '5
hello
',
  1 => '1a
aaaaaaaaaaaaaaaaaaaaaaaaaa
',
  2 => '0

',
  3 => '3
' . "\0" . '

',
  4 => '1000',
)
concatenation => "x2\r\nyz\r\n"
int coerced => "3\r\n123\r\n"
null => null !! TypeError: Workerman\Protocols\Http\Chunk::__construct(): Argument #1 ($buffer) must be of type string, null given, called in %s
no argument => no argument !! ArgumentCountError: Too few arguments to function Workerman\Protocols\Http\Chunk::__construct(), 0 passed in %s and exactly 1 expected
extra argument => "1\r\na\r\n"
surface => array (
  0 => 
  array (
    0 => 'Stringable',
  ),
  1 => false,
  2 => 'protected string',
  3 => 'buffer:string',
  4 => 'string',
)
var_dump => "object(Workerman\\Protocols\\Http\\Chunk)#N (1) {\n  [\"buffer\":protected]=>\n  string(1) \"v\"\n}\n"
subclass reads and writes $buffer => array (
  0 => 'zz',
  1 => '6
longer
',
)
subclass without parent ctor => subclass without parent ctor !! Error: Typed property Workerman\Protocols\Http\Chunk::$buffer must not be accessed before initialization
