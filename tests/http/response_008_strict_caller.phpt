--TEST--
Http\Response, Chunk, ServerSentEvents called from strict_types code: no scalar coercion
--EXTENSIONS--
workerman
--FILE--
<?php
declare(strict_types=1);
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\Chunk;
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
t('int to string', fn() => (new Response())->header('X', 5));
t('float to int', fn() => new Response(1.0));
t('int to bool', fn() => (new Response())->cookie('a', 'b', 1, '', '', 1));
t('int to Chunk', fn() => new Chunk(5));
t('typed ok', fn() => (string)(new Response(200, [], 'b'))->cookie('a', 'b', 1, '', '', true));
t('sse ok', fn() => (string)new ServerSentEvents(['data' => 'x']));
?>
--EXPECT--
int to string => int to string !! TypeError: Workerman\Protocols\Http\Response::header(): Argument #2 ($value) must be of type string, int given, called in %s
float to int => float to int !! TypeError: Workerman\Protocols\Http\Response::__construct(): Argument #1 ($status) must be of type int, float given, called in %s
int to bool => int to bool !! TypeError: Workerman\Protocols\Http\Response::cookie(): Argument #6 ($secure) must be of type bool, int given, called in %s
int to Chunk => int to Chunk !! TypeError: Workerman\Protocols\Http\Chunk::__construct(): Argument #1 ($buffer) must be of type string, int given, called in %s
typed ok => "HTTP/1.1 200 OK\r\nSet-Cookie: a=b; Max-Age=1; Secure\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nb"
sse ok => "data: x\n\n"
