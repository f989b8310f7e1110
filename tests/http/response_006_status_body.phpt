--TEST--
Http\Response: withStatus(), getReasonPhrase(), withProtocolVersion(), withBody(), rawBody()
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
t('withStatus', fn() => [(new Response())->withStatus(404)->getStatusCode(), (new Response())->withStatus(404)->getReasonPhrase()]);
t('withStatus reason, CR/LF removed', fn() => [(new Response())->withStatus(299, "A\r\nB\rC\nD")->getReasonPhrase(), (string)(new Response())->withStatus(299, "A\r\nB")]);
t('withStatus null resets reason', fn() => (new Response())->withStatus(299, 'X')->withStatus(200)->getReasonPhrase());
t('withStatus named', fn() => (string)(new Response())->withStatus(reasonPhrase: 'R', code: 202));
t('withProtocolVersion, CR/LF removed', fn() => (string)(new Response())->withProtocolVersion("1.0\r\n"));
t('withBody and rawBody', fn() => [(new Response())->withBody('new body')->rawBody(), (string)(new Response(200, [], 'old'))->withBody('new body')]);
t('rawBody default', fn() => (new Response())->rawBody());
t('return $this', function () { $r = new Response(); return [$r->withStatus(1) === $r, $r->withBody('') === $r, $r->withProtocolVersion('1.1') === $r, $r->withoutHeader('x') === $r, $r->withHeaders([]) === $r, $r->cookie('a') === $r]; });
?>
--EXPECT--
withStatus => array (
  0 => 404,
  1 => NULL,
)
withStatus reason, CR/LF removed => array (
  0 => 'ABCD',
  1 => 'HTTP/1.1 299 AB
Content-Type: text/html;charset=utf-8
Content-Length: 0
Connection: keep-alive

',
)
withStatus null resets reason => NULL
withStatus named => "HTTP/1.1 202 R\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
withProtocolVersion, CR/LF removed => "HTTP/1.0 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
withBody and rawBody => array (
  0 => 'new body',
  1 => 'HTTP/1.1 200 OK
Content-Type: text/html;charset=utf-8
Content-Length: 8
Connection: keep-alive

new body',
)
rawBody default => ""
return $this => array (
  0 => true,
  1 => true,
  2 => true,
  3 => true,
  4 => true,
  5 => true,
)
