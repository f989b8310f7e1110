--TEST--
Worker: context array (backlog default and override), reusePort sets so_reuseport on a real socket, dynamic properties
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
error_reporting=-1
display_errors=1
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

function context_options(Worker $w): array
{
    $ctx = (new ReflectionProperty(Worker::class, 'socketContext'))->getValue($w);
    return stream_context_get_options($ctx);
}

WmTest::setup();
// Dynamic properties: allowed without a deprecation notice, inherited by the worker process.
$w = new Worker('text://127.0.0.1:0');
$w->reusePort = true;
$w->foo = 1;
$w->bar = ['x' => 'y'];
echo 'dynamic: ', json_encode(['foo' => $w->foo, 'bar' => $w->bar, 'isset' => isset($w->foo), 'missing' => isset($w->nope)]), "\n";
$w->onWorkerStart = function (Worker $w) {
    // Workers made here only for their contexts (never listened on).
    $plain = new Worker('tcp://127.0.0.1:0');
    echo 'default: ', json_encode(context_options($plain)), "\n";
    $custom = new Worker('tcp://127.0.0.1:0', ['socket' => ['backlog' => 7, 'tcp_nodelay' => true], 'ssl' => ['verify_peer' => false]]);
    echo 'custom: ', json_encode(context_options($custom)), "\n";
    $other = new Worker('tcp://127.0.0.1:0', ['socket' => ['bindto' => '127.0.0.1:0']]);
    echo 'other socket option: ', json_encode(context_options($other)), "\n";
    echo 'in worker: foo=', $w->foo, ' bar=', json_encode($w->bar), "\n";
    echo 'reusePort context: ', json_encode(context_options($w)), "\n";
    // A plain listener of this process for comparison (no reusePort).
    $noReuse = new Worker('tcp://127.0.0.1:0');
    $noReuse->listen();
    $ports = WmTest::port($w) . ', ' . WmTest::port($noReuse);
    WmTest::client(0, "[\$reuse, \$noReuse] = [$ports];\n" . <<<'PHP'
        // Only a socket that itself has SO_REUSEPORT lets another SO_REUSEPORT socket bind its port.
        foreach (['reusePort worker' => $reuse, 'plain worker' => $noReuse] as $label => $p) {
            $ctx = stream_context_create(['socket' => ['so_reuseport' => 1]]);
            $srv = @stream_socket_server("tcp://127.0.0.1:$p", $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
            echo "$label: second SO_REUSEPORT bind ", $srv ? 'succeeded' : "failed ($errstr)", "\n";
            if ($srv) {
                fclose($srv);
            }
        }
        $s = wm_connect($reuse);
        wm_send($s, "hi\n");
        echo wm_recv_line($s);
        PHP);
};
$w->onConnect = function ($c) {
    $c->tag = 'dyn';
};
$w->onMessage = function ($c, $data) use ($w) {
    $w->hits = ($w->hits ?? 0) + 1;
    $c->send("$data tag=$c->tag hits=$w->hits");
};
Worker::runAll();
?>
--EXPECT--
dynamic: {"foo":1,"bar":{"x":"y"},"isset":true,"missing":false}
default: {"socket":{"backlog":102400}}
custom: {"socket":{"backlog":7,"tcp_nodelay":true},"ssl":{"verify_peer":false}}
other socket option: {"socket":{"bindto":"127.0.0.1:0","backlog":102400}}
in worker: foo=1 bar={"x":"y"}
reusePort context: {"socket":{"backlog":102400,"so_reuseport":1}}
reusePort worker: second SO_REUSEPORT bind succeeded
plain worker: second SO_REUSEPORT bind failed (Address already in use)
hi tag=dyn hits=1
