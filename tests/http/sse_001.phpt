--TEST--
Http\ServerSentEvents: comment, event, id, retry and multi-line data, with upstream's strict_types conversions
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\ServerSentEvents;
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
$E = fn(array $d) => (string)new ServerSentEvents($d);
t('empty', fn() => $E([]));
t('all fields, fixed order', fn() => $E(['data' => "l1\nl2\r\nl3\n", 'retry' => 5000, 'id' => 'abc', 'event' => 'ping', '' => 'comment', 'other' => 'ignored']));
t('data only', fn() => $E(['data' => 'some thing']));
t('data empty', fn() => $E(['data' => '']));
t('nulls are not set', fn() => $E(['data' => null, 'retry' => null, 'id' => null, 'event' => null, '' => null]));
t('false, true, 0 and float', fn() => $E(['id' => false, 'event' => true, '' => 0, 'retry' => 1.5]));
t('data int: TypeError', fn() => $E(['data' => 5]));
t('data float', fn() => $E(['data' => 5.5]));
t('data bool', fn() => $E(['data' => true]));
t('data Stringable', fn() => $E(['data' => new class { function __toString(): string { return 's'; } }]));
t('data array', fn() => $E(['data' => ["a\nb", 'c']]));
t('id array', fn() => $E(['id' => [1]]));
t('id object', fn() => $E(['id' => new stdClass]));
t('id Stringable', fn() => $E(['id' => new class { function __toString(): string { return 's'; } }]));
t('reference', function () use ($E) { $x = 'r'; return $E(['data' => &$x]); });
t('int keys ignored', fn() => $E([0 => 'x', 'data' => 'y']));
t('null argument', fn() => new ServerSentEvents(null));
t('surface', function () {
    $c = new ReflectionClass(ServerSentEvents::class);
    $p = $c->getProperty('data');
    return [$c->getInterfaceNames(), $c->isFinal(), implode(' ', Reflection::getModifierNames($p->getModifiers())) . ' ' . $p->getType(), (string)$c->getConstructor()->getParameters()[0]->getType()];
});
class MySse extends ServerSentEvents { public function add($k, $v) { $this->data[$k] = $v; return $this; } }
t('subclass writes $data', fn() => (string)(new MySse(['event' => 'e']))->add('data', 'd'));
class NoCtorSse extends ServerSentEvents { public function __construct() {} }
t('subclass without parent ctor', fn() => (string)new NoCtorSse());
?>
--EXPECT--
empty => "\n"
all fields, fixed order => ": comment\nevent: ping\nid: abc\nretry: 5000\ndata: l1\ndata: l2\r\ndata: l3\ndata: \n\n"
data only => "data: some thing\n\n"
data empty => "data: \n\n"
nulls are not set => "\n"
false, true, 0 and float => ": 0\nevent: 1\nid: \nretry: 1.5\n\n"
data int: TypeError => data int: TypeError !! TypeError: str_replace(): Argument #3 ($subject) must be of type array|string, int given
data float => data float !! TypeError: str_replace(): Argument #3 ($subject) must be of type array|string, float given
data bool => data bool !! TypeError: str_replace(): Argument #3 ($subject) must be of type array|string, bool given
data Stringable => data Stringable !! TypeError: str_replace(): Argument #3 ($subject) must be of type array|string, class@anonymous given
data array => [Warning: Array to string conversion]
"data: Array\n\n"
id array => [Warning: Array to string conversion]
"id: Array\n\n"
id object => id object !! Error: Object of class stdClass could not be converted to string
id Stringable => "id: s\n\n"
reference => "data: r\n\n"
int keys ignored => "data: y\n\n"
null argument => null argument !! TypeError: Workerman\Protocols\Http\ServerSentEvents::__construct(): Argument #1 ($data) must be of type array, null given, called in %s
surface => array (
  0 => 
  array (
    0 => 'Stringable',
  ),
  1 => false,
  2 => 'protected array',
  3 => 'array',
)
subclass writes $data => "event: e\ndata: d\n\n"
subclass without parent ctor => subclass without parent ctor !! Error: Typed property Workerman\Protocols\Http\ServerSentEvents::$data must not be accessed before initialization
