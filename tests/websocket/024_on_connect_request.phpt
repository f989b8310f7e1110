--TEST--
onWebSocketConnect: receives an Http\Request (get, header, uri, cookie, string form is the raw head), connection property beats worker property, onWebSocketConnected runs after it
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
$n = 0;
$w->onConnect = function ($connection) use (&$n) {
    $n++;
    if ($n === 2) {
        // The second connection gets its own handlers, as GatewayWorker does per connection.
        $connection->onWebSocketConnect = function ($connection, $request) {
            WmTest::record('connection onWebSocketConnect ' . $request->uri());
        };
        $connection->onWebSocketConnected = function ($connection, $request) {
            WmTest::record('connection onWebSocketConnected ' . $request->uri());
        };
    }
};
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('worker onWebSocketConnect ' . get_class($request));
    WmTest::record('method=' . $request->method() . ' uri=' . $request->uri() . ' path=' . $request->path()
        . ' query=' . $request->queryString());
    WmTest::record('get=' . json_encode($request->get()) . ' a=' . $request->get('a')
        . ' missing=' . $request->get('missing', 'dflt'));
    WmTest::record('host=' . $request->header('host') . ' key=' . $request->header('sec-websocket-key')
        . ' origin=' . $request->header('origin'));
    WmTest::record('cookie=' . json_encode($request->cookie()) . ' sid=' . $request->cookie('sid'));
    $raw = (string)$request;
    WmTest::record('string form: ' . strlen($raw) . ' bytes, md5 ' . md5($raw)
        . ', cookie at ' . strpos($request, 'Cookie:'));
    WmTest::record('handshake done yet: ' . var_export(!empty($connection->context->websocketHandshake), true));
};
$w->onWebSocketConnected = function ($connection, $request) {
    WmTest::record('worker onWebSocketConnected ' . $request->path()
        . ' handshake done: ' . var_export($connection->context->websocketHandshake, true));
};
$w->onMessage = function ($connection, $data) {
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $req = wm_ws_request('/chat/room?a=1&b%5B%5D=x&b%5B%5D=y', [
            'Origin: http://example.test',
            'Cookie: sid=abc123; theme=dark',
        ]);
        echo 'request: ', strlen($req), ' bytes, md5 ', md5($req), "\n";
        $s = wm_connect($port);
        wm_send($s, $req);
        echo strtok(wm_ws_recv_head($s), "\r"), "\n";
        wm_send($s, wm_ws_text('1'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        [$s] = wm_ws_open($port, '/second?x=y');
        wm_send($s, wm_ws_text('2'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
request: 242 bytes, md5 0aa430f3c140b6372d5358b31e7e71c6
HTTP/1.1 101 Switching Protocol
fin=1 rsv=0 op=1 len=1 masked=0 1
fin=1 rsv=0 op=1 len=1 masked=0 2
worker onWebSocketConnect Workerman\Protocols\Http\Request
method=GET uri=/chat/room?a=1&b%5B%5D=x&b%5B%5D=y path=/chat/room query=a=1&b%5B%5D=x&b%5B%5D=y
get={"a":"1","b":["x","y"]} a=1 missing=dflt
host=127.0.0.1 key=dGhlIHNhbXBsZSBub25jZQ== origin=http://example.test
cookie={"sid":"abc123","theme":"dark"} sid=abc123
string form: 242 bytes, md5 0aa430f3c140b6372d5358b31e7e71c6, cookie at 208
handshake done yet: false
worker onWebSocketConnected /chat/room handshake done: true
connection onWebSocketConnect /second?x=y
connection onWebSocketConnected /second?x=y
