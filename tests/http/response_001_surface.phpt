--TEST--
Http\Response: class surface, defaults, PHRASES and the mime map as upstream 5.2.2 has them
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
ob_start();
var_dump($r);
echo preg_replace('/#\d+/', '#N', ob_get_clean());
t('getters on defaults', fn() => [$r->getStatusCode(), $r->getReasonPhrase(), $r->getHeaders(), $r->rawBody(), $r->getHeader('Content-Type'), $r->file]);
t('interfaces, final, abstract', function () {
    $c = new ReflectionClass(Response::class);
    return [$c->getInterfaceNames(), $c->isFinal(), $c->isAbstract(), $c->getParentClass()];
});
t('properties', function () {
    $out = [];
    foreach ((new ReflectionClass(Response::class))->getProperties() as $p) {
        $out[] = implode(' ', Reflection::getModifierNames($p->getModifiers())) . ' ' . $p->getType() . ' $' . $p->getName()
            . (!$p->isStatic() && $p->hasDefaultValue() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    return $out;
});
t('methods', function () {
    $out = [];
    foreach ((new ReflectionClass(Response::class))->getMethods() as $m) {
        $ps = [];
        foreach ($m->getParameters() as $p) {
            $ps[] = $p->getType() . ' $' . $p->getName() . ($p->isOptional() ? ' = ' . str_replace("\n", '', var_export($p->getDefaultValue(), true)) : '');
        }
        $out[] = implode(' ', Reflection::getModifierNames($m->getModifiers())) . ' ' . $m->getName() . '(' . implode(', ', $ps) . ')'
            . ($m->hasReturnType() ? ': ' . $m->getReturnType() : '');
    }
    sort($out);
    return $out;
});
echo 'PHRASES ', json_encode(Response::PHRASES), "\n";
$p = new ReflectionProperty(Response::class, 'mimeTypeMap');
$p->setAccessible(true);
echo 'mimeTypeMap ', json_encode($p->getValue()), "\n";
t('getMimeType', fn() => [$r->getMimeType('html'), $r->getMimeType('js'), $r->getMimeType('7z'), $r->getMimeType('woff2'), $r->getMimeType('PNG'), $r->getMimeType(''), $r->getMimeType('nope')]);
t('dynamic property', function () { $r = new Response(); $r->foo = 1; return $r->foo; });
t('clone is independent', function () { $a = new Response(200, ['A' => 'b']); $b = clone $a; $b->header('C', 'd'); return [$a->getHeaders(), $b->getHeaders()]; });
t('serialize round trip', fn() => (string)unserialize(serialize(new Response(201, ['A' => 'b'], 'body'))));
?>
--EXPECT--
object(Workerman\Protocols\Http\Response)#N (6) {
  ["reason":protected]=>
  NULL
  ["version":protected]=>
  string(3) "1.1"
  ["file"]=>
  NULL
  ["status":protected]=>
  int(200)
  ["headers":protected]=>
  array(0) {
  }
  ["body":protected]=>
  string(0) ""
}
getters on defaults => array (
  0 => 200,
  1 => NULL,
  2 => 
  array (
  ),
  3 => '',
  4 => NULL,
  5 => NULL,
)
interfaces, final, abstract => array (
  0 => 
  array (
    0 => 'Stringable',
  ),
  1 => false,
  2 => false,
  3 => false,
)
properties => array (
  0 => 'protected ?string $reason = NULL',
  1 => 'protected string $version = \'1.1\'',
  2 => 'public ?array $file = NULL',
  3 => 'protected static array $mimeTypeMap',
  4 => 'protected int $status',
  5 => 'protected array $headers',
  6 => 'protected string $body',
)
methods => array (
  0 => 'protected createHeadForFile(array $fileInfo): string',
  1 => 'public __construct(int $status = 200, array $headers = array (), string $body = \'\')',
  2 => 'public __toString(): string',
  3 => 'public cookie(string $name, string $value = \'\', ?int $maxAge = NULL, string $path = \'\', string $domain = \'\', bool $secure = false, bool $httpOnly = false, string $sameSite = \'\'): static',
  4 => 'public getHeader(string $name): array|string|null',
  5 => 'public getHeaders(): array',
  6 => 'public getMimeType(string $ext): string',
  7 => 'public getReasonPhrase(): ?string',
  8 => 'public getStatusCode(): int',
  9 => 'public header(string $name, string $value): static',
  10 => 'public rawBody(): string',
  11 => 'public withBody(string $body): static',
  12 => 'public withFile(string $file, int $offset = 0, int $length = 0): static',
  13 => 'public withHeader(string $name, string $value): static',
  14 => 'public withHeaders(array $headers): static',
  15 => 'public withProtocolVersion(string $version): static',
  16 => 'public withStatus(int $code, ?string $reasonPhrase = NULL): static',
  17 => 'public withoutHeader(string $name): static',
)
PHRASES {"100":"Continue","101":"Switching Protocols","102":"Processing","103":"Early Hints","200":"OK","201":"Created","202":"Accepted","203":"Non-Authoritative Information","204":"No Content","205":"Reset Content","206":"Partial Content","207":"Multi-Status","208":"Already Reported","226":"IM Used","300":"Multiple Choices","301":"Moved Permanently","302":"Found","303":"See Other","304":"Not Modified","305":"Use Proxy","306":"Switch Proxy","307":"Temporary Redirect","308":"Permanent Redirect","400":"Bad Request","401":"Unauthorized","402":"Payment Required","403":"Forbidden","404":"Not Found","405":"Method Not Allowed","406":"Not Acceptable","407":"Proxy Authentication Required","408":"Request Timeout","409":"Conflict","410":"Gone","411":"Length Required","412":"Precondition Failed","413":"Payload Too Large","414":"URI Too Long","415":"Unsupported Media Type","416":"Range Not Satisfiable","417":"Expectation Failed","418":"I'm a teapot","421":"Misdirected Request","422":"Unprocessable Entity","423":"Locked","424":"Failed Dependency","425":"Too Early","426":"Upgrade Required","428":"Precondition Required","429":"Too Many Requests","431":"Request Header Fields Too Large","451":"Unavailable For Legal Reasons","500":"Internal Server Error","501":"Not Implemented","502":"Bad Gateway","503":"Service Unavailable","504":"Gateway Timeout","505":"HTTP Version Not Supported","506":"Variant Also Negotiates","507":"Insufficient Storage","508":"Loop Detected","510":"Not Extended","511":"Network Authentication Required"}
mimeTypeMap {"html":"text\/html","htm":"text\/html","shtml":"text\/html","css":"text\/css","xml":"text\/xml","mml":"text\/mathml","txt":"text\/plain","jad":"text\/vnd.sun.j2me.app-descriptor","wml":"text\/vnd.wap.wml","htc":"text\/x-component","gif":"image\/gif","jpeg":"image\/jpeg","jpg":"image\/jpeg","png":"image\/png","tif":"image\/tiff","tiff":"image\/tiff","wbmp":"image\/vnd.wap.wbmp","ico":"image\/x-icon","jng":"image\/x-jng","bmp":"image\/x-ms-bmp","svg":"image\/svg+xml","svgz":"image\/svg+xml","webp":"image\/webp","avif":"image\/avif","js":"application\/javascript","atom":"application\/atom+xml","rss":"application\/rss+xml","wasm":"application\/wasm","jar":"application\/java-archive","war":"application\/java-archive","ear":"application\/java-archive","json":"application\/json","hqx":"application\/mac-binhex40","doc":"application\/msword","pdf":"application\/pdf","ps":"application\/postscript","eps":"application\/postscript","ai":"application\/postscript","rtf":"application\/rtf","m3u8":"application\/vnd.apple.mpegurl","xls":"application\/vnd.ms-excel","eot":"application\/vnd.ms-fontobject","ppt":"application\/vnd.ms-powerpoint","wmlc":"application\/vnd.wap.wmlc","kml":"application\/vnd.google-earth.kml+xml","kmz":"application\/vnd.google-earth.kmz","7z":"application\/x-7z-compressed","cco":"application\/x-cocoa","jardiff":"application\/x-java-archive-diff","jnlp":"application\/x-java-jnlp-file","run":"application\/x-makeself","pl":"application\/x-perl","pm":"application\/x-perl","prc":"application\/x-pilot","pdb":"application\/x-pilot","rar":"application\/x-rar-compressed","rpm":"application\/x-redhat-package-manager","sea":"application\/x-sea","swf":"application\/x-shockwave-flash","sit":"application\/x-stuffit","tcl":"application\/x-tcl","tk":"application\/x-tcl","der":"application\/x-x509-ca-cert","pem":"application\/x-x509-ca-cert","crt":"application\/x-x509-ca-cert","xpi":"application\/x-xpinstall","xhtml":"application\/xhtml+xml","xspf":"application\/xspf+xml","zip":"application\/zip","bin":"application\/octet-stream","exe":"application\/octet-stream","dll":"application\/octet-stream","deb":"application\/octet-stream","dmg":"application\/octet-stream","iso":"application\/octet-stream","img":"application\/octet-stream","msi":"application\/octet-stream","msp":"application\/octet-stream","msm":"application\/octet-stream","docx":"application\/vnd.openxmlformats-officedocument.wordprocessingml.document","xlsx":"application\/vnd.openxmlformats-officedocument.spreadsheetml.sheet","pptx":"application\/vnd.openxmlformats-officedocument.presentationml.presentation","mid":"audio\/midi","midi":"audio\/midi","kar":"audio\/midi","mp3":"audio\/mpeg","ogg":"audio\/ogg","m4a":"audio\/x-m4a","ra":"audio\/x-realaudio","3gpp":"video\/3gpp","3gp":"video\/3gpp","ts":"video\/mp2t","mp4":"video\/mp4","mpeg":"video\/mpeg","mpg":"video\/mpeg","mov":"video\/quicktime","webm":"video\/webm","flv":"video\/x-flv","m4v":"video\/x-m4v","mng":"video\/x-mng","asx":"video\/x-ms-asf","asf":"video\/x-ms-asf","wmv":"video\/x-ms-wmv","avi":"video\/x-msvideo","ttf":"font\/ttf","woff":"font\/woff","woff2":"font\/woff2"}
getMimeType => array (
  0 => 'text/html',
  1 => 'application/javascript',
  2 => 'application/x-7z-compressed',
  3 => 'font/woff2',
  4 => 'application/octet-stream',
  5 => 'application/octet-stream',
  6 => 'application/octet-stream',
)
dynamic property => [Deprecated: Creation of dynamic property Workerman\Protocols\Http\Response::$foo is deprecated]
1
clone is independent => array (
  0 => 
  array (
    'A' => 'b',
  ),
  1 => 
  array (
    'A' => 'b',
    'C' => 'd',
  ),
)
serialize round trip => "HTTP/1.1 201 Created\r\nA: b\r\nConnection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 4\r\n\r\nbody"
