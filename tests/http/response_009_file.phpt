--TEST--
Http\Response::withFile() and file heads: mime from the extension, Content-Disposition, Last-Modified, 404
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
$dir = sys_get_temp_dir() . '/wm-response-' . getmypid();
@mkdir($dir);
$GLOBALS['HIDE'] = [$dir => '<dir>'];
register_shutdown_function(function () use ($dir) { array_map('unlink', glob("$dir/*") ?: []); @unlink("$dir/.hidden"); @rmdir($dir); });
$names = ['a.png', 'b.unknownext', 'noext', 'q"u\\o.bin', "ctl\x01\x1f\x7f.bin", 'dot.', '0', 'UPPER.PNG', '.hidden', 'x.tar.gz', 'x.7z', 'ü.mp4', 'zero.js'];
foreach ($names as $n) {
    file_put_contents("$dir/$n", 'data');
    touch("$dir/$n", 1700000000);   /* Tue, 14 Nov 2023 22:13:20 GMT */
}
touch("$dir/zero.js", 0);           /* mtime 0: no Last-Modified */
foreach ($names as $n) {
    t("file " . addcslashes($n, "\0..\37\177"), fn() => (string)(new Response())->withFile("$dir/$n"));
}
t('file info', fn() => ((new Response())->withFile("$dir/a.png", 3, 10)->file));
t('file info defaults', fn() => ((new Response())->withFile("$dir/a.png")->file));
t('headers given win', fn() => (string)(new Response(200, ['Content-Type' => 'x/y', 'Connection' => 'close', 'Content-Disposition' => 'inline', 'Last-Modified' => 'never', 'X' => ['1', '2'], 'Bad:Name' => 'x']))->withFile("$dir/noext"));
t('Content-Disposition given', fn() => (string)(new Response(200, ['Content-Disposition' => 'inline']))->withFile("$dir/noext"));
t('Content-Type given: no Content-Disposition', fn() => (string)(new Response(200, ['Content-Type' => 'application/octet-stream']))->withFile("$dir/noext"));
t('Content-Type null', fn() => (string)(new Response(200, ['Content-Type' => null]))->withFile("$dir/a.png"));
t('status and reason', fn() => [(string)(new Response(206))->withFile("$dir/a.png"), (string)(new Response(200))->withStatus(404, '0')->withFile("$dir/a.png"), (string)(new Response(299))->withStatus(299, 'Custom')->withFile("$dir/a.png")]);
t('unknown status warns', fn() => (string)(new Response(299))->withFile("$dir/a.png"));
t('protocol version', fn() => (string)(new Response())->withProtocolVersion('1.0')->withFile("$dir/a.png"));
t('missing file: 404', function () use ($dir) { $r = (new Response(200, ['A' => 'b']))->withFile("$dir/missing.txt"); return [(string)$r, $r->file, $r->getStatusCode(), $r->rawBody()]; });
t('directory: 404', fn() => (string)(new Response())->withFile($dir));
t('NUL in path: 404', fn() => (string)(new Response())->withFile("$dir/a.png\0x"));
t('file deleted before serialising', function () use ($dir) { file_put_contents("$dir/gone.txt", 'x'); $r = (new Response())->withFile("$dir/gone.txt"); unlink("$dir/gone.txt"); ob_start(); $s = (string)$r; return (ob_get_clean() . $s); });
$F = function (array $file) { $r = new Response(); $r->file = $file; return (string)$r; };
t('file array without "file"', fn() => $F(['offset' => 0]));
t('file is not a string', fn() => $F(['file' => 5]));
t('empty file array: not a file response', fn() => $F([]));
t('empty path', fn() => $F(['file' => '']));
t('trailing slash', fn() => ($F(['file' => "$dir/a.png/"])));
t('reference', function () use ($dir, $F) { $f = "$dir/a.png"; return $F(['file' => &$f]); });
class MimeMap extends Response { public static function set($k, $v) { static::$mimeTypeMap[$k] = $v; } }
t('mime map changed by a subclass', function () use ($dir) { MimeMap::set('unknownext', 'app/custom'); MimeMap::set('png', null); return [(string)(new Response())->withFile("$dir/b.unknownext"), (string)(new Response())->withFile("$dir/a.png"), (new Response())->getMimeType('png')]; });
t('mime map value not a string', function () use ($dir) { MimeMap::set('', 1); return (string)(new Response())->withFile("$dir/noext"); });
t('getMimeType value not a string', fn() => (new Response())->getMimeType(''));
t('createHeadForFile called directly', function () use ($dir) { $m = new ReflectionMethod(Response::class, 'createHeadForFile'); $m->setAccessible(true); return $m->invoke(new Response(206, ['A' => 'b']), ['file' => "$dir/x.7z"]); });
?>
--EXPECT--
file a.png => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: image/png\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file b.unknownext => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"b.unknownext\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file noext => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"noext\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file q"u\o.bin => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"quo.bin\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file ctl\001\037\177.bin => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"ctl.bin\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file dot. => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"dot.\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file 0 => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"unknown\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file UPPER.PNG => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"UPPER.PNG\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file .hidden => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\".hidden\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file x.tar.gz => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"x.tar.gz\"\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file x.7z => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/x-7z-compressed\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file ü.mp4 => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: video/mp4\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
file zero.js => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/javascript\r\n\r\n"
file info => array (
  'file' => '<dir>/a.png',
  'offset' => 3,
  'length' => 10,
)
file info defaults => array (
  'file' => '<dir>/a.png',
  'offset' => 0,
  'length' => 0,
)
headers given win => "HTTP/1.1 200 OK\r\nContent-Type: x/y\r\nConnection: close\r\nContent-Disposition: inline\r\nLast-Modified: never\r\nX: 1\r\nX: 2\r\n\r\n"
Content-Disposition given => "HTTP/1.1 200 OK\r\nContent-Disposition: inline\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
Content-Type given: no Content-Disposition => "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: keep-alive\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
Content-Type null => "HTTP/1.1 200 OK\r\nContent-Type: \r\nConnection: keep-alive\r\nContent-Type: image/png\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
status and reason => array (
  0 => 'HTTP/1.1 206 Partial Content
Connection: keep-alive
Content-Type: image/png
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT

',
  1 => 'HTTP/1.1 404 Not Found
Connection: keep-alive
Content-Type: image/png
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT

',
  2 => 'HTTP/1.1 299 Custom
Connection: keep-alive
Content-Type: image/png
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT

',
)
unknown status warns => [Warning: Undefined array key 299]
"HTTP/1.1 299 \r\nConnection: keep-alive\r\nContent-Type: image/png\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
protocol version => "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Type: image/png\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
missing file: 404 => array (
  0 => 'HTTP/1.1 404 Not Found
A: b
Connection: keep-alive
Content-Type: text/html;charset=utf-8
Content-Length: 22

<h3>404 Not Found</h3>',
  1 => NULL,
  2 => 404,
  3 => '<h3>404 Not Found</h3>',
)
directory: 404 => "HTTP/1.1 404 Not Found\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 22\r\nConnection: keep-alive\r\n\r\n<h3>404 Not Found</h3>"
NUL in path: 404 => "HTTP/1.1 404 Not Found\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 22\r\nConnection: keep-alive\r\n\r\n<h3>404 Not Found</h3>"
file deleted before serialising => "[Warning: filemtime(): stat failed for <dir>/gone.txt]\nHTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text/plain\r\n\r\n"
file array without "file" => [Warning: Undefined array key "file"]
file array without "file" !! TypeError: pathinfo(): Argument #1 ($path) must be of type string, null given
file is not a string => file is not a string !! TypeError: pathinfo(): Argument #1 ($path) must be of type string, int given
empty file array: not a file response => "HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"
empty path => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"unknown\"\r\n\r\n"
trailing slash => [Warning: filemtime(): stat failed for <dir>/a.png/]
"HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: image/png\r\n\r\n"
reference => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: image/png\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
mime map changed by a subclass => array (
  0 => 'HTTP/1.1 200 OK
Connection: keep-alive
Content-Type: app/custom
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT

',
  1 => 'HTTP/1.1 200 OK
Connection: keep-alive
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="a.png"
Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT

',
  2 => 'application/octet-stream',
)
mime map value not a string => mime map value not a string !! TypeError: Workerman\Protocols\Http\Response::getMimeType(): Return value must be of type string, int returned
getMimeType value not a string => getMimeType value not a string !! TypeError: Workerman\Protocols\Http\Response::getMimeType(): Return value must be of type string, int returned
createHeadForFile called directly => "HTTP/1.1 206 Partial Content\r\nA: b\r\nConnection: keep-alive\r\nContent-Type: application/x-7z-compressed\r\nLast-Modified: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n"
