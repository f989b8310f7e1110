--TEST--
Http\Response::cookie(): attribute order and combinations, and what Set-Cookie may already hold
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
$C = fn(...$a) => (new Response())->cookie(...$a)->getHeader('Set-Cookie');
t('name only', fn() => $C('a'));
t('all attributes', fn() => $C('n', 'v a/l;ü=&+~', 3600, '/p', 'ex.com', true, true, 'Strict'));
t('"0" counts as empty for domain, path, sameSite', fn() => $C('n', '0', 0, '0', '0', false, false, '0'));
t('negative max-age, secure, samesite', fn() => $C('n', 'v', -1, '', '', true, false, 'Lax'));
t('httpOnly and path', fn() => $C('m', '', null, '/', '', false, true));
t('named arguments', fn() => $C('n', sameSite: 'None', secure: true));
t('appends', fn() => (new Response())->cookie('a', 'b')->cookie('c', 'd', 10)->cookie('e')->getHeaders());
t('serialised', fn() => (string)(new Response())->cookie('a', 'b')->cookie('c', 'd', 10));
$P = fn($v) => (new Response(200, ['Set-Cookie' => $v]))->cookie('n')->getHeaders();
t('Set-Cookie was a string', fn() => $P('x'));
t('Set-Cookie was ""', fn() => $P(''));
t('Set-Cookie was false', fn() => $P(false));
t('Set-Cookie was null', fn() => $P(null));
t('Set-Cookie was an int', fn() => $P(1));
t('Set-Cookie was an array', fn() => $P(['k' => 'v', 3 => 'w']));
t('Set-Cookie array full', fn() => $P([PHP_INT_MAX => 'x']));
t('Set-Cookie was an object', fn() => $P(new stdClass));
t('Set-Cookie was an ArrayAccess', fn() => count((new Response(200, ['Set-Cookie' => new ArrayObject(['z'])]))->cookie('n')->getHeaders()['Set-Cookie']));
?>
--EXPECT--
name only => array (
  0 => 'a=',
)
all attributes => array (
  0 => 'n=v%20a%2Fl%3B%C3%BC%3D%26%2B~; Domain=ex.com; Max-Age=3600; Path=/p; Secure; HttpOnly; SameSite=Strict',
)
"0" counts as empty for domain, path, sameSite => array (
  0 => 'n=0; Max-Age=0',
)
negative max-age, secure, samesite => array (
  0 => 'n=v; Max-Age=-1; Secure; SameSite=Lax',
)
httpOnly and path => array (
  0 => 'm=; Path=/; HttpOnly',
)
named arguments => array (
  0 => 'n=; Secure; SameSite=None',
)
appends => array (
  'Set-Cookie' => 
  array (
    0 => 'a=b',
    1 => 'c=d; Max-Age=10',
    2 => 'e=',
  ),
)
serialised => "HTTP/1.1 200 OK\r\nSet-Cookie: a=b\r\nSet-Cookie: c=d; Max-Age=10\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
Set-Cookie was a string => Set-Cookie was a string !! Error: [] operator not supported for strings
Set-Cookie was "" => Set-Cookie was "" !! Error: [] operator not supported for strings
Set-Cookie was false => [Deprecated: Automatic conversion of false to array is deprecated]
array (
  'Set-Cookie' => 
  array (
    0 => 'n=',
  ),
)
Set-Cookie was null => array (
  'Set-Cookie' => 
  array (
    0 => 'n=',
  ),
)
Set-Cookie was an int => Set-Cookie was an int !! Error: Cannot use a scalar value as an array
Set-Cookie was an array => array (
  'Set-Cookie' => 
  array (
    'k' => 'v',
    3 => 'w',
    4 => 'n=',
  ),
)
Set-Cookie array full => Set-Cookie array full !! Error: Cannot add element to the array as the next element is already occupied
Set-Cookie was an object => Set-Cookie was an object !! Error: Cannot use object of type stdClass as array
Set-Cookie was an ArrayAccess => 2
