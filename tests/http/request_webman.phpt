--TEST--
Http\Request webman helpers (not upstream): isAjax/isPjax/acceptJson/expectsJson, getRemote*/getLocal* without a connection, redeclared with return types
--EXTENSIONS--
workerman
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Protocols\Http\Request;
// Not in upstream Workerman: webman's support\Request helpers, with webman's semantics.
function flags(Request $r): string
{
    return json_encode(['isAjax' => $r->isAjax(), 'isPjax' => $r->isPjax(), 'acceptJson' => $r->acceptJson(),
        'expectsJson' => $r->expectsJson()]);
}
$heads = ['', "X-Requested-With: XMLHttpRequest", "x-requested-with: xmlhttprequest", "X-Requested-With: XMLHttpRequest\r\nX-PJAX: true",
    "X-PJAX: 0", "X-PJAX: 1", "Accept: application/json, text/plain", "Accept: text/html", "Accept: JSON",
    "X-Requested-With: XMLHttpRequest\r\nX-PJAX: 1\r\nAccept: application/vnd.api+json"];
foreach ($heads as $h) {
    $r = new Request("GET / HTTP/1.1\r\nHost: x\r\n" . ($h === '' ? '' : "$h\r\n") . "\r\n");
    echo json_encode($h), ' => ', flags($r), "\n";
}
// Without a connection.
$r = new Request("GET / HTTP/1.1\r\n\r\n");
var_export([$r->getRemoteIp(), $r->getRemotePort(), $r->getLocalIp(), $r->getLocalPort()]);
echo "\n";
// webman's own class redeclares them with return types: still compatible.
class WebmanRequest extends Request
{
    public function getRemoteIp(): string { return 'remote:' . parent::getRemoteIp(); }
    public function getRemotePort(): int { return 1 + parent::getRemotePort(); }
    public function getLocalIp(): string { return 'local'; }
    public function getLocalPort(): int { return 2; }
    public function isAjax(): bool { return true; }
    public function isPjax(): bool { return false; }
    public function acceptJson(): bool { return false; }
    public function header(?string $name = null, mixed $default = null): mixed { return $name === 'accept' ? 'json' : parent::header($name, $default); }
}
$w = new WebmanRequest("GET / HTTP/1.1\r\n\r\n");
var_export([$w->getRemoteIp(), $w->getRemotePort(), $w->getLocalIp(), $w->getLocalPort(), $w->expectsJson()]);
echo "\n";
// expectsJson() goes through the overridden isAjax()/isPjax()/acceptJson(), acceptJson() through header().
class Partial extends Request
{
    public function isPjax(): bool { return true; }
    public function header(?string $name = null, mixed $default = null): mixed { return $name === 'accept' ? 'text/json' : parent::header($name, $default); }
}
$p = new Partial("GET / HTTP/1.1\r\nX-Requested-With: XMLHttpRequest\r\n\r\n");
echo flags($p), "\n";
?>
--EXPECT--
"" => {"isAjax":false,"isPjax":false,"acceptJson":false,"expectsJson":false}
"X-Requested-With: XMLHttpRequest" => {"isAjax":true,"isPjax":false,"acceptJson":false,"expectsJson":true}
"x-requested-with: xmlhttprequest" => {"isAjax":false,"isPjax":false,"acceptJson":false,"expectsJson":false}
"X-Requested-With: XMLHttpRequest\r\nX-PJAX: true" => {"isAjax":true,"isPjax":true,"acceptJson":false,"expectsJson":false}
"X-PJAX: 0" => {"isAjax":false,"isPjax":false,"acceptJson":false,"expectsJson":false}
"X-PJAX: 1" => {"isAjax":false,"isPjax":true,"acceptJson":false,"expectsJson":false}
"Accept: application\/json, text\/plain" => {"isAjax":false,"isPjax":false,"acceptJson":true,"expectsJson":true}
"Accept: text\/html" => {"isAjax":false,"isPjax":false,"acceptJson":false,"expectsJson":false}
"Accept: JSON" => {"isAjax":false,"isPjax":false,"acceptJson":false,"expectsJson":false}
"X-Requested-With: XMLHttpRequest\r\nX-PJAX: 1\r\nAccept: application\/vnd.api+json" => {"isAjax":true,"isPjax":true,"acceptJson":true,"expectsJson":true}
array (
  0 => '',
  1 => 0,
  2 => '',
  3 => 0,
)
array (
  0 => 'remote:',
  1 => 1,
  2 => 'local',
  3 => 2,
  4 => true,
)
{"isAjax":true,"isPjax":true,"acceptJson":true,"expectsJson":true}
