--TEST--
TLS server: plain HTTP to the TLS port gets a 400 reply and a log line; garbage, a client leaving mid-handshake or before it are closed
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
// upstream differs: plain HTTP on a TLS port is answered with "400 Bad Request" and a clear line (upstream prints OpenSSL's "http request" error and closes without a reply)
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('http://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->onConnect = fn (TcpConnection $c) => WmTest::record("connect {$c->id}");
$w->onMessage = fn (TcpConnection $c, $r) => $c->send('never');
$w->onClose = fn (TcpConnection $c) => WmTest::record("close {$c->id}");
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
        echo json_encode(wm_recv_all($s)), "\n";
        echo "closed: ", var_export(feof($s), true), "\n";
        $s = wm_connect($port);
        wm_send($s, str_repeat("\x00\x01\x02garbage", 20));
        $alert = wm_recv_all($s); // at most an alert record, then the end
        echo "garbage closed: ", var_export(feof($s) && strlen($alert) < 16, true), "\n";
        // A ClientHello record header announcing 512 bytes, 20 of them sent, then gone.
        $s = wm_connect($port);
        wm_send($s, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" . str_repeat("\x00", 9));
        usleep(100000);
        fclose($s);
        // Connected and gone without a byte.
        $s = wm_connect($port);
        fclose($s);
        usleep(200000);
        // The server still works.
        echo shell_exec("curl -sk --http1.1 https://127.0.0.1:$port/"), "\n";
        PHP, function ($out) {
        echo $out;
        echo WmTest::recorded();
        echo preg_replace('/\d+\.\d+\.\d+\.\d+:\d+/', 'ADDR', WmTest::consoleAfterStart());
        // The plain HTTP line is also in the log file (Worker::log()).
        echo preg_replace(['/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d pid:\d+ /m', '/\d+\.\d+\.\d+\.\d+:\d+/'], ['', 'ADDR'],
            implode("\n", preg_grep('/plain HTTP/', file(Worker::$logFile, FILE_IGNORE_NEW_LINES)))), "\n";
    });
};
Worker::runAll();
?>
--EXPECTF--
"HTTP\/1.1 400 Bad Request\r\nContent-Type: text\/plain\r\nContent-Length: 49\r\nConnection: close\r\n\r\nThe plain HTTP request was sent to an HTTPS port\n"
closed: true
garbage closed: true
never
connect 1
close 1
connect 2
close 2
connect 3
close 3
connect 4
close 4
connect 5
close 5
SSL handshake error: plain HTTP request received on TLS port ADDR from ADDR
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A00010B:SSL routines::wrong version number
SSL handshake error: plain HTTP request received on TLS port ADDR from ADDR
