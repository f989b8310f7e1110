--TEST--
Http wire: cookies and sessions across requests: Set-Cookie on the first request only, the session counter increments, saved by FileSessionHandler; invalid ids are replaced
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

WmTest::setup();
// The test's own directory (the harness removes the files in it, not subdirectories).
$store = WmTest::$dir;
Session::handlerClass(FileSessionHandler::class, ['save_path' => $store]);
// php -n: session.cookie_lifetime 0, cookie_path /, cookie_httponly off, read by Session::init().
echo 'cookie params: ', json_encode(Session::getCookieParams()), "\n";
$w = new Worker('http://127.0.0.1:0');
$ev = [];
$w->onMessage = function (TcpConnection $c, Request $r) use (&$ev) {
    if ($r->path() === '/cookies') {
        $c->send(json_encode($r->cookie()));
        return;
    }
    $session = $r->session();
    $n = $session->get('n', 0) + 1;
    $session->set('n', $n);
    $ev[] = 'sid valid: ' . var_export($r->isValidSessionId($r->sessionId()), true)
        . ', same object: ' . var_export($session === $r->session(), true);
    $c->send("n=$n");
};
$w->onWorkerStart = function ($w) use (&$ev, $store) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        /** The response with the session id replaced by <sid> (checked: 32 hex digits). */
        function masked(string $response, ?string &$sid): string {
            if (preg_match('/^Set-Cookie: PHPSID=([^;\r]*)/m', $response, $m)) {
                $sid = $m[1];
                $response = str_replace($sid, preg_match('/^[0-9a-f]{32}$/', $sid) ? '<sid>' : '<bad sid>', $response);
            }
            return $response;
        }
        $s = wm_connect($port);
        wm_send($s, "GET /count HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(masked(wm_http_recv($s), $sid));
        $first = $sid;
        for ($i = 0; $i < 2; $i++) {
            wm_send($s, "GET /count HTTP/1.1\r\nHost: a\r\nCookie: other=1; PHPSID=$sid; x=y\r\n\r\n");
            echo wm_show(masked(wm_http_recv($s), $sid));
        }
        // A new connection with the same cookie continues the same session (quoted value too).
        $s = wm_connect($port);
        wm_send($s, "GET /count HTTP/1.1\r\nHost: a\r\nCookie: PHPSID=\"$sid\"\r\n\r\n");
        echo wm_show(masked(wm_http_recv($s), $sid));
        echo 'same id throughout: ', $sid === $first ? 'yes' : 'no', "\n";
        // Invalid ids (too short, bad characters) get a fresh session and cookie.
        foreach (['short', str_repeat('a', 20) . '!'] as $bad) {
            wm_send($s, "GET /count HTTP/1.1\r\nHost: a\r\nCookie: PHPSID=$bad\r\n\r\n");
            echo wm_show(masked(wm_http_recv($s), $sid));
            echo 'new id: ', $sid !== $first && $sid !== $bad ? 'yes' : 'no', "\n";
        }
        wm_send($s, "GET /cookies HTTP/1.1\r\nHost: a\r\nCookie: a=1;b = 2 ; c=%20x; d\r\n\r\n");
        $r = wm_http_recv($s);
        echo 'cookie(): ', substr($r, strpos($r, "\r\n\r\n") + 4), "\n";
        echo "sid=$first\n";
        PHP, function ($out) use (&$ev, $store) {
            preg_match('/^sid=(\w+)$/m', $out, $m);
            echo preg_replace('/^sid=.*\n/m', '', $out);
            echo implode("\n", $ev), "\n";
            echo 'session file: ', json_encode(@file_get_contents("$store/session_" . ($m[1] ?? ''))), "\n";
            echo 'session files: ', count(glob("$store/session_*")), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
cookie params: {"lifetime":0,"path":"\/","domain":"","secure":false,"httponly":false,"samesite":""}
HTTP/1.1 200 OK\r\n
Set-Cookie: PHPSID=<sid>; Path=/\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
n=1
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
n=2
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
n=3
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
n=4
same id throughout: yes
HTTP/1.1 200 OK\r\n
Set-Cookie: PHPSID=<sid>; Path=/\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
n=1
new id: yes
HTTP/1.1 200 OK\r\n
Set-Cookie: PHPSID=<sid>; Path=/\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 3\r\n
\r\n
n=1
new id: yes
cookie(): {"a":"1","b":" 2 ","c":"%20x"}
sid valid: true, same object: true
sid valid: true, same object: true
sid valid: true, same object: true
sid valid: true, same object: true
sid valid: true, same object: true
sid valid: true, same object: true
session file: "a:1:{s:1:\"n\";i:4;}"
session files: 3
