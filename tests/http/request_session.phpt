--TEST--
Http\Request sessionId()/session()/sessionRegenerateId()/createSessionId(): cookie validation and quoting, Set-Cookie on the connection, overridden steps (needs the native Http\Session)
--EXTENSIONS--
workerman
session
--SKIPIF--
<?php if (!class_exists('Workerman\\Protocols\\Http\\Session')) die('skip needs the native Workerman\\Protocols\\Http\\Session (issue 4, Session part)'); ?>
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

function show(string $label, mixed $v): void { echo $label, ': ', var_export($v, true), "\n"; }
function tryit(string $label, callable $fn): void
{
    try {
        show($label, $fn());
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$dir = sys_get_temp_dir() . '/wm-session-' . getmypid();
mkdir($dir);
FileSessionHandler::sessionSavePath($dir);
// A connection object without a socket is enough: the cookie goes into its $headers.
$conn = (new ReflectionClass(TcpConnection::class))->newInstanceWithoutConstructor();
$mask = fn(string $s): string => preg_replace('/\b[0-9a-v]{32}\b/', '<32 chars>', $s);
$headers = function () use ($conn, $mask) {
    $h = $mask(json_encode($conn->headers, JSON_UNESCAPED_SLASHES));
    $conn->headers = [];
    return $h;
};

echo "== no connection\n";
$r = new Request("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
tryit('sessionId', fn() => $r->sessionId());
tryit('session', fn() => $r->session());
class CallsSetSidCookie extends Request
{
    public function set(): void { $this->setSidCookie('N', 'v', ['secure' => false, 'httponly' => false]); }
}
tryit('setSidCookie', fn() => (new CallsSetSidCookie(''))->set());

echo "== a new id when the cookie is missing, invalid or quoted badly\n";
$sid = str_repeat('a', 16) . 'B,-' . str_repeat('9', 13);
foreach (['', "PHPSID=$sid", "PHPSID=\"$sid\"", "PHPSID= $sid", 'PHPSID="short"', "PHPSID=bad_chars_here_1234", 'PHPSID="',
    "PHPSID=\"$sid", "phpsid=$sid", "PHPSID=$sid; PHPSID=other-but-valid-id", 'PHPSID=' . str_repeat('x', 257)] as $ck) {
    $r = new Request("GET / HTTP/1.1\r\nHost: x\r\n" . ($ck === '' ? '' : "Cookie: $ck\r\n") . "\r\n");
    $r->connection = $conn;
    echo json_encode($ck), ' => ', $mask($r->sessionId()), ' ', $headers(), ' ', $mask($r->sessionId()), "\n";
}

echo "== sessionId(\$id) switches to that id (not validated) and sets the cookie\n";
$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=$sid\r\n\r\n");
$r->connection = $conn;
show('from cookie', $r->sessionId());
show('given', $r->sessionId('my explicit id'));
show('headers', $headers());
show('given "0" is ignored', $r->sessionId('0'));
show('given "" is ignored', $r->sessionId(''));
show('context keys', array_keys($r->context));

echo "== session() and sessionRegenerateId()\n";
$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=$sid\r\n\r\n");
$r->connection = $conn;
$s = $r->session();
show('class', get_class($s));
show('same object', $s === $r->session() && $s === $r->context['session']);
show('id', $s->getId());
$s->set('k', 'v');
Session::$domain = 'd.example';
Session::$cookieLifetime = 100;
Session::$cookiePath = '/p';
Session::$sameSite = 'Lax';
Session::$secure = true;
Session::$httpOnly = false;
$new = $r->sessionRegenerateId();
show('new id', $mask($new));
show('headers', $headers());
show('context sid', $r->context['sid'] === $new);
show('data moved', $r->session()->all());
show('session id', $r->session()->getId() === $new);
$r->sessionRegenerateId(true);
show('data after regenerate(true)', $r->session()->all());
$headers();
show('createSessionId', preg_match('/^[0-9a-v]{32}$/', Request::createSessionId()));

echo "== Session::\$name\n";
Session::$name = 'OTHER';
$r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=$sid; OTHER=bbbbbbbbbbbbbbbbbbbb\r\n\r\n");
$r->connection = $conn;
show('OTHER', $r->sessionId());

echo "== overridden steps are used\n";
class SubSession extends Request
{
    public static function createSessionId(): string { return 'fixed-id-fixed-id'; }
    public function isValidSessionId(mixed $sessionId): bool { return $sessionId === 'ok'; }
    public function cookie(?string $name = null, mixed $default = null): mixed { echo "cookie($name)\n"; return parent::cookie($name, $default); }
    protected function setSidCookie(string $sessionName, string $sid, array $cookieParams): void
    {
        echo "setSidCookie($sessionName, $sid, ", json_encode($cookieParams), ")\n";
    }
}
$r = new SubSession("GET / HTTP/1.1\r\nCookie: OTHER=ok\r\n\r\n");
$r->connection = $conn;
show('valid by override', $r->sessionId());
$r = new SubSession("GET / HTTP/1.1\r\nCookie: OTHER=nope\r\n\r\n");
$r->connection = $conn;
show('created by override', $r->sessionId());
show('regenerated', $r->sessionRegenerateId());
unset($r, $s);
gc_collect_cycles();
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
== no connection
sessionId: RuntimeException: Request->session() fail, header already send
session: RuntimeException: Request->session() fail, header already send
setSidCookie: RuntimeException: Request->setSidCookie() fail, header already send
== a new id when the cookie is missing, invalid or quoted badly
"" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"PHPSID=aaaaaaaaaaaaaaaaB,-9999999999999" => aaaaaaaaaaaaaaaaB,-9999999999999 [] aaaaaaaaaaaaaaaaB,-9999999999999
"PHPSID=\"aaaaaaaaaaaaaaaaB,-9999999999999\"" => aaaaaaaaaaaaaaaaB,-9999999999999 [] aaaaaaaaaaaaaaaaB,-9999999999999
"PHPSID= aaaaaaaaaaaaaaaaB,-9999999999999" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"PHPSID=\"short\"" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"PHPSID=bad_chars_here_1234" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"PHPSID=\"" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"PHPSID=\"aaaaaaaaaaaaaaaaB,-9999999999999" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"phpsid=aaaaaaaaaaaaaaaaB,-9999999999999" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
"PHPSID=aaaaaaaaaaaaaaaaB,-9999999999999; PHPSID=other-but-valid-id" => other-but-valid-id [] other-but-valid-id
"PHPSID=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" => <32 chars> {"Set-Cookie":["PHPSID=<32 chars>; Path=/"]} <32 chars>
== sessionId($id) switches to that id (not validated) and sets the cookie
from cookie: 'aaaaaaaaaaaaaaaaB,-9999999999999'
given: 'my explicit id'
headers: '{"Set-Cookie":["PHPSID=my explicit id; Path=/"]}'
given "0" is ignored: 'my explicit id'
given "" is ignored: 'my explicit id'
context keys: array (
  0 => 'sid',
)
== session() and sessionRegenerateId()
class: 'Workerman\\Protocols\\Http\\Session'
same object: true
id: 'aaaaaaaaaaaaaaaaB,-9999999999999'
new id: '<32 chars>'
headers: '{"Set-Cookie":["PHPSID=<32 chars>; Domain=d.example; Max-Age=100; Path=/p; SameSite=Lax; Secure"]}'
context sid: true
data moved: array (
  'k' => 'v',
)
session id: true
data after regenerate(true): array (
  'k' => 'v',
)
createSessionId: 1
== Session::$name
OTHER: 'bbbbbbbbbbbbbbbbbbbb'
== overridden steps are used
cookie(OTHER)
valid by override: 'ok'
cookie(OTHER)
setSidCookie(OTHER, fixed-id-fixed-id, {"lifetime":100,"path":"\/p","domain":"d.example","secure":true,"httponly":false,"samesite":"Lax"})
created by override: 'fixed-id-fixed-id'
setSidCookie(OTHER, fixed-id-fixed-id, {"lifetime":100,"path":"\/p","domain":"d.example","secure":true,"httponly":false,"samesite":"Lax"})
regenerated: 'fixed-id-fixed-id'
