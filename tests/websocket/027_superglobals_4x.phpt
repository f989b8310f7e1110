--TEST--
onWebSocketConnect: the 4.x superglobals ($_GET, $_COOKIE, $_SERVER['HTTP_*'], REQUEST_URI, QUERY_STRING) are filled for older code
--EXTENSIONS--
workerman
posix
--FILE--
<?php
// upstream differs: Workerman 5.x does not fill superglobals; we keep 4.x code working
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('GET ' . json_encode($_GET));
    WmTest::record('COOKIE ' . json_encode($_COOKIE));
    foreach (['REQUEST_METHOD', 'REQUEST_URI', 'QUERY_STRING', 'SERVER_PROTOCOL', 'HTTP_HOST',
                 'HTTP_ORIGIN', 'HTTP_SEC_WEBSOCKET_KEY', 'HTTP_SEC_WEBSOCKET_VERSION', 'HTTP_X_CUSTOM_NAME',
                 'HTTP_COOKIE'] as $k) {
        WmTest::record("$k=" . ($_SERVER[$k] ?? '(unset)'));
    }
};
$w->onMessage = function ($connection, $data) {
    $connection->send($data);
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        [$s, $head] = wm_ws_open($port, '/push?uid=7&tags%5B%5D=a&tags%5B%5D=b', [
            'Origin: http://example.test',
            'X-Custom-Name: v1',
            'Cookie: PHPSESSID=s1; lang=en',
        ]);
        echo strtok($head, "\r"), "\n";
        wm_send($s, wm_ws_text('ok'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        [$s, $head] = wm_ws_open($port, '/again?uid=8');
        wm_send($s, wm_ws_text('ok'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        fclose($s);
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 101 Switching Protocol
fin=1 rsv=0 op=1 len=2 masked=0 ok
fin=1 rsv=0 op=1 len=2 masked=0 ok
GET {"uid":"7","tags":["a","b"]}
COOKIE {"PHPSESSID":"s1","lang":"en"}
REQUEST_METHOD=GET
REQUEST_URI=/push?uid=7&tags%5B%5D=a&tags%5B%5D=b
QUERY_STRING=uid=7&tags%5B%5D=a&tags%5B%5D=b
SERVER_PROTOCOL=HTTP/1.1
HTTP_HOST=127.0.0.1
HTTP_ORIGIN=http://example.test
HTTP_SEC_WEBSOCKET_KEY=dGhlIHNhbXBsZSBub25jZQ==
HTTP_SEC_WEBSOCKET_VERSION=13
HTTP_X_CUSTOM_NAME=v1
HTTP_COOKIE=PHPSESSID=s1; lang=en
GET {"uid":"8"}
COOKIE []
REQUEST_METHOD=GET
REQUEST_URI=/again?uid=8
QUERY_STRING=uid=8
SERVER_PROTOCOL=HTTP/1.1
HTTP_HOST=127.0.0.1
HTTP_ORIGIN=(unset)
HTTP_SEC_WEBSOCKET_KEY=dGhlIHNhbXBsZSBub25jZQ==
HTTP_SEC_WEBSOCKET_VERSION=13
HTTP_X_CUSTOM_NAME=(unset)
HTTP_COOKIE=(unset)
