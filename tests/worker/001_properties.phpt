--TEST--
Worker: public properties, static properties and constants with upstream 5.x types and defaults
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Worker;

$w = new Worker();
$r = new ReflectionClass(Worker::class);
echo "attributes: ", implode(',', array_map(fn ($a) => $a->getName(), $r->getAttributes())), "\n";
echo "-- instance\n";
foreach ($r->getProperties(ReflectionProperty::IS_PUBLIC) as $p) {
    if ($p->isStatic()) {
        continue;
    }
    $name = $p->getName();
    echo $p->getType() ?? '(untyped)', " \$$name = ", var_export($w->$name, true), "\n";
}
echo "-- static\n";
foreach ($r->getProperties(ReflectionProperty::IS_PUBLIC) as $p) {
    if (!$p->isStatic()) {
        continue;
    }
    $name = $p->getName();
    echo $p->getType() ?? '(untyped)', " \$$name = ", var_export(Worker::$$name, true), "\n";
}
echo "-- constants\n";
foreach ($r->getReflectionConstants() as $c) {
    echo implode(' ', Reflection::getModifierNames($c->getModifiers())), ' ', $c->getName(), ' = ',
        var_export($c->getValue(), true), "\n";
}
echo "-- protected state\n";
foreach (['socketName', 'mainSocket', 'socketContext', 'pauseAccept', 'workerId', 'context'] as $name) {
    $p = $r->getProperty($name);
    $v = $p->getValue($w);
    echo $p->getType() ?? '(untyped)', " \$$name = ",
        $name === 'workerId' ? var_export($v === spl_object_hash($w), true) : var_export($v, true), "\n";
}
echo "-- methods\n";
echo 'getSocketName: ', var_export($w->getSocketName(), true), "\n";
echo 'getMainSocket: ', var_export($w->getMainSocket(), true), "\n";
echo 'getStatus: ', var_export(Worker::getStatus(), true), "\n";
echo 'isRunning: ', var_export(Worker::isRunning(), true), "\n";
echo 'getGracefulStop: ', var_export(Worker::getGracefulStop(), true), "\n";
echo 'getAllWorkers: ', var_export(Worker::getAllWorkers() === [spl_object_hash($w) => $w], true), "\n";
($w->onMessage)('connection', 'data', 'extra');
echo "default onMessage accepts and ignores any arguments\n";
?>
--EXPECT--
attributes: AllowDynamicProperties
-- instance
int $id = 0
(untyped) $name = 'none'
int $count = 1
string $user = ''
string $group = ''
(untyped) $reloadable = true
bool $reusePort = false
(untyped) $onWorkerStart = NULL
(untyped) $onConnect = NULL
(untyped) $onWebSocketConnect = NULL
(untyped) $onWebSocketConnected = NULL
(untyped) $onMessage = \Closure::__set_state(array(
))
(untyped) $onClose = NULL
(untyped) $onError = NULL
(untyped) $onBufferFull = NULL
(untyped) $onBufferDrain = NULL
(untyped) $onWorkerStop = NULL
(untyped) $onWorkerReload = NULL
string $transport = 'tcp'
array $connections = array (
)
?string $protocol = NULL
bool $stopping = false
?string $eventLoop = NULL
(untyped) $context = (object) array(
)
-- static
bool $daemonize = false
(untyped) $outputStream = NULL
string $stdoutFile = '/dev/null'
string $pidFile = ''
string $statusFile = ''
string $logFile = ''
int $logFileMaxSize = 10485760
?Workerman\Events\EventInterface $globalEvent = NULL
(untyped) $onMasterReload = NULL
(untyped) $onMasterStop = NULL
(untyped) $onWorkerExit = NULL
?string $eventLoopClass = NULL
int $stopTimeout = 2
string $command = ''
string $metricsListen = ''
-- constants
public VERSION = '5.2.2'
public STATUS_INITIAL = 0
public STATUS_STARTING = 1
public STATUS_RUNNING = 2
public STATUS_SHUTDOWN = 4
public STATUS_RELOADING = 8
public DEFAULT_BACKLOG = 102400
public UI_SAFE_LENGTH = 4
public BUILD_IN_TRANSPORTS = array (
  'tcp' => 'tcp',
  'udp' => 'udp',
  'unix' => 'unix',
  'ssl' => 'tcp',
)
public ERROR_TYPE = array (
  1 => 'E_ERROR',
  2 => 'E_WARNING',
  4 => 'E_PARSE',
  8 => 'E_NOTICE',
  16 => 'E_CORE_ERROR',
  32 => 'E_CORE_WARNING',
  64 => 'E_COMPILE_ERROR',
  128 => 'E_COMPILE_WARNING',
  256 => 'E_USER_ERROR',
  512 => 'E_USER_WARNING',
  1024 => 'E_USER_NOTICE',
  4096 => 'E_RECOVERABLE_ERROR',
  8192 => 'E_DEPRECATED',
  16384 => 'E_USER_DEPRECATED',
)
-- protected state
string $socketName = ''
(untyped) $mainSocket = NULL
(untyped) $socketContext = NULL
?bool $pauseAccept = NULL
?string $workerId = true
(untyped) $context = (object) array(
)
-- methods
getSocketName: 'none'
getMainSocket: NULL
getStatus: 0
isRunning: false
getGracefulStop: false
getAllWorkers: true
default onMessage accepts and ignores any arguments
