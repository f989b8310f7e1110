--TEST--
Process model: a child that dies (kill -9, exit(3), fatal error) is replaced by one with the same id; the log says why (raw status and in words, "process terminated" with the error); onWorkerExit
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

function starts(): array
{
    preg_match_all('/^start id=(\d) pid=(\d+)$/m', WmTest::recorded(), $m, PREG_SET_ORDER);
    $by = [];
    foreach ($m as [, $id, $pid]) {
        $by[$id][] = (int)$pid;
    }
    return $by;
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$alpha = new Worker('text://127.0.0.1:0');
$alpha->name = 'alpha';
$alpha->count = 3;
$alpha->onWorkerStart = function (Worker $w) {
    WmTest::record("start id=$w->id pid=" . posix_getpid());
    if ($w->id === 2 && !file_exists(WmTest::$dir . '/exited')) {
        touch(WmTest::$dir . '/exited');
        Timer::add(0.01, fn () => exit(3), [], false);
    }
};
$fatal = new Worker();
$fatal->name = 'fatal';
$fatal->onWorkerStart = function () {
    WmTest::record('fatal start');
    if (!file_exists(WmTest::$dir . '/fatal')) {
        touch(WmTest::$dir . '/fatal');
        ini_set('display_errors', '0');
        Timer::add(0.01, fn () => eval('function wm_twice() {} function wm_twice() {}'), [], false);
    }
};
$ctl = new Worker();
$ctl->name = 'ctl';
$ctl->onWorkerStart = function () {
    // Once id 2 has exited by itself and come back, kill -9 the process of id 1.
    WmTest::when(fn () => count(starts()[2] ?? []) === 2 && isset(starts()[1])
        && substr_count(WmTest::recorded(), 'fatal start') === 2, function () {
        posix_kill(starts()[1][0], SIGKILL);
        WmTest::when(fn () => count(starts()[1]) === 2, [WmTest::class, 'stop']);
    });
};
Worker::$onWorkerExit = function (Worker $w, int $status, int $pid) {
    WmTest::record("onWorkerExit $w->name status=$status known pid="
        . var_export($w->name !== 'alpha' || in_array($pid, array_merge(...array_values(starts())), true), true));
};
Worker::$onMasterStop = function () {
    foreach (starts() as $id => $pids) {
        $ids[$id] = "id $id: " . count($pids) . ' start(s), ' . count(array_unique($pids)) . ' pid(s)';
    }
    ksort($ids);
    echo implode("\n", $ids), "\n";
    preg_match_all('/^onWorkerExit .*$/m', WmTest::recorded(), $m);
    [$failures, $stops] = [array_slice($m[0], 0, 3), array_slice($m[0], 3)];
    sort($failures);
    sort($stops);
    echo implode("\n", $failures), "\n-- stop:\n", implode("\n", $stops), "\n";
    preg_match_all('/^(worker|Worker)\[.*$/m', WmTest::console(), $m);
    sort($m[0]);
    echo preg_replace(['/(?<=:|\[)\d+\]/', '/\(\d+\) :/'], ['PID]', '(LINE) :'], str_replace(__FILE__, 'FILE', implode("\n", $m[0]))), "\n";
};
Worker::runAll();
?>
--EXPECT--
id 0: 1 start(s), 1 pid(s)
id 1: 2 start(s), 2 pid(s)
id 2: 2 start(s), 2 pid(s)
onWorkerExit alpha status=768 known pid=true
onWorkerExit alpha status=9 known pid=true
onWorkerExit fatal status=65280 known pid=true
-- stop:
onWorkerExit alpha status=0 known pid=true
onWorkerExit alpha status=0 known pid=true
onWorkerExit alpha status=0 known pid=true
onWorkerExit ctl status=0 known pid=true
onWorkerExit fatal status=0 known pid=true
Worker[PID] process terminated
Worker[PID] process terminated with ERROR: E_COMPILE_ERROR "Cannot redeclare wm_twice() (previously declared in FILE(LINE) : eval()'d code:1) in FILE(LINE) : eval()'d code on line 1"
worker[alpha:PID] exit with status 9 (killed by signal SIGKILL)
worker[alpha:PID] exit with status 768 (exit code 3)
worker[fatal:PID] exit with status 65280 (exit code 255)
