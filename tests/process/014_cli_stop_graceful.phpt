--TEST--
CLI: stop -g lets an in-flight slow request finish (and its connection go on) before the server exits; no SIGKILL
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
$server = WmProc::script('server.php', <<<'PHP'
    // A SIGKILL after stopTimeout would be immediate: a graceful stop must never send one.
    Worker::$stopTimeout = 0;
    $web = new Worker('text://127.0.0.1:0');
    $web->name = 'web';
    $web->onWorkerStart = function (Worker $w) {
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . '/port.tmp', substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . '/port.tmp', __DIR__ . '/port');
    };
    $web->onMessage = function ($c, $data) {
        echo "got $data\n";
        if ($data === 'slow') {
            // A slow request: answered only once this process is stopping (bounded).
            $until = microtime(true) + 10;
            $timer = Timer::add(0.01, function () use ($c, &$timer, $until) {
                if (Worker::getStatus() === Worker::STATUS_SHUTDOWN || microtime(true) > $until) {
                    Timer::del($timer);
                    echo 'replying while stopping: ', var_export(Worker::getStatus() === Worker::STATUS_SHUTDOWN, true), "\n";
                    $c->send('slow done');
                }
            });
        } else {
            $c->send("$data done");
        }
    };
    $web->onWorkerStop = fn () => print("onWorkerStop\n");
    $web->onClose = fn () => print("onClose\n");
    Worker::runAll();
    PHP);

WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
$master = WmProc::waitMaster();
[$child] = WmProc::waitChildren($master, 1);
WmProc::waitFor(fn () => is_file("$dir/port"));
// The client is a process of its own: processes this test starts would inherit its socket.
file_put_contents("$dir/client.php", '<?php $s = stream_socket_client("tcp://127.0.0.1:' . file_get_contents("$dir/port") . <<<'PHP'
    ", $errno, $errstr, 5);
    stream_set_timeout($s, 5);
    // Three idle connections besides: the log counts down the remaining ones.
    $idle = [];
    for ($i = 0; $i < 3; $i++) {
        $idle[] = $c = stream_socket_client(stream_socket_get_name($s, true));
        fwrite($c, "ping\n");
        fgets($c);
    }
    fwrite($s, "slow\n");
    // Wait (bounded) until the server is stopping, then read the reply.
    for ($i = 0; $i < 500 && !str_contains((string)@file_get_contents(__DIR__ . '/server.log'), 'received signal SIGQUIT'); $i++) {
        usleep(10000);
    }
    echo 'reply: ', fgets($s);
    fwrite($s, "again\n");
    echo 'reply: ', fgets($s);
    echo 'server still running while the connection is open: ',
        var_export(is_dir('/proc/' . (int)file_get_contents(__DIR__ . '/server.pid')), true), "\n";
    foreach ($idle as $c) {
        fclose($c);
        usleep(20000);
    }
    fclose($s);
    PHP);
$client = WmProc::background([PHP_BINARY, '-n', "$dir/client.php"]);
WmProc::waitFor(fn () => str_contains((string)file_get_contents("$dir/stdout.log"), 'got slow'));
$stop = WmProc::background([...WmProc::php(), $server, 'stop', '-g']);
echo WmProc::finish($client);
echo "== stop -g\n", WmProc::finish($stop);
echo 'master alive: ', var_export(WmProc::alive($master), true), ', worker alive: ', var_export(WmProc::alive($child), true), "\n";
echo "== stdout\n", file_get_contents("$dir/stdout.log");
echo "== log\n", preg_replace('/^worker\[\d+\]/m', 'worker[PID]', WmProc::log());
?>
--EXPECT--
reply: slow done
reply: again done
server still running while the connection is open: true
== stop -g
Workerman[server.php] stop
Workerman[server.php] is gracefully stopping ...
Workerman[server.php] stop success
master alive: false, worker alive: false
== stdout
got ping
got ping
got ping
got slow
onWorkerStop
replying while stopping: true
got again
onClose
onClose
onClose
onClose
== log
Workerman[server.php] start in DAEMON mode
Workerman[server.php] stop
Workerman[server.php] is gracefully stopping ...
Workerman[server.php] received signal SIGQUIT
Workerman[server.php] stopping
worker[PID] remains 2 connection(s)
worker[PID] remains 0 connection(s)
Workerman[server.php] has been stopped
Workerman[server.php] stop success
