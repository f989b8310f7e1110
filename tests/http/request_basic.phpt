--TEST--
Http\Request getters on a typical request: request line, query/form arrays, case-insensitive and repeated headers, cookies, raw parts, trailers (expectations from upstream 5.2.2)
--EXTENSIONS--
workerman
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Protocols\Http\Request;
function show(string $label, mixed $v): void { echo $label, ': ', var_export($v, true), "\n"; }

$raw = "POST /a/b.php?x=1&y[]=2&y[]=3&z.w=4&arr[k][j]=5&sp%20ace=%41 HTTP/1.1\r\n"
    . "Host: example.com:8080\r\n"
    . "X-Rep: a\r\n"
    . "x-REP:  b \r\n"
    . "Content-Type: application/x-www-form-urlencoded\r\n"
    . "Cookie: a=1; b = 2 ;c=x=y; noeq; \"q\"=\"v\"; d=; a=again\r\n"
    . "X-Empty:\r\n"
    . "NoColon\r\n"
    . " X-Sp : v\r\n"
    . "X-Tab:\tt\t\r\n"
    . "123: numeric\r\n"
    . "\r\n"
    . "f=1&g[]=2&g[]=3&h.i=4&j%5Bk%5D=5&+=sp&e=%E2%82%AC";
$r = new Request($raw);
show('method', $r->method());
show('uri', $r->uri());
show('path', $r->path());
show('queryString', $r->queryString());
show('protocolVersion', $r->protocolVersion());
show('host', $r->host());
show('host(true)', $r->host(true));
show('get', $r->get());
show('get(x)', $r->get('x'));
show('get(y)', $r->get('y'));
show('get(missing, default)', $r->get('nope', 'dflt'));
show('post', $r->post());
show('post(g)', $r->post('g'));
show('post(missing)', $r->post('nope'));
show('header(X-REP)', $r->header('X-REP'));
show('header(x-rep)', $r->header('x-rep'));
show('header(x-empty)', $r->header('x-empty'));
show('header(" x-sp ")', $r->header(' x-sp '));
show('header(x-sp)', $r->header('x-sp'));
show('header(x-tab)', $r->header('X-Tab'));
show('header(123)', $r->header('123'));
show('header(missing, d)', $r->header('missing', 'd'));
show('header()', $r->header());
show('cookie', $r->cookie());
show('cookie(b)', $r->cookie('b'));
show('cookie("q")', $r->cookie('"q"'));
show('cookie(missing, 7)', $r->cookie('zz', 7));
show('file', $r->file());
show('file(x)', $r->file('x'));
show('rawHead', $r->rawHead());
show('rawBody', $r->rawBody());
show('rawBuffer', $r->rawBuffer() === $raw);
show('__toString', (string)$r === $raw);
show('Stringable', $r instanceof Stringable);
show('trailer()', $r->trailer());
show('trailer(x)', $r->trailer('x', 'none'));
$r->setChunkTrailers(['x-t' => 'v', 'x-u' => 'w']);
$r->setChunkTrailers(['x-t' => 'second call ignored']);
show('trailer()', $r->trailer());
show('trailer(X-T)', $r->trailer('X-T'));
show('trailer(missing, d)', $r->trailer('m', 'd'));

// Two requests with the same bytes do not share state.
$r2 = new Request($raw);
show('second get(x)', $r2->get('x'));
show('second header(host)', $r2->header('HOST'));

// A GET without body and without the optional parts.
$g = new Request("GET / HTTP/1.0\r\n\r\n");
show('plain get', [$g->method(), $g->uri(), $g->path(), $g->queryString(), $g->protocolVersion(), $g->host(), $g->host(true), $g->get(), $g->post(), $g->cookie(), $g->header(), $g->rawBody()]);

// Constants and statics.
show('consts', [Request::MAX_CACHE_STRING_LENGTH, Request::MAX_CACHE_SIZE, Request::$maxFileUploads]);
// A fresh object: property order, types and defaults.
var_dump(new Request("GET / HTTP/1.1\r\n\r\n"));
?>
--EXPECT--
method: 'POST'
uri: '/a/b.php?x=1&y[]=2&y[]=3&z.w=4&arr[k][j]=5&sp%20ace=%41'
path: '/a/b.php'
queryString: 'x=1&y[]=2&y[]=3&z.w=4&arr[k][j]=5&sp%20ace=%41'
protocolVersion: '1.1'
host: 'example.com:8080'
host(true): 'example.com'
get: array (
  'x' => '1',
  'y' => 
  array (
    0 => '2',
    1 => '3',
  ),
  'z_w' => '4',
  'arr' => 
  array (
    'k' => 
    array (
      'j' => '5',
    ),
  ),
  'sp_ace' => 'A',
)
get(x): '1'
get(y): array (
  0 => '2',
  1 => '3',
)
get(missing, default): 'dflt'
post: array (
  'f' => '1',
  'g' => 
  array (
    0 => '2',
    1 => '3',
  ),
  'h_i' => '4',
  'j' => 
  array (
    'k' => '5',
  ),
  'e' => '€',
)
post(g): array (
  0 => '2',
  1 => '3',
)
post(missing): NULL
header(X-REP): 'a,b'
header(x-rep): 'a,b'
header(x-empty): ''
header(" x-sp "): 'v'
header(x-sp): NULL
header(x-tab): 't'
header(123): 'numeric'
header(missing, d): 'd'
header(): array (
  'host' => 'example.com:8080',
  'x-rep' => 'a,b',
  'content-type' => 'application/x-www-form-urlencoded',
  'cookie' => 'a=1; b = 2 ;c=x=y; noeq; "q"="v"; d=; a=again',
  'x-empty' => '',
  ' x-sp ' => 'v',
  'x-tab' => 't',
  123 => 'numeric',
)
cookie: array (
  'a' => 'again',
  'b' => ' 2 ',
  'c' => 'x=y',
  '"q"' => '"v"',
  'd' => '',
)
cookie(b): ' 2 '
cookie("q"): '"v"'
cookie(missing, 7): 7
file: array (
)
file(x): NULL
rawHead: 'POST /a/b.php?x=1&y[]=2&y[]=3&z.w=4&arr[k][j]=5&sp%20ace=%41 HTTP/1.1
Host: example.com:8080
X-Rep: a
x-REP:  b 
Content-Type: application/x-www-form-urlencoded
Cookie: a=1; b = 2 ;c=x=y; noeq; "q"="v"; d=; a=again
X-Empty:
NoColon
 X-Sp : v
X-Tab:	t	
123: numeric'
rawBody: 'f=1&g[]=2&g[]=3&h.i=4&j%5Bk%5D=5&+=sp&e=%E2%82%AC'
rawBuffer: true
__toString: true
Stringable: true
trailer(): array (
)
trailer(x): 'none'
trailer(): array (
  'x-t' => 'v',
  'x-u' => 'w',
)
trailer(X-T): 'v'
trailer(missing, d): 'd'
second get(x): '1'
second header(host): 'example.com:8080'
plain get: array (
  0 => 'GET',
  1 => '/',
  2 => '/',
  3 => '',
  4 => '1.0',
  5 => NULL,
  6 => NULL,
  7 => 
  array (
  ),
  8 => 
  array (
  ),
  9 => 
  array (
  ),
  10 => 
  array (
  ),
  11 => '',
)
consts: array (
  0 => 4096,
  1 => 256,
  2 => 1024,
)
object(Workerman\Protocols\Http\Request)#4 (7) {
  ["connection"]=>
  NULL
  ["properties"]=>
  array(0) {
  }
  ["data":protected]=>
  array(0) {
  }
  ["isSafe":protected]=>
  bool(true)
  ["context"]=>
  array(0) {
  }
  ["chunkTrailers":protected]=>
  NULL
  ["buffer":protected]=>
  string(18) "GET / HTTP/1.1

"
}
