--TEST--
Worker: exceptions from onMessage and onConnect are logged and later connections are served; errorHandler takes them instead
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
$server = new Worker('text://127.0.0.1:0');
$server->onWorkerStart = function (Worker $server) {
    WmTest::guard();
    WmTest::record('server up port=' . WmTest::port($server));
};
$server->onConnect = function ($c) {
    if (str_contains(WmTest::recorded(), 'fail next connect') && !str_contains(WmTest::recorded(), 'onConnect threw')) {
        WmTest::record('onConnect threw');
        throw new LogicException('onConnect failed');
    }
};
$server->onMessage = function ($c, $data) {
    switch ($data) {
        case 'boom':
            throw new RuntimeException('onMessage failed');
        case 'fail next connect':
            WmTest::record($data);
            break;
        case 'arm':
            $c->errorHandler = function (Throwable $e) use ($c) {
                $c->send('errorHandler got ' . get_class($e) . ': ' . $e->getMessage());
            };
            break;
    }
    $c->send("reply to $data");
};

// The client runs from a separate process so that it outlives whatever the server process does.
$driver = new Worker();
$driver->name = 'driver';
$driver->onWorkerStart = function () {
    WmTest::when(fn () => str_contains(WmTest::recorded(), 'server up'), function () {
        preg_match('/server up port=(\d+)/', WmTest::recorded(), $m);
        WmTest::client((int)$m[1], <<<'PHP'
            // Each failure is followed by a read on the same connection: it ends once the server
            // has dealt with the exception, whether the connection goes on or is closed.
            $a = wm_connect($port);
            wm_send($a, "boom\nping\n");
            wm_recv_line($a);
            $b = wm_connect($port);
            wm_send($b, "second connection\n");
            echo wm_recv_line($b);
            wm_send($b, "fail next connect\n");
            echo wm_recv_line($b);
            $c = wm_connect($port);
            wm_send($c, "ping\n");
            wm_recv_line($c);
            $d = wm_connect($port);
            wm_send($d, "after onConnect failure\n");
            echo wm_recv_line($d);
            wm_send($d, "arm\n");
            echo wm_recv_line($d);
            wm_send($d, "boom\n");
            echo wm_recv_line($d);
            wm_send($d, "still there\n");
            echo wm_recv_line($d);
            PHP, function (string $out) {
            echo $out, "-- logged\n";
            preg_match_all('/^(\w+Exception: .*) in (\S+):(\d+)\nStack trace:\n#0 /m', WmTest::console(), $m, PREG_SET_ORDER);
            foreach ($m as [, $what, $file, $line]) {
                echo $what, ' (thrown at ', basename($file), ':', $line, ")\n";
            }
            $log = (string)file_get_contents(Worker::$logFile);
            echo 'log file: ', preg_match_all('/^\S+ \S+ pid:\d+ \w+Exception: on(Message|Connect) failed/m', $log), " exceptions\n";
        });
    });
};
Worker::runAll();
?>
--EXPECT--
reply to second connection
reply to fail next connect
reply to after onConnect failure
reply to arm
errorHandler got RuntimeException: onMessage failed
reply to still there
-- logged
RuntimeException: onMessage failed (thrown at 014_exception_in_callbacks.php:20)
LogicException: onConnect failed (thrown at 014_exception_in_callbacks.php:14)
log file: 2 exceptions
