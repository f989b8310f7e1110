--TEST--
TLS client: a second AsyncTcpConnection to the same peer with the same options resumes the session; other options do not
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php
if (!is_executable('/usr/bin/openssl')) die('skip openssl command not found');
if (!class_exists('Workerman\Connection\AsyncTcpConnection')
    || !(new ReflectionClass('Workerman\Connection\AsyncTcpConnection'))->isInternal()) {
    die('skip native AsyncTcpConnection not merged yet');
}
--INI--
pcre.jit=0
--FILE--
<?php
// upstream differs: PHP streams build a context per connection, so upstream never resumes a client session
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/tls.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;

WmTest::setup();
$cert = wm_tls_cert(WmTest::$dir);
$w = new Worker();
$w->onWorkerStart = function () use ($cert) {
    WmTest::guard();
    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $name = stream_socket_get_name($probe, false);
    fclose($probe);
    $port = (int)substr($name, strrpos($name, ':') + 1);
    // openssl's test server: its -www status page says "New, ..." or "Reused, ...".
    $server = proc_open(['openssl', 's_server', '-accept', "127.0.0.1:$port", '-cert', $cert[0], '-key', $cert[1],
        '-www', '-naccept', '4', '-quiet'], [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'],
        2 => ['file', '/dev/null', 'w']], $pipes);
    $runs = [
        'first' => ['verify_peer' => false, 'verify_peer_name' => false],
        'same options' => ['verify_peer' => false, 'verify_peer_name' => false],
        'other options' => ['verify_peer' => false, 'verify_peer_name' => false, 'ciphers' => 'DEFAULT'],
    ];
    $next = function () use (&$next, &$runs, $port, $server) {
        if (!$runs) {
            proc_terminate($server);
            proc_close($server);
            WmTest::stop();
            return;
        }
        $label = array_key_first($runs);
        $ssl = array_shift($runs);
        $c = new AsyncTcpConnection("tcp://127.0.0.1:$port", ['ssl' => $ssl]);
        $c->transport = 'ssl';
        $page = '';
        $c->onConnect = fn ($c) => $c->send("GET / HTTP/1.0\r\n\r\n");
        $c->onMessage = function ($c, $data) use (&$page) {
            $page .= $data;
        };
        $c->onClose = function () use (&$page, $label, $next) {
            echo $label, ': ', preg_match('/^(New|Reused), TLSv1\.3/m', $page, $m) ? $m[0] : 'no status line', "\n";
            Timer::add(0.05, $next, [], false);
        };
        $c->connect();
    };
    WmTest::when(fn () => ($s = @stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 0.1)) && fclose($s) === true,
        // That probe was the server's first accept.
        fn () => $next());
};
Worker::runAll();
?>
--EXPECT--
first: New, TLSv1.3
same options: Reused, TLSv1.3
other options: New, TLSv1.3
