--TEST--
Http wire: multipart boundaries longer than 256 bytes (300, and the longest a head under the 16384-byte limit can carry) give post() and file() in full, buffered and streamed; one byte longer makes the head too long: 431 and close, as upstream
--EXTENSIONS--
workerman
posix
--INI--
workerman.upload_stream_min=131072
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$up = WmTest::$dir;
Http::uploadTmpDir($up);
$w = new Worker('http://127.0.0.1:0');
/** A short, exact description of a value: itself if short, else its length and md5. */
function short(string $v): string
{
    return strlen($v) <= 40 ? $v : strlen($v) . ' bytes, md5 ' . md5($v);
}
$w->onMessage = function (TcpConnection $c, Request $r) {
    $post = array_map('short', $r->post());
    $files = [];
    foreach ($r->file() as $k => $f) {
        $f['tmp_name'] = short((string)file_get_contents($f['tmp_name']));
        $files[$k] = $f;
    }
    $c->send(json_encode(['boundary' => strlen($r->header('content-type')) - strlen('multipart/form-data; boundary='),
        'post' => $post, 'file' => $files], JSON_UNESCAPED_SLASHES));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        /** A request whose head ends with the Content-Type line carrying the boundary. */
        function request(string $path, string $boundary, array $parts): string {
            $body = '';
            foreach ($parts as [$headers, $data]) {
                $body .= "--$boundary\r\n$headers\r\n\r\n$data\r\n";
            }
            $body .= "--$boundary--\r\n";
            return "POST $path HTTP/1.1\r\nHost: a\r\nContent-Length: " . strlen($body) . "\r\n"
                . "Content-Type: multipart/form-data; boundary=$boundary\r\n\r\n" . $body;
        }
        function parts(string $boundary, bool $big): array {
            $parts = [
                ['Content-Disposition: form-data; name="title"', 'hello'],
                // Data that starts like the delimiter but is one byte short of it.
                ['Content-Disposition: form-data; name="tricky"', "\r\n--" . substr($boundary, 0, -1)],
                ["Content-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\nContent-Type: text/plain", "file data\r\n"],
            ];
            if ($big) {
                // Over workerman.upload_stream_min: the body is streamed to the upload collector.
                $parts[] = ['Content-Disposition: form-data; name="pad"', str_repeat('p', 150000)];
            }
            return $parts;
        }
        function show(string $label, string $req, int $port): void {
            $s = wm_connect($port);
            wm_send($s, $req);
            $reply = wm_http_recv($s);
            $head = substr($reply, 0, (int)strpos($reply, "\r\n"));
            $body = substr($reply, strpos($reply, "\r\n\r\n") + 4);
            echo "$label (head ", strpos($req, "\r\n\r\n"), " bytes before its CRLFCRLF): $head\n$body\n";
            fclose($s);
        }
        /** The longest boundary for which the head's CRLFCRLF starts before offset 16384 (upstream
         * answers 431 from there on); the Content-Length's digits depend on it. */
        function longest(bool $big): int {
            $len = 16000;
            for ($i = 0; $i < 3; $i++) {
                $req = request('/u', str_repeat('b', $len), parts(str_repeat('b', $len), $big));
                $len += 16383 - strpos($req, "\r\n\r\n");
            }
            return $len;
        }
        function boundary(int $len): string {
            return substr(str_repeat('0123456789abcdefghijklmnopqrstuvwxyz', 500), 0, $len);
        }
        foreach ([false, true] as $big) {
            foreach ([300, longest($big)] as $len) {
                $b = boundary($len);
                show("$len-byte boundary, " . ($big ? 'streamed' : 'buffered'), request('/u', $b, parts($b, $big)), $port);
            }
            // One byte longer: the head is too long.
            $b = boundary(longest($big) + 1);
            $s = wm_connect($port);
            wm_send($s, request('/u', $b, parts($b, $big)));
            $reply = wm_recv_all($s);
            echo strlen($b), "-byte boundary: ", json_encode($reply), feof($s) ? " EOF\n" : " open\n";
            fclose($s);
        }
        PHP);
};
Worker::runAll();
?>
--EXPECT--
300-byte boundary, buffered (head 393 bytes before its CRLFCRLF): HTTP/1.1 200 OK
{"boundary":300,"post":{"title":"hello","tricky":"303 bytes, md5 c9ae4e3f770048c2946e655ebc1e121d"},"file":{"doc":{"name":"a.txt","tmp_name":"file data\r\n","size":11,"error":0,"full_path":"a.txt","type":"text/plain"}}}
16289-byte boundary, buffered (head 16383 bytes before its CRLFCRLF): HTTP/1.1 200 OK
{"boundary":16289,"post":{"title":"hello","tricky":"16292 bytes, md5 0f5f43e2ce83e8eb869736fe4b86c62e"},"file":{"doc":{"name":"a.txt","tmp_name":"file data\r\n","size":11,"error":0,"full_path":"a.txt","type":"text/plain"}}}
16290-byte boundary: "HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n" EOF
300-byte boundary, streamed (head 395 bytes before its CRLFCRLF): HTTP/1.1 200 OK
{"boundary":300,"post":{"title":"hello","tricky":"303 bytes, md5 c9ae4e3f770048c2946e655ebc1e121d","pad":"150000 bytes, md5 c8de1a02aa38c8fd6f04f88805b1649a"},"file":{"doc":{"name":"a.txt","tmp_name":"file data\r\n","size":11,"error":0,"full_path":"a.txt","type":"text/plain"}}}
16288-byte boundary, streamed (head 16383 bytes before its CRLFCRLF): HTTP/1.1 200 OK
{"boundary":16288,"post":{"title":"hello","tricky":"16291 bytes, md5 f7c8281bce06e58f997aed9547ccd89b","pad":"150000 bytes, md5 c8de1a02aa38c8fd6f04f88805b1649a"},"file":{"doc":{"name":"a.txt","tmp_name":"file data\r\n","size":11,"error":0,"full_path":"a.txt","type":"text/plain"}}}
16289-byte boundary: "HTTP\/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n" EOF
