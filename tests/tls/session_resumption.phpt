--TEST--
TLS server: a session from one worker process resumes in the other (shared ticket keys, count=2)
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
// upstream differs: upstream (PHP streams) builds an SSL context per connection with its own ticket keys, so no session resumes there
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker('text://127.0.0.1:0', wm_tls_server_context($cert));
$w->transport = 'ssl';
$w->count = 2;
$w->onMessage = function (TcpConnection $c, $data) {
    WmTest::record(posix_getpid());
    // One connection per process: the next one must be accepted by the other process.
    $c->worker->pauseAccept();
    $c->close("echo $data");
};
$w->onWorkerStart = function ($w) {
    if ($w->id !== 0) {
        WmTest::guard();
        return;
    }
    WmTest::client(WmTest::port($w), <<<'PHP'
        $dir = __DIR__;
        file_put_contents("$dir/in.txt", "hello\n");
        $cmd = "openssl s_client -connect 127.0.0.1:$port -ign_eof -tls1_3";
        $first = shell_exec("$cmd -sess_out $dir/sess.pem < $dir/in.txt 2>&1");
        echo preg_match('/^(New|Reused), TLSv1.3/m', $first, $m) ? $m[0] : 'no session line', "\n";
        echo str_contains($first, "echo hello\n") ? "echoed\n" : "not echoed\n";
        $second = shell_exec("$cmd -sess_in $dir/sess.pem < $dir/in.txt 2>&1");
        echo preg_match('/^(New|Reused), TLSv1.3/m', $second, $m) ? $m[0] : 'no session line', "\n";
        echo str_contains($second, "echo hello\n") ? "echoed\n" : "not echoed\n";
        PHP, function ($out) {
        echo $out;
        $pids = explode("\n", trim(WmTest::recorded()));
        echo count($pids), ' connections in ', count(array_unique($pids)), " processes\n";
    });
};
Worker::runAll();
?>
--EXPECT--
New, TLSv1.3
echoed
Reused, TLSv1.3
echoed
2 connections in 2 processes
