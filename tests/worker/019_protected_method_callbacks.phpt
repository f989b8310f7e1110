--TEST--
Worker: callbacks naming protected methods of a Worker subclass are called (GatewayWorker's BusinessWorker pattern)
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

// Upstream calls onWorkerStart/onConnect/onWorkerStop from Worker's own methods, where a
// subclass's protected method is visible; the native runtime calls them from C and must allow
// the same.
class MyWorker extends Worker
{
    public function __construct(string $name)
    {
        parent::__construct($name);
        $this->onWorkerStart = [$this, 'started'];
        $this->onConnect = [$this, 'connected'];
        $this->onMessage = [$this, 'message'];
        $this->onWorkerStop = [$this, 'stopped'];
    }

    protected function started(Worker $w): void
    {
        WmTest::record('started');
        WmTest::client(WmTest::port($w), <<<'PHP'
            $s = wm_connect($port);
            wm_send($s, "a\n");
            echo wm_recv_line($s);
            fclose($s);
            PHP);
    }

    protected function connected($c): void
    {
        WmTest::record('connected');
    }

    // onMessage is called from TcpConnection's methods upstream: a public method.
    public function message($c, $data): void
    {
        WmTest::record("message $data");
        $c->send("got $data");
    }

    protected function stopped(Worker $w): void
    {
        WmTest::record('stopped');
    }
}

WmTest::setup();
$w = new MyWorker('text://127.0.0.1:0');
Worker::$onMasterStop = function () {
    echo WmTest::recorded();
};
Worker::runAll();
?>
--EXPECT--
got a
started
connected
message a
stopped
