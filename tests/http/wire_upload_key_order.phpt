--TEST--
Http wire: file() entries list their keys in upstream's order whatever the order of a part's header lines (Content-Type and webkitRelativePath before Content-Disposition come first), buffered and streamed; exact json_encode() output
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
Http::uploadTmpDir(WmTest::$dir);
$w = new Worker('http://127.0.0.1:0');
$w->onMessage = function (TcpConnection $c, Request $r) {
    $files = $r->file();
    foreach ($files as &$f) {
        // The contents in place of the temp file's name: the key keeps its position.
        $f['tmp_name'] = file_get_contents($f['tmp_name']);
    }
    $c->send(json_encode($files, JSON_UNESCAPED_SLASHES) . "\n" . 'post: ' . implode(',', array_keys($r->post())));
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $parts = [
            ["Content-Type: text/plain\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.txt\"", 'A'],
            ["Content-Disposition: form-data; name=\"b\"; filename=\"b.txt\"\r\nContent-Type: text/plain", 'B'],
            ["webkitRelativePath: dir/c.txt\r\nContent-Type: image/png\r\nContent-Disposition: form-data; name=\"c\"; filename=\"c.txt\"", 'C'],
            ["Content-Type: text/x\r\nwebkitRelativePath: dir/d.txt\r\nContent-Disposition: form-data; name=\"d\"; filename=\"d.txt\"\r\nContent-Type: text/y", 'D'],
            ["Content-Disposition: form-data; name=\"e\"; filename=\"e.txt\"\r\nwebkitRelativePath: dir/e.txt", 'E'],
            ["Content-Disposition: form-data; name=\"f\"; filename=\"f.txt\"", 'F'],
        ];
        foreach (['buffered' => '', 'streamed' => str_repeat('p', 300000)] as $label => $pad) {
            $body = '';
            foreach ($parts as [$h, $d]) {
                $body .= "--XyZ\r\n$h\r\n\r\n$d\r\n";
            }
            if ($pad !== '') {
                // Over workerman.upload_stream_min (256K): parsed as it arrives.
                $body .= "--XyZ\r\nContent-Disposition: form-data; name=\"pad\"\r\n\r\n$pad\r\n";
            }
            $body .= "--XyZ--\r\n";
            $s = wm_connect($port);
            wm_send($s, "POST / HTTP/1.1\r\nHost: a\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
                . 'Content-Length: ' . strlen($body) . "\r\n\r\n" . $body);
            $reply = wm_http_recv($s);
            echo "$label:\n", substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
            fclose($s);
        }
        PHP);
};
Worker::runAll();
?>
--EXPECT--
buffered:
{"a":{"type":"text/plain","name":"a.txt","tmp_name":"A","size":1,"error":0,"full_path":"a.txt"},"b":{"name":"b.txt","tmp_name":"B","size":1,"error":0,"full_path":"b.txt","type":"text/plain"},"c":{"full_path":"c.txt","type":"image/png","name":"c.txt","tmp_name":"C","size":1,"error":0},"d":{"type":"text/y","full_path":"d.txt","name":"d.txt","tmp_name":"D","size":1,"error":0},"e":{"name":"e.txt","tmp_name":"E","size":1,"error":0,"full_path":"dir/e.txt","type":""},"f":{"name":"f.txt","tmp_name":"F","size":1,"error":0,"full_path":"f.txt","type":""}}
post: 
streamed:
{"a":{"type":"text/plain","name":"a.txt","tmp_name":"A","size":1,"error":0,"full_path":"a.txt"},"b":{"name":"b.txt","tmp_name":"B","size":1,"error":0,"full_path":"b.txt","type":"text/plain"},"c":{"full_path":"c.txt","type":"image/png","name":"c.txt","tmp_name":"C","size":1,"error":0},"d":{"type":"text/y","full_path":"d.txt","name":"d.txt","tmp_name":"D","size":1,"error":0},"e":{"name":"e.txt","tmp_name":"E","size":1,"error":0,"full_path":"dir/e.txt","type":""},"f":{"name":"f.txt","tmp_name":"F","size":1,"error":0,"full_path":"f.txt","type":""}}
post: pad
