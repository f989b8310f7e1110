--TEST--
Worker: subclasses written for Workerman 3.x/4.x load (GatewayWorker 3.x's shapes: untyped $name and $reloadable redeclared, their own VERSION constant, log($msg) with one parameter), 5.x-style subclasses (typed log() with $decorated, a return type) too, and code may write $worker->context from outside
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Worker;

class LegacyRegister extends Worker
{
    const VERSION = '3.0.22';
    public $name = 'Register';
    public $reloadable = false;

    public static function log($msg)
    {
        echo "legacy log: $msg\n";
    }
}

class ModernWorker extends Worker
{
    public static function log(\Stringable|string $msg, bool $decorated = false): void
    {
        echo 'modern log: ', $msg, $decorated ? ' (decorated)' : '', "\n";
    }
}

$r = new LegacyRegister('text://127.0.0.1:0');
var_dump(LegacyRegister::VERSION, Worker::VERSION, $r->name, $r->reloadable);
LegacyRegister::log('hello');
ModernWorker::log('hi', true);
$r->context = [];
var_dump($r->context);
$w = new Worker();
var_dump($w->context instanceof stdClass);
?>
--EXPECT--
string(6) "3.0.22"
string(5) "5.2.2"
string(8) "Register"
bool(false)
legacy log: hello
modern log: hi (decorated)
array(0) {
}
bool(true)
