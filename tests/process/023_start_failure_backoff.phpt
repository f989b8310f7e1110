--TEST--
Process model: a worker whose start fails (onWorkerStart throws, a run() override throws, a fatal error in onWorkerStart) exits with 250 without accepting or running a timer; the master says why and restarts it after 1 s, 2 s, 4 s; a client that connected meanwhile is served by the first process that starts
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;
use Workerman\Timer;

/** [pid, time] of each start of $name, in order. */
function starts(string $name): array
{
    preg_match_all("/^start $name pid=(\\d+) at=([\\d.]+)$/m", WmTest::recorded(), $m, PREG_SET_ORDER);
    return array_map(fn ($s) => [(int)$s[1], (float)$s[2]], $m);
}

class BadRunWorker extends Worker
{
    public function run(): void
    {
        WmTest::record("start badrun pid=" . posix_getpid() . ' at=' . microtime(true));
        if (count(starts('badrun')) === 1) {
            throw new LogicException('run() override failed');
        }
        parent::run();
    }
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);

// Fails three times (the database is "down"), then starts.
$web = new Worker('text://127.0.0.1:0');
$web->name = 'web';
$web->onWorkerStart = function (Worker $w) {
    WmTest::guard();
    WmTest::record('start web pid=' . posix_getpid() . ' at=' . microtime(true));
    file_put_contents(WmTest::$dir . '/web.port', WmTest::port($w));
    // Must never run in a process whose start failed.
    Timer::add(0.001, fn () => WmTest::record('web timer pid=' . posix_getpid()), [], false);
    if (count(starts('web')) <= 3) {
        throw new RuntimeException('db down');
    }
};
$web->onConnect = fn () => WmTest::record('web connect pid=' . posix_getpid());
$web->onMessage = fn ($c, $data) => $c->send("[$data] from " . posix_getpid());

$badrun = new BadRunWorker();
$badrun->name = 'badrun';

$fatal = new Worker();
$fatal->name = 'fatal';
$fatal->onWorkerStart = function () {
    WmTest::record('start fatal pid=' . posix_getpid() . ' at=' . microtime(true));
    if (count(starts('fatal')) === 1) {
        ini_set('display_errors', '0');
        eval('function wm_twice() {} function wm_twice() {}');
    }
};

$ctl = new Worker();
$ctl->name = 'ctl';
$ctl->onWorkerStart = function () {
    // A client connects while web waits for its restart; it is answered only once web starts.
    WmTest::when(fn () => count(starts('web')) >= 1 && str_contains(WmTest::console(), '(attempt 1)')
        && @file_get_contents(WmTest::$dir . '/web.port') > 0, function () {
        WmTest::client((int)file_get_contents(WmTest::$dir . '/web.port'), <<<'PHP'
            $s = wm_connect($port, 20);
            wm_send($s, "ping\n");
            echo wm_recv_line($s);
            PHP, function (string $out) {
            echo 'client got: ', preg_replace('/\d+$/', 'PID', $out);
            $pids = array_column(starts('web'), 0);
            echo 'answered by the fourth web process: ', var_export(str_ends_with(trim($out), ' ' . end($pids)), true), "\n";
            WmTest::when(fn () => count(starts('badrun')) === 2 && count(starts('fatal')) === 2, [WmTest::class, 'stop']);
            return false;
        }, 30);
    }, 20);
};
Worker::$onWorkerExit = function (Worker $w, int $status, int $pid) {
    WmTest::record("onWorkerExit $w->name status=$status");
};
Worker::$onMasterStop = function () {
    $web = starts('web');
    echo 'web starts: ', count($web), ', distinct pids: ', count(array_unique(array_column($web, 0))), "\n";
    for ($i = 1; $i < count($web); $i++) {
        $gap = $web[$i][1] - $web[$i - 1][1];
        $min = 2 ** ($i - 1);
        echo "gap $i at least $min s: ", var_export($gap >= $min, true), "\n";
    }
    $last = end($web)[0];
    $events = WmTest::recorded();
    echo 'timers and connections only in the process that started: ', var_export(
        preg_match_all('/^web (timer|connect) pid=(\d+)$/m', $events, $m) === 2 && $m[2] === [(string)$last, (string)$last], true), "\n";
    preg_match_all('/^onWorkerExit .*$/m', $events, $m);
    $exits = array_count_values($m[0]);
    ksort($exits);
    foreach ($exits as $line => $n) {
        echo "$line x$n\n";
    }
    echo "-- log\n";
    preg_match_all('/^(worker|Worker)\[.*$|^\w+Exception: .*$/m', WmTest::console(), $m);
    sort($m[0]);
    echo preg_replace(['/(?<=:|\[)\d+\]/', '/\(\d+\) :/'], ['PID]', '(LINE) :'],
        str_replace(__FILE__, 'FILE', implode("\n", $m[0]))), "\n";
};
Worker::runAll();
?>
--EXPECT--
client got: [ping] from PID
answered by the fourth web process: true
web starts: 4, distinct pids: 4
gap 1 at least 1 s: true
gap 2 at least 2 s: true
gap 3 at least 4 s: true
timers and connections only in the process that started: true
onWorkerExit badrun status=0 x1
onWorkerExit badrun status=64000 x1
onWorkerExit ctl status=0 x1
onWorkerExit fatal status=0 x1
onWorkerExit fatal status=65280 x1
onWorkerExit web status=0 x1
onWorkerExit web status=64000 x3
-- log
LogicException: run() override failed in FILE:19
RuntimeException: db down in FILE:39
RuntimeException: db down in FILE:39
RuntimeException: db down in FILE:39
Worker[PID] process terminated with ERROR: E_COMPILE_ERROR "Cannot redeclare wm_twice() (previously declared in FILE(LINE) : eval()'d code:1) in FILE(LINE) : eval()'d code on line 1"
worker[badrun:PID] exit with status 64000 (exit code 250)
worker[badrun:PID] run() failed: LogicException: run() override failed in FILE:19; restarting in 1 s (attempt 1)
worker[fatal:PID] exit with status 65280 (exit code 255)
worker[fatal:PID] onWorkerStart failed: E_COMPILE_ERROR: Cannot redeclare wm_twice() (previously declared in FILE(LINE) : eval()'d code:1) in FILE(LINE) : eval()'d code:1; restarting in 1 s (attempt 1)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: db down in FILE:39; restarting in 1 s (attempt 1)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: db down in FILE:39; restarting in 2 s (attempt 2)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: db down in FILE:39; restarting in 4 s (attempt 3)
