--TEST--
CLI: status -d refreshes every second ("Press Ctrl+C to quit."), with the qps column as the per-second delta of total_request
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
    $w = new Worker('text://127.0.0.1:0');
    $w->name = 'web';
    $w->onWorkerStart = function (Worker $w) {
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . '/port.tmp', substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . '/port.tmp', __DIR__ . '/port');
    };
    $w->onMessage = fn ($c, $data) => $c->send($data);
    Worker::runAll();
    PHP);

WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
$master = WmProc::waitMaster();
WmProc::waitFor(fn () => is_file("$dir/port"));
$port = (int)file_get_contents("$dir/port");

[$proc, $out] = $live = WmProc::background([...WmProc::php(), $server, 'status', '-d']);
$frames = fn () => substr_count((string)file_get_contents($out), "Press Ctrl+C to quit.");
WmProc::waitFor(fn () => $frames() >= 1);
// The client is a process of its own: the status command must not hold its socket.
echo WmProc::exec([PHP_BINARY, '-n', '-r', '$s = stream_socket_client("tcp://127.0.0.1:' . $port . '"); '
    . 'for ($i = 0; $i < 5; $i++) { fwrite($s, "r$i\n"); fgets($s); } echo "5 requests done\n";']);
$after = $frames();
// A frame shows the requests made between the snapshots of the two frames before it.
WmProc::waitFor(fn () => $frames() >= $after + 3);
proc_terminate($proc, SIGINT);
$text = WmProc::finish($live);

$frameTexts = array_slice(explode("\nPress Ctrl+C to quit.\n\n", $text), 0, -1);
preg_match_all('/^Summary\t.*\s(\d+)\s+\[Summary\] $/m', $text, $m);
echo 'frames: ', count($frameTexts) >= 3 ? 'at least 3' : count($frameTexts),
    ', qps of the first frame: ', $m[1][0], ', sum of qps over all frames: ', array_sum($m[1]),
    ', a clear-screen sequence before each frame: ', var_export(array_filter($frameTexts, fn ($f) => substr_count($f, "\33[H\33[2J\33(B\33[m") !== 1) === [], true), "\n";
// The last frame, normalised as in the status test.
$last = str_replace("\33[H\33[2J\33(B\33[m", '', end($frameTexts));
$last = preg_replace('~^Workerman/\S+ +PHP/\S+ \(JIT \w+\) +\S+ +ext-workerman/\S+ libevent/\S+\n~m', "VERSION LINE\n", $last);
$last = preg_replace('~^start time:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d   run 0 days 0 hours   load average: [\d.]+, [\d.]+, [\d.]+$~m',
    'start time:DATE   run 0 days 0 hours   load average: L1, L2, L3', $last);
echo preg_replace_callback('~^(\d+|Summary)\t(\S+ *) ~m', fn ($m) => ($m[1] === 'Summary' ? 'Summary' : 'PID')
    . "\t" . str_pad('MEM', strlen($m[2])) . ' ', $last);
echo "== stop\n", WmProc::cli($server, ['stop']);
?>
--EXPECT--
5 requests done
frames: at least 3, qps of the first frame: 0, sum of qps over all frames: 5, a clear-screen sequence before each frame: true
Start worker in DAEMON mode.
---------------------------------------------------GLOBAL STATUS---------------------------------------------------------
VERSION LINE
start time:DATE   run 0 days 0 hours   load average: L1, L2, L3
1 workers    1 processes
name         event-loop     exit_status     exit_count
web          native         0               0               
---------------------------------------------------PROCESS STATUS--------------------------------------------------------
pid	memory  listening          name     connections send_fail timers  total_request qps    status
PID	MEM     text://127.0.0.1:0 web      0           0         0       5             0      [idle]
---------------------------------------------------PROCESS STATUS--------------------------------------------------------
Summary	MEM     -                  -        0           0         0       5             0      [Summary] 
== stop
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
