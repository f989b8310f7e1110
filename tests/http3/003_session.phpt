--TEST--
Workerman 3.x HTTP API (workerman.http_api=3): file sessions (Http::sessionStart() reads <save path>/ses_<id> named by the session cookie or starts a new one with a Set-Cookie, $_SESSION saved with the response), sessionId(), sessionName(), sessionSavePath(), sessionStarted(), sessionRegenerateId(true), a cookie id that is not an id starts a new session, and Http::end() throws 'jump_exit'
--EXTENSIONS--
workerman
posix
--INI--
workerman.http_api=3
session.name=WMSID
session.gc_probability=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Protocols\Http;

WmTest::setup();
$dir = WmTest::$dir . '/sessions';
mkdir($dir);
$w = new Worker('http://127.0.0.1:0');
$w->onWorkerStart = function ($w) use ($dir) {
    $before = Http::sessionSavePath($dir);
    echo 'save path set: ', var_export(Http::sessionSavePath() === $dir, true), "\n";
    echo 'name: ', Http::sessionName(), "\n";
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        $get = function (string $path, string $cookie = '') use ($s) {
            wm_send($s, "GET $path HTTP/1.1\r\nHost: h\r\n" . ($cookie !== '' ? "Cookie: $cookie\r\n" : '') . "\r\n");
            $r = wm_http_recv($s);
            preg_match('/^Set-Cookie: (.*)$/m', $r, $m);
            return [trim($m[1] ?? ''), substr($r, strpos($r, "\r\n\r\n") + 4)];
        };
        [$set, $body] = $get('/count');
        echo "first: $body, cookie set: ", preg_replace('/=[0-9a-f]{24};/', '=<24 hex>;', $set), "\n";
        $idOf = fn (string $set) => preg_match('/^WMSID=([^;]*)/', $set, $m) ? $m[1] : '';
        $id = $idOf($set);
        [$set, $body] = $get('/count', "WMSID=$id");
        echo "second: $body, cookie set again: ", var_export($set !== '', true), "\n";
        [$set, $body] = $get('/count', "WMSID=$id");
        echo "third: $body\n";
        [$set, $body] = $get('/count', 'WMSID=../../etc/passwd');
        echo "path as id: $body, new cookie: ", var_export(strlen($idOf($set)) === 24, true), "\n";
        [$set, $body] = $get('/regen', "WMSID=$id");
        $new = $idOf($set);
        echo "regenerate: $body, new id: ", var_export($new !== $id && strlen($new) === 24, true), "\n";
        [$set, $body] = $get('/count', "WMSID=$new");
        echo "with the new id: $body\n";
        [$set, $body] = $get('/count', "WMSID=$id");
        echo "with the old id: $body\n";
        [$set, $body] = $get('/end');
        echo "end: $body\n";
        PHP, function ($out) use ($dir) {
            echo $out;
            echo 'session files: ', count(glob("$dir/ses_*")), "\n";
        });
};
$w->onMessage = function ($c, $data) {
    switch ($_SERVER['REQUEST_URI']) {
        case '/count':
            $was = Http::sessionStarted();
            Http::sessionStart();
            $_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;
            $c->send("n={$_SESSION['n']} started=" . var_export($was, true) . '/' . var_export(Http::sessionStarted(), true)
                . ' id=' . (strlen(Http::sessionId()) === 24 ? 'ok' : Http::sessionId()));
            break;
        case '/regen':
            Http::sessionStart();
            Http::sessionRegenerateId(true);
            $c->send("n={$_SESSION['n']}");
            break;
        case '/end':
            try {
                Http::end();
            } catch (Exception $e) {
                $c->send(get_class($e) . ': ' . $e->getMessage());
            }
            break;
    }
};
Worker::runAll();
?>
--EXPECT--
save path set: true
name: WMSID
first: n=1 started=false/true id=ok, cookie set: WMSID=<24 hex>; Path=/
second: n=2 started=false/true id=ok, cookie set again: false
third: n=3 started=false/true id=ok
path as id: n=1 started=false/true id=ok, new cookie: true
regenerate: n=3, new id: true
with the new id: n=4 started=false/true id=ok
with the old id: n=1 started=false/true id=ok
end: Exception: jump_exit
session files: 3
