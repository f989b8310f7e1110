--TEST--
Http\Response: header(), withHeader(), withHeaders() (array_merge_recursive), withoutHeader(), getHeader(), getHeaders()
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
$R = fn(array $h = []) => new Response(200, $h, 'x');
t('header returns $this', function () use ($R) { $r = $R(); return $r->header('A', 'b') === $r; });
t('header sets and overwrites', fn() => $R(['A' => ['1', '2']])->header('A', 'z')->header('B', 'c')->getHeaders());
t('header numeric names', fn() => $R()->header('7', 'x')->header('07', 'y')->header('-3', 'z')->getHeaders());
t('header through a reference', function () use ($R) { $r = $R(); $r->header('A', 'a'); $h = $r->getHeaders(); return [$r->header('A', 'b')->getHeaders(), $h]; });
t('withHeader', fn() => $R()->withHeader('A', 'b')->withHeader('A', 'c')->getHeaders());
t('withHeaders merges recursively', fn() => $R(['A' => 'x', 'B' => ['y'], 5 => 'five', 'C' => 'c'])
    ->withHeaders(['A' => 'z', 'B' => 'w', 5 => 'again', 'C' => ['d' => 'e'], 'N' => 'new'])->getHeaders());
t('withHeaders renumbers int keys', fn() => [$R([])->withHeaders([3 => 'a', 1 => 'b'])->getHeaders(), $R([3 => 'a', 'x' => 'b'])->withHeaders([])->getHeaders(), $R([3 => 'a'])->withHeaders([3 => 'b'])->getHeaders()]);
t('withHeaders nested keys', fn() => $R(['A' => ['k' => ['x']]])->withHeaders(['A' => ['k' => 'y']])->getHeaders());
t('withHeaders then __toString', fn() => (string)$R(['Set-Cookie' => 'a'])->withHeaders(['Set-Cookie' => 'b', 'Content-Length' => 5]));
t('withoutHeader', fn() => $R(['A' => 1, 'B' => 2, 3 => 'c'])->withoutHeader('A')->withoutHeader('3')->withoutHeader('nope')->getHeaders());
t('getHeader', fn() => [$R(['A' => 'b'])->getHeader('A'), $R(['A' => 'b'])->getHeader('a'), $R([7 => 's'])->getHeader('7'), $R(['A' => ['1']])->getHeader('A'), $R(['A' => null])->getHeader('A')]);
t('getHeader: int value is a TypeError (strict return)', fn() => $R(['X' => 5])->getHeader('X'));
t('getHeader: bool value', fn() => $R(['X' => false])->getHeader('X'));
t('getHeader: object value', fn() => $R(['X' => new ArrayObject()])->getHeader('X'));
t('getHeaders copy', function () use ($R) { $r = $R(['A' => 'b']); $h = $r->getHeaders(); $h['C'] = 'd'; return $r->getHeaders(); });
?>
--EXPECT--
header returns $this => true
header sets and overwrites => array (
  'A' => 'z',
  'B' => 'c',
)
header numeric names => array (
  7 => 'x',
  '07' => 'y',
  -3 => 'z',
)
header through a reference => array (
  0 => 
  array (
    'A' => 'b',
  ),
  1 => 
  array (
    'A' => 'a',
  ),
)
withHeader => array (
  'A' => 'c',
)
withHeaders merges recursively => array (
  'A' => 
  array (
    0 => 'x',
    1 => 'z',
  ),
  'B' => 
  array (
    0 => 'y',
    1 => 'w',
  ),
  0 => 'five',
  'C' => 
  array (
    0 => 'c',
    'd' => 'e',
  ),
  1 => 'again',
  'N' => 'new',
)
withHeaders renumbers int keys => array (
  0 => 
  array (
    0 => 'a',
    1 => 'b',
  ),
  1 => 
  array (
    0 => 'a',
    'x' => 'b',
  ),
  2 => 
  array (
    0 => 'a',
    1 => 'b',
  ),
)
withHeaders nested keys => array (
  'A' => 
  array (
    'k' => 
    array (
      0 => 'x',
      1 => 'y',
    ),
  ),
)
withHeaders then __toString => "HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nContent-Length: 5\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
withoutHeader => array (
  'B' => 2,
)
getHeader => array (
  0 => 'b',
  1 => NULL,
  2 => 's',
  3 => 
  array (
    0 => '1',
  ),
  4 => NULL,
)
getHeader: int value is a TypeError (strict return) => getHeader: int value is a TypeError (strict return) !! TypeError: Workerman\Protocols\Http\Response::getHeader(): Return value must be of type array|string|null, int returned
getHeader: bool value => getHeader: bool value !! TypeError: Workerman\Protocols\Http\Response::getHeader(): Return value must be of type array|string|null, bool returned
getHeader: object value => getHeader: object value !! TypeError: Workerman\Protocols\Http\Response::getHeader(): Return value must be of type array|string|null, ArrayObject returned
getHeaders copy => array (
  'A' => 'b',
)
