<?php
/*
 * The floor of a webman request: what one request costs in the app's own PHP when there is no
 * socket, no event loop and no HTTP parser loop around it.
 *
 *   php [flags] [-d extension=.../workerman.so] bench/apps/floor-webman.php APP PATH [COOKIE] [N]
 *
 * APP is a copy prepared by `bench/apps/setup.php webman` (bench/apps/floor.sh does all of it).
 * The script starts the app the way webman's worker process does (config, support/bootstrap.php
 * with a Worker object that never listens, the 'webman' process handler bound with worker_bind),
 * then, N times (default 20000, after N/10 warm-up calls), for the raw request
 * "GET PATH HTTP/1.1" (Host, Connection: keep-alive, the cookie if given):
 *   parse    new support\Request($raw) and the calls that force it to parse what webman reads
 *            (path, method, the connection header), as Workerman's HTTP protocol does it
 *   handler  the worker's onMessage($connection, $request): webman's routing, middleware,
 *            controller, session, response object; $connection is a TcpConnection subclass
 *            whose send() keeps the response instead of writing it
 *   encode   (string) $response: the HTTP reply bytes Workerman would write
 *   free     dropping the request and response (a session is saved here, when the request's
 *            Session object is destroyed)
 * It prints one line: "floor: calls=N cpu_us=<process user+sys CPU per call, getrusage>
 * user_us=.. sys_us=.. parse_us=.. handler_us=.. encode_us=.. free_us=.. (wall-clock split
 * per call, hrtime) reply_bytes=.. workerman=extension|upstream".
 * Run it without the extension (the app's vendor/ Workerman classes) and with it (the native
 * classes): handler_us is webman's own PHP (plus the Request/Response accessors it calls);
 * parse_us + encode_us are the Workerman side that the server would add, with its socket work.
 */

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

if ($argc < 3) {
    fwrite(STDERR, "usage: floor-webman.php APP PATH [COOKIE] [N]\n");
    exit(2);
}
$appDir = realpath($argv[1]) ?: exit("floor-webman.php: no app at {$argv[1]}\n");
$path = $argv[2];
$cookie = $argv[3] ?? '';
$n = max(100, (int) ($argv[4] ?? 20000));

chdir($appDir);
require $appDir . '/vendor/autoload.php';

/** A connection that never writes: send() keeps what it was given. */
final class FloorConnection extends TcpConnection
{
    public mixed $last = null;

    public function __construct()
    {
    }

    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        $this->last = $sendBuffer;
        return true;
    }

    public function close(mixed $data = null, bool $raw = false): void
    {
        $this->last = $data;
    }

    public function getRemoteIp(): string
    {
        return '127.0.0.1';
    }

    public function getRemotePort(): int
    {
        return 40000;
    }
}

// What support\App::run() does before it starts the workers, then what the 'webman' worker
// process does in onWorkerStart.
$appConfig = require config_path('app.php');
if ($tz = $appConfig['default_timezone'] ?? '') {
    date_default_timezone_set($tz);
}
support\App::loadAllConfig(['route', 'container']);
if (($er = config('app.error_reporting')) !== null) {
    error_reporting($er);
}
$worker = new Worker();
$worker->name = 'webman';
require_once base_path('/support/bootstrap.php');
$config = config('process.webman');
$instance = support\Container::make($config['handler'], $config['constructor'] ?? []);
worker_bind($worker, $instance);
$onMessage = $worker->onMessage;
$requestClass = support\Request::class;

$raw = "GET $path HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n"
    . ($cookie !== '' ? "Cookie: $cookie\r\n" : '') . "\r\n";
$conn = new FloorConnection();

$one = function () use ($onMessage, $requestClass, $raw, $conn, &$t) {
    $a = hrtime(true);
    $request = new $requestClass($raw);
    $request->connection = $conn;
    $request->path();
    $request->method();
    $request->header('connection');
    $b = hrtime(true);
    $onMessage($conn, $request);
    $c = hrtime(true);
    $response = $conn->last;
    $conn->last = null;
    $bytes = (string) $response;
    $d = hrtime(true);
    unset($request, $response);
    $e = hrtime(true);
    $t[0] += $b - $a;
    $t[1] += $c - $b;
    $t[2] += $d - $c;
    $t[3] += $e - $d;
    return $bytes;
};

$t = [0, 0, 0, 0];
$bytes = '';
for ($i = 0; $i < intdiv($n, 10); $i++) {
    $bytes = $one();
}
if (!preg_match('~^HTTP/1\.1 200 ~', $bytes)) {
    fwrite(STDERR, "floor-webman.php: GET $path did not answer 200:\n" . substr($bytes, 0, 500) . "\n");
    exit(1);
}
$t = [0, 0, 0, 0];
$r0 = getrusage();
for ($i = 0; $i < $n; $i++) {
    $one();
}
$r1 = getrusage();
$us = fn(array $r, string $k) => $r["ru_$k.tv_sec"] * 1e6 + $r["ru_$k.tv_usec"];
$user = ($us($r1, 'utime') - $us($r0, 'utime')) / $n;
$sys = ($us($r1, 'stime') - $us($r0, 'stime')) / $n;
printf("floor: calls=%d cpu_us=%.3f user_us=%.3f sys_us=%.3f parse_us=%.3f handler_us=%.3f encode_us=%.3f free_us=%.3f reply_bytes=%d workerman=%s\n",
    $n, $user + $sys, $user, $sys, $t[0] / 1e3 / $n, $t[1] / 1e3 / $n, $t[2] / 1e3 / $n, $t[3] / 1e3 / $n,
    strlen($bytes), extension_loaded('workerman') ? 'extension' : 'upstream');
exit(0);
