--TEST--
CLI: a master started by upstream Workerman 4.x (pid file in vendor/workerman/, found through Composer) is stopped and restarted by the extension, as upstream 5.x's init() finds it
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
if (!is_dir(__DIR__ . '/../../../shared/apps/sio/vendor/workerman/workerman')) {
    die('skip ../shared/apps/sio (phpsocket.io with Workerman 4.2.1 in vendor/) is absent');
}
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';

WmProc::setupController();
$dir = WmTest::$dir;

// The application: phpsocket.io's vendor/ (Composer, workerman/workerman 4.2.1), a start script
// that leaves Worker::$pidFile unset.
$copy = static function (string $from, string $to) use (&$copy): void {
    @mkdir($to, 0777, true);
    foreach (scandir($from) as $f) {
        if ($f === '.' || $f === '..') {
            continue;
        }
        is_dir("$from/$f") ? $copy("$from/$f", "$to/$f") : copy("$from/$f", "$to/$f");
    }
};
$copy(__DIR__ . '/../../../shared/apps/sio/vendor', "$dir/vendor");
file_put_contents("$dir/start.php", '<?php
require __DIR__ . "/vendor/autoload.php";
use Workerman\Worker;
Worker::$logFile = __DIR__ . "/server.log";
Worker::$stdoutFile = __DIR__ . "/stdout.log";
$w = new Worker("text://127.0.0.1:0");
$w->onWorkerStart = function () { echo "worker started\n"; };
Worker::runAll();
');
$legacy = "$dir/vendor/workerman/" . str_replace('/', '_', "$dir/start.php") . '.pid';
$masterIn = static function () use ($legacy): int {
    clearstatcache();
    return WmProc::track((int)@file_get_contents($legacy));
};

// Upstream 4.2.1 (the extension not loaded) starts the server.
$upstream = [];
$php = WmProc::php();
for ($i = 0; $i < count($php); $i++) {
    if ($php[$i] === '-d' && str_ends_with($php[$i + 1] ?? '', '/workerman.so')) {
        $i++;
        continue;
    }
    $upstream[] = $php[$i];
}
$out = WmProc::exec([...$upstream, "$dir/start.php", 'start', '-d'], 10.0, 'Start success');
echo "upstream started: ", var_export(str_contains($out, 'Start success'), true), "\n";
WmProc::waitFor(fn () => $masterIn() > 0 && WmProc::alive($masterIn()));
$old = $masterIn();
echo "pid file in vendor/workerman/: ", var_export($old > 0 && WmProc::alive($old), true), "\n";

// The extension restarts it: stops upstream's master and starts its own with the same pid file.
$out = WmProc::cli("$dir/start.php", ['restart', '-d'], 10.0, 'Start success');
echo "restart output mentions stopping: ", var_export(str_contains($out, 'is stopping ...'), true), "\n";
WmProc::waitFor(fn () => !WmProc::alive($old));
echo "upstream master gone: ", var_export(!WmProc::alive($old), true), "\n";
WmProc::waitFor(fn () => ($p = $masterIn()) > 0 && $p !== $old && WmProc::alive($p));
$new = $masterIn();
echo "a new master in the same pid file: ", var_export($new > 0 && $new !== $old && WmProc::alive($new), true), "\n";
WmProc::waitFor(fn () => str_contains((string)@file_get_contents("$dir/stdout.log"), 'worker started'));

// And stops it.
echo "== stop\n", WmProc::cli("$dir/start.php", ['stop']);
WmProc::waitFor(fn () => !WmProc::alive($new));
echo "extension master gone: ", var_export(!WmProc::alive($new), true), "\n";
?>
--EXPECT--
upstream started: true
pid file in vendor/workerman/: true
restart output mentions stopping: true
upstream master gone: true
a new master in the same pid file: true
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
extension master gone: true
