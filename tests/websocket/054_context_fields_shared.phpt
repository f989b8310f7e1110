--TEST--
$connection->context after the handshake: upstream's four fields in upstream's order on every connection, and writes, references, unset, (array) and new fields on one connection's context leave the others' alone (the fields' table is shared until written)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$conns = [];
$w->onConnect = function ($c) use (&$conns) {
    $conns[] = $c;
    if (count($conns) === 3) {
        $c->context->mine = 'set in onConnect';
    }
};
$w->onWebSocketConnect = function ($c, $request) {
    WmTest::record("#$c->id in onWebSocketConnect: " . json_encode($c->context));
    if ($request->path() === '/touch') {
        $c->context->websocketCurrentFrameLength = 5;
    }
};
$w->onMessage = function ($c, $data) use (&$conns) {
    [$a, $b, $d, $e] = $conns;
    switch ($data) {
        case 'show':
            foreach ($conns as $x) {
                WmTest::record("#$x->id " . json_encode($x->context));
            }
            break;
        case 'write':
            $a->context->websocketDataBuffer = 'abc';
            $ref = &$b->context->websocketCurrentFrameBuffer;
            $ref = 'via ref';
            unset($ref);
            unset($d->context->websocketHandshake);
            $arr = (array) $e->context;
            $arr['websocketHandshake'] = 'changed copy';
            $e->context->extra = 1;
            foreach ($conns as $x) {
                WmTest::record("#$x->id " . json_encode($x->context));
            }
            WmTest::record('cast copy: ' . json_encode($arr));
            break;
    }
    $c->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $s = [];
        foreach (['/', '/', '/', '/touch'] as $p) {
            [$s[]] = wm_ws_open($port, $p);
        }
        foreach (['show', 'write'] as $m) {
            wm_send($s[0], wm_ws_text($m));
            echo wm_ws_describe(wm_ws_recv_frame($s[0])), "\n";
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
fin=1 rsv=0 op=1 len=4 masked=0 show
fin=1 rsv=0 op=1 len=5 masked=0 write
#1 in onWebSocketConnect: {"websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":""}
#2 in onWebSocketConnect: {"websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":""}
#3 in onWebSocketConnect: {"mine":"set in onConnect","websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":""}
#4 in onWebSocketConnect: {"websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":""}
#1 {"websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":"","websocketHandshake":true}
#2 {"websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":"","websocketHandshake":true}
#3 {"mine":"set in onConnect","websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":"","websocketHandshake":true}
#4 {"websocketDataBuffer":"","websocketCurrentFrameLength":5,"websocketCurrentFrameBuffer":"","websocketHandshake":true}
#1 {"websocketDataBuffer":"abc","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":"","websocketHandshake":true}
#2 {"websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":"via ref","websocketHandshake":true}
#3 {"mine":"set in onConnect","websocketDataBuffer":"","websocketCurrentFrameLength":0,"websocketCurrentFrameBuffer":""}
#4 {"websocketDataBuffer":"","websocketCurrentFrameLength":5,"websocketCurrentFrameBuffer":"","websocketHandshake":true,"extra":1}
cast copy: {"websocketDataBuffer":"","websocketCurrentFrameLength":5,"websocketCurrentFrameBuffer":"","websocketHandshake":"changed copy"}
