--TEST--
Http\Response subclasses: webman's, overrides seen by the other methods, protected state, skipped parent constructor
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
$dir = sys_get_temp_dir() . '/wm-response-sub-' . getmypid();
@mkdir($dir);
$GLOBALS['HIDE'] = [$dir => '<dir>'];
register_shutdown_function(function () use ($dir) { @unlink("$dir/f.css"); @rmdir($dir); });
file_put_contents("$dir/f.css", 'body{}');
touch("$dir/f.css", 1600000000);

/* As webman-framework's Webman\Http\Response: a file() method next to the public $file property. */
class WebmanResponse extends Response {
    public function file(string $file): Response { if ($this->notModifiedSince($file)) { return $this->withStatus(304); } return $this->withFile($file); }
    public function download(string $file, string $downloadName = ''): Response { $this->withFile($file); if ($downloadName) { $this->header('Content-Disposition', "attachment; filename=\"$downloadName\""); } return $this; }
    protected function notModifiedSince(string $file): bool { return false; }
}
t('webman file()', fn() => (string)(new WebmanResponse())->file("$dir/f.css"));
t('webman $file property', fn() => (new WebmanResponse())->file("$dir/f.css")->file);
t('webman download()', fn() => (string)(new WebmanResponse())->download("$dir/f.css", 'name.css'));
t('webman plain', fn() => (string)(new WebmanResponse(201, ['A' => 'b'], 'body')));

class HeaderOverride extends Response {
    public function header(string $name, string $value): static { echo "[header $name]"; $this->headers[strtoupper($name)] = $value; return $this; }
}
t('withHeader() calls the header() override', fn() => (string)(new HeaderOverride())->withHeader('x-a', 'b'));
t('cookie() does not', fn() => (string)(new HeaderOverride())->cookie('c', 'd'));

class ToStringOverride extends Response {
    public function __toString(): string { return 'custom:' . parent::__toString(); }
}
t('__toString override', fn() => (string)(new ToStringOverride(200, [], 'b')));

class HeadOverride extends Response {
    protected function createHeadForFile(array $fileInfo): string { return 'HEAD(' . basename($fileInfo['file']) . ')' . parent::createHeadForFile($fileInfo); }
}
t('createHeadForFile override', fn() => (string)(new HeadOverride())->withFile("$dir/f.css"));

class MimeOverride extends Response {
    public function getMimeType(string $ext): string { echo "[mime $ext]"; return $ext === 'css' ? 'application/octet-stream' : parent::getMimeType($ext); }
}
t('getMimeType override', fn() => (string)(new MimeOverride())->withFile("$dir/f.css"));

class StatusBodyOverride extends Response {
    public function withStatus(int $code, ?string $reasonPhrase = null): static { echo "[withStatus $code]"; return parent::withStatus($code, 'Gone Away'); }
    public function withBody(string $body): static { echo '[withBody]'; return parent::withBody(strtoupper($body)); }
}
t('withFile(missing) calls the overrides', fn() => (string)(new StatusBodyOverride())->withFile("$dir/nope"));

class ProtectedAccess extends Response {
    public function dump() { return [$this->status, $this->headers, $this->body, $this->reason, $this->version, $this->file, self::$mimeTypeMap['png'], static::PHRASES[200]]; }
    public function poke() { $this->status = 418; $this->headers = ['P' => 'q']; $this->body = 'poked'; $this->version = '1.0'; $this->reason = 'Teapot'; return $this; }
}
t('protected read', fn() => (new ProtectedAccess(201, ['a' => 'b'], 'c'))->dump());
t('protected write', fn() => (string)(new ProtectedAccess())->poke());

class NoParentCtor extends Response { public function __construct() {} }
$N = fn() => new NoParentCtor();
t('no parent ctor: __toString', fn() => (string)$N());
t('no parent ctor: __toString with reason', fn() => (string)$N()->withStatus(200, 'X'));
t('no parent ctor: getHeaders', fn() => $N()->getHeaders());
t('no parent ctor: getHeader', fn() => $N()->getHeader('a'));
t('no parent ctor: header', fn() => $N()->header('a', 'b')->getHeaders());
t('no parent ctor: cookie', fn() => $N()->cookie('a', 'b')->getHeaders());
t('no parent ctor: withoutHeader', fn() => get_object_vars($N()->withoutHeader('a')));
t('no parent ctor: withHeaders', fn() => $N()->withHeaders(['a' => 'b'])->getHeaders());
t('no parent ctor: getStatusCode', fn() => $N()->getStatusCode());
t('no parent ctor: rawBody', fn() => $N()->rawBody());
t('no parent ctor: set everything', fn() => (string)$N()->withStatus(201)->withBody('b')->header('a', 'b'));
t('no parent ctor: file', fn() => (string)$N()->withFile("$dir/f.css"));

class Magic extends Response {
    public function __construct(private bool $isset) { parent::__construct(200, [], 'b'); unset($this->headers, $this->body); }
    public function __isset($n) { echo "[isset $n]"; return $this->isset; }
    public function __get($n) { echo "[get $n]"; return $n === 'headers' ? ['M' => 'agic', 'Transfer-Encoding' => 'chunked'] : 'magicbody'; }
}
t('unset properties and __get', fn() => (string)new Magic(false));
t('unset properties, __isset and __get', fn() => (string)new Magic(true));

class Mutator { public function __construct(public ?Response $r) {} public function __toString(): string { $this->r->withBody('MUTATED!!')->withoutHeader('Connection')->header('Z', 'z'); return 'm'; } }
t('header value that changes the response', function () {
    $r = new Response(200, ['Connection' => 'close'], 'orig');
    $m = new Mutator($r);
    $r->withHeaders(['M' => $m]);
    $out = [(string)$r, (string)$r];
    $m->r = null;
    return $out;
});
?>
--EXPECT--
webman file() => "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text/css\r\nLast-Modified: Sun, 13 Sep 2020 12:26:40 GMT\r\n\r\n"
webman $file property => array (
  'file' => '<dir>/f.css',
  'offset' => 0,
  'length' => 0,
)
webman download() => "HTTP/1.1 200 OK\r\nContent-Disposition: attachment; filename=\"name.css\"\r\nConnection: keep-alive\r\nContent-Type: text/css\r\nLast-Modified: Sun, 13 Sep 2020 12:26:40 GMT\r\n\r\n"
webman plain => "HTTP/1.1 201 Created\r\nA: b\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nbody"
withHeader() calls the header() override => [header x-a]"HTTP/1.1 200 OK\r\nX-A: b\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
cookie() does not => "HTTP/1.1 200 OK\r\nSet-Cookie: c=d\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 0\r\n\r\n"
__toString override => "custom:HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\nConnection: keep-alive\r\n\r\nb"
createHeadForFile override => "HEAD(f.css)HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: text/css\r\nLast-Modified: Sun, 13 Sep 2020 12:26:40 GMT\r\n\r\n"
getMimeType override => [mime css]"HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f.css\"\r\nLast-Modified: Sun, 13 Sep 2020 12:26:40 GMT\r\n\r\n"
withFile(missing) calls the overrides => [withStatus 404][withBody]"HTTP/1.1 404 Gone Away\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 22\r\nConnection: keep-alive\r\n\r\n<H3>404 NOT FOUND</H3>"
protected read => array (
  0 => 201,
  1 => 
  array (
    'a' => 'b',
  ),
  2 => 'c',
  3 => NULL,
  4 => '1.1',
  5 => NULL,
  6 => 'image/png',
  7 => 'OK',
)
protected write => "HTTP/1.0 418 Teapot\r\nP: q\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 5\r\n\r\npoked"
no parent ctor: __toString => no parent ctor: __toString !! Error: Typed property Workerman\Protocols\Http\Response::$status must not be accessed before initialization
no parent ctor: __toString with reason => no parent ctor: __toString with reason !! Error: Typed property Workerman\Protocols\Http\Response::$body must not be accessed before initialization
no parent ctor: getHeaders => no parent ctor: getHeaders !! Error: Typed property Workerman\Protocols\Http\Response::$headers must not be accessed before initialization
no parent ctor: getHeader => NULL
no parent ctor: header => array (
  'a' => 'b',
)
no parent ctor: cookie => array (
  'Set-Cookie' => 
  array (
    0 => 'a=b',
  ),
)
no parent ctor: withoutHeader => array (
  'file' => NULL,
)
no parent ctor: withHeaders => no parent ctor: withHeaders !! Error: Typed property Workerman\Protocols\Http\Response::$headers must not be accessed before initialization
no parent ctor: getStatusCode => no parent ctor: getStatusCode !! Error: Typed property Workerman\Protocols\Http\Response::$status must not be accessed before initialization
no parent ctor: rawBody => no parent ctor: rawBody !! Error: Typed property Workerman\Protocols\Http\Response::$body must not be accessed before initialization
no parent ctor: set everything => "HTTP/1.1 201 Created\r\na: b\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 1\r\n\r\nb"
no parent ctor: file => no parent ctor: file !! Error: Typed property Workerman\Protocols\Http\Response::$status must not be accessed before initialization
unset properties and __get => [get body][isset headers][get body]"HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 9\r\nConnection: keep-alive\r\n\r\nmagicbody"
unset properties, __isset and __get => [get body][isset headers][get headers][get headers][get body]"HTTP/1.1 200 OK\r\nM: agic\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\n\r\n9\r\nmagicbody\r\n"
header value that changes the response => array (
  0 => 'HTTP/1.1 200 OK
Connection: close
M: m
Content-Type: text/html;charset=utf-8
Content-Length: 4

MUTATED!!',
  1 => 'HTTP/1.1 200 OK
M: m
Z: z
Connection: keep-alive
Content-Type: text/html;charset=utf-8
Content-Length: 9

MUTATED!!',
)
