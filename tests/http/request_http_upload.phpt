--TEST--
Http\Request through the native Http protocol: a multipart body streamed into the upload collector in split reads and the same body buffered whole give upstream 5.2.2's post()/file(); no temp file outlives its request
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$w->onWorkerStart = function ($w) {
    Http::uploadTmpDir(WmTest::$dir);
    WmTest::client(WmTest::port($w), <<<'PHP'
        $b = 'b0undary';
        $body = "--$b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHi there\r\n"
            . "--$b\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\nx\r\n"
            . "--$b\r\nContent-Disposition: form-data; name=\"docs[]\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n"
            . str_repeat("0123456789abcdef", 4096) . "\r\n"
            . "--$b\r\nContent-Disposition: form-data; name=\"docs[]\"; filename=\"b.bin\"\r\n\r\n\0\r\n--\r\n\r\n"
            . "--$b--\r\n";
        $s = wm_connect($port);
        foreach (['/streamed', '/buffered'] as $path) {
            $req = "POST $path HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=$b\r\n"
                . "Content-Length: " . strlen($body) . "\r\n\r\n" . $body;
            // Odd-sized writes with pauses, so the server reads the body in many pieces.
            foreach (str_split($req, 9973) as $piece) {
                wm_send($s, $piece);
                usleep(2000);
            }
            $head = '';
            while (!str_contains($head, "\r\n\r\n") && ($line = wm_recv_line($s)) !== '') {
                $head .= $line;
            }
            preg_match('/Content-Length: (\d+)/', $head, $m);
            echo $path, ': ', wm_recv($s, (int)$m[1]), "\n";
        }
        wm_send($s, "GET /check HTTP/1.1\r\nHost: x\r\n\r\n");
        $head = '';
        while (!str_contains($head, "\r\n\r\n") && ($line = wm_recv_line($s)) !== '') {
            $head .= $line;
        }
        preg_match('/Content-Length: (\d+)/', $head, $m);
        echo '/check: ', wm_recv($s, (int)$m[1]), "\n";
        fclose($s);
        PHP);
};
$w->onMessage = function (TcpConnection $c, Request $r) {
    if ($r->path() === '/check') {
        $c->send('temp files left: ' . count(glob(WmTest::$dir . '/workerman.upload.*')));
        return;
    }
    // The first request streams (every multipart body), the second is buffered whole.
    ini_set('workerman.upload_stream_min', $r->path() === '/streamed' ? '0' : '1');
    $files = $r->file();
    array_walk_recursive($files, function (&$v, $k) {
        if ($k === 'tmp_name') {
            $v = preg_match('/\/workerman\.upload\.\w{6}$/', $v) ? md5_file($v) : "bad name $v";
        }
    });
    $c->send(json_encode(['post' => $r->post(), 'files' => $files, 'body' => strlen($r->rawBody()),
        'on disk' => count(glob(WmTest::$dir . '/workerman.upload.*'))]));
};
ini_set('workerman.upload_stream_min', '1');
Worker::runAll();
?>
--EXPECT--
/streamed: {"post":{"title":"Hi there","tags":["x"]},"files":{"docs":[{"name":"a.txt","tmp_name":"ea2e4a9d8add947abc90705d59d34a74","size":65536,"error":0,"full_path":"a.txt","type":"text\/plain"},{"name":"b.bin","tmp_name":"04674bb637c49afb499f335e57f7c550","size":7,"error":0,"full_path":"b.bin","type":""}]},"body":0,"on disk":2}
/buffered: {"post":{"title":"Hi there","tags":["x"]},"files":{"docs":[{"name":"a.txt","tmp_name":"ea2e4a9d8add947abc90705d59d34a74","size":65536,"error":0,"full_path":"a.txt","type":"text\/plain"},{"name":"b.bin","tmp_name":"04674bb637c49afb499f335e57f7c550","size":7,"error":0,"full_path":"b.bin","type":""}]},"body":65879,"on disk":2}
/check: temp files left: 0
