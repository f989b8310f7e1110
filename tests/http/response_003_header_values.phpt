--TEST--
Http\Response::__toString(): header values of every type stringify as upstream's "$name: $value"
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
class Str { public function __toString(): string { echo '[__toString]'; return 'sv'; } }
class StrCrlf { public function __toString(): string { return "a\r\nb"; } }
class NoStr {}
$R = fn(array $h) => (string)new Response(200, $h, 'x');
t('int', fn() => $R(['I' => 5, 'Neg' => -7, 'Zero' => 0]));
t('float', fn() => $R(['A' => 1.5, 'B' => 0.1 + 0.2, 'C' => 1e100, 'D' => 2.0, 'E' => -0.0]));
t('bool and null', fn() => $R(['T' => true, 'F' => false, 'N' => null]));
t('nested arrays warn twice each', fn() => $R(['A' => ['x', ['y'], 3, null, true, 1.5]]));
t('Stringable: converted twice', fn() => $R(['S' => new Str, 'L' => [new Str]]));
t('Stringable with CRLF skipped', fn() => $R(['S' => new StrCrlf, 'T' => 'kept']));
t('object without __toString', fn() => $R(['S' => new NoStr]));
t('references', function () { $v = 'refv'; $h = ['R' => &$v]; $r = new Response(200, $h); $v = 'changed'; return (string)$r; });
t('resource', function () { $f = fopen('php://memory', 'r'); $s = (string)new Response(200, ['Res' => $f]); fclose($f); return preg_replace('/#\d+/', '#N', $s); });
?>
--EXPECT--
int => "HTTP/1.1 200 OK\r\nI: 5\r\nNeg: -7\r\nZero: 0\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
float => "HTTP/1.1 200 OK\r\nA: 1.5\r\nB: 0.3\r\nC: 1.0E+100\r\nD: 2\r\nE: -0\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
bool and null => "HTTP/1.1 200 OK\r\nT: 1\r\nF: \r\nN: \r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
nested arrays warn twice each => [Warning: Array to string conversion]
[Warning: Array to string conversion]
"HTTP/1.1 200 OK\r\nA: x\r\nA: Array\r\nA: 3\r\nA: \r\nA: 1\r\nA: 1.5\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
Stringable: converted twice => [__toString][__toString][__toString][__toString]"HTTP/1.1 200 OK\r\nS: sv\r\nL: sv\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
Stringable with CRLF skipped => "HTTP/1.1 200 OK\r\nT: kept\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
object without __toString => object without __toString !! Error: Object of class NoStr could not be converted to string
references => "HTTP/1.1 200 OK\r\nR: changed\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
resource => "HTTP/1.1 200 OK\r\nRes: Resource id #N\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
