--TEST--
CLI: start -d daemonizes (banner, pid file, titles, stdoutFile), a second start says already running, stop leaves nothing behind
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';

WmProc::setupController();
$dir = WmTest::$dir;
// A unix socket path of a fixed length keeps the banner's column widths stable.
$sock = sys_get_temp_dir() . '/wmt-' . bin2hex(random_bytes(4)) . '.sock';
$server = WmProc::script('server.php', '$sock = ' . var_export($sock, true) . ";\n" . <<<'PHP'
    $text = new Worker('text://127.0.0.1:0');
    $text->name = 'echo';
    $text->count = 2;
    $text->onWorkerStart = function (Worker $w) {
        echo "worker $w->id started\n";
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . '/' . getmypid(), substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . '/' . getmypid(), __DIR__ . '/port');
    };
    $text->onMessage = function ($c, $data) {
        echo "got $data\n";
        var_dump(strlen($data));
        $c->send("[$data]");
    };
    $unix = new Worker("unix://$sock");
    $unix->name = 'local';
    Worker::runAll();
    PHP);

$user = posix_getpwuid(posix_geteuid())['name'];
$norm = fn (string $s) => str_replace([$dir, $sock, " $user "], ['DIR', '/tmp/wmt-XXXXXXXX.sock', ' ' . str_pad('USER', strlen($user)) . ' '],
    preg_replace('~^Workerman/\S+ +PHP/\S+ \(JIT \w+\) +\S+ +ext-workerman/\S+ libevent/\S+\n~m', "VERSION LINE\n", $s));

echo "== start -d\n", $norm(WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n"));
$master = WmProc::waitMaster();
$kids = WmProc::waitChildren($master, 3);
echo "== processes\n", $norm(WmProc::title($master)), "\n";
$titles = array_map(fn ($p) => WmProc::title($p), $kids);
sort($titles);
echo $norm(implode("\n", $titles)), "\n";
// Upstream forks twice around setsid(): a new session, whose leader has exited.
echo 'master in a new session: ', var_export(posix_getsid($master) !== posix_getsid(0), true),
    ', session leader: ', var_export(posix_getsid($master) === $master, true), "\n";
echo 'unix socket file: ', var_export(file_exists($sock), true), "\n";

WmProc::waitFor(fn () => @file_get_contents("$dir/port") > 0);
$s = stream_socket_client('tcp://127.0.0.1:' . file_get_contents("$dir/port"), $errno, $errstr, 5);
stream_set_timeout($s, 5);
fwrite($s, "hello\n");
echo 'reply: ', fgets($s);
fclose($s);

echo "== start again\n", WmProc::cli($server, ['start', '-d']);
echo 'same master: ', var_export(WmProc::masterPid() === $master && WmProc::alive($master), true), "\n";

echo "== stop\n", WmProc::cli($server, ['stop']);
echo 'master alive: ', var_export(WmProc::alive($master), true), "\n";
echo 'workers alive: ', var_export(array_filter($kids, [WmProc::class, 'alive']) !== [], true), "\n";
clearstatcache();
foreach (["$dir/server.pid", "$dir/server.pid.lock", $sock] as $f) {
    echo str_replace([$dir, $sock], ['DIR', 'SOCK'], $f), ' exists: ', var_export(file_exists($f), true), "\n";
}
@unlink($sock);
echo "== stdoutFile\n";
$out = explode("\n", trim(file_get_contents("$dir/stdout.log")));
sort($out);
echo implode("\n", $out), "\n";
echo "== log\n", WmProc::log();
?>
--EXPECT--
== start -d
Workerman[server.php] start in DAEMON mode
------------------------------------------------- WORKERMAN --------------------------------------------------
VERSION LINE
-------------------------------------------------- WORKERS ---------------------------------------------------
event-loop  proto       user        worker      listen                           count       state            
native      tcp         USER        echo        text://127.0.0.1:0               2            [OK]            
native      unix        USER        local       unix:///tmp/wmt-XXXXXXXX.sock    1            [OK]            
--------------------------------------------------------------------------------------------------------------
Input "php server.php stop" to stop. Start success.

== processes
WorkerMan: master process  start_file=DIR/server.php
WorkerMan: worker process  echo text://127.0.0.1:0
WorkerMan: worker process  echo text://127.0.0.1:0
WorkerMan: worker process  local unix:///tmp/wmt-XXXXXXXX.sock
master in a new session: true, session leader: false
unix socket file: true
reply: [hello]
== start again
Workerman[server.php] start in DAEMON mode
Workerman[server.php] already running
same master: true
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
master alive: false
workers alive: false
DIR/server.pid exists: false
DIR/server.pid.lock exists: false
SOCK exists: false
== stdoutFile
got hello
int(5)
worker 0 started
worker 1 started
== log
Workerman[server.php] start in DAEMON mode
Workerman[server.php] start in DAEMON mode
Workerman[server.php] already running
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
