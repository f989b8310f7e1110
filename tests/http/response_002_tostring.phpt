--TEST--
Http\Response::__toString(): every serialisation case, byte for byte
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
t('no headers', fn() => (string)new Response());
t('no headers, body', fn() => (string)new Response(404, [], 'hello'));
t('headers', fn() => (string)new Response(200, ['X-A' => 'b', 'Server' => 'w'], 'hi'));
t('array values', fn() => (string)new Response(200, ['Set-Cookie' => ['a=1', 'b=2'], 'Empty' => []], 'x'));
t('unsafe names and values skipped', fn() => (string)new Response(200, ['A:B' => 'x', "A\rB" => 'x', "A\nB" => 'x', 'V1' => "v\r", 'V2' => "v\n", 'V3' => ['ok', "b\r\nad", 'ok2'], 'Nul' => "v\0w", "N\0m" => 'z']));
t('Connection set', fn() => (string)new Response(200, ['Connection' => 'close']));
t('Connection null (isset false)', fn() => (string)new Response(200, ['Connection' => null]));
t('Connection lower case is not Connection', fn() => (string)new Response(200, ['connection' => 'close']));
t('Content-Type set', fn() => (string)new Response(200, ['Content-Type' => 'application/json'], '{}'));
t('Content-Type null', fn() => (string)new Response(200, ['Content-Type' => null], 'x'));
t('event-stream: head only, body ignored', fn() => (string)new Response(200, ['Content-Type' => 'text/event-stream', 'Cache-Control' => 'no-cache'], 'ignored'));
t('event-stream with Transfer-Encoding', fn() => (string)new Response(200, ['Content-Type' => 'text/event-stream', 'Transfer-Encoding' => 'chunked'], 'ignored'));
t('event-stream must be identical', fn() => [(string)new Response(200, ['Content-Type' => 'text/event-stream; charset=utf-8'], 'b'), (string)new Response(200, ['Content-Type' => ['text/event-stream']], 'b')]);
t('Transfer-Encoding: first chunk', fn() => (string)new Response(200, ['Transfer-Encoding' => 'chunked'], 'hello world hello'));
t('Transfer-Encoding: long first chunk', fn() => (string)new Response(200, ['Transfer-Encoding' => 'chunked'], str_repeat('z', 300)));
t('Transfer-Encoding: empty body', fn() => (string)new Response(200, ['Transfer-Encoding' => 'chunked']));
t('Transfer-Encoding null', fn() => (string)new Response(200, ['Transfer-Encoding' => null], 'abc'));
t('Content-Length given too', fn() => (string)new Response(200, ['Content-Length' => 99], 'abc'));
t('binary body', fn() => (string)new Response(200, ['A' => 'b'], "\0\r\n\xff"));
t('reason phrases', function () { $o = []; foreach ([100, 103, 200, 226, 308, 418, 431, 451, 511] as $c) { $o[] = strstr((string)new Response($c), "\r\n", true); } return $o; });
t('unknown status: empty reason', fn() => [(string)new Response(299), (string)new Response(299, ['A' => 'b'])]);
t('odd statuses', fn() => [strstr((string)new Response(0), "\r\n", true), strstr((string)new Response(-5), "\r\n", true), strstr((string)new Response(PHP_INT_MAX), "\r\n", true)]);
t('custom reason', fn() => (string)(new Response(200))->withStatus(299, 'Custom'));
t('reason "0" and "" fall back', fn() => [(string)(new Response())->withStatus(201, '0'), (string)(new Response())->withStatus(201, '')]);
t('protocol version', fn() => [(string)(new Response())->withProtocolVersion('1.0'), (string)(new Response(200, ['A' => 'b']))->withProtocolVersion('2'), (string)(new Response(299))->withProtocolVersion('1.0')]);
t('int keys', fn() => (string)new Response(200, [5 => 'five', '6' => 'six', -1 => 'neg']));
t('stable across calls', function () { $r = new Response(200, ['A' => ['1', '2']], 'b'); return (string)$r === (string)$r; });
t('long head and large body', function () {
    $h = [];
    for ($i = 0; $i < 12; $i++) { $h["X-Header-$i"] = str_repeat(chr(65 + $i), 20 + $i); }
    $s = (string)new Response(200, $h, str_repeat("body\n", 1000));
    return [strlen($s), md5($s), strstr($s, "\r\n\r\n", true)];
});
t('long head, chunked body', function () {
    $s = (string)new Response(200, ['Transfer-Encoding' => 'chunked', 'X-Long' => str_repeat('v', 400)], str_repeat('c', 5000));
    return [strlen($s), md5($s), substr($s, -12)];
});
?>
--EXPECT--
no headers => "HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
no headers, body => "HTTP/1.1 404 Not Found\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhello"
headers => "HTTP/1.1 200 OK\r\nX-A: b\r\nServer: w\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 2\r\n\r\nhi"
array values => "HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
unsafe names and values skipped => "HTTP/1.1 200 OK\r\nV3: ok\r\nV3: ok2\r\nNul: v\000w\r\nN\000m: z\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
Connection set => "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
Connection null (isset false) => "HTTP/1.1 200 OK\r\nConnection: \r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
Connection lower case is not Connection => "HTTP/1.1 200 OK\r\nconnection: close\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
Content-Type set => "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}"
Content-Type null => "HTTP/1.1 200 OK\r\nContent-Type: \r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nx"
event-stream: head only, body ignored => "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n"
event-stream with Transfer-Encoding => "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n"
event-stream must be identical => array (
  0 => 'HTTP/1.1 200 OK
Content-Type: text/event-stream; charset=utf-8
Connection: keep-alive
Content-Length: 1

b',
  1 => 'HTTP/1.1 200 OK
Content-Type: text/event-stream
Connection: keep-alive
Content-Length: 1

b',
)
Transfer-Encoding: first chunk => "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\n\r\n11\r\nhello world hello\r\n"
Transfer-Encoding: long first chunk => "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\n\r\n12c\r\nzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\r\n"
Transfer-Encoding: empty body => "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\n\r\n"
Transfer-Encoding null => "HTTP/1.1 200 OK\r\nTransfer-Encoding: \r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 3\r\n\r\nabc"
Content-Length given too => "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 3\r\n\r\nabc"
binary body => "HTTP/1.1 200 OK\r\nA: b\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 4\r\n\r\n\000\r\n\377"
reason phrases => array (
  0 => 'HTTP/1.1 100 Continue',
  1 => 'HTTP/1.1 103 Early Hints',
  2 => 'HTTP/1.1 200 OK',
  3 => 'HTTP/1.1 226 IM Used',
  4 => 'HTTP/1.1 308 Permanent Redirect',
  5 => 'HTTP/1.1 418 I\'m a teapot',
  6 => 'HTTP/1.1 431 Request Header Fields Too Large',
  7 => 'HTTP/1.1 451 Unavailable For Legal Reasons',
  8 => 'HTTP/1.1 511 Network Authentication Required',
)
unknown status: empty reason => array (
  0 => 'HTTP/1.1 299 
Content-Type: text/html;charset=utf-8
Content-Length: 0
Connection: keep-alive

',
  1 => 'HTTP/1.1 299 
A: b
Connection: keep-alive
Content-Type: text/html;charset=utf-8
Content-Length: 0

',
)
odd statuses => array (
  0 => 'HTTP/1.1 0 ',
  1 => 'HTTP/1.1 -5 ',
  2 => 'HTTP/1.1 9223372036854775807 ',
)
custom reason => "HTTP/1.1 299 Custom\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
reason "0" and "" fall back => array (
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
protocol version => array (
  0 => 'HTTP/1.0 200 OK
Content-Type: text/html;charset=utf-8
Content-Length: 0
Connection: keep-alive

',
  1 => 'HTTP/2 200 OK
A: b
Connection: keep-alive
Content-Type: text/html;charset=utf-8
Content-Length: 0

',
  2 => 'HTTP/1.0 299 
Content-Type: text/html;charset=utf-8
Content-Length: 0
Connection: keep-alive

',
)
int keys => "HTTP/1.1 200 OK\r\n5: five\r\n6: six\r\n-1: neg\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
stable across calls => true
long head and large body => array (
  0 => 5580,
  1 => 'e26f008a532803279a2b6f6b90a64236',
  2 => 'HTTP/1.1 200 OK
X-Header-0: AAAAAAAAAAAAAAAAAAAA
X-Header-1: BBBBBBBBBBBBBBBBBBBBB
X-Header-2: CCCCCCCCCCCCCCCCCCCCCC
X-Header-3: DDDDDDDDDDDDDDDDDDDDDDD
X-Header-4: EEEEEEEEEEEEEEEEEEEEEEEE
X-Header-5: FFFFFFFFFFFFFFFFFFFFFFFFF
X-Header-6: GGGGGGGGGGGGGGGGGGGGGGGGGG
X-Header-7: HHHHHHHHHHHHHHHHHHHHHHHHHHH
X-Header-8: IIIIIIIIIIIIIIIIIIIIIIIIIIII
X-Header-9: JJJJJJJJJJJJJJJJJJJJJJJJJJJJJ
X-Header-10: KKKKKKKKKKKKKKKKKKKKKKKKKKKKKK
X-Header-11: LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL
Connection: keep-alive
Content-Type: text/html;charset=utf-8
Content-Length: 5000',
)
long head, chunked body => array (
  0 => 5528,
  1 => '4e986181aedc224cc038960894782772',
  2 => 'cccccccccc
',
)
