--TEST--
Worker: unknown or invalid schemes and a bad transport throw as upstream; runAll() logs the exception and returns
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

function attempt(string $name, ?string $transport = null): void
{
    $w = new Worker($name);
    if ($transport !== null) {
        $w->transport = $transport;
    }
    try {
        $w->listen();
        echo "$name: listening\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    echo '  mainSocket=', var_export($w->getMainSocket(), true), "\n";
    if ($transport !== null) {
        echo '  protocol=', $w->protocol, ' transport=', $w->transport, "\n";
    }
}

attempt('nosuch://127.0.0.1:0');
attempt('my-proto://127.0.0.1:0');
attempt('9text://127.0.0.1:0');
attempt('text://127.0.0.1:0', 'bogus');

// The same through runAll(): the exception from listening is logged and runAll() returns.
WmTest::setup();
Worker::runAll();
echo "runAll returned\n";
$log = WmTest::console();
// The logged exception's message (where it was thrown and the trace depend on the code path).
preg_match('/^(RuntimeException: .*) in .*$/m', $log, $m);
echo $m[1] ?? 'no exception logged', "\n";
echo 'log file has it too: ', var_export(str_contains((string)file_get_contents(Worker::$logFile),
    'RuntimeException: class \Protocols\Nosuch not exist'), true), "\n";
echo 'pid file written: ', var_export(is_file(Worker::$pidFile), true), "\n";
?>
--EXPECT--
nosuch://127.0.0.1:0: RuntimeException: class \Protocols\Nosuch not exist
  mainSocket=NULL
my-proto://127.0.0.1:0: RuntimeException: Invalid protocol scheme 'my-proto'
  mainSocket=NULL
9text://127.0.0.1:0: RuntimeException: Invalid protocol scheme '9text'
  mainSocket=NULL
text://127.0.0.1:0: RuntimeException: Bad worker->transport 'bogus'
  mainSocket=NULL
  protocol=Workerman\Protocols\Text transport=bogus
runAll returned
RuntimeException: class \Protocols\Nosuch not exist
log file has it too: true
pid file written: false
