--TEST--
TLS server: ssl:// socket name, pipelined HTTP requests in one record, end() over TLS, a missing certificate file
--EXTENSIONS--
workerman
posix
openssl
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$raw = new Worker('ssl://127.0.0.1:0', wm_tls_server_context($cert));
$raw->onMessage = function (TcpConnection $c, $data) {
    WmTest::record("raw transport {$c->transport} got " . json_encode($data));
    $c->end("bye $data");
};
$http = new Worker('http://127.0.0.1:0', wm_tls_server_context($cert));
$http->transport = 'ssl';
$http->onMessage = fn (TcpConnection $c, $r) => $c->send('page ' . $r->path());
$broken = new Worker('text://127.0.0.1:0', ['ssl' => ['local_cert' => WmTest::$dir . '/missing.crt']]);
$broken->transport = 'ssl';
$broken->onConnect = fn (TcpConnection $c) => WmTest::record('broken: onConnect');
$broken->onClose = fn (TcpConnection $c) => WmTest::record('broken: onClose');
// Each process knows only its own listening socket: they leave their ports in files.
$http->onWorkerStart = $broken->onWorkerStart = function ($w) {
    WmTest::guard();
    file_put_contents(WmTest::$dir . "/port-{$w->name}", WmTest::port($w));
};
$http->name = 'http';
$broken->name = 'broken';
$raw->onWorkerStart = function ($raw) {
    $port = fn ($name) => (int)@file_get_contents(WmTest::$dir . "/port-$name");
    WmTest::when(fn () => $port('http') && $port('broken'), function () use ($raw, $port) {
    $ports = WmTest::port($raw) . ',' . $port('http') . ',' . $port('broken');
    WmTest::client(0, <<<PHP
        [\$raw, \$http, \$broken] = explode(',', '$ports');
        \$ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        \$s = stream_socket_client("ssl://127.0.0.1:\$raw", \$errno, \$errstr, 5, STREAM_CLIENT_CONNECT, \$ctx);
        stream_set_timeout(\$s, 5);
        wm_send(\$s, 'hi');
        echo json_encode(wm_recv_all(\$s)), ' eof ', var_export(feof(\$s), true), "\\n";
        \$s = stream_socket_client("ssl://127.0.0.1:\$http", \$errno, \$errstr, 5, STREAM_CLIENT_CONNECT, \$ctx);
        stream_set_timeout(\$s, 5);
        \$req = "GET /%s HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n";
        wm_send(\$s, sprintf(\$req, 'one') . sprintf(\$req, 'two') . sprintf(\$req, 'three'));
        \$all = '';
        while (substr_count(\$all, 'page ') < 3 && (\$d = fread(\$s, 65536)) !== false && \$d !== '') {
            \$all .= \$d;
        }
        preg_match_all('/\\r\\n\\r\\n(page \\/(?:one|two|three))/', \$all, \$m);
        echo implode(', ', \$m[1]), "\\n";
        \$s = @stream_socket_client("ssl://127.0.0.1:\$broken", \$errno, \$errstr, 5, STREAM_CLIENT_CONNECT, \$ctx);
        echo 'broken: ', \$s === false ? 'handshake failed' : 'connected', "\\n";
        PHP, function ($out) {
        echo $out;
        echo WmTest::recorded();
        echo WmTest::consoleAfterStart();
    });
    });
};
Worker::runAll();
?>
--EXPECTF--
"bye hi" eof true
page /one, page /two, page /three
broken: handshake failed
raw transport ssl got "hi"
broken: onConnect
broken: onClose
SSL handshake error: stream_socket_enable_crypto(): Unable to set local cert chain file `%s/missing.crt'; Check that your cafile/capath settings include details of your certificate and its issuer
