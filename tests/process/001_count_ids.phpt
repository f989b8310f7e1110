--TEST--
Process model: several Workers with their own count fork that many children each, with ids 0..count-1, titles, one worker per child
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';
use Workerman\Worker;

WmTest::setup();
// Under valgrind, worker processes take long to exit: no SIGKILL meanwhile.
Worker::$stopTimeout = (int)ceil(2 * WmTest::$scale);
$alpha = new Worker('text://127.0.0.1:0');
$alpha->name = 'alpha';
$alpha->count = 3;
$beta = new Worker();
$beta->name = 'beta';
$beta->count = 2;
$gamma = new Worker('frame://127.0.0.1:0');   // count defaults to 1, name to 'none'
foreach ([$alpha, $beta, $gamma] as $w) {
    $w->onWorkerStart = function (Worker $w) {
        $all = Worker::getAllWorkers();
        WmTest::record(sprintf('%s id=%d child=%s ppid=master:%s workers=[%s] title=%s', $w->name, $w->id,
            var_export(posix_getpid() !== WmTest::$master, true), var_export(posix_getppid() === WmTest::$master, true),
            implode(',', array_map(fn ($o) => $o->name, $all)), preg_replace('/:\d+$/', ':PORT', cli_get_process_title())));
        if ($w->name === 'beta' && $w->id === 0) {
            WmTest::when(fn () => substr_count(WmTest::recorded(), "\n") === 6, [WmTest::class, 'stop']);
        }
    };
}
Worker::$onMasterStop = function () use ($alpha, $beta, $gamma) {
    $lines = explode("\n", trim(WmTest::recorded()));
    sort($lines);
    echo implode("\n", $lines), "\n";
    echo 'master title: ', str_replace(__FILE__, 'FILE', cli_get_process_title()), "\n";
    echo 'master names: ', $alpha->name, ', ', $beta->name, ', ', $gamma->name, "\n";
};
Worker::runAll();
?>
--EXPECT--
alpha id=0 child=true ppid=master:true workers=[alpha] title=WorkerMan: worker process  alpha text://127.0.0.1:PORT
alpha id=1 child=true ppid=master:true workers=[alpha] title=WorkerMan: worker process  alpha text://127.0.0.1:PORT
alpha id=2 child=true ppid=master:true workers=[alpha] title=WorkerMan: worker process  alpha text://127.0.0.1:PORT
beta id=0 child=true ppid=master:true workers=[beta] title=WorkerMan: worker process  beta none
beta id=1 child=true ppid=master:true workers=[beta] title=WorkerMan: worker process  beta none
none id=0 child=true ppid=master:true workers=[none] title=WorkerMan: worker process  none frame://127.0.0.1:PORT
master title: WorkerMan: master process  start_file=FILE
master names: alpha, beta, none
