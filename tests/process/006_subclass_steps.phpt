--TEST--
Process model: runAll() calls upstream's steps in order through late static binding (a subclass overriding init()/parseCommand()/... changes the run); the command comes from a rewritten global $argv
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
    public static array $steps = [];

    private static function step(string $name): void
    {
        // Recorded in a file: forkWorkers() also runs in the master after a child died.
        WmTest::record("$name status=" . static::getStatus());
    }
    protected static function checkSapiEnv(): void { self::step(__FUNCTION__); parent::checkSapiEnv(); }
    protected static function initStdOut(): void { self::step(__FUNCTION__); parent::initStdOut(); }
    protected static function init(): void
    {
        self::step(__FUNCTION__);
        static::$startFile = '/srv/app/think';   // like a framework's console entry point
        parent::init();
        WmTest::record('  pidFile kept: ' . var_export(static::$pidFile === WmTest::$dir . '/server.pid', true)
            . ', title: ' . cli_get_process_title());
    }
    protected static function parseCommand(): void
    {
        self::step(__FUNCTION__);
        // Like frameworks do: no command on the command line means "start".
        global $argv;
        $saved = $argv;
        $argv[1] ??= 'start';
        WmTest::record('  argv: ' . implode(' ', array_slice(static::getArgv(), 1)));
        parent::parseCommand();
        $argv = $saved;
    }
    protected static function checkPortAvailable(): void { self::step(__FUNCTION__); parent::checkPortAvailable(); }
    protected static function lock(int $flag = LOCK_EX): void
    {
        self::step(__FUNCTION__ . ($flag === LOCK_UN ? '(LOCK_UN)' : ''));
        parent::lock($flag);
        WmTest::record('  lock file exists: ' . var_export(file_exists(static::$pidFile . '.lock'), true));
    }
    protected static function daemonize(): void { self::step(__FUNCTION__); parent::daemonize(); }
    protected static function initWorkers(): void { self::step(__FUNCTION__); parent::initWorkers(); }
    protected static function installSignal(): void { self::step(__FUNCTION__); parent::installSignal(); }
    protected static function saveMasterPid(): void { self::step(__FUNCTION__); parent::saveMasterPid(); }
    protected static function displayUI(): void { self::step(__FUNCTION__); }   // no banner
    protected static function forkWorkers(): void
    {
        if (posix_getpid() === WmTest::$master) {
            self::step(__FUNCTION__);
        }
        parent::forkWorkers();
    }
    public static function resetStd(bool $throwException = true): void
    {
        if (posix_getpid() === WmTest::$master) {
            self::step(__FUNCTION__);
        }
        parent::resetStd($throwException);
    }
    protected static function monitorWorkers(): void { self::step(__FUNCTION__); parent::monitorWorkers(); }
}

WmTest::setup('');   // no Worker::$command: the command line decides
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$w = new MyWorker();
$w->count = 2;
$w->onWorkerStart = function (Worker $w) {
    WmTest::record("child $w->id: " . get_class($w) . ', ' . cli_get_process_title());
    if ($w->id === 1 && !file_exists(WmTest::$dir . '/killed')) {
        touch(WmTest::$dir . '/killed');
        posix_kill(posix_getpid(), SIGKILL);   // the master forks a replacement through forkWorkers()
    }
    if ($w->id === 0) {
        WmTest::when(fn () => substr_count(WmTest::recorded(), 'child 1:') === 2, [WmTest::class, 'stop']);
    }
};
MyWorker::$onMasterStop = function () {
    $lines = explode("\n", trim(WmTest::recorded()));
    echo implode("\n", preg_grep('/^child/', $lines, PREG_GREP_INVERT)), "\n";
    $children = preg_grep('/^child/', $lines);
    sort($children);
    echo implode("\n", $children), "\n";
    preg_match_all('/^Workerman\[.*$/m', WmTest::console(), $m);
    echo implode("\n", $m[0]), "\n";
};
MyWorker::runAll();
?>
--EXPECT--
checkSapiEnv status=0
initStdOut status=0
init status=0
  pidFile kept: true, title: WorkerMan: master process  start_file=/srv/app/think
parseCommand status=1
  argv: start
checkPortAvailable status=1
lock status=1
  lock file exists: true
daemonize status=1
initWorkers status=1
installSignal status=1
saveMasterPid status=1
lock(LOCK_UN) status=1
  lock file exists: false
displayUI status=1
forkWorkers status=1
resetStd status=1
monitorWorkers status=1
forkWorkers status=2
child 0: MyWorker, WorkerMan: worker process  none none
child 1: MyWorker, WorkerMan: worker process  none none
child 1: MyWorker, WorkerMan: worker process  none none
Workerman[think] start in DEBUG mode
Workerman[think] received signal SIGINT
Workerman[think] stopping
Workerman[think] has been stopped
