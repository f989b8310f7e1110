--TEST--
Process model: upstream's protected static helpers from a Worker subclass (getAllWorkerPids, getId, getSignalName, getErrorType, getCurrentUser, checkMasterIsAlive, parseSocketAddress, reinstallSignal); overrides of signalHandler() and reload() are called by the master and the worker processes through a rolling reload
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

class MyWorker extends Worker
{
    private static function who(): string
    {
        return posix_getpid() === WmTest::$master ? 'master' : 'child';
    }

    protected static function signalHandler(int $signal): void
    {
        WmTest::record(self::who() . ' signalHandler ' . static::getSignalName($signal));
        parent::signalHandler($signal);
    }

    protected static function reload(): void
    {
        $who = self::who();
        $line = "$who reload";
        if ($who === 'master') {
            $pids = static::getAllWorkerPids();
            $line .= ': ' . count($pids) . ' pids, keyed by pid ' . var_export(array_keys($pids) === array_values($pids), true)
                . ', to restart ' . count(static::$pidsToRestart);
            if (count(static::$pidsToRestart) === 2) {
                $ids = [];
                foreach ($pids as $pid) {
                    $ids[] = static::getId(array_key_first(static::$pidMap), $pid);
                }
                sort($ids);
                $line .= ', ids ' . implode(',', $ids) . ', unknown pid ' . var_export(static::getId(array_key_first(static::$pidMap), 1), true);
            }
        }
        WmTest::record($line);
        parent::reload();
    }

    public function helpers(): void
    {
        $user = posix_getpwuid(posix_geteuid())['name'];
        WmTest::record('getSignalName: ' . static::getSignalName(SIGUSR2) . ' ' . static::getSignalName(SIGIO) . ' ' . static::getSignalName(SIGKILL));
        WmTest::record('getErrorType: ' . static::getErrorType(E_USER_DEPRECATED) . ' ' . static::getErrorType(E_COMPILE_ERROR) . " '" . static::getErrorType(3) . "'");
        WmTest::record('getCurrentUser is the process user: ' . var_export(static::getCurrentUser() === $user, true));
        WmTest::record('checkMasterIsAlive: master ' . var_export(static::checkMasterIsAlive(WmTest::$master), true)
            . ', 0 ' . var_export(static::checkMasterIsAlive(0), true));
        WmTest::record('getVersionLine: ' . (str_starts_with(static::getVersionLine(), 'Workerman/' . Worker::VERSION . ' ') ? 'Workerman/VERSION ...' : static::getVersionLine()));
        WmTest::record('parseSocketAddress: ' . var_export($this->parseSocketAddress(), true) . ', protocol ' . $this->protocol);
        static::reinstallSignal();   // the reload below reaches this process through the new watchers
    }
}

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$w = new MyWorker('text://127.0.0.1:0');
$w->count = 2;
$w->onWorkerStart = function (MyWorker $w) {
    WmTest::record("child start id=$w->id");
    $starts = fn () => substr_count(WmTest::recorded(), 'child start');
    if ($w->id === 0 && $starts() <= 2) {
        $w->helpers();
        WmTest::when(fn () => $starts() === 2, fn () => posix_kill(WmTest::$master, SIGUSR1));
    }
    if ($w->id === 0 && $starts() >= 3) {
        WmTest::when(fn () => $starts() === 4, [WmTest::class, 'stop']);
    }
};
MyWorker::$onMasterStop = function () {
    $lines = explode("\n", trim(WmTest::recorded()));
    echo implode("\n", preg_grep('/^(master|get|check|parse)/', $lines)), "\n";
    echo implode("\n", preg_grep('/^child (signalHandler SIGUSR|reload)/', $lines)), "\n";
    echo 'starts: ', count(preg_grep('/^child start/', $lines)), "\n";
};
MyWorker::runAll();
?>
--EXPECT--
getSignalName: SIGUSR2 SIGIO 9
getErrorType: E_USER_DEPRECATED E_COMPILE_ERROR ''
getCurrentUser is the process user: true
checkMasterIsAlive: master true, 0 false
getVersionLine: Workerman/VERSION ...
parseSocketAddress: 'tcp://127.0.0.1:0', protocol Workerman\Protocols\Text
master signalHandler SIGUSR1
master reload: 2 pids, keyed by pid true, to restart 2, ids 0,1, unknown pid false
master reload: 2 pids, keyed by pid true, to restart 1
master reload: 2 pids, keyed by pid true, to restart 0
master signalHandler SIGINT
child signalHandler SIGUSR1
child reload
child signalHandler SIGUSR1
child reload
starts: 4
