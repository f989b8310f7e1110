--TEST--
Worker: pauseAccept() called in onWorkerStart is kept after onWorkerStart returns (no automatic resume)
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onConnect = function ($c) {
    WmTest::record('main onConnect');
};
$w->onMessage = function ($c, $data) {
    $c->send("main:$data");
};
$w->onWorkerStart = function (Worker $w) {
    $w->pauseAccept();
    // A control listener of the same process.
    $control = new Worker('text://127.0.0.1:0');
    $control->onMessage = function ($c, $cmd) use ($w) {
        if ($cmd === 'resume') {
            WmTest::record('resume');
            $w->resumeAccept();
        }
        $c->send("$cmd: main has " . count($w->connections) . ' connection(s)');
    };
    $control->listen();
    $ports = WmTest::port($w) . ', ' . WmTest::port($control);
    WmTest::client(0, "[\$main, \$ctl] = [$ports];\n" . <<<'PHP'
        $m = wm_connect($main);
        wm_send($m, "early\n");
        $c = wm_connect($ctl);
        wm_send($c, "status\n");
        echo wm_recv_line($c);
        wm_send($c, "resume\n");
        echo wm_recv_line($c);
        echo wm_recv_line($m);
        wm_send($c, "status\n");
        echo wm_recv_line($c);
        PHP, function (string $out) {
        echo $out, "-- server\n", WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
status: main has 0 connection(s)
resume: main has 0 connection(s)
main:early
status: main has 1 connection(s)
-- server
resume
main onConnect
