--TEST--
Process model: SIGUSR1 reloads reloadable children one at a time (same ids, new pids); reloadable=false children only get onWorkerReload; onMasterReload may change count
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

function lines(string $prefix): array
{
    preg_match_all('/^' . preg_quote($prefix, '/') . '.*$/m', WmTest::recorded(), $m);
    return $m[0];
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$web = new Worker('text://127.0.0.1:0');
$web->name = 'web';
$web->count = 2;
$keep = new Worker();
$keep->name = 'keep';
$keep->reloadable = false;
foreach ([$web, $keep] as $w) {
    $w->onWorkerStart = fn (Worker $w) => WmTest::record("$w->name start id=$w->id pid=" . posix_getpid());
    $w->onWorkerReload = fn (Worker $w) => WmTest::record("$w->name reload id=$w->id pid=" . posix_getpid());
    $w->onWorkerStop = fn (Worker $w) => WmTest::record("$w->name stop id=$w->id pid=" . posix_getpid());
}
$reloads = 0;
Worker::$onMasterReload = function () use ($web, &$reloads) {
    WmTest::record('web master reload ' . ++$reloads . ' status=' . Worker::getStatus());
    if ($reloads === 2) {
        $web->count = 3;
    }
};
$keep->onWorkerStart = function (Worker $w) {
    WmTest::record("keep start id=$w->id pid=" . posix_getpid());
    WmTest::when(fn () => count(lines('web start')) === 2, function () {
        posix_kill(WmTest::$master, SIGUSR1);
        // Rolling: two reloads, two restarts, one after the other.
        WmTest::when(fn () => count(lines('web start')) === 4, function () {
            posix_kill(WmTest::$master, SIGUSR2);
            WmTest::when(fn () => count(lines('web start')) === 7, [WmTest::class, 'stop']);
        });
    });
};
Worker::$onMasterStop = function () {
    // Pids named after their worker, id and generation: web0a, web0b, ...
    $names = [];
    $gen = [];
    $text = preg_replace_callback('/^(\w+) (start|reload|stop) id=(\d) pid=(\d+)$/m', function ($m) use (&$names, &$gen) {
        if ($m[2] === 'start') {
            $n = $gen["$m[1]$m[3]"] = ($gen["$m[1]$m[3]"] ?? 0) + 1;
            $names[$m[4]] = "$m[1]$m[3]" . chr(ord('a') + $n - 1);
        }
        return "$m[1] $m[2] " . ($names[$m[4]] ?? '?');
    }, WmTest::recorded());
    $lines = explode("\n", trim($text));
    $split = array_search('web master reload 2 status=8', $lines);
    // The first reload (SIGUSR1) is rolling: web1 gets its signal only after web0 has stopped
    // (web0's replacement starts meanwhile).
    $first = array_values(preg_grep('/^web /', array_slice($lines, 0, $split)));
    echo $first[2], "\n";
    foreach ([0, 1] as $id) {
        echo implode(', ', preg_grep("/web$id/", $first)), "\n";
    }
    echo 'web1a reloaded after web0a stopped: ',
        var_export(array_search('web reload web1a', $first) > array_search('web stop web0a', $first), true), "\n";
    echo "-- reload 2 (SIGUSR2), count 3: the new processes start in any order\n";
    $rest = array_values(preg_grep('/^web /', array_slice($lines, $split)));
    sort($rest);
    echo implode("\n", $rest), "\n-- keep:\n";
    echo implode("\n", preg_grep('/^keep /', $lines)), "\n";
    preg_match_all('/^Workerman\[[^\]]*\] (reloading|received|stopping|has been).*$/m', WmTest::console(), $m);
    echo implode("\n", $m[0]), "\n";
};
Worker::runAll();
?>
--EXPECT--
web master reload 1 status=8
web start web0a, web reload web0a, web stop web0a, web start web0b
web start web1a, web reload web1a, web stop web1a, web start web1b
web1a reloaded after web0a stopped: true
-- reload 2 (SIGUSR2), count 3: the new processes start in any order
web master reload 2 status=8
web reload web0b
web reload web1b
web start web0c
web start web1c
web start web2a
web stop web0b
web stop web0c
web stop web1b
web stop web1c
web stop web2a
-- keep:
keep start keep0a
keep reload keep0a
keep reload keep0a
keep stop keep0a
Workerman[003_reload_rolling.php] reloading
Workerman[003_reload_rolling.php] reloading
Workerman[003_reload_rolling.php] received signal SIGINT
Workerman[003_reload_rolling.php] stopping
Workerman[003_reload_rolling.php] has been stopped
