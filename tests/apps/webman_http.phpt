--TEST--
apps: webman: GET /, a JSON route, a view, session cookie round-trip, a POST form, a multipart upload (md5 checked), a static file, a 404, keep-alive and pipelining on one socket, a custom process from config/process.php; under valgrind webman runs under memcheck
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
// Under valgrind webman itself runs under memcheck (Webman::start()).
echo WmApps::skip('webman', [], true);
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/webman.inc';

$app = Webman::setup();
$master = Webman::start();
echo "started: ", var_export($master > 0, true), "\n";
$port = Webman::$http;
$show = static function (string $what, ?array $r, bool $body = true): void {
    if (!$r) {
        echo "$what: no answer\n";
        return;
    }
    echo "$what: {$r['status']} ", $r['headers']['content-type'][0] ?? '-', $body ? " {$r['body']}" : '', "\n";
};

// The skeleton's own routes (default route /controller/action).
$r = WmApps::http($port, 'GET', '/');
$show('GET /', $r, false);
echo "  the welcome page: ", var_export(str_starts_with($r['body'] ?? '', "<style>\n") && str_contains($r['body'], 'src="https://www.workerman.net/wellcome"'), true), "\n";
$show('GET /index/json', WmApps::http($port, 'GET', '/index/json'));
$r = WmApps::http($port, 'GET', '/index/view');
$show('GET /index/view', $r, false);
echo "  ", preg_replace('/\s+/', ' ', trim(strip_tags(preg_replace('~<head>.*</head>~s', '', $r['body'] ?? '')))), "\n";

// Session: the cookie set by the first answer brings the same session back.
$r = WmApps::http($port, 'GET', '/test/session');
$cookie = $r['headers']['set-cookie'][0] ?? '';
echo "Set-Cookie: ", preg_replace('/^PHPSID=[0-9a-zA-Z]+;/', 'PHPSID=<sid>;', preg_replace('/expires=[^;]+/i', 'expires=<date>', $cookie)), "\n";
$sid = preg_match('/^PHPSID=([0-9a-zA-Z]+)/', $cookie, $m) ? $m[1] : '?';
$first = json_decode($r['body'] ?? '', true);
echo "first: n=", $first['n'] ?? '?', " sid matches the cookie: ", var_export(($first['sid'] ?? '') === $sid, true), "\n";
$r = WmApps::http($port, 'GET', '/test/session', ['Cookie' => "PHPSID=$sid"]);
$second = json_decode($r['body'] ?? '', true);
echo "second: n=", $second['n'] ?? '?', " same sid: ", var_export(($second['sid'] ?? '') === $sid, true), ", no new cookie: ", var_export(!isset($r['headers']['set-cookie']), true), "\n";

// A POST form.
$show('POST /test/form', WmApps::http($port, 'POST', '/test/form?q=1', ['Content-Type' => 'application/x-www-form-urlencoded'], 'a=1&b%5B%5D=x+y&b%5B%5D=%C3%A9'));

// A multipart upload: a 300 KB file (above the extension's streamed-upload threshold), a small
// one, and a field; the controller answers each file's name, size, md5 and isValid().
$big = random_bytes(300000);
$small = "tiny\r\n--not-a-boundary\r\n";
$b = 'wmtestboundary' . bin2hex(random_bytes(4));
$body = "--$b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello upload\r\n"
    . "--$b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n$big\r\n"
    . "--$b\r\nContent-Disposition: form-data; name=\"small\"; filename=\"small.txt\"\r\nContent-Type: text/plain\r\n\r\n$small\r\n"
    . "--$b--\r\n";
$r = WmApps::http($port, 'POST', '/test/upload', ['Content-Type' => "multipart/form-data; boundary=$b"], $body);
$got = json_decode($r['body'] ?? '', true);
echo "upload: ", $r['status'] ?? 'no answer', " note=", $got['note'] ?? '?', "\n";
foreach (['doc' => $big, 'small' => $small] as $key => $data) {
    [$name, $size, $md5, $valid] = ($got[$key] ?? []) + [null, null, null, null];
    echo "  $key: $name $size ", $md5 === md5($data) ? 'md5 ok' : "md5 WRONG ($md5)", ' ', var_export($valid, true), "\n";
}

// A static file from public/, a 404.
$r = WmApps::http($port, 'GET', '/favicon.ico');
$show('GET /favicon.ico', $r, false);
echo "  same bytes: ", var_export(($r['body'] ?? null) === file_get_contents("$app/public/favicon.ico"), true), "\n";
$r = WmApps::http($port, 'GET', '/no/such/page');
$show('GET /no/such/page', $r, false);
echo "  ", strlen($r['body'] ?? ''), " bytes, says 404: ", var_export(str_contains($r['body'] ?? '', '404'), true), "\n";

// Keep-alive: several requests one after the other on one socket, then two pipelined.
$s = WmApps::connect($port);
$answers = [];
foreach (['/index/json', '/test/form?k=1', '/favicon.ico', '/index/json', '/test/form?k=2'] as $path) {
    $r = WmApps::request($s, 'GET', $path);
    $answers[] = ($r['status'] ?? 'none') . ' ' . strlen($r['body'] ?? '');
}
fwrite($s, "GET /test/form?p=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /test/form?p=2 HTTP/1.1\r\nHost: x\r\n\r\n");
foreach ([1, 2] as $i) {
    $r = WmApps::response($s);
    $answers[] = ($r['status'] ?? 'none') . ' ' . ($r['body'] ?? '');
}
echo "keep-alive: ", implode(', ', $answers), "\n";
fclose($s);

// The custom process: started (its pid file), a child of the master, answers on its port.
$pid = 0;
WmProc::waitFor(static function () use (&$pid, $app): bool {
    clearstatcache();
    return ($pid = (int)@file_get_contents("$app/runtime/apptest.pid")) > 0;
});
echo "custom process is a child of the master: ", var_export(in_array($pid, WmProc::children($master), true), true), "\n";
$c = WmApps::connect(Webman::$custom);
fwrite($c, "ping\n");
echo "custom process answers: ", var_export(fgets($c) === "apptest $pid got ping\n", true), "\n";
fclose($c);

$kids = WmProc::children($master);
echo "== stop\n", Webman::stop($master, $kids);
// Under valgrind: webman's processes made no memory error and lost no block of the extension.
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;
?>
--EXPECT--
started: true
GET /: 200 text/html;charset=utf-8
  the welcome page: true
GET /index/json: 200 application/json {"code":0,"msg":"ok"}
GET /index/view: 200 text/html;charset=utf-8
  hello webman
Set-Cookie: PHPSID=<sid>; Max-Age=31536000; Path=/; HttpOnly
first: n=1 sid matches the cookie: true
second: n=2 same sid: true, no new cookie: true
POST /test/form: 200 application/json {"method":"POST","get":{"q":"1"},"post":{"a":"1","b":["x y","é"]}}
upload: 200 note=hello upload
  doc: big.bin 300000 md5 ok true
  small: small.txt 24 md5 ok true
GET /favicon.ico: 200 image/x-icon
  same bytes: true
GET /no/such/page: 404 text/html;charset=utf-8
  378 bytes, says 404: true
keep-alive: 200 21, 200 42, 200 4286, 200 21, 200 42, 200 {"method":"GET","get":{"p":"1"},"post":[]}, 200 {"method":"GET","get":{"p":"2"},"post":[]}
custom process is a child of the master: true
custom process answers: true
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
