--TEST--
CLI: status prints upstream 5.x's layout (global status, exit table, a row per process sorted by pid, [busy] rows, summary)
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
    $plain = new Worker();
    $plain->name = 'a-rather-long-worker-name';
    Worker::runAll();
    PHP);

echo WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n") !== '' ? "started\n" : "no output\n";
$master = WmProc::waitMaster();
$kids = WmProc::waitChildren($master, 4);
WmProc::waitFor(fn () => @file_get_contents("$dir/web.port") > 0 && @file_get_contents("$dir/busy.port") > 0);
[$webPort, $busyPort] = [file_get_contents("$dir/web.port"), file_get_contents("$dir/busy.port")];

// One web process is killed: the exit table counts it, and a replacement takes its place.
$webPids = array_values(array_filter($kids, fn ($p) => str_contains(WmProc::title($p), ' web ')));
posix_kill($webPids[0], SIGKILL);
WmProc::waitFor(fn () => !in_array($webPids[0], WmProc::children($master), true) && count(WmProc::children($master)) === 4);

$s = stream_socket_client("tcp://127.0.0.1:$webPort", $errno, $errstr, 5);
stream_set_timeout($s, 5);
foreach (['a', 'b', 'c'] as $m) {
    fwrite($s, "$m\n");
    fgets($s);
}
$b = stream_socket_client("tcp://127.0.0.1:$busyPort", $errno, $errstr, 5);
stream_set_timeout($b, 5);
fwrite($b, "x\n");
echo 'busy: ', fgets($b);

$out = WmProc::cli($server, ['status']);
// Process rows are sorted by pid.
preg_match_all('/^(\d+)\t/m', $out, $m);
$pids = array_map('intval', $m[1]);
$sorted = $pids;
sort($sorted);
echo 'rows: ', count($pids), ', sorted by pid: ', var_export($pids === $sorted, true),
    ', same pids as the processes: ', var_export($sorted == WmProc::children($master), true), "\n";
// Normalise what varies: pids, memory (same width), dates, load, versions.
$out = preg_replace('~^Workerman/\S+ +PHP/\S+ \(JIT \w+\) +\S+ +ext-workerman/\S+ libevent/\S+\n~m', "VERSION LINE\n", $out);
$out = preg_replace('~^start time:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d   run 0 days 0 hours   load average: [\d.]+, [\d.]+, [\d.]+$~m',
    'start time:DATE   run 0 days 0 hours   load average: L1, L2, L3', $out);
$out = preg_replace_callback('~^(\d+|Summary)\t(\S+ *) ~m', fn ($m) => ($m[1] === 'Summary' ? 'Summary' : 'PID')
    . "\t" . str_pad($m[2] === 'N/A    ' ? 'N/A' : 'MEM', strlen($m[2])) . ' ', $out);
// The connection went to either web process: print the process rows in a fixed order.
$lines = explode("\n", $out);
$rows = array_filter($lines, fn ($l) => str_starts_with($l, "PID\t"));
$first = array_key_first($rows);
sort($rows);
array_splice($lines, $first, count($rows), $rows);
echo implode("\n", $lines);
touch("$dir/unblock");
fclose($s);
fclose($b);
echo WmProc::cli($server, ['stop']);
?>
--EXPECT--
started
busy: blocking
rows: 4, sorted by pid: true, same pids as the processes: true
Workerman[server.php] status
Start worker in DAEMON mode.
---------------------------------------------------GLOBAL STATUS---------------------------------------------------------
VERSION LINE
start time:DATE   run 0 days 0 hours   load average: L1, L2, L3
3 workers    4 processes
name                          event-loop     exit_status     exit_count
web                           native         9               1               
busy                          native         0               0               
a-rather-long-worker-name     native         0               0               
---------------------------------------------------PROCESS STATUS--------------------------------------------------------
pid	memory  listening          name                      connections send_fail timers  total_request qps    status
PID	MEM     none               a-rather-long-worker-name 0           0         0       0             0      [idle]
PID	MEM     text://127.0.0.1:0 web                       0           0         1       0             0      [idle]
PID	MEM     text://127.0.0.1:0 web                       1           0         1       3             0      [idle]
PID	N/A     text://127.0.0.1:0 busy                      N/A         N/A       N/A     N/A           N/A    [busy] 
---------------------------------------------------PROCESS STATUS--------------------------------------------------------
Summary	MEM     -                  -                         1           0         2       3             0      [Summary] 
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
