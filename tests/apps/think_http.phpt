--TEST--
apps: ThinkPHP 8 + think-worker 4.0 `php think worker` (Workerman 3.x HTTP API): routes, POST form, multipart upload (md5), ThinkPHP session cookie round-trip, static file, 404, keep-alive; `start -d` (under valgrind: `start`, the server under memcheck), `status`, `reload`, `stop`
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
// Under valgrind ThinkPHP itself runs under memcheck (Think::start()).
echo WmApps::skip('think', [], true);
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/think.inc';

$app = Think::setup();
$master = Think::start('worker');
$kids = WmProc::waitChildren($master, 2);
WmApps::waitPorts([Think::$http]);
echo "started: ", var_export($master > 0 && count($kids) === 2, true), "\n";

echo "== routes\n";
echo Think::get('/hello/abc'), "\n", Think::get('/think'), "\n";

echo "== POST form\n";
$r = WmApps::http(Think::$http, 'POST', '/test/form?a=1', ['Content-Type' => 'application/x-www-form-urlencoded'], 'x=1&y%5B%5D=2');
echo $r['status'], ' ', $r['body'], "\n";

echo "== upload\n";
$file = random_bytes(100000);
$b = 'wmtest' . bin2hex(random_bytes(8));
$body = "--$b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
    . "--$b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"data.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n$file\r\n"
    . "--$b--\r\n";
$r = WmApps::http(Think::$http, 'POST', '/test/upload', ['Content-Type' => "multipart/form-data; boundary=$b"], $body);
$got = json_decode($r['body'] ?? '', true);
echo 'files: ', json_encode(array_map(fn ($f) => [$f[0], $f[1], $f[2] === md5($file) ? 'md5 ok' : 'md5 WRONG', $f[3], $f[4]], $got['files'] ?? [])), "\n";
echo 'post: ', json_encode($got['post'] ?? null), "\n";

echo "== session\n";
$r = WmApps::http(Think::$http, 'GET', '/test/session');
$cookie = '';
foreach ($r['headers']['set-cookie'] ?? [] as $c) {
    if (preg_match('/^(PHPSESSID=[0-9a-f]{32});/', $c, $m)) {
        $cookie = $m[1];
    }
}
echo $r['body'], ', cookie: ', $cookie !== '' ? 'set' : 'NONE', "\n";
for ($i = 0; $i < 2; $i++) {
    echo WmApps::http(Think::$http, 'GET', '/test/session', ['Cookie' => $cookie])['body'] ?? 'no answer', "\n";
}

echo "== static file and 404\n";
$r = WmApps::http(Think::$http, 'GET', '/robots.txt');
echo $r['status'], ' ', $r['headers']['content-type'][0] ?? '-', ' same bytes: ', var_export($r['body'] === file_get_contents("$app/public/robots.txt"), true), "\n";
$r = WmApps::http(Think::$http, 'GET', '/no/such/page');
echo $r['status'], "\n";

echo "== keep-alive\n";
$s = WmApps::connect(Think::$http);
$pids = [];
for ($i = 0; $i < 3; $i++) {
    $pids[] = WmApps::request($s, 'GET', '/test/pid', ['Connection' => 'keep-alive'])['body'] ?? 'no answer';
}
echo 'three answers on one connection, one process: ', var_export(count(array_unique($pids)) === 1 && in_array((int)$pids[0], $kids, true), true), "\n";
fclose($s);

echo "== status\n";
$status = Think::cli('worker', ['status']);
echo implode("\n", Think::statusRows($status, $master)), "\n";

echo "== reload\n";
echo Think::cli('worker', ['reload']);
WmProc::waitFor(static function () use ($master, $kids): bool {
    $now = WmProc::children($master);
    return count($now) === 2 && !array_intersect($now, $kids);
}, 20.0);
$after = WmProc::children($master);
echo 'workers replaced: ', count(array_diff($kids, $after)), ' of ', count($kids), "\n";
WmApps::waitPorts([Think::$http]);
echo Think::get('/hello/again'), "\n";

echo "== stop\n";
echo 'all gone: ', var_export(Think::stop('worker', $master), true), "\n";
// Under valgrind: ThinkPHP's processes made no memory error and lost no block of the extension.
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;
?>
--EXPECT--
started: true
== routes
hello,abc
hello,ThinkPHP6!
== POST form
200 {"method":"POST","get":{"a":"1"},"post":{"x":"1","y":["2"]},"raw":"x=1&y%5B%5D=2"}
== upload
files: {"1":["doc","data.bin","md5 ok",100000,"application\/octet-stream"]}
post: {"note":"hello"}
== session
n=1, cookie: set
n=2
n=3
== static file and 404
200 text/plain same bytes: true
404
== keep-alive
three answers on one connection, one process: true
== status
thinkphp http://127.0.0.1:<http>
thinkphp http://127.0.0.1:<http>
== reload
Workerman[think] reload
workers replaced: 2 of 2
hello,again
== stop
all gone: true
