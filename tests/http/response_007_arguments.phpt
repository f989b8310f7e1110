--TEST--
Http\Response: arguments are checked as for upstream's userland methods (null, count, coercion, named)
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Response;
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
$r = new Response();
t('null to string', fn() => $r->header('X', null));
t('null to body', fn() => new Response(200, [], null));
t('null to int', fn() => $r->withStatus(null));
t('null to array', fn() => $r->withHeaders(null));
t('string to int', fn() => (string)new Response('201'));
t('bad string to int', fn() => new Response('abc'));
t('float to int', fn() => [(string)new Response(201.0), (string)new Response(201.5)]);
t('bool to int', fn() => strstr((string)new Response(true), "\r\n", true));
t('int to string', fn() => (string)(new Response())->header('X', 5)->header(6, 'six'));
t('Stringable to string', fn() => (new Response())->withBody(new class { function __toString(): string { return 'sb'; } })->rawBody());
t('too few', fn() => $r->header('X'));
t('none', fn() => $r->withHeaders());
t('extra ignored', fn() => (string)(new Response())->header('X', 'y', 'z', 'w'));
t('array wanted', fn() => $r->withHeaders('x'));
t('unknown named', fn() => $r->withStatus(202, foo: 1));
t('cookie bool from int', fn() => (new Response())->cookie('a', 'b', '5', '', '', 1, 0)->getHeaders());
?>
--EXPECT--
null to string => null to string !! TypeError: Workerman\Protocols\Http\Response::header(): Argument #2 ($value) must be of type string, null given, called in %s
null to body => null to body !! TypeError: Workerman\Protocols\Http\Response::__construct(): Argument #3 ($body) must be of type string, null given, called in %s
null to int => null to int !! TypeError: Workerman\Protocols\Http\Response::withStatus(): Argument #1 ($code) must be of type int, null given, called in %s
null to array => null to array !! TypeError: Workerman\Protocols\Http\Response::withHeaders(): Argument #1 ($headers) must be of type array, null given, called in %s
string to int => "HTTP/1.1 201 Created\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
bad string to int => bad string to int !! TypeError: Workerman\Protocols\Http\Response::__construct(): Argument #1 ($status) must be of type int, string given, called in %s
float to int => [Deprecated: Implicit conversion from float 201.5 to int loses precision]
array (
  0 => 'HTTP/1.1 201 Created
Content-Type: text/html;charset=utf-8
Content-Length: 0
Connection: keep-alive

',
  1 => 'HTTP/1.1 201 Created
Content-Type: text/html;charset=utf-8
Content-Length: 0
Connection: keep-alive

',
)
bool to int => "HTTP/1.1 1 "
int to string => "HTTP/1.1 200 OK\r\nX: 5\r\n6: six\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
Stringable to string => "sb"
too few => too few !! ArgumentCountError: Too few arguments to function Workerman\Protocols\Http\Response::header(), 1 passed in %s and exactly 2 expected
none => none !! ArgumentCountError: Too few arguments to function Workerman\Protocols\Http\Response::withHeaders(), 0 passed in %s and exactly 1 expected
extra ignored => "HTTP/1.1 200 OK\r\nX: y\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
array wanted => array wanted !! TypeError: Workerman\Protocols\Http\Response::withHeaders(): Argument #1 ($headers) must be of type array, string given, called in %s
unknown named => unknown named !! Error: Unknown named parameter $foo
cookie bool from int => array (
  'Set-Cookie' => 
  array (
    0 => 'a=b; Max-Age=5; Secure',
  ),
)
