--TEST--
Metrics: GET /metrics (Worker::$metricsListen) parsed by a strict Prometheus text-format parser; per-process series for every child, counters move after real traffic, restarts counted by cause, 404/405, status --json names the endpoint
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';

/**
 * The Prometheus text exposition format 0.0.4, strictly: HELP and TYPE at most once per metric
 * and before its samples, a metric's samples together, valid names, label names and escapes, no
 * duplicate series, a float value, and a final newline. Returns [families, samples].
 */
function parse_prometheus(string $text): array
{
    if ($text === '' || !str_ends_with($text, "\n")) {
        throw new Exception('no final newline');
    }
    $families = $samples = $done = [];
    $current = null;
    $name = '[a-zA-Z_:][a-zA-Z0-9_:]*';
    foreach (explode("\n", substr($text, 0, -1)) as $i => $line) {
        $where = 'line ' . ($i + 1) . ": $line";
        if (preg_match("/^# (HELP|TYPE) ($name) (.*)$/", $line, $m)) {
            [, $kind, $metric, $rest] = $m;
            if ($current !== $metric) {
                if (isset($done[$metric])) {
                    throw new Exception("metric seen before: $where");
                }
                if ($current !== null) {
                    $done[$current] = true;
                }
                $current = $metric;
            }
            if (isset($families[$metric][$kind])) {
                throw new Exception("second $kind: $where");
            }
            if (isset($families[$metric]['samples'])) {
                throw new Exception("$kind after samples: $where");
            }
            if ($kind === 'TYPE' && !in_array($rest, ['counter', 'gauge', 'histogram', 'summary', 'untyped'], true)) {
                throw new Exception("bad type: $where");
            }
            if ($kind === 'HELP' && preg_match('/\\\\[^\\\\n]/', $rest)) {
                throw new Exception("bad escape in HELP: $where");
            }
            $families[$metric][$kind] = $rest;
            continue;
        }
        if ($line === '' || $line[0] === '#') {
            throw new Exception("unexpected line: $where");
        }
        if (!preg_match("/^($name)(?:\{(.*)\})? (\S+)(?: (-?\d+))?$/", $line, $m)) {
            throw new Exception("bad sample: $where");
        }
        [, $metric, $labelText, $value] = $m;
        if ($metric !== $current || !isset($families[$metric]['TYPE'])) {
            throw new Exception("sample outside its family (or before TYPE): $where");
        }
        $labels = [];
        $rest = $labelText;
        while ($rest !== '') {
            if (!preg_match('/^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\\\n]|\\\\["\\\\n])*)"(,|$)/', $rest, $lm)) {
                throw new Exception("bad labels: $where");
            }
            if (isset($labels[$lm[1]])) {
                throw new Exception("label twice: $where");
            }
            $labels[$lm[1]] = strtr($lm[2], ['\\\\' => '\\', '\\"' => '"', '\\n' => "\n"]);
            $rest = substr($rest, strlen($lm[0]));
            if ($lm[3] === ',' && $rest === '') {
                throw new Exception("trailing comma: $where");
            }
        }
        if (!preg_match('/^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]Inf|NaN)$/', $value)) {
            throw new Exception("bad value: $where");
        }
        ksort($labels);
        $key = $metric . json_encode($labels);
        if (isset($samples[$key])) {
            throw new Exception("duplicate series: $where");
        }
        $samples[$key] = ['name' => $metric, 'labels' => $labels, 'value' => (float)$value];
        $families[$metric]['samples'][] = $key;
    }
    return [$families, $samples];
}

/** Sum of a metric's samples whose labels include $match. */
function total(array $samples, string $metric, array $match = []): float
{
    $sum = 0;
    foreach ($samples as $s) {
        if ($s['name'] === $metric && array_intersect_assoc($match, $s['labels']) === $match) {
            $sum += $s['value'];
        }
    }
    return $sum;
}

function scrape(string $url): array
{
    $out = WmProc::exec(['curl', '-sS', '-D', WmTest::$dir . '/headers', $url]);
    $headers = (string)file_get_contents(WmTest::$dir . '/headers');
    if (!str_starts_with($headers, "HTTP/1.1 200 OK\r\n")
        || !str_contains($headers, "\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n")) {
        throw new Exception("bad answer: $headers");
    }
    return parse_prometheus($out);
}

WmProc::setupController();
$dir = WmTest::$dir;
$server = WmProc::script('server.php', <<<'PHP'
    Worker::$metricsListen = 'http://127.0.0.1:0';
    $web = new Worker('text://127.0.0.1:0');
    $web->name = 'web "front"';
    $web->count = 2;
    $web->onWorkerStart = function (Worker $w) {
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . '/' . getmypid(), substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . '/' . getmypid(), __DIR__ . '/web.port');
    };
    $web->onMessage = function ($c, $data) {
        if ($data === 'boom') {
            throw new RuntimeException('boom');
        }
        if ($data === 'exit') {
            exit(3);
        }
        if ($data === 'big') {
            $c->maxSendBufferSize = 1;
            $c->send(str_repeat('x', 32 << 20));
            return;
        }
        $c->send("[$data]");
    };
    $tick = new Worker();
    $tick->name = 'tick';
    $tick->onWorkerStart = fn () => Timer::add(100, fn () => null);
    // Fails its start once when asked to (the master then holds it for 1 s).
    $broken = new Worker();
    $broken->name = 'broken';
    $broken->onWorkerStart = function () {
        if (@unlink(__DIR__ . '/fail-once')) {
            throw new RuntimeException('fail once');
        }
    };
    Worker::runAll();
    PHP);

echo WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n") !== '' ? "started\n" : "no output\n";
$master = WmProc::waitMaster();
$kids = WmProc::waitChildren($master, 4);
WmProc::waitFor(fn () => @file_get_contents("$dir/web.port") > 0);
$webPort = (int)file_get_contents("$dir/web.port");
preg_match('~ pid:(\d+) metrics on (http://127\.0\.0\.1:(\d+)/metrics)$~m', file_get_contents("$dir/server.log"), $m);
echo 'logged by the master: ', var_export(($m[1] ?? 0) == $master && $m[3] > 0, true), "\n";
$url = $m[2];

// A first scrape: every family, typed, with a series for each child (once each child's 1 s tick
// has run after its onWorkerStart).
WmProc::waitFor(function () use ($url, &$families, &$samples) {
    [$families, $samples] = scrape($url);
    return total($samples, 'workerman_timers', ['worker' => 'tick']) == 1;
});
$types = array_map(fn ($f) => $f['TYPE'], $families);
echo json_encode($types, JSON_PRETTY_PRINT), "\n";
foreach ($families as $name => $f) {
    if (($f['TYPE'] === 'counter') !== str_ends_with($name, '_total') || ($f['HELP'] ?? '') === '') {
        echo "$name: counter without _total, or no HELP\n";
    }
}
$info = array_values(array_filter($samples, fn ($s) => $s['name'] === 'workerman_info'))[0];
echo 'info: ', var_export($info['labels'] === ['extension' => phpversion('workerman'), 'libevent' => $info['labels']['libevent'],
    'php' => PHP_VERSION, 'workerman' => '5.2.2'] && $info['value'] === 1.0, true), "\n";
echo 'processes: web ', total($samples, 'workerman_worker_processes', ['worker' => 'web "front"']),
    ', tick ', total($samples, 'workerman_worker_processes', ['worker' => 'tick']), "\n";
$series = function (array $samples, string $metric): array {
    $l = array_map(fn ($s) => $s['labels']['pid'] . ' ' . $s['labels']['worker'] . ' ' . $s['labels']['id'],
        array_filter($samples, fn ($s) => $s['name'] === $metric));
    sort($l);
    return array_values($l);
};
$expected = array_map(fn ($p) => $p . ' ' . (str_contains(WmProc::title($p), ' tick ') ? 'tick'
    : (str_contains(WmProc::title($p), ' broken ') ? 'broken' : 'web "front"')), $kids);
$ok = true;
foreach (array_keys(array_filter($types, fn ($t, $n) => !in_array($n, ['workerman_info', 'workerman_master_start_time_seconds',
    'workerman_worker_processes', 'workerman_worker_restarts_total'], true), ARRAY_FILTER_USE_BOTH)) as $metric) {
    $got = array_map(fn ($l) => substr($l, 0, strrpos($l, ' ')), $series($samples, $metric));
    $ok = $ok && $got === $expected;
}
echo 'a series per child, labelled pid/worker/id: ', var_export($ok, true), "\n";
echo 'master start time: ', var_export(abs(total($samples, 'workerman_master_start_time_seconds') - time()) < 60, true),
    ', memory: ', var_export(total($samples, 'workerman_memory_bytes', ['worker' => 'tick']) >= (getenv('USE_ZEND_ALLOC') === '0' ? 0 : 100000), true),
    ', timers of tick: ', total($samples, 'workerman_timers', ['worker' => 'tick']),
    ', lag: ', var_export(total($samples, 'workerman_event_loop_lag_seconds') >= 0, true),
    ', restarts: ', total($samples, 'workerman_worker_restarts_total'), "\n";

// Real traffic: 5 messages of 6 bytes, 5 answers of 8 bytes on one connection.
$s = stream_socket_client("tcp://127.0.0.1:$webPort", $errno, $errstr, 5);
stream_set_timeout($s, 5);
for ($i = 0; $i < 5; $i++) {
    fwrite($s, "hello\n");
    fgets($s);
}
$web = ['worker' => 'web "front"'];
$moved = WmProc::waitFor(function () use ($url, $web, &$samples) {
    [, $samples] = scrape($url);
    return total($samples, 'workerman_requests_total', $web) == 5;
});
echo 'after 5 messages: requests ', total($samples, 'workerman_requests_total', $web),
    ', received ', total($samples, 'workerman_received_bytes_total', $web),
    ', sent ', total($samples, 'workerman_sent_bytes_total', $web),
    ', accepted ', total($samples, 'workerman_connections_accepted_total', $web),
    ', connections ', total($samples, 'workerman_connections', $web),
    ', exceptions ', total($samples, 'workerman_exceptions_total'), "\n";

// An uncaught exception, and a send that fills the send buffer.
fwrite($s, "boom\n");
$big = stream_socket_client("tcp://127.0.0.1:$webPort", $errno, $errstr, 5);
fwrite($big, "big\n");
WmProc::waitFor(function () use ($url, &$samples) {
    [, $samples] = scrape($url);
    return total($samples, 'workerman_exceptions_total') >= 1 && total($samples, 'workerman_send_buffer_full_total') >= 1;
});
echo 'exceptions ', total($samples, 'workerman_exceptions_total', $web),
    ', send buffer full ', total($samples, 'workerman_send_buffer_full_total', $web), "\n";
fclose($big);

// Restarts by cause: a child killed by a signal, a child that exits with a status, a start that
// fails (the replacement of a killed child).
$tickPid = array_values(array_filter($kids, fn ($p) => str_contains(WmProc::title($p), ' tick ')))[0];
$brokenPid = array_values(array_filter($kids, fn ($p) => str_contains(WmProc::title($p), ' broken ')))[0];
posix_kill($tickPid, SIGKILL);
fwrite($s, "exit\n");
touch("$dir/fail-once");
posix_kill($brokenPid, SIGKILL);
WmProc::waitFor(function () use ($url, $master, &$samples) {
    [, $samples] = scrape($url);
    return total($samples, 'workerman_worker_restarts_total') == 4 && count(WmProc::children($master)) === 4
        && count(array_filter($samples, fn ($x) => $x['name'] === 'workerman_memory_bytes')) === 4;
});
$lines = [];
foreach ($samples as $x) {
    if ($x['name'] === 'workerman_worker_restarts_total') {
        $lines[] = 'restarts ' . json_encode($x['labels']) . ' ' . $x['value'];
    }
}
sort($lines);
echo implode("\n", $lines), "\n";
$now = WmProc::children($master);
$pids = array_unique(array_map(fn ($x) => (int)$x['labels']['pid'], array_filter($samples, fn ($x) => $x['name'] === 'workerman_memory_bytes')));
sort($pids);
echo 'series follow the new processes: ', var_export($pids === $now && !in_array($tickPid, $pids, true), true), "\n";
fclose($s);

// Other paths and methods; a request head that never ends is answered and closed.
foreach ([['-sS', '-i', preg_replace('~/metrics$~', '/other', $url)], ['-sS', '-i', '-X', 'POST', $url], ['-sS', '-I', $url]] as $args) {
    $out = WmProc::exec(['curl', ...$args]);
    echo strtok($out, "\r"), ' | ', preg_match('/^Allow: (.*)\r$/m', $out, $a) ? "Allow: $a[1]" : '-', "\n";
}
$c = stream_socket_client(preg_replace('~^http://(.*)/metrics$~', 'tcp://$1', $url), $errno, $errstr, 5);
stream_set_timeout($c, 5);
fwrite($c, 'GET /metrics HTTP/1.1' . str_repeat('x', 5000));
echo 'long head: ', strtok((string)stream_get_contents($c), "\r"), "\n";
fclose($c);

$doc = json_decode(WmProc::cli($server, ['status', '--json']), true);
echo 'status --json names it: ', var_export($doc['master']['metrics'] === $url, true), "\n";
$failure = array_column($doc['workers'], 'start_failure', 'name')['broken'];
echo 'start failure in status --json: ', str_replace($dir, 'DIR', $failure['cause'] ?? '-'), ', attempt ', $failure['attempt'] ?? '-',
    ', failures ', $failure['failures'] ?? '-', "\n";
echo WmProc::cli($server, ['stop']);
?>
--EXPECT--
started
logged by the master: true
{
    "workerman_info": "gauge",
    "workerman_master_start_time_seconds": "gauge",
    "workerman_worker_processes": "gauge",
    "workerman_worker_restarts_total": "counter",
    "workerman_process_start_time_seconds": "gauge",
    "workerman_connections": "gauge",
    "workerman_connections_accepted_total": "counter",
    "workerman_requests_total": "counter",
    "workerman_received_bytes_total": "counter",
    "workerman_sent_bytes_total": "counter",
    "workerman_send_buffer_full_total": "counter",
    "workerman_send_fail_total": "counter",
    "workerman_exceptions_total": "counter",
    "workerman_memory_bytes": "gauge",
    "workerman_memory_peak_bytes": "gauge",
    "workerman_timers": "gauge",
    "workerman_event_loop_lag_seconds": "gauge"
}
info: true
processes: web 2, tick 1
a series per child, labelled pid/worker/id: true
master start time: true, memory: true, timers of tick: 1, lag: true, restarts: 0
after 5 messages: requests 5, received 30, sent 40, accepted 1, connections 1, exceptions 0
exceptions 1, send buffer full 1
restarts {"cause":"exit:3","worker":"web \"front\""} 1
restarts {"cause":"signal:SIGKILL","worker":"broken"} 1
restarts {"cause":"signal:SIGKILL","worker":"tick"} 1
restarts {"cause":"start_failed","worker":"broken"} 1
series follow the new processes: true
HTTP/1.1 404 Not Found | -
HTTP/1.1 405 Method Not Allowed | Allow: GET, HEAD
HTTP/1.1 200 OK | -
long head: HTTP/1.1 431 Request Header Fields Too Large
status --json names it: true
start failure in status --json: onWorkerStart failed: RuntimeException: fail once in DIR/server.php:39, attempt 1, failures 1
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
