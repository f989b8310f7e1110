--TEST--
Http\Request on buffers the protocol never passes (no CRLF, no CRLFCRLF, NUL, lone CR/LF): same values and TypeErrors as upstream 5.2.2, no crash
--EXTENSIONS--
workerman
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Protocols\Http\Request;
// Buffers the protocol would never hand over still behave like upstream's Request: no crash,
// the same TypeErrors (upstream is declare(strict_types=1)), the same values.
function tryit(string $label, callable $fn): void
{
    try {
        echo $label, ': ', var_export($fn(), true), "\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$bufs = ['', 'GET', "GET / HTTP/1.1", "GET / HTTP/1.1\r\n", "GET / HTTP/1.1\r\nHost: a\r\n", "GET / HTTP/1.1\r\n\r\n",
    "\r\n\r\n", "abc\r\n\r\nxyz", "GET /\r\nHost: h:99999\r\n\r\n", "GET /\r\nHost: [::1]:80\r\n\r\n",
    "GET /\r\nHost: 0\r\n\r\n", "GET /\r\nHost: h:80\n\r\n\r\n", "GET /\r\nHost: h:1:2\r\n\r\n",
    "GET /\r\nHost: h:80\r\nHost: g\r\n\r\n", "GET / HTTP/1.1\r\nA\0B: c\0d\r\n\r\n",
    "GET / HTTP/1.1\rX: y\r\n\r\n", "GET / HTTP/1.1\nX: y\r\nZ: w\r\n\r\n", "GET\r\n\r\n",
    "X\r\n\r\n\r\n\r\n", "\0\0\0"];
$methods = ['method', 'uri', 'protocolVersion', 'path', 'queryString', 'rawHead', 'rawBody', 'header', 'host',
    'cookie', 'get', 'post', 'file'];
foreach ($bufs as $i => $b) {
    echo "-- #$i ", json_encode($b), "\n";
    foreach ($methods as $m) {
        $r = new Request($b);
        tryit($m, fn() => $r->$m());
        tryit("$m again", fn() => $r->$m());
    }
    $r = new Request($b);
    tryit('host(true)', fn() => $r->host(true));
    tryit('header(host)', fn() => $r->header('host'));
    tryit('header(host) again', fn() => $r->header('host'));
    tryit('header()', fn() => $r->header());
}
?>
--EXPECT--
-- #0 ""
method: method: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
method again: method again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri: uri: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri again: uri again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
protocolVersion: protocolVersion: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
protocolVersion again: protocolVersion again: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
path: path: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
path again: path again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString: queryString: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString again: queryString again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
rawHead: rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawHead again: rawHead again: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawBody: ''
rawBody again: ''
header: header: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header again: array (
)
host: host: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
host again: NULL
cookie: cookie: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
cookie again: array (
)
get: get: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
get again: get again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
post: post: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
post again: array (
)
file: file: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
file again: array (
)
host(true): host(true): TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #1 "GET"
method: method: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
method again: method again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri: uri: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri again: uri again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
protocolVersion: protocolVersion: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
protocolVersion again: protocolVersion again: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
path: path: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
path again: path again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString: queryString: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString again: queryString again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
rawHead: rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawHead again: rawHead again: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawBody: ''
rawBody again: ''
header: header: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header again: array (
)
host: host: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
host again: NULL
cookie: cookie: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
cookie again: array (
)
get: get: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
get again: get again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
post: post: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
post again: array (
)
file: file: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
file again: array (
)
host(true): host(true): TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #2 "GET \/ HTTP\/1.1"
method: method: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
method again: method again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri: uri: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri again: uri again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
protocolVersion: protocolVersion: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
protocolVersion again: protocolVersion again: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
path: path: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
path again: path again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString: queryString: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString again: queryString again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
rawHead: rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawHead again: rawHead again: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawBody: '/ HTTP/1.1'
rawBody again: '/ HTTP/1.1'
header: header: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header again: array (
)
host: host: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
host again: NULL
cookie: cookie: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
cookie again: array (
)
get: get: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
get again: get again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
post: post: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
post again: array (
)
file: file: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
file again: array (
)
host(true): host(true): TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #3 "GET \/ HTTP\/1.1\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.1'
protocolVersion again: '1.1'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawHead again: rawHead again: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawBody: '/ HTTP/1.1
'
rawBody again: '/ HTTP/1.1
'
header: header: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header again: array (
)
host: host: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
host again: NULL
cookie: cookie: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
cookie again: array (
)
get: array (
)
get again: array (
)
post: post: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
post again: array (
)
file: file: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
file again: array (
)
host(true): host(true): TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #4 "GET \/ HTTP\/1.1\r\nHost: a\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.1'
protocolVersion again: '1.1'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawHead again: rawHead again: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawBody: '/ HTTP/1.1
Host: a
'
rawBody again: '/ HTTP/1.1
Host: a
'
header: header: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header again: array (
)
host: host: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
host again: NULL
cookie: cookie: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
cookie again: array (
)
get: array (
)
get again: array (
)
post: post: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
post again: array (
)
file: file: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
file again: array (
)
host(true): host(true): TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #5 "GET \/ HTTP\/1.1\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.1'
protocolVersion again: '1.1'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET / HTTP/1.1'
rawHead again: 'GET / HTTP/1.1'
rawBody: ''
rawBody again: ''
header: array (
)
header again: array (
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #6 "\r\n\r\n"
method: ''
method again: ''
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: ''
rawHead again: ''
rawBody: ''
rawBody again: ''
header: array (
)
header again: array (
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #7 "abc\r\n\r\nxyz"
method: 'abc'
method again: 'abc'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'abc'
rawHead again: 'abc'
rawBody: 'xyz'
rawBody again: 'xyz'
header: array (
)
header again: array (
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
  'xyz' => '',
)
post again: array (
  'xyz' => '',
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #8 "GET \/\r\nHost: h:99999\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET /
Host: h:99999'
rawHead again: 'GET /
Host: h:99999'
rawBody: ''
rawBody again: ''
header: array (
  'host' => 'h:99999',
)
header again: array (
  'host' => 'h:99999',
)
host: 'h:99999'
host again: 'h:99999'
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): 'h'
header(host): 'h:99999'
header(host) again: 'h:99999'
header(): array (
  'host' => 'h:99999',
)
-- #9 "GET \/\r\nHost: [::1]:80\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET /
Host: [::1]:80'
rawHead again: 'GET /
Host: [::1]:80'
rawBody: ''
rawBody again: ''
header: array (
  'host' => '[::1]:80',
)
header again: array (
  'host' => '[::1]:80',
)
host: '[::1]:80'
host again: '[::1]:80'
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): '[::1]'
header(host): '[::1]:80'
header(host) again: '[::1]:80'
header(): array (
  'host' => '[::1]:80',
)
-- #10 "GET \/\r\nHost: 0\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET /
Host: 0'
rawHead again: 'GET /
Host: 0'
rawBody: ''
rawBody again: ''
header: array (
  'host' => '0',
)
header again: array (
  'host' => '0',
)
host: '0'
host again: '0'
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): '0'
header(host): '0'
header(host) again: '0'
header(): array (
  'host' => '0',
)
-- #11 "GET \/\r\nHost: h:80\n\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET /
Host: h:80
'
rawHead again: 'GET /
Host: h:80
'
rawBody: ''
rawBody again: ''
header: array (
  'host' => 'h:80
',
)
header again: array (
  'host' => 'h:80
',
)
host: 'h:80
'
host again: 'h:80
'
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): 'h
'
header(host): 'h:80
'
header(host) again: 'h:80
'
header(): array (
  'host' => 'h:80
',
)
-- #12 "GET \/\r\nHost: h:1:2\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET /
Host: h:1:2'
rawHead again: 'GET /
Host: h:1:2'
rawBody: ''
rawBody again: ''
header: array (
  'host' => 'h:1:2',
)
header again: array (
  'host' => 'h:1:2',
)
host: 'h:1:2'
host again: 'h:1:2'
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): 'h:1'
header(host): 'h:1:2'
header(host) again: 'h:1:2'
header(): array (
  'host' => 'h:1:2',
)
-- #13 "GET \/\r\nHost: h:80\r\nHost: g\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET /
Host: h:80
Host: g'
rawHead again: 'GET /
Host: h:80
Host: g'
rawBody: ''
rawBody again: ''
header: array (
  'host' => 'h:80,g',
)
header again: array (
  'host' => 'h:80,g',
)
host: 'h:80,g'
host again: 'h:80,g'
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): 'h:80,g'
header(host): 'h:80,g'
header(host) again: 'h:80,g'
header(): array (
  'host' => 'h:80,g',
)
-- #14 "GET \/ HTTP\/1.1\r\nA\u0000B: c\u0000d\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.1'
protocolVersion again: '1.1'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET / HTTP/1.1
A' . "\0" . 'B: c' . "\0" . 'd'
rawHead again: 'GET / HTTP/1.1
A' . "\0" . 'B: c' . "\0" . 'd'
rawBody: ''
rawBody again: ''
header: array (
  'a' . "\0" . 'b' => 'c' . "\0" . 'd',
)
header again: array (
  'a' . "\0" . 'b' => 'c' . "\0" . 'd',
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
  'a' . "\0" . 'b' => 'c' . "\0" . 'd',
)
-- #15 "GET \/ HTTP\/1.1\rX: y\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.1X: y'
protocolVersion again: '1.1X: y'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET / HTTP/1.1X: y'
rawHead again: 'GET / HTTP/1.1X: y'
rawBody: ''
rawBody again: ''
header: array (
)
header again: array (
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #16 "GET \/ HTTP\/1.1\nX: y\r\nZ: w\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.1
X: y'
protocolVersion again: '1.1
X: y'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET / HTTP/1.1
X: y
Z: w'
rawHead again: 'GET / HTTP/1.1
X: y
Z: w'
rawBody: ''
rawBody again: ''
header: array (
  'z' => 'w',
)
header again: array (
  'z' => 'w',
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
  'z' => 'w',
)
-- #17 "GET\r\n\r\n"
method: 'GET'
method again: 'GET'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'GET'
rawHead again: 'GET'
rawBody: ''
rawBody again: ''
header: array (
)
header again: array (
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
)
post again: array (
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #18 "X\r\n\r\n\r\n\r\n"
method: 'X'
method again: 'X'
uri: '/'
uri again: '/'
protocolVersion: '1.0'
protocolVersion again: '1.0'
path: '/'
path again: '/'
queryString: ''
queryString again: ''
rawHead: 'X'
rawHead again: 'X'
rawBody: '

'
rawBody again: '

'
header: array (
)
header again: array (
)
host: NULL
host again: NULL
cookie: array (
)
cookie again: array (
)
get: array (
)
get again: array (
)
post: array (
  '

' => '',
)
post again: array (
  '

' => '',
)
file: array (
)
file again: array (
)
host(true): NULL
header(host): NULL
header(host) again: NULL
header(): array (
)
-- #19 "\u0000\u0000\u0000"
method: method: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
method again: method again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri: uri: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
uri again: uri again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
protocolVersion: protocolVersion: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
protocolVersion again: protocolVersion again: TypeError: strstr(): Argument #1 ($haystack) must be of type string, bool given
path: path: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
path again: path again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString: queryString: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
queryString again: queryString again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
rawHead: rawHead: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawHead again: rawHead again: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
rawBody: ''
rawBody again: ''
header: header: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header again: array (
)
host: host: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
host again: NULL
cookie: cookie: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
cookie again: array (
)
get: get: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
get again: get again: TypeError: explode(): Argument #2 ($string) must be of type string, bool given
post: post: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
post again: array (
)
file: file: TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
file again: array (
)
host(true): host(true): TypeError: Workerman\Protocols\Http\Request::rawHead(): Return value must be of type string, bool returned
header(host): NULL
header(host) again: NULL
header(): array (
)
