--TEST--
CLI: while a worker that fails to start waits for its restart, status names the cause after the process table (both processes of a round share one back-off step), and stop ends everything at once without forking it again
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
        file_put_contents(__DIR__ . '/starts', getmypid() . "\n", FILE_APPEND | LOCK_EX);
        throw new RuntimeException('config missing');
    };
    $ok = new Worker();
    $ok->name = 'ok';
    $ok->onWorkerStart = fn () => file_put_contents(__DIR__ . '/ok', getmypid());
    Worker::runAll();
    PHP);

echo WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n") !== '' ? "started\n" : "no output\n";
$master = WmProc::waitMaster();
$starts = fn () => count(file("$dir/starts", FILE_IGNORE_NEW_LINES) ?: []);
// Three rounds: held 1 s, then 2 s, then 4 s.
$third = WmProc::waitFor(fn () => substr_count(WmProc::log(), '(attempt 3)') === 2, 20);
echo "third round failed: ", var_export($third, true), ", starts: ", $starts(), "\n";

$out = WmProc::cli($server, ['status']);
$lines = explode("\n", $out);
$summary = array_search(true, array_map(fn ($l) => str_starts_with($l, 'Summary'), $lines), true);
echo "after the summary:\n", preg_replace('/restarting in [1-4] s/', 'restarting in N s',
    str_replace($server, 'FILE', implode("\n", array_slice($lines, $summary + 1)))), "\n";
echo 'process rows: ', preg_match_all('/^\d+\t/m', $out), "\n";

$kids = WmProc::children($master);
echo WmProc::cli($server, ['stop']);
echo 'everything stopped: ', var_export(!array_filter([$master, ...$kids], [WmProc::class, 'alive']), true),
    ', starts: ', $starts(), "\n";
// The master's lines, in order (the two processes of a round write the same text); the
// children's exceptions, counted (they interleave with the master's lines).
$log = str_replace($server, 'FILE', WmProc::log());
preg_match_all('/^(worker|Workerman)\[.*$/m', $log, $m);
echo "== log\n", preg_replace('/(?<=:)\d+\]/', 'PID]', implode("\n", $m[0])), "\n";
echo 'logged by the processes: ', implode(', ', array_map(fn ($l) => "$l x" . substr_count($log, "$l\nStack trace:\n"),
    array_unique(preg_grep('/^RuntimeException/', explode("\n", $log))))), "\n";
?>
--EXPECT--
started
third round failed: true, starts: 6
after the summary:
worker[web] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in N s (attempt 3)

process rows: 1
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
everything stopped: true, starts: 6
== log
Workerman[server.php] start in DAEMON mode
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in 1 s (attempt 1)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in 1 s (attempt 1)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in 2 s (attempt 2)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in 2 s (attempt 2)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in 4 s (attempt 3)
worker[web:PID] exit with status 64000 (exit code 250)
worker[web:PID] onWorkerStart failed: RuntimeException: config missing in FILE:13; restarting in 4 s (attempt 3)
Workerman[server.php] status
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] received signal SIGINT
Workerman[server.php] stopping
Workerman[server.php] has been stopped
Workerman[server.php] stop success
logged by the processes: RuntimeException: config missing in FILE:13 x6