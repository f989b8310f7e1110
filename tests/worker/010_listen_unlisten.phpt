--TEST--
Worker: a Worker created in a worker process listen()s, unlisten() closes only the listener, listen() again rebinds
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
$control = new Worker('text://127.0.0.1:0');
$inner = null;
$control->onMessage = function ($c, $cmd) use (&$inner) {
    switch ($cmd) {
        case 'listen':
            $inner = new Worker('text://127.0.0.1:0');
            $inner->onConnect = function ($c) {
                WmTest::record('inner onConnect');
            };
            $inner->onMessage = function ($c, $data) {
                $c->send("inner:$data");
            };
            $inner->listen();
            WmTest::record('inner listening');
            $c->send((string)WmTest::port($inner));
            break;
        case 'unlisten':
            $inner->unlisten();
            WmTest::record('inner unlistened');
            $c->send('unlistened, mainSocket=' . var_export($inner->getMainSocket(), true)
                . ', connections=' . count($inner->connections));
            break;
        case 'relisten':
            $inner->listen();
            WmTest::record('inner listening again');
            $c->send((string)WmTest::port($inner));
            break;
    }
};
$control->onWorkerStart = function (Worker $control) {
    WmTest::client(WmTest::port($control), <<<'PHP'
        $ctl = wm_connect($port);
        wm_send($ctl, "listen\n");
        $innerPort = (int)wm_recv_line($ctl);
        $a = wm_connect($innerPort);
        wm_send($a, "a1\n");
        echo wm_recv_line($a);
        wm_send($ctl, "unlisten\n");
        echo wm_recv_line($ctl);
        $b = @stream_socket_client("tcp://127.0.0.1:$innerPort", $errno, $errstr, 5);
        echo 'new connection after unlisten: ', $b ? 'ACCEPTED' : $errstr, "\n";
        // The connection accepted before unlisten() is still served.
        wm_send($a, "a2\n");
        echo wm_recv_line($a);
        wm_send($ctl, "relisten\n");
        $newPort = (int)wm_recv_line($ctl);
        $d = wm_connect($newPort);
        wm_send($d, "d1\n");
        echo wm_recv_line($d);
        PHP, function (string $out) {
        echo $out, "-- server\n", WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
inner:a1
unlistened, mainSocket=NULL, connections=1
new connection after unlisten: Connection refused
inner:a2
inner:d1
-- server
inner listening
inner onConnect
inner unlistened
inner listening again
inner onConnect
