--TEST--
TLS server: the incomplete-request timeout over HTTPS (workerman.http_header_timeout = 1 s): a TLS handshake that never comes or stops half-way is closed without a word, a half HTTP head after the handshake gets 408 (encrypted) and EOF, a complete request is served
--EXTENSIONS--
workerman
posix
openssl
--INI--
pcre.jit=0
workerman.http_header_timeout=1
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('http://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onMessage = function (TcpConnection $c, Request $r) {
    WmTest::record('request ' . $r->path());
    $c->send('ok ' . $r->path());
};
$w->onClose = function () {
    WmTest::record('close');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $reply = fn ($s) => json_encode(wm_recv_all($s), JSON_UNESCAPED_SLASHES) . (feof($s) ? ' EOF' : ' still open');
        $silent = wm_connect_nodelay($port);
        $halfHello = wm_connect_nodelay($port);
        wm_send($halfHello, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"); // a ClientHello's first bytes
        $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $tls = stream_socket_client("ssl://127.0.0.1:$port", $errno, $errstr, 5 * wm_scale(), STREAM_CLIENT_CONNECT, $ctx);
        stream_set_timeout($tls, (int)(6 * wm_scale()));
        wm_send($tls, "GET /served HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($tls));
        wm_send($tls, "GET /half HTTP/1.1\r\nHo");
        echo 'half a head over TLS: ', $reply($tls), "\n";
        echo 'no handshake: ', $reply($silent), "\n";
        echo 'half a ClientHello: ', $reply($halfHello), "\n";
        PHP, function ($out) {
        echo $out, WmTest::recorded();
    }, 20);
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 10\r\n
\r\n
ok /served
half a head over TLS: "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n" EOF
no handshake: "" EOF
half a ClientHello: "" EOF
request /served
close
close
close
