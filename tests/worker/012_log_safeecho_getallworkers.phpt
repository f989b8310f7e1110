--TEST--
Worker: getAllWorkers() in master and children, log() line format (console and log file), safeEcho()
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

class Msg implements Stringable
{
    public function __toString(): string
    {
        return "T: from a Stringable\n";
    }
}

WmTest::setup();
$a = new Worker('tcp://127.0.0.1:0');
$a->name = 'alpha';
$b = new Worker();
$b->name = 'beta';
$names = fn () => implode(',', array_map(fn (Worker $w) => $w->name, Worker::getAllWorkers()));
echo 'master: ', $names(), "\n";
echo 'keys are worker ids: ', var_export(array_keys(Worker::getAllWorkers()) === [spl_object_hash($a), spl_object_hash($b)], true), "\n";

Worker::log("  T: trimmed master line \n\n");
Worker::log(new Msg());
Worker::safeEcho("T: safeEcho <g>green</g> <w>white</w><n> end</n> no newline|");
Worker::safeEcho("T: decorated but not a tty <g>x</g>\n", true);

$a->onWorkerStart = function (Worker $a) use ($names) {
    WmTest::record('alpha sees: ' . $names());
    $extra = new Worker();
    $extra->name = 'late';
    WmTest::record('alpha after new Worker: ' . $names());
    Worker::log('T: child line');
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'beta sees'), [WmTest::class, 'stop']);
};
$b->onWorkerStart = function (Worker $b) use ($names) {
    WmTest::guard();
    WmTest::record('beta sees: ' . $names());
};
Worker::$onMasterStop = function () use ($names) {
    echo "master at stop: ", $names(), "\n";
    $lines = explode("\n", trim(WmTest::recorded()));
    sort($lines);
    echo implode("\n", $lines), "\n";
    echo "-- console (test lines)\n";
    foreach (explode("\n", WmTest::console()) as $line) {
        if (str_contains($line, 'T:')) {
            echo $line, "\n";
        }
    }
    echo "-- log file (test lines)\n";
    foreach (file(Worker::$logFile) as $line) {
        if (!str_contains($line, 'T:')) {
            continue;
        }
        if (!preg_match('/^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) pid:(\d+) (.*)\n$/', $line, $m)) {
            echo 'BAD LINE: ', $line;
            continue;
        }
        $age = time() - strtotime($m[1]);
        echo $m[2] == WmTest::$master ? 'master' : 'child', ($age >= 0 && $age < 300 ? '' : ' BAD TIME'), ' ', $m[3], "\n";
    }
};
Worker::runAll();
?>
--EXPECT--
master: alpha,beta
keys are worker ids: true
master at stop: alpha,beta
alpha after new Worker: alpha,late
alpha sees: alpha
beta sees: beta
-- console (test lines)
T: trimmed master line
T: from a Stringable
T: safeEcho green white end no newline|T: decorated but not a tty x
T: child line
-- log file (test lines)
master T: trimmed master line
master T: from a Stringable
child T: child line
