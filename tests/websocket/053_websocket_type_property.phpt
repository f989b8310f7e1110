--TEST--
$connection->websocketType behaves as the dynamic property upstream makes it (the extension keeps a one-byte value in the connection): isset/empty/property_exists, its place among other dynamic properties, a value set in onWebSocketConnect, unset (the next send sets the default again), a reference, null, the object's dynamic properties in order
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Protocols\Websocket;
use Workerman\Worker;

function props($connection): string
{
    $vars = get_object_vars($connection);
    $dynamic = array_diff_key($vars, get_class_vars(get_class($connection)));
    return str_replace(["\n", ' '], '', var_export(array_map('bin2hex', array_map('strval', $dynamic)), true));
}

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$n = 0;
$w->onConnect = function ($connection) use (&$n) {
    if (++$n === 2) {
        $connection->before = 1;
    }
};
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('connect ' . $request->path() . ' isset=' . var_export(isset($connection->websocketType), true));
    if ($request->path() === '/binary') {
        $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
    }
};
$w->onWebSocketConnected = function ($connection, $request) {
    WmTest::record('connected isset=' . var_export(isset($connection->websocketType), true)
        . ' empty=' . var_export(empty($connection->websocketType), true)
        . ' exists=' . var_export(property_exists($connection, 'websocketType'), true)
        . ' value=' . bin2hex($connection->websocketType));
    if ($request->path() !== '/plain') {
        $connection->after = 2;
        WmTest::record('props=' . props($connection));
    }
};
$w->onMessage = function ($connection, $data) {
    switch ($data) {
        case 'unset':
            unset($connection->websocketType);
            WmTest::record('unset isset=' . var_export(isset($connection->websocketType), true)
                . ' exists=' . var_export(property_exists($connection, 'websocketType'), true));
            $connection->send('after unset');
            WmTest::record('sent value=' . bin2hex($connection->websocketType));
            break;
        case 'binary':
            $connection->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
            $connection->send('binary');
            break;
        case 'ref':
            $r = &$connection->websocketType;
            $r = Websocket::BINARY_TYPE_BLOB;
            unset($r);
            $connection->send('after ref');
            break;
        case 'null':
            $connection->websocketType = null;
            WmTest::record('null isset=' . var_export(isset($connection->websocketType), true)
                . ' exists=' . var_export(property_exists($connection, 'websocketType'), true));
            $connection->send('after null');
            WmTest::record('null value=' . bin2hex($connection->websocketType) . ' props=' . props($connection));
            break;
        default:
            $connection->send("echo:$data");
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$a] = wm_ws_open($port, '/text');
        wm_send($a, wm_ws_text('hi'));
        echo 'a: ', wm_ws_describe(wm_ws_recv_frame($a)), "\n";
        [$b] = wm_ws_open($port, '/binary');
        wm_send($b, wm_ws_text('hi'));
        echo 'b: ', wm_ws_describe(wm_ws_recv_frame($b)), "\n";
        [$c] = wm_ws_open($port, '/plain');
        foreach (['hi', 'unset', 'binary', 'ref', 'null'] as $m) {
            wm_send($c, wm_ws_text($m));
            echo 'c: ', wm_ws_describe(wm_ws_recv_frame($c)), "\n";
        }
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
a: fin=1 rsv=0 op=1 len=7 masked=0 echo:hi
b: fin=1 rsv=0 op=2 len=7 masked=0 echo:hi
c: fin=1 rsv=0 op=1 len=7 masked=0 echo:hi
c: fin=1 rsv=0 op=1 len=11 masked=0 after unset
c: fin=1 rsv=0 op=2 len=6 masked=0 binary
c: fin=1 rsv=0 op=1 len=9 masked=0 after ref
c: fin=1 rsv=0 op=1 len=10 masked=0 after null
connect /text isset=false
connected isset=true empty=false exists=true value=81
props=array('websocketType'=>'81','after'=>'32',)
connect /binary isset=false
connected isset=true empty=false exists=true value=82
props=array('before'=>'31','websocketType'=>'82','after'=>'32',)
connect /plain isset=false
connected isset=true empty=false exists=true value=81
unset isset=false exists=false
sent value=81
null isset=false exists=true
null value=81 props=array('websocketType'=>'81',)
