--TEST--
TLS server: HTTPS through curl, keep-alive requests on one connection, POST body, a large response and a file response
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl not found');
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$file = WmTest::$dir . '/file.bin';
$blob = '';
for ($i = 0; $i < 3000; $i++) {
    $blob .= sprintf("%07d:0123456789abcdefghijklmnopqrstuvwxyz\n", $i);
}
file_put_contents($file, $blob);

$w = new Worker('http://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onMessage = function (TcpConnection $c, Request $r) use ($file) {
    WmTest::record("conn {$c->id} {$r->method()} {$r->path()}");
    $c->requestBytes = ($c->requestBytes ?? 0) + strlen($r->rawBuffer());
    switch ($r->path()) {
        case '/big':
            $c->send(str_repeat('0123456789abcdef', 5000)); // 80000 bytes
            break;
        case '/file':
            $c->send((new Response())->withFile($file));
            break;
        case '/post':
            $c->send('got ' . strlen($r->rawBody()) . ' ' . md5($r->rawBody()));
            break;
        case '/bytes':
            // bytesRead counts decrypted bytes; bytesWritten the plaintext of the first reply.
            $c->send('read ' . ($c->bytesRead === $c->requestBytes ? 'ok' : "{$c->bytesRead} != {$c->requestBytes}")
                . ' written ' . ($c->bytesWritten > 10 && $c->bytesWritten < 200 ? 'ok' : $c->bytesWritten));
            break;
        default:
            $c->send('hello ' . $r->path());
    }
};
$w->onWorkerStart = function ($w) use ($blob) {
    $md5 = md5($blob);
    WmTest::client(WmTest::port($w), <<<PHP
        \$u = "https://127.0.0.1:\$port";
        // Three requests on one connection: curl reuses it (num_connects 0 after the first).
        echo shell_exec("curl -sk --http1.1 -w ' [%{http_code} %{num_connects}]\\n' \$u/a \$u/b \$u/c");
        \$body = str_repeat('p', 70000);
        file_put_contents(__DIR__ . '/post.txt', \$body);
        echo shell_exec("curl -sk --http1.1 --data-binary @" . __DIR__ . "/post.txt \$u/post"), "\n";
        echo "expected ", strlen(\$body), ' ', md5(\$body), "\n";
        \$big = shell_exec("curl -sk --http1.1 \$u/big");
        echo 'big ', strlen(\$big), ' ', \$big === str_repeat('0123456789abcdef', 5000) ? 'ok' : 'bad', "\n";
        \$f = shell_exec("curl -sk --http1.1 -D " . __DIR__ . "/h.txt \$u/file");
        echo 'file ', strlen(\$f), ' ', md5(\$f) === '$md5' ? 'ok' : 'bad', "\n";
        echo preg_match('/^Content-Length: (\d+)/mi', file_get_contents(__DIR__ . '/h.txt'), \$m) ? "length header {\$m[1]}\n" : "no length\n";
        echo shell_exec("curl -sk --http1.1 \$u/x/y -w '\\n' \$u/bytes");
        PHP, function ($out) {
        echo $out;
        echo WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECTF--
hello /a [200 1]
hello /b [200 0]
hello /c [200 0]
got 70000 %s
expected 70000 %s
big 80000 ok
file 135000 ok
length header 135000
hello /x/y
read ok written ok
conn %d GET /a
conn %d GET /b
conn %d GET /c
conn %d POST /post
conn %d GET /big
conn %d GET /file
conn %d GET /x/y
conn %d GET /bytes
