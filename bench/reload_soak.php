<?php
/**
 * Reload soak: a daemonized Text echo server with 4 worker processes runs under steady
 * keep-alive load while `reload` and `reload -g` alternate (20 times by default, each one
 * waited for until every worker process has been replaced). It checks that
 *
 *   - every message gets its exact echo, unless the server itself closed that connection
 *     (a non-graceful reload closes the connections of the process it stops, like upstream);
 *   - no connection is reset, and none is closed by the server during a graceful reload;
 *   - every reload completes (all worker processes replaced);
 *   - the master's RSS does not grow.
 *
 * Clients are this process (non-blocking sockets, one message in flight per connection,
 * unique payloads). A graceful reload waits for the old process's connections to end, so
 * clients recycle their connection every --recycle messages, like keep-alive clients with a
 * request limit do.
 *
 *   php bench/reload_soak.php [--reloads=20] [--conns=32] [--workers=4] [--recycle=200]
 *
 * Environment: WORKERMAN_SO (default <repo>/modules/workerman.so), PHP (default: this PHP),
 * UPSTREAM_WORKERMAN (a Workerman tree: run upstream's pure PHP instead, for comparison).
 * Prints one summary line; exit status 0 when every check passed, 1 otherwise.
 */

$opt = getopt('', ['reloads:', 'conns:', 'workers:', 'recycle:']) + [];
$reloads = (int)($opt['reloads'] ?? 20);
$conns = (int)($opt['conns'] ?? 32);
$workers = (int)($opt['workers'] ?? 4);
$recycle = (int)($opt['recycle'] ?? 200);
$so = getenv('WORKERMAN_SO') ?: dirname(__DIR__) . '/modules/workerman.so';
$php = [getenv('PHP') ?: PHP_BINARY, '-n', '-d', 'extension=posix', '-d', 'memory_limit=256M'];
// UPSTREAM_WORKERMAN=<tree with src/Worker.php>: the same run on upstream's pure PHP, to compare.
$upstream = getenv('UPSTREAM_WORKERMAN');
$deadline = microtime(true) + 55;   // the whole run stays under a minute

$dir = sys_get_temp_dir() . '/wm-reload-soak-' . getmypid();
@mkdir($dir, 0700, true);
if ($upstream) {
    file_put_contents("$dir/autoload.php", '<?php spl_autoload_register(function ($class) {
        $file = ' . var_export(realpath("$upstream/src"), true) . ' . "/" . str_replace("\\\\", "/", substr($class, 10)) . ".php";
        if (str_starts_with($class, "Workerman\\\\") && is_file($file)) {
            require $file;
        } elseif ($class === "Workerman\\\\Coroutine\\\\Context") {
            require ' . var_export(__DIR__ . '/servers/compat/CoroutineContext.php', true) . ';
        }
    });');
    $php = [...$php, '-d', 'extension=sockets', '-d', "auto_prepend_file=$dir/autoload.php"];
} else {
    $php = [...$php, '-d', "extension=$so"];
}
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
file_put_contents("$dir/server.php", <<<PHP
<?php
use Workerman\\Worker;
Worker::\$pidFile = __DIR__ . '/server.pid';
Worker::\$logFile = __DIR__ . '/server.log';
Worker::\$statusFile = __DIR__ . '/server.status';
Worker::\$stdoutFile = __DIR__ . '/stdout.log';
\$w = new Worker('text://127.0.0.1:$port');
\$w->name = 'echo';
\$w->count = $workers;
\$received = 0;
\$w->onWorkerStart = function () use (&\$received) {
    // How many messages this process read, written when it exits (whatever the reason).
    register_shutdown_function(function () use (&\$received) {
        file_put_contents(__DIR__ . '/received', "\$received\\n", FILE_APPEND | LOCK_EX);
    });
};
\$w->onMessage = function (\$connection, \$data) use (&\$received) {
    \$received++;
    \$connection->send(\$data);
};
Worker::runAll();
PHP);

/** Children of $pid (live, sorted). */
function children(int $pid): array
{
    $kids = [];
    foreach (glob('/proc/[0-9]*/stat') ?: [] as $f) {
        $stat = @file_get_contents($f);
        if ($stat !== false) {
            $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
            if ((int)$fields[1] === $pid && $fields[0] !== 'Z') {
                $kids[] = (int)basename(dirname($f));
            }
        }
    }
    sort($kids);
    return $kids;
}

function rss_kb(int $pid): int
{
    return preg_match('/^VmRSS:\s+(\d+)/m', (string)@file_get_contents("/proc/$pid/status"), $m) ? (int)$m[1] : -1;
}

function run_cli(array $cmd, string $out)
{
    return proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'a'], 2 => ['file', $out, 'a']], $pipes);
}

$master = 0;
$cleanup = function () use (&$master, $dir): void {
    if ($master > 0) {
        foreach (children($master) as $kid) {
            @posix_kill($kid, SIGKILL);
        }
        @posix_kill($master, SIGKILL);
    }
    foreach (glob("$dir/*") ?: [] as $f) {
        @unlink($f);
    }
    @rmdir($dir);
};
register_shutdown_function($cleanup);

// ---- start the server
$p = run_cli([...$php, "$dir/server.php", 'start', '-d'], "$dir/cli.out");
for ($i = 0; $i < 500 && !(($master = (int)@file_get_contents("$dir/server.pid")) > 0 && count(children($master)) === $workers); $i++) {
    usleep(10000);
}
proc_close($p);
if (count(children($master)) !== $workers) {
    fwrite(STDERR, "reload_soak: the server did not start:\n" . @file_get_contents("$dir/cli.out"));
    exit(1);
}

// ---- clients
$stats = ['answered' => 0, 'wrong' => 0, 'lost' => 0, 'server_closed' => 0, 'server_closed_graceful' => 0,
    'reset' => 0, 'recycled' => 0, 'connects' => 0];
$clients = [];
$phase = 'warmup';   // 'reload', 'reload -g' or 'warmup' / 'idle': which reload the closes happen during

$open = function (int $i) use (&$clients, &$stats, $port): void {
    $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
    if (!$s) {
        fwrite(STDERR, "reload_soak: connect failed: $errstr\n");
        exit(1);
    }
    stream_set_blocking($s, false);
    $stats['connects']++;
    $clients[$i] = ['s' => $s, 'seq' => 0, 'on_conn' => 0, 'in' => '', 'expect' => null];
};
$draining = false;
$send = function (int $i) use (&$clients, &$draining): void {
    if ($draining) {
        return;
    }
    $c = &$clients[$i];
    $c['seq']++;
    $c['on_conn']++;
    $c['expect'] = sprintf("c%03d:%08d:%s\n", $i, $c['seq'], str_repeat('x', 32));
    // Loopback and one small message in flight: the write does not block.
    fwrite($c['s'], $c['expect']);
};
for ($i = 0; $i < $conns; $i++) {
    $open($i);
    $send($i);
}

/** Runs the clients for up to $seconds, or until $until() is true. */
$pump = function (float $seconds, ?callable $until = null) use (&$clients, &$stats, &$phase, $open, $send, $recycle): bool {
    $end = microtime(true) + $seconds;
    while (microtime(true) < $end) {
        if ($until && $until()) {
            return true;
        }
        $read = array_map(fn ($c) => $c['s'], $clients);
        $w = $e = null;
        if (@stream_select($read, $w, $e, 0, 10000) < 1) {
            continue;
        }
        foreach ($read as $s) {
            $i = array_search($s, array_map(fn ($c) => $c['s'], $clients), true);
            error_clear_last();
            $data = @fread($s, 65536);
            if ($data === '' || $data === false) {
                if (feof($s) || $data === false) {
                    // Closed by the server: reset, or was a message still waiting for its echo?
                    if (str_contains((string)(error_get_last()['message'] ?? ''), 'reset')) {
                        $stats['reset']++;
                    }
                    if ($clients[$i]['expect'] !== null) {
                        $stats['lost']++;
                    }
                    $stats[$phase === 'reload -g' ? 'server_closed_graceful' : 'server_closed']++;
                    fclose($s);
                    $open($i);
                    $send($i);
                }
                continue;
            }
            $clients[$i]['in'] .= $data;
            while (($nl = strpos($clients[$i]['in'], "\n")) !== false) {
                $line = substr($clients[$i]['in'], 0, $nl + 1);
                $clients[$i]['in'] = substr($clients[$i]['in'], $nl + 1);
                if ($line === $clients[$i]['expect']) {
                    $stats['answered']++;
                } else {
                    $stats['wrong']++;
                }
                $clients[$i]['expect'] = null;
                if ($clients[$i]['on_conn'] >= $recycle) {
                    // The client ends its keep-alive connection (request limit) and opens another.
                    $stats['recycled']++;
                    fclose($clients[$i]['s']);
                    $open($i);
                }
                $send($i);
            }
        }
    }
    return $until ? (bool)$until() : true;
};

$start = microtime(true);
$pump(1.0);
$rssBefore = -1;
$completed = 0;
$failedReloads = [];
for ($n = 1; $n <= $reloads && microtime(true) < $deadline; $n++) {
    $phase = $n % 2 ? 'reload' : 'reload -g';
    $old = children($master);
    $cli = run_cli([...$php, "$dir/server.php", ...explode(' ', $phase)], "$dir/cli.out");
    $done = $pump(10.0, function () use ($master, $old, $workers): bool {
        $now = children($master);
        return count($now) === $workers && !array_intersect($now, $old);
    });
    proc_close($cli);
    if ($done) {
        $completed++;
    } else {
        $failedReloads[] = "$n ($phase)";
    }
    $phase = 'idle';
    $pump(0.1);
    if ($n === 4) {
        // Baseline once every code path of both kinds of reload has run a few times.
        $rssBefore = rss_kb($master);
    }
}
$pump(0.5);
$rssAfter = rss_kb($master);
$seconds = microtime(true) - $start;
// No new messages; wait for the echoes of those in flight.
$draining = true;
$pump(5.0, fn () => !array_filter($clients, fn ($c) => $c['expect'] !== null));

// Clients first (their closes are not the server's), then stop the server.
foreach ($clients as $c) {
    fclose($c['s']);
}
$p = run_cli([...$php, "$dir/server.php", 'stop'], "$dir/cli.out");
for ($i = 0; $i < 1000 && proc_get_status($p)['running']; $i++) {
    usleep(10000);
}
proc_close($p);
$stopped = !file_exists("$dir/server.pid") && !children($master) && !posix_kill($master, 0);
$log = (string)@file_get_contents("$dir/server.log");
$received = array_sum(array_map('intval', file("$dir/received", FILE_IGNORE_NEW_LINES) ?: []));
$processes = count(file("$dir/received", FILE_IGNORE_NEW_LINES) ?: []);
$abnormal = preg_match_all('/exit with status|process terminated/', $log);

// A message is lost only if it was never read: its connection was closed by a process that was
// stopping (non-graceful reload) while the message was on its way. Every message a server process
// read was answered.
$readUnanswered = $received - $stats['answered'];
$ok = $stats['wrong'] === 0 && $stats['reset'] === 0 && $stats['server_closed_graceful'] === 0
    && $readUnanswered === 0 && $stats['lost'] <= $stats['server_closed'] && $processes === $workers * ($reloads + 1)
    && $completed === $reloads && $rssAfter <= $rssBefore + 64 && $stopped && $abnormal === 0;
printf("reloads=%d/%d seconds=%.1f messages=%d wrong=%d read_unanswered=%d lost_in_flight=%d server_closed=%d "
    . "server_closed_graceful=%d reset=%d recycled=%d connects=%d worker_processes=%d master_rss_kb=%d->%d "
    . "abnormal_exits=%d stopped=%s result=%s\n",
    $completed, $reloads, $seconds, $stats['answered'], $stats['wrong'], $readUnanswered, $stats['lost'],
    $stats['server_closed'], $stats['server_closed_graceful'], $stats['reset'], $stats['recycled'], $stats['connects'],
    $processes, $rssBefore, $rssAfter, $abnormal, $stopped ? 'yes' : 'no', $ok ? 'PASS' : 'FAIL');
if ($failedReloads) {
    fwrite(STDERR, 'reloads that did not complete: ' . implode(', ', $failedReloads) . "\n");
}
if ($abnormal) {
    fwrite(STDERR, "server log:\n$log");
}
exit($ok ? 0 : 1);
