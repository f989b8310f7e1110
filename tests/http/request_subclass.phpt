--TEST--
Http\Request subclasses: writes to $this->data, overridden getters and parse steps win inside other methods, constructors, uninitialized and replaced $buffer
--EXTENSIONS--
workerman
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Protocols\Http\Request;
function show(string $label, mixed $v): void { echo $label, ': ', var_export($v, true), "\n"; }
function tryit(string $label, callable $fn): void
{
    try {
        show($label, $fn());
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$raw = "POST /p?a=1 HTTP/1.1\r\nHost: h.com:81\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    . "Cookie: PHPSID=abc\r\nX-Requested-With: XMLHttpRequest\r\n\r\nq=1";

// webman's support\Request: writes $this->data, overrides file() and destroy().
class WebmanLike extends Request
{
    public $plugin = '';
    public $app = '';
    public $controller = '';
    public $action = '';
    public $route = null;
    public function file(?string $name = null): mixed
    {
        $f = parent::file($name);
        return is_array($f) ? ['wrapped' => $f] : $f;
    }
    public function setGet($k, $v) { $this->data['get'][$k] = $v; }
    public function setHeader($k, $v) { $this->data['headers'][$k] = $v; }
    public function setPost(array $p) { $this->data['post'] = $p; }
    public function data() { return $this->data; }
    public function destroy(): void { echo "destroy override\n"; parent::destroy(); }
}
$r = new WebmanLike($raw);
$r->setGet('a', 'over');
show('get', $r->get());
show('get(a)', $r->get('a'));
$r->setHeader('host', 'other:99');
show('host', $r->host());
show('host(true)', $r->host(true));
show('header()', $r->header());
$r->setPost(['z' => 1]);
show('post', $r->post());
show('file', $r->file());
show('data', $r->data());
$r->destroy();

// Whole-array parses leave upstream's keys in $this->data.
$r = new WebmanLike($raw);
$r->get();
$r->post();
$r->cookie();
$r->header();
$d = $r->data();
ksort($d); // header($name) does not build data['headers'], so the key order may differ.
show('data after getters', $d);

// Overridden getters win when other methods use them.
class OverGetters extends Request
{
    public $calls = [];
    public function header(?string $name = null, mixed $default = null): mixed
    {
        $this->calls[] = $name;
        return match ($name) {
            'host' => 'forced.host:1234',
            'content-type' => 'application/json',
            'cookie' => 'c=1; d=2',
            default => parent::header($name, $default),
        };
    }
    public function rawBody(): string { return '{"json":true}'; }
    public function uri(): string { return '/over/ride?k=v'; }
}
$o = new OverGetters($raw);
show('host(true)', $o->host(true));
show('post', $o->post());
show('cookie', $o->cookie());
show('path', $o->path());
show('get', $o->get());
show('method', $o->method());
show('header(x-requested-with)', $o->header('x-requested-with'));
show('calls', $o->calls);

// Overridden parse steps, calling the parent or not.
class OverParse extends Request
{
    protected function parseHeadFirstLine(): void { $this->data['method'] = 'X'; $this->data['uri'] = '/from/parse?z=9'; }
    protected function parseGet(): void { parent::parseGet(); $this->data['get']['extra'] = 1; }
    protected function parseHeaders(): void { parent::parseHeaders(); $this->data['headers']['added'] = 'y'; }
    protected function parseProtocolVersion(): void { $this->data['protocolVersion'] = '9.9'; }
    protected function parseUriComponents(): void { parent::parseUriComponents(); $this->data['path'] .= '!'; }
    protected function parsePost(): void { $this->data['post'] = ['parsed' => 'by subclass']; $this->data['files'] = []; }
    public function rawHead(): string { return "GET / HTTP/1.1\r\nFrom-Raw: 1\r\nadded: z"; }
}
$o = new OverParse($raw);
show('method', $o->method());
show('uri', $o->uri());
show('get', $o->get());
show('path', $o->path());
show('protocolVersion', $o->protocolVersion());
show('header(added)', $o->header('added'));
show('header(from-raw)', $o->header('from-raw'));
show('header()', $o->header());
show('post', $o->post());
show('file', $o->file());

// A parse step that stores nothing.
class Lazy extends Request
{
    protected function parseHeadFirstLine(): void {}
    protected function parseGet(): void {}
    protected function parseHeaders(): void {}
}
$l = new Lazy($raw);
tryit('method', fn() => $l->method());
tryit('get', fn() => $l->get());
tryit('get(a, d)', fn() => $l->get('a', 'd'));
tryit('header(host, d)', fn() => $l->header('host', 'd'));
tryit('header()', fn() => $l->header());

// Wrong types written into $this->data fail like upstream's typed methods.
class BadTypes extends Request
{
    public function seed()
    {
        $this->data['method'] = 5;
        $this->data['headers'] = ['host' => ['arr'], 'cookie' => 7];
        $this->data['get'] = 'str';
        $this->data['head'] = 7;
    }
}
$b = new BadTypes($raw);
$b->seed();
tryit('method', fn() => $b->method());
tryit('host', fn() => $b->host());
tryit('host(true)', fn() => $b->host(true));
tryit('get', fn() => $b->get());
tryit('get(x, d)', fn() => $b->get('x', 'd'));
tryit('cookie', fn() => $b->cookie());
tryit('rawHead', fn() => $b->rawHead());

// A subclass constructor runs; one that skips the parent leaves $buffer uninitialized.
class WithCtor extends Request
{
    public function __construct(string $buffer)
    {
        echo "ctor\n";
        parent::__construct($buffer . 'extra');
    }
}
$w = new WithCtor($raw);
show('rawBody', $w->rawBody());
class NoParentCtor extends Request
{
    public function __construct() {}
}
$n = new NoParentCtor();
tryit('method', fn() => $n->method());
tryit('rawBuffer', fn() => $n->rawBuffer());
tryit('__toString', fn() => (string)$n);
tryit('header(a)', fn() => $n->header('a'));

// A subclass that replaces $this->buffer: offsets follow the new string.
class BufSwap extends Request
{
    public function swap($b) { $this->buffer = $b; }
    public function append($s) { $this->buffer .= $s; }
}
$s = new BufSwap("GET /one HTTP/1.1\r\nA: 1\r\n\r\nB1");
show('uri', $s->uri());
show('rawBody', $s->rawBody());
$s->swap("GET /two?x=2 HTTP/1.1\r\nA: 2\r\n\r\nB2");
show('uri (cached in data)', $s->uri());
show('header(a)', $s->header('a'));
show('rawBody', $s->rawBody());
show('rawHead', $s->rawHead());
$s->append("more");
show('rawBody', $s->rawBody());
show('rawBuffer', $s->rawBuffer());
?>
--EXPECTF--
get: array (
  'a' => 'over',
)
get(a): 'over'
host: 'other:99'
host(true): 'other'
header(): array (
  'host' => 'other:99',
)
post: array (
  'z' => 1,
)
file: array (
  'wrapped' => 
  array (
  ),
)
data: array (
  'get' => 
  array (
    'a' => 'over',
  ),
  'headers' => 
  array (
    'host' => 'other:99',
  ),
  'post' => 
  array (
    'q' => '1',
  ),
  'files' => 
  array (
  ),
)
destroy override
data after getters: array (
  'cookie' => 
  array (
    'PHPSID' => 'abc',
  ),
  'files' => 
  array (
  ),
  'get' => 
  array (
    'a' => '1',
  ),
  'head' => 'POST /p?a=1 HTTP/1.1
Host: h.com:81
Content-Type: application/x-www-form-urlencoded
Cookie: PHPSID=abc
X-Requested-With: XMLHttpRequest',
  'headers' => 
  array (
    'host' => 'h.com:81',
    'content-type' => 'application/x-www-form-urlencoded',
    'cookie' => 'PHPSID=abc',
    'x-requested-with' => 'XMLHttpRequest',
  ),
  'method' => 'POST',
  'path' => '/p',
  'post' => 
  array (
    'q' => '1',
  ),
  'query_string' => 'a=1',
  'uri' => '/p?a=1',
)
host(true): 'forced.host'
post: array (
  'json' => true,
)
cookie: array (
  'c' => '1',
  'd' => '2',
)
path: '/over/ride'
get: array (
  'k' => 'v',
)
method: 'POST'
header(x-requested-with): 'XMLHttpRequest'
calls: array (
  0 => 'host',
  1 => 'content-type',
  2 => 'cookie',
  3 => 'x-requested-with',
)
method: 'X'
uri: '/from/parse?z=9'
get: array (
  'z' => '9',
  'extra' => 1,
)
path: '/from/parse!'
protocolVersion: '9.9'
header(added): 'y'
header(from-raw): '1'
header(): array (
  'from-raw' => '1',
  'added' => 'y',
)
post: array (
  'parsed' => 'by subclass',
)
file: array (
)

Warning: Undefined array key "method" in %s on line %d
method: TypeError: Workerman\Protocols\Http\Request::method(): Return value must be of type string, null returned

Warning: Undefined array key "get" in %s on line %d
get: NULL
get(a, d): 'd'
header(host, d): 'd'

Warning: Undefined array key "headers" in %s on line %d
header(): NULL
method: TypeError: Workerman\Protocols\Http\Request::method(): Return value must be of type string, int returned
host: TypeError: Workerman\Protocols\Http\Request::host(): Return value must be of type ?string, array returned
host(true): TypeError: Workerman\Protocols\Http\Request::host(): Return value must be of type ?string, array returned
get: 'str'
get(x, d): 'd'
cookie: TypeError: explode(): Argument #2 ($string) must be of type string, int given
rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, int returned
ctor
rawBody: 'q=1extra'
method: Error: Typed property Workerman\Protocols\Http\Request::$buffer must not be accessed before initialization
rawBuffer: Error: Typed property Workerman\Protocols\Http\Request::$buffer must not be accessed before initialization
__toString: Error: Typed property Workerman\Protocols\Http\Request::$buffer must not be accessed before initialization
header(a): Error: Typed property Workerman\Protocols\Http\Request::$buffer must not be accessed before initialization
uri: '/one'
rawBody: 'B1'
uri (cached in data): '/one'
header(a): '2'
rawBody: 'B2'
rawHead: 'GET /two?x=2 HTTP/1.1
A: 2'
rawBody: 'B2more'
rawBuffer: 'GET /two?x=2 HTTP/1.1
A: 2

B2more'
