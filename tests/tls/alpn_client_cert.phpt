--TEST--
TLS server: alpn_protocols negotiation; verify_peer with cafile requires a client certificate that verifies
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php if (!is_executable('/usr/bin/openssl')) die('skip openssl command not found');
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
$client = wm_tls_cert(WmTest::$dir, 'client', 'client.test');
$other = wm_tls_cert(WmTest::$dir, 'other', 'other.test');
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert, [
    'verify_peer' => true, 'cafile' => $client[0], 'alpn_protocols' => 'foo,bar',
]));
$w->transport = 'ssl';
$w->onMessage = fn (TcpConnection $c, $data) => $c->close("echo $data");
$w->onWorkerStart = function ($w) use ($client, $other) {
    WmTest::client(WmTest::port($w), <<<PHP
        \$dir = __DIR__;
        file_put_contents("\$dir/in.txt", "hello\\n");
        \$cmd = "openssl s_client -connect 127.0.0.1:\$port -ign_eof -alpn baz,bar";
        \$out = shell_exec("\$cmd -cert {$client[0]} -key {$client[1]} < \$dir/in.txt 2>&1");
        echo preg_match('/^ALPN protocol: .*/m', \$out, \$m) ? \$m[0] : 'no ALPN', "\\n";
        echo str_contains(\$out, "echo hello\\n") ? "with a certificate: echoed\\n" : "with a certificate: not echoed\\n";
        \$out = shell_exec("\$cmd < \$dir/in.txt 2>&1");
        echo str_contains(\$out, "echo hello\\n") ? "without: echoed\\n" : "without: not echoed\\n";
        \$out = shell_exec("\$cmd -cert {$other[0]} -key {$other[1]} < \$dir/in.txt 2>&1");
        echo str_contains(\$out, "echo hello\\n") ? "untrusted certificate: echoed\\n" : "untrusted certificate: not echoed\\n";
        PHP, function ($out) {
        echo $out;
        echo WmTest::consoleAfterStart();
    });
};
Worker::runAll();
?>
--EXPECT--
ALPN protocol: bar
with a certificate: echoed
without: not echoed
untrusted certificate: not echoed
SSL handshake error: stream_socket_enable_crypto(): Could not get peer certificate
SSL handshake error: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
