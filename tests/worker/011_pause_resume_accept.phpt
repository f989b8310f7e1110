--TEST--
Worker: pauseAccept() leaves new connections in the backlog (no onConnect, no reply) until resumeAccept()
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

function paused_flag(Worker $w): string
{
    return var_export((new ReflectionProperty(Worker::class, 'pauseAccept'))->getValue($w), true);
}

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$w->onConnect = function ($c) {
    WmTest::record("onConnect #$c->id");
};
$w->onMessage = function ($c, $data) use ($w) {
    switch ($data) {
        case 'pause':
            $w->pauseAccept();
            WmTest::record('paused');
            $c->send('paused, flag=' . paused_flag($w));
            break;
        case 'resume':
            $w->resumeAccept();
            WmTest::record('resumed');
            $c->send('resumed, flag=' . paused_flag($w));
            break;
        case 'count':
            $c->send('connections=' . count($w->connections));
            break;
        default:
            WmTest::record("onMessage #$c->id $data");
            $c->send("[$data]");
    }
};
$w->onWorkerStart = function (Worker $w) {
    WmTest::record('onWorkerStart, flag=' . paused_flag($w));
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ctl = wm_connect($port);
        wm_send($ctl, "pause\n");
        echo wm_recv_line($ctl);
        // The kernel completes the handshake (backlog), but the worker does not accept.
        $b = wm_connect($port);
        wm_send($b, "hello\n");
        stream_set_timeout($b, 0, 100000);
        $got = fread($b, 100);
        echo 'reply while paused: ', $got === false || $got === '' ? 'none' : $got, "\n";
        wm_send($ctl, "count\n");
        echo wm_recv_line($ctl);
        wm_send($ctl, "pause\n"); // a second pause changes nothing
        echo wm_recv_line($ctl);
        wm_send($ctl, "resume\n");
        echo wm_recv_line($ctl);
        stream_set_timeout($b, 5);
        echo 'reply after resume: ', wm_recv_line($b);
        wm_send($ctl, "count\n");
        echo wm_recv_line($ctl);
        wm_send($ctl, "resume\n"); // a second resume changes nothing
        echo wm_recv_line($ctl);
        $c = wm_connect($port);
        wm_send($c, "third\n");
        echo wm_recv_line($c);
        PHP, function (string $out) {
        echo $out, "-- server\n", WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
paused, flag=true
reply while paused: none
connections=1
paused, flag=true
resumed, flag=false
reply after resume: [hello]
connections=2
resumed, flag=false
[third]
-- server
onWorkerStart, flag=NULL
onConnect #1
paused
paused
resumed
onConnect #2
onMessage #2 hello
resumed
onConnect #3
onMessage #3 third
