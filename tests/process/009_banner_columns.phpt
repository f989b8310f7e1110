--TEST--
Process model: the start banner in the foreground with Worker::$command set ("Start success."), column widths from the longest value, columns from an overridden getUiColumns(), the version line naming the extension and libevent
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

class ColumnsWorker extends Worker
{
    public static function getUiColumns(): array
    {
        // The processes column first, no event-loop column, and a dynamic property.
        return ['count' => 'count', 'proto' => 'transport', 'worker' => 'name', 'socket' => 'statusSocket',
            'tier' => 'tier', 'state' => 'statusState'];
    }
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$a = new ColumnsWorker('text://127.0.0.1:0');
$a->name = 'a-worker-with-a-long-name';
$a->count = 2;
$a->tier = 'front';
$b = new ColumnsWorker();
$b->tier = 'back-office-batch';
$b->onWorkerStart = [WmTest::class, 'stop'];
ColumnsWorker::$onMasterStop = function () {
    $banner = substr(WmTest::console(), 0, strpos(WmTest::console(), 'Start success.') + 15);
    // Upstream's three columns, then the extension's version and libevent's.
    preg_match('~^Workerman/5\.2\.2 {9}PHP/\S+ \(JIT \w+\) +\S+ {3,}ext-workerman/(\S+) libevent/(\d+\.\d+\.\d+\S*)$~m', $banner, $m);
    echo 'extension version: ', var_export(($m[1] ?? null) === phpversion('workerman'), true), "\n";
    echo preg_replace('~^Workerman/\S+ +PHP/\S+ \(JIT \w+\) +\S+ +ext-workerman/\S+ libevent/\S+$~m', 'VERSION LINE', $banner);
};
ColumnsWorker::runAll();
?>
--EXPECT--
extension version: true
Workerman[009_banner_columns.php] start in DEBUG mode
--------------------------------------------------- WORKERMAN ---------------------------------------------------
VERSION LINE
---------------------------------------------------- WORKERS ----------------------------------------------------
count       proto       worker                       listen                tier                 state            
2           tcp         a-worker-with-a-long-name    text://127.0.0.1:0    front                 [OK]            
1           tcp         none                         none                  back-office-batch     [OK]            
-----------------------------------------------------------------------------------------------------------------
Start success.
