--TEST--
apps: ThinkPHP 8 + think-worker 5.0 `php think worker` (Workerman 5.0 API, Revolt): routes, POST form, JSON, PUT, multipart upload (md5), session cookie, a chunked request body, chunked and streamed (SSE) answers, a file with Range requests, 404, the close after each answer; SIGINT
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
echo WmApps::skip('think5', [], false, 'think-worker 5 is not run under memcheck (think_http.phpt covers ThinkPHP there)');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/think5.inc';

$app = Think5::setup(false, false);
// Two http server processes and the conduit.
$master = Think5::start(3);
echo 'started: ', var_export($master > 0, true), "\n";
if (!$master) {
    exit;
}
$kids = WmProc::children($master);
$line = static function (string $what, ?array $r, bool $body = true): void {
    echo $r ? "$what: {$r['status']} " . ($r['headers']['content-type'][0] ?? '-') . ($body ? " {$r['body']}" : '') : "$what: no answer", "\n";
};

echo "== routes\n";
$r = Think5::http('GET', '/hello/abc');
$line('GET /hello/abc', $r);
echo '  transfer-encoding: ', implode(',', $r['headers']['transfer-encoding'] ?? ['-']), "\n";
$line('GET /think', Think5::http('GET', '/think'));

echo "== POST form, JSON, PUT\n";
$line('POST /test/form', Think5::http('POST', '/test/form?a=1', ['Content-Type' => 'application/x-www-form-urlencoded'], 'x=1&y%5B%5D=2&z=%C3%A9+t'));
$line('POST /test/form (JSON)', Think5::http('POST', '/test/form', ['Content-Type' => 'application/json'], '{"k":[1,"two"],"n":null}'));
$line('PUT /test/form', Think5::http('PUT', '/test/form?id=7', ['Content-Type' => 'application/x-www-form-urlencoded'], 'v=put'));

echo "== upload\n";
// 300 KB (above the extension's streamed-upload threshold) and a small file, and a field.
$big = random_bytes(300000);
$small = "tiny\r\n--not-a-boundary\r\n";
$b = 'wmtest' . bin2hex(random_bytes(8));
$body = "--$b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello upload\r\n"
    . "--$b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n$big\r\n"
    . "--$b\r\nContent-Disposition: form-data; name=\"small\"; filename=\"small.txt\"\r\nContent-Type: text/plain\r\n\r\n$small\r\n"
    . "--$b--\r\n";
$r = Think5::http('POST', '/test/upload', ['Content-Type' => "multipart/form-data; boundary=$b"], $body);
$got = json_decode($r['body'] ?? '', true);
echo 'status: ', $r['status'] ?? 'no answer', ', post: ', json_encode($got['post'] ?? null), "\n";
foreach (['doc' => $big, 'small' => $small] as $key => $data) {
    [$name, $size, $md5, $mime] = ($got['files'][$key] ?? []) + [null, null, null, null];
    echo "  $key: $name $size ", $md5 === md5($data) ? 'md5 ok' : 'md5 WRONG', " $mime\n";
}

echo "== session\n";
$sid = static function (?array $r): string {
    foreach ($r['headers']['set-cookie'] ?? [] as $c) {
        if (preg_match('/^PHPSESSID=([0-9a-f]{32});/', $c, $m)) {
            return $m[1];
        }
    }
    return '';
};
// think-worker saves the session (HttpEnd) after it has sent the answer and closed the
// connection: the next request waits until the session file has the value (bounded).
$saved = static function (string $id, int $n) use ($app): bool {
    return WmProc::waitFor(static fn (): bool => str_contains((string)@file_get_contents("$app/runtime/session/sess_$id"), "s:1:\"n\";i:$n;"), 10.0);
};
$r = Think5::http('GET', '/test/session');
$id = $sid($r);
echo $r['body'] ?? 'no answer', ', cookie: ', $id !== '' ? 'set' : 'NONE', ', saved: ', var_export($saved($id, 1), true), "\n";
for ($i = 2; $i <= 3; $i++) {
    $r = Think5::http('GET', '/test/session', ['Cookie' => "PHPSESSID=$id"]);
    echo $r['body'] ?? 'no answer', ', same session id in the answer: ', var_export($sid($r) === $id, true), ', saved: ', var_export($saved($id, $i), true), "\n";
}

echo "== chunked request body\n";
$data = random_bytes(20000);
$chunked = '';
foreach (str_split($data, 7000) as $piece) {
    $chunked .= dechex(strlen($piece)) . "\r\n$piece\r\n";
}
$r = Think5::http('POST', '/test/body', ['Content-Type' => 'application/octet-stream', 'Transfer-Encoding' => 'chunked'], "{$chunked}0\r\n\r\n");
$got = json_decode($r['body'] ?? '', true);
echo 'status: ', $r['status'] ?? 'no answer', ', length: ', $got['length'] ?? '-', ', ', ($got['md5'] ?? '') === md5($data) ? 'md5 ok' : 'md5 WRONG', "\n";

echo "== chunked answer\n";
$r = Think5::http('GET', '/test/big');
echo 'status: ', $r['status'] ?? 'no answer', ', chunks: ', implode(' ', $r['chunks'] ?? []), ', same bytes: ', var_export(($r['body'] ?? '') === str_repeat('0123456789abcdef', 1250), true), "\n";

echo "== server-sent events\n";
$s = WmApps::connect(Think5::$port);
fwrite($s, Think5::request('GET', '/test/sse', ['Accept' => 'text/event-stream']));
$bytes = '';
$at = [];
while (!feof($s)) {
    $piece = fread($s, 65536);
    if ($piece === false || ($piece === '' && stream_get_meta_data($s)['timed_out'])) {
        break;
    }
    $bytes .= $piece;
    $at[] = [strlen($bytes), microtime(true)];
}
fclose($s);
$r = Think5::parse($bytes);
echo 'status: ', $r['status'] ?? 'no answer', ' ', $r['headers']['content-type'][0] ?? '-', ', cache-control: ', $r['headers']['cache-control'][0] ?? '-', "\n";
// The stream as an EventSource reads it: fields up to an empty line; an event without data is none.
$stream = (string)($r['body'] ?? '');
$event = [];
$times = [];
$offset = strlen($bytes) - strlen($stream);
foreach (preg_split('/\r\n|\n|\r/', $stream) as $l) {
    $offset += strlen($l) + 1;
    if ($l !== '') {
        [$k, $v] = explode(':', $l, 2) + [1 => ''];
        $event[$k][] = ltrim($v, ' ');
        continue;
    }
    if (isset($event['data'])) {
        echo '  event: ', $event['event'][0] ?? 'message', ', id: ', $event['id'][0] ?? '-', ', data: ', json_encode(implode("\n", $event['data'])), "\n";
        foreach ($at as [$n, $t]) {
            if ($n >= $offset) {
                $times[] = $t;
                break;
            }
        }
    }
    $event = [];
}
// The app sleeps 0.2 s between the events: sent as they come, the last arrives >= 0.4 s after the first.
echo 'streamed: ', var_export(count($times) === 4 && end($times) - $times[0] >= 0.35, true), "\n";

echo "== file and Range\n";
$file = file_get_contents("$app/public/data.bin");
// Without Range: 200 (think-worker calls withFile($path, 0, -1), -1 meaning to the end).
$r = Think5::http('GET', '/static/data.bin');
echo 'GET: ', $r['status'] ?? 'no answer', ' ', $r['headers']['content-type'][0] ?? '-', ', accept-ranges: ', $r['headers']['accept-ranges'][0] ?? '-',
    ', etag ok: ', var_export(($r['headers']['etag'][0] ?? '') === 'W/"' . sha1($file) . '"', true), ', same bytes: ', var_export(($r['body'] ?? '') === $file, true), "\n";
// A Range request is answered 206 with the range's bytes. (think-worker 5.0 computes the 206 but
// never sets it on its response: on Workerman 5.0.1 the answer is 200 with the Content-Range and
// the range's bytes; Workerman 5.2, the extension's level, makes a withFile() range a 206.)
foreach (['bytes=100-299' => [100, 200], 'bytes=-50' => [99950, 50], 'bytes=99990-' => [99990, 10]] as $range => [$from, $len]) {
    $r = Think5::http('GET', '/static/data.bin', ['Range' => $range]);
    echo "Range $range: ", $r['status'] ?? 'no answer', ' ', $r['headers']['content-range'][0] ?? '-', ', ', strlen($r['body'] ?? ''),
        ' bytes, exact: ', var_export(($r['body'] ?? '') === substr($file, $from, $len), true), "\n";
}

echo "== 404\n";
$r = Think5::http('GET', '/no/such/page');
// ThinkPHP's error page without APP_DEBUG: config/app.php's error_message.
echo $r['status'] ?? 'no answer', ' ', $r['headers']['content-type'][0] ?? '-', ', the error page: ', var_export(str_contains($r['body'] ?? '', '<h1>页面错误！请稍后再试～</h1>'), true), "\n";

echo "== the connection after an answer\n";
// think-worker closes the connection after every answer, whatever the request asked.
[$bytes, $closed] = Think5::exchange(Think5::request('GET', '/test/pid', ['Connection' => 'keep-alive']));
$r = Think5::parse($bytes);
echo 'keep-alive asked: ', $r['status'] ?? 'no answer', ', from a worker: ', var_export(in_array((int)($r['body'] ?? 0), $kids, true), true),
    ', then closed: ', var_export($closed, true), ', nothing more: ', var_export(($r['rest'] ?? '') === '', true), "\n";
[$bytes, $closed] = Think5::exchange(Think5::request('GET', '/hello/one') . Think5::request('GET', '/hello/two'));
$r = Think5::parse($bytes);
echo 'two pipelined: ', $r['status'] ?? 'no answer', ' ', $r['body'] ?? '', ', then closed: ', var_export($closed, true), ', nothing more: ', var_export(($r['rest'] ?? '') === '', true), "\n";

echo "== SIGINT\n";
echo Think5::interrupt($master, $kids);
echo 'port closed: ', var_export(WmApps::waitPorts([Think5::$port], 10.0, true), true), "\n";
?>
--EXPECT--
started: true
== routes
GET /hello/abc: 200 text/html; charset=utf-8 hello,abc
  transfer-encoding: chunked
GET /think: 200 text/html; charset=utf-8 hello,ThinkPHP6!
== POST form, JSON, PUT
POST /test/form: 200 application/json; charset=utf-8 {"method":"POST","get":{"a":"1"},"post":{"x":"1","y":["2"],"z":"é t"},"input":"x=1&y%5B%5D=2&z=%C3%A9+t"}
POST /test/form (JSON): 200 application/json; charset=utf-8 {"method":"POST","get":[],"post":{"k":[1,"two"],"n":null},"input":"{\"k\":[1,\"two\"],\"n\":null}"}
PUT /test/form: 200 application/json; charset=utf-8 {"method":"PUT","get":{"id":"7"},"post":{"v":"put"},"input":"v=put"}
== upload
status: 200, post: {"note":"hello upload"}
  doc: big.bin 300000 md5 ok application/octet-stream
  small: small.txt 24 md5 ok text/plain
== session
n=1, cookie: set, saved: true
n=2, same session id in the answer: true, saved: true
n=3, same session id in the answer: true, saved: true
== chunked request body
status: 200, length: 20000, md5 ok
== chunked answer
status: 200, chunks: 8192 8192 3616 0, same bytes: true
== server-sent events
status: 200 text/event-stream, cache-control: no-cache
  event: count, id: 1, data: "one\nline 2"
  event: count, id: 2, data: "two\nline 2"
  event: count, id: 3, data: "three\nline 2"
  event: message, id: -, data: "[DONE]"
streamed: true
== file and Range
GET: 200 application/octet-stream, accept-ranges: bytes, etag ok: true, same bytes: true
Range bytes=100-299: 206 bytes 100-299/100000, 200 bytes, exact: true
Range bytes=-50: 206 bytes 99950-99999/100000, 50 bytes, exact: true
Range bytes=99990-: 206 bytes 99990-99999/100000, 10 bytes, exact: true
== 404
404 text/html; charset=utf-8, the error page: true
== the connection after an answer
keep-alive asked: 200, from a worker: true, then closed: true, nothing more: true
two pipelined: 200 hello,one, then closed: true, nothing more: true
== SIGINT
Workerman[think] received signal SIGINT
Workerman[think] stopping
Workerman[think] has been stopped
all gone: true
port closed: true
