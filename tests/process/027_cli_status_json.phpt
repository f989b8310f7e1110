--TEST--
CLI: status --json prints one JSON document (versions, master, workers with their exit table and loop, every process by pid, busy rows as nulls, summary), one-shot also with -d, and plain status then still prints text
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
    $web = new Worker('text://127.0.0.1:0');
    $web->name = 'web';
    $web->count = 2;
    $web->onWorkerStart = function (Worker $w) {
        Timer::add(100, fn () => null);
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . '/' . getmypid(), substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . '/' . getmypid(), __DIR__ . '/web.port');
    };
    $web->onMessage = fn ($c, $data) => $c->send("[$data]");
    $busy = new Worker('text://127.0.0.1:0');
    $busy->name = 'busy';
    $busy->eventLoop = Workerman\Events\Fiber::class;
    $busy->onWorkerStart = function (Worker $w) {
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . '/' . getmypid(), substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . '/' . getmypid(), __DIR__ . '/busy.port');
    };
    // Blocks this process until the test is done with `status` (which waits 1 s for answers).
    $busy->onMessage = function ($c, $data) {
        $c->send("blocking\n");
        $until = microtime(true) + 10;
        while (!file_exists(__DIR__ . '/unblock') && microtime(true) < $until) {
            usleep(10000);
        }
    };
    Worker::runAll();
    PHP);

echo WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n") !== '' ? "started\n" : "no output\n";
$master = WmProc::waitMaster();
$kids = WmProc::waitChildren($master, 3);
WmProc::waitFor(fn () => @file_get_contents("$dir/web.port") > 0 && @file_get_contents("$dir/busy.port") > 0);
[$webPort, $busyPort] = [file_get_contents("$dir/web.port"), file_get_contents("$dir/busy.port")];

// One web process is killed: the exit table counts it, and a replacement takes its place.
$webPids = array_values(array_filter($kids, fn ($p) => str_contains(WmProc::title($p), ' web ')));
posix_kill($webPids[0], SIGKILL);
WmProc::waitFor(fn () => !in_array($webPids[0], WmProc::children($master), true) && count(WmProc::children($master)) === 3);

$s = stream_socket_client("tcp://127.0.0.1:$webPort", $errno, $errstr, 5);
stream_set_timeout($s, 5);
foreach (['a', 'b', 'c'] as $m) {
    fwrite($s, "$m\n");
    fgets($s);
}
// The pid of the web process that has the connection (the other one has none).
$webNow = array_values(array_filter(WmProc::children($master), fn ($p) => str_contains(WmProc::title($p), ' web ')));
$b = stream_socket_client("tcp://127.0.0.1:$busyPort", $errno, $errstr, 5);
stream_set_timeout($b, 5);
fwrite($b, "x\n");
echo 'busy: ', fgets($b);

$out = WmProc::cli($server, ['status', '--json']);
$doc = json_decode($out, true);
echo 'one JSON document: ', var_export(is_array($doc) && json_last_error() === JSON_ERROR_NONE, true), "\n";
$check = function (string $what, bool $ok) {
    echo $what, ': ', $ok ? 'ok' : 'WRONG', "\n";
};
$check('keys', array_keys($doc) === ['schema', 'workerman', 'extension', 'libevent', 'php', 'jit', 'os', 'master', 'workers', 'processes', 'summary']);
$check('versions', $doc['schema'] === 1 && $doc['workerman'] === '5.2.2' && $doc['extension'] === phpversion('workerman')
    && preg_match('/^\d+\.\d+\.\d+/', $doc['libevent']) && $doc['php'] === PHP_VERSION && is_bool($doc['jit'])
    && $doc['os'] === php_uname('s') . '/' . php_uname('r'));
$m = $doc['master'];
$check('master keys', array_keys($m) === ['pid', 'start_time', 'uptime', 'daemon', 'load_average', 'workers', 'processes', 'metrics']);
$check('master', $m['pid'] === $master && abs($m['start_time'] - time()) < 60 && is_int($m['uptime']) && $m['uptime'] >= 0
    && $m['daemon'] === true && count($m['load_average']) === 3 && $m['workers'] === 2 && $m['processes'] === 3
    && $m['metrics'] === null);
foreach ($m['load_average'] as $l) {
    $check('load average', is_float($l) || is_int($l));
}
echo json_encode($doc['workers'], JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";

$pids = array_column($doc['processes'], 'pid');
$sorted = $pids;
sort($sorted);
$check('processes sorted by pid, the same as the children', $pids === $sorted && $sorted === WmProc::children($master));
$rows = $ids = [];
// Without Zend's allocator (valgrind runs) memory_get_usage() counts nothing.
$minMemory = getenv('USE_ZEND_ALLOC') === '0' ? 0 : 100000;
$sum = ['memory' => 0, 'memory_peak' => 0, 'connections' => 0, 'send_fail' => 0, 'timers' => 0, 'total_request' => 0];
foreach ($doc['processes'] as $p) {
    $idle = $p['status'] === 'idle';
    $check("process {$p['worker']} keys", array_keys($p) === ['pid', 'worker', 'id', 'listen', 'status', 'memory', 'memory_peak',
        'connections', 'send_fail', 'timers', 'total_request']);
    if ($idle) {
        $check("process {$p['worker']} memory", is_int($p['memory']) && $p['memory'] >= $minMemory && $p['memory_peak'] >= $p['memory']);
        foreach ($sum as $k => $_) {
            $sum[$k] += $p[$k];
        }
    }
    // What varies: pid, memory; and which web process (id) took the connection.
    $ids[$p['worker']][] = $p['id'];
    unset($p['pid'], $p['memory'], $p['memory_peak'], $p['id']);
    $rows[] = json_encode($p, JSON_UNESCAPED_SLASHES);
}
// The connection went to either web process: the rows in a fixed order.
sort($rows);
echo implode("\n", $rows), "\n";
sort($ids['web']);
$check('ids', $ids === ['web' => [0, 1], 'busy' => [0]] || $ids === ['busy' => [0], 'web' => [0, 1]]);
$check('summary', $doc['summary'] === $sum);
$withConn = array_values(array_filter($doc['processes'], fn ($p) => $p['worker'] === 'web' && $p['connections'] === 1));
$check('the web process with the connection', count($withConn) === 1 && in_array($withConn[0]['pid'], $webNow, true));

// -d does not make --json live: one document, then the command ends.
$out = WmProc::cli($server, ['status', '-d', '--json']);
$check('status -d --json is one document', is_array(json_decode($out, true)) && substr_count($out, '"schema"') === 1);
// The command line went to the log only; no file is left behind.
$check('logged', substr_count(file_get_contents("$dir/server.log"), 'Workerman[server.php] status --json') === 2);
$check('no files left', !file_exists("$dir/server.status") && !file_exists("$dir/server.status.json"));
touch("$dir/unblock");
fclose($s);
fclose($b);
// Plain status is text as before.
echo preg_match('~^Workerman\[server\.php\] status\nStart worker in DAEMON mode\.\n-+GLOBAL STATUS-+\n~', WmProc::cli($server, ['status']))
    ? "text status\n" : "no text status\n";
echo WmProc::cli($server, ['stop']);
?>
--EXPECT--
started
busy: blocking
one JSON document: true
keys: ok
versions: ok
master keys: ok
master: ok
load average: ok
load average: ok
load average: ok
[
    {
        "name": "web",
        "listen": "text://127.0.0.1:0",
        "count": 2,
        "event_loop": "native",
        "exits": [
            {
                "status": 9,
                "cause": "signal:SIGKILL",
                "count": 1
            }
        ],
        "start_failure": null
    },
    {
        "name": "busy",
        "listen": "text://127.0.0.1:0",
        "count": 1,
        "event_loop": "native-fiber",
        "exits": [],
        "start_failure": null
    }
]
processes sorted by pid, the same as the children: ok
process web keys: ok
process web memory: ok
process busy keys: ok
process web keys: ok
process web memory: ok
{"worker":"busy","listen":"text://127.0.0.1:0","status":"busy","connections":null,"send_fail":null,"timers":null,"total_request":null}
{"worker":"web","listen":"text://127.0.0.1:0","status":"idle","connections":0,"send_fail":0,"timers":1,"total_request":0}
{"worker":"web","listen":"text://127.0.0.1:0","status":"idle","connections":1,"send_fail":0,"timers":1,"total_request":3}
ids: ok
summary: ok
the web process with the connection: ok
status -d --json is one document: ok
logged: ok
no files left: ok
text status
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
