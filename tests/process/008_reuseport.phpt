--TEST--
Process model: reusePort = true makes every child bind its own SO_REUSEPORT socket (the master binds none); a Worker created in onWorkerStart listen()s there, on a shared port too
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

function free_port(): int
{
    $s = stream_socket_server('tcp://127.0.0.1:0');
    $name = stream_socket_get_name($s, false);
    fclose($s);
    return (int)substr($name, strrpos($name, ':') + 1);
}

/** Which of $pids holds each listening socket on 127.0.0.1:$port (from /proc/net/tcp and /proc/PID/fd). */
function listeners(int $port, array $pids): array
{
    $owners = [];
    foreach (file('/proc/net/tcp') as $line) {
        $f = preg_split('/\s+/', trim($line));
        if ($f[1] === sprintf('0100007F:%04X', $port) && $f[3] === '0A') {
            $owners[$f[9]] = [];
        }
    }
    foreach ($pids as $label => $pid) {
        foreach (glob("/proc/$pid/fd/*") ?: [] as $fd) {
            if (preg_match('/^socket:\[(\d+)\]$/', (string)@readlink($fd), $m) && isset($owners[$m[1]])) {
                $owners[$m[1]][] = $label;
            }
        }
    }
    $owners = array_map(fn ($o) => implode('+', $o), $owners);
    sort($owners);
    return $owners;
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
[$mainPort, $innerPort] = [free_port(), free_port()];
$w = new Worker("text://127.0.0.1:$mainPort");
$w->name = 'shared';
$w->count = 2;
$w->reusePort = true;
$w->onWorkerStart = function (Worker $w) use ($mainPort, $innerPort) {
    $inner = new Worker("text://127.0.0.1:$innerPort");
    $inner->reusePort = true;
    $inner->onMessage = fn ($c, $data) => $c->send('inner ' . posix_getpid());
    $inner->listen();
    WmTest::record("child $w->id " . posix_getpid());
    if ($w->id !== 0) {
        return;
    }
    WmTest::when(fn () => substr_count(WmTest::recorded(), 'child') === 2, function () use ($mainPort, $innerPort) {
        preg_match_all('/^child (\d) (\d+)$/m', WmTest::recorded(), $m);
        $pids = ['master' => WmTest::$master] + array_combine(array_map(fn ($id) => "child$id", $m[1]), $m[2]);
        echo 'main port listeners: ', implode(', ', listeners($mainPort, $pids)), "\n";
        echo 'inner port listeners: ', implode(', ', listeners($innerPort, $pids)), "\n";
        WmTest::client($mainPort, "\$inner = $innerPort;\n" . <<<'PHP'
            // The kernel spreads connections over the sockets of a SO_REUSEPORT group.
            foreach (['main' => $port, 'inner' => $inner] as $label => $p) {
                $seen = [];
                for ($i = 0; $i < 200 && count($seen) < 2; $i++) {
                    $s = wm_connect($p);
                    wm_send($s, "hi\n");
                    $seen[trim(preg_replace('/\D/', '', wm_recv_line($s)))] = true;
                    fclose($s);
                }
                echo "$label port: answered by ", count($seen), " processes\n";
            }
            PHP);
    });
};
$w->onMessage = fn ($c, $data) => $c->send('main ' . posix_getpid());
Worker::runAll();
?>
--EXPECT--
main port listeners: child0, child1
inner port listeners: child0, child1
main port: answered by 2 processes
inner port: answered by 2 processes
