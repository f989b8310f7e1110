--TEST--
Http wire: multipart uploads from curl -F (nested names, several files, plain fields): file() shape and contents, tmp files in uploadTmpDir, gone after the request
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;

WmTest::setup();
// The test's own directory (the harness removes the files in it, not subdirectories).
$up = WmTest::$dir;
echo 'uploadTmpDir: ', Http::uploadTmpDir($up) === $up ? 'set' : 'not set', "\n";
// Source files for curl.
file_put_contents(WmTest::$dir . '/a.txt', str_repeat("text line\n", 300));
file_put_contents(WmTest::$dir . '/b.bin', "\0\1\2\xff binary \r\n\r\n--not-a-boundary\r\n");
file_put_contents(WmTest::$dir . '/c.json', '{"k":"v"}');
file_put_contents(WmTest::$dir . '/empty.txt', '');

$w = new Worker('http://127.0.0.1:0');
$ev = [];
/** file() with each tmp_name checked and replaced by the file's contents (or its size). */
function described(array $files, string $up): array
{
    foreach ($files as $k => $v) {
        if (is_array($v) && !isset($v['tmp_name'])) {
            $files[$k] = described($v, $up);
            continue;
        }
        $ok = dirname($v['tmp_name']) === $up && str_starts_with(basename($v['tmp_name']), 'workerman.upload.');
        $data = file_get_contents($v['tmp_name']);
        $v['tmp_name'] = $ok ? '<in uploadTmpDir>' : $v['tmp_name'];
        $v['contents'] = match (true) {
            strlen($data) > 100 => strlen($data) . ' bytes, md5 ' . md5($data),
            preg_match('//u', $data) === 1 => $data,
            default => 'hex ' . bin2hex($data),
        };
        $files[$k] = $v;
    }
    return $files;
}
$w->onMessage = function (TcpConnection $c, Request $r) use (&$ev, $up) {
    if ($r->path() === '/left') {
        $c->send(json_encode(array_map('basename', glob("$up/workerman.upload.*"))));
        return;
    }
    $ev[] = $r->path() . ' post: ' . json_encode($r->post(), JSON_UNESCAPED_SLASHES);
    $ev[] = $r->path() . ' file(): ' . json_encode(described($r->file(), $up), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES);
    $ev[] = $r->path() . ' file(single) name: ' . json_encode($r->file('single')['name'] ?? null)
        . ', file(nope): ' . json_encode($r->file('nope'));
    $ev[] = $r->path() . ' tmp files now: ' . count(glob("$up/workerman.upload.*"));
    $c->send('uploaded');
};
$w->onWorkerStart = function ($w) use (&$ev, $up) {
    WmTest::client(WmTest::port($w), '$dir = ' . var_export(WmTest::$dir, true) . ";\n" . <<<'PHP'
        $url = "http://127.0.0.1:$port";
        [$rc, $out] = wm_curl(['-H', 'Expect:', '-F', "files[a][b]=@$dir/a.txt;type=text/plain",
            '-F', "files[a][c]=@$dir/b.bin;type=application/octet-stream", '-F', 'title=hello world',
            '-F', 'nested[x]=y', '-F', "single=@$dir/c.json;type=application/json;filename=renamed.json",
            '-F', "files[empty]=@$dir/empty.txt;type=text/plain", "$url/big"]);
        echo "curl $rc: $out\n";
        [$rc, $out] = wm_curl(["$url/left"]);
        echo "left after the request: $out\n";
        // A small request (under 2048 bytes) too.
        [$rc, $out] = wm_curl(['-H', 'Expect:', '-F', "single=@$dir/c.json;type=application/json", "$url/small"]);
        echo "curl $rc: $out\n";
        [$rc, $out] = wm_curl(["$url/left"]);
        echo "left after the request: $out\n";
        PHP, function ($out) use (&$ev, $up) {
            echo $out;
            echo implode("\n", $ev), "\n";
            echo 'left at the end: ', json_encode(glob("$up/workerman.upload.*")), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
uploadTmpDir: set
curl 0: uploaded
left after the request: []
curl 0: uploaded
left after the request: []
/big post: {"title":"hello world","nested":{"x":"y"}}
/big file(): {
    "files": {
        "a": {
            "b": {
                "name": "a.txt",
                "tmp_name": "<in uploadTmpDir>",
                "size": 3000,
                "error": 0,
                "full_path": "a.txt",
                "type": "text/plain",
                "contents": "3000 bytes, md5 b50df89b6a4af3275f617144e61435b9"
            },
            "c": {
                "name": "b.bin",
                "tmp_name": "<in uploadTmpDir>",
                "size": 34,
                "error": 0,
                "full_path": "b.bin",
                "type": "application/octet-stream",
                "contents": "hex 000102ff2062696e617279200d0a0d0a2d2d6e6f742d612d626f756e646172790d0a"
            }
        },
        "empty": {
            "name": "empty.txt",
            "tmp_name": "<in uploadTmpDir>",
            "size": 0,
            "error": 0,
            "full_path": "empty.txt",
            "type": "text/plain",
            "contents": ""
        }
    },
    "single": {
        "name": "renamed.json",
        "tmp_name": "<in uploadTmpDir>",
        "size": 9,
        "error": 0,
        "full_path": "renamed.json",
        "type": "application/json",
        "contents": "{\"k\":\"v\"}"
    }
}
/big file(single) name: "renamed.json", file(nope): null
/big tmp files now: 4
/small post: []
/small file(): {
    "single": {
        "name": "c.json",
        "tmp_name": "<in uploadTmpDir>",
        "size": 9,
        "error": 0,
        "full_path": "c.json",
        "type": "application/json",
        "contents": "{\"k\":\"v\"}"
    }
}
/small file(single) name: "c.json", file(nope): null
/small tmp files now: 1
left at the end: []
