<?php
/**
 * Shared bootstrap of the bench servers.
 *
 * - With ext-workerman loaded, the native Workerman\* classes are used and
 *   nothing from upstream is loaded.
 * - Without it, the pure-PHP upstream Workerman found at $UPSTREAM_WORKERMAN
 *   (a tree containing src/Worker.php) is autoloaded, plus a no-op shim for
 *   Workerman\Coroutine\Context (from the separate workerman/coroutine package).
 *
 * Environment: BENCH_PORT (or argv[1]) is the port to listen on,
 * BENCH_RUNDIR the directory for the pid/log/status files, BENCH_EVENT_LOOP=fiber runs the
 * worker on Workerman\Events\Fiber (every callback in a Fiber). Upstream's Fiber loop needs
 * revolt/event-loop and workerman/coroutine: they are autoloaded from ../shared/apps (think5
 * and gwchat trees) unless BENCH_REVOLT_SRC / BENCH_COROUTINE_SRC name other source folders.
 */

use Workerman\Worker;

if (extension_loaded('workerman')) {
    define('BENCH_IMPL', 'extension');
} else {
    $upstream = getenv('UPSTREAM_WORKERMAN');
    if ($upstream === false || $upstream === '' || !is_file($upstream . '/src/Worker.php')) {
        fwrite(STDERR, "bench: ext-workerman is not loaded and UPSTREAM_WORKERMAN does not point at a "
            . "Workerman tree (expected \$UPSTREAM_WORKERMAN/src/Worker.php)\n");
        exit(2);
    }
    define('BENCH_IMPL', 'upstream');
    $upstreamSrc = realpath($upstream . '/src');
    spl_autoload_register(static function (string $class) use ($upstreamSrc): void {
        if (strncmp($class, 'Workerman\\', 10) !== 0) {
            return;
        }
        $file = $upstreamSrc . '/' . str_replace('\\', '/', substr($class, 10)) . '.php';
        if (is_file($file)) {
            require $file;
        } elseif ($class === 'Workerman\\Coroutine\\Context') {
            require __DIR__ . '/compat/CoroutineContext.php';
        }
    });
}

if (getenv('BENCH_EVENT_LOOP') === 'fiber') {
    if (BENCH_IMPL === 'upstream') {
        $apps = dirname(__DIR__, 3) . '/shared/apps';
        $prefixes = [
            'Revolt\\' => getenv('BENCH_REVOLT_SRC') ?: "$apps/think5/vendor/revolt/event-loop/src",
            'Workerman\\Coroutine\\' => getenv('BENCH_COROUTINE_SRC') ?: "$apps/gwchat/vendor/workerman/coroutine/src",
        ];
        if (!is_file($prefixes['Revolt\\'] . '/EventLoop.php')) {
            fwrite(STDERR, "bench: upstream's Fiber loop needs revolt/event-loop (set BENCH_REVOLT_SRC)\n");
            exit(2);
        }
        spl_autoload_register(static function (string $class) use ($prefixes): void {
            if ($class === 'Workerman\\Coroutine') {
                require $prefixes['Workerman\\Coroutine\\'] . '/Coroutine.php';
                return;
            }
            foreach ($prefixes as $prefix => $dir) {
                if (str_starts_with($class, $prefix)) {
                    $file = $dir . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                    if (is_file($file)) {
                        require $file;
                    }
                    return;
                }
            }
        }, true, true);
    }
    Worker::$eventLoopClass = Workerman\Events\Fiber::class;
}

$port = (int) ($argv[1] ?? getenv('BENCH_PORT') ?: 0);
if ($port <= 0 || $port > 65535) {
    fwrite(STDERR, "bench: pass the port as argv[1] or BENCH_PORT\n");
    exit(2);
}
define('BENCH_PORT', $port);

$runDir = getenv('BENCH_RUNDIR') ?: sys_get_temp_dir() . '/wm-bench-' . $port;
if (!is_dir($runDir) && !mkdir($runDir, 0700, true) && !is_dir($runDir)) {
    fwrite(STDERR, "bench: cannot create $runDir\n");
    exit(2);
}

// Start without CLI arguments ("start", quiet: no banner), foreground, files in the run dir.
Worker::$command = 'start -q';
Worker::$daemonize = false;
Worker::$pidFile = $runDir . '/workerman.pid';
Worker::$logFile = $runDir . '/workerman.log';
Worker::$statusFile = $runDir . '/workerman.status';

/**
 * bench/idle.sh: with BENCH_MEMFILE set, the worker rewrites that file every 0.2 s with one line
 * "<memory_get_usage()> <count($worker->connections)>" (written to a temporary name and renamed,
 * so a reader never sees half a line). A server script calls this after configuring its worker;
 * without BENCH_MEMFILE it does nothing.
 */
function bench_memory_probe(Worker $worker): void
{
    $file = getenv('BENCH_MEMFILE');
    if ($file === false || $file === '') {
        return;
    }
    $previous = $worker->onWorkerStart;
    $worker->onWorkerStart = static function (Worker $w) use ($previous, $file) {
        if ($previous) {
            $previous($w);
        }
        Workerman\Timer::add(0.2, static function () use ($w, $file) {
            file_put_contents("$file.tmp", memory_get_usage() . ' ' . count($w->connections) . "\n");
            rename("$file.tmp", $file);
        });
    };
}
