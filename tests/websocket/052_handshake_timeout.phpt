--TEST--
Websocket: the handshake head has the incomplete-request timeout (workerman.http_header_timeout = 1 s): trickled, 408 and EOF; nothing sent, closed silently; a completed handshake then idle for 2.5 s is left alone
--EXTENSIONS--
workerman
posix
--INI--
workerman.http_header_timeout=1
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('websocket://127.0.0.1:0');
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('connect ' . $request->path());
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("message $data");
    $connection->send("<$data>");
};
$w->onClose = function () {
    WmTest::record('close');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $scale = wm_scale();
        $reply = fn ($s) => json_encode(wm_recv_all($s), JSON_UNESCAPED_SLASHES) . (feof($s) ? ' EOF' : ' still open');
        $idle = wm_connect_nodelay($port);
        [$open] = wm_ws_open($port, '/open');
        $openedAt = microtime(true);

        // The handshake one byte every 0.2 s: the 408 comes before it is complete.
        $drip = wm_connect_nodelay($port);
        $req = wm_ws_request('/drip', ['X-Pad' => str_repeat('p', 100)]);
        $end = microtime(true) + 6 * $scale;
        for ($i = 0; $i < strlen($req) - 1 && microtime(true) < $end && !wm_readable($drip, 0.2); $i++) {
            @fwrite($drip, $req[$i]);
        }
        echo 'trickled handshake: ', $i < strlen($req) - 1 ? 'cut short' : 'all sent', ', ', $reply($drip), "\n";
        echo 'idle new connection: ', $reply($idle), "\n";

        while (microtime(true) < $openedAt + 2.5 * $scale) {
            usleep(50000);
        }
        echo 'open connection after 2.5 s: ', wm_readable($open, 0) ? 'readable (closed?)' : 'open', "\n";
        wm_send($open, wm_ws_text('still here'));
        echo wm_ws_describe(wm_ws_recv_frame($open)), "\n";
        fclose($open);
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    }, 20);
};
Worker::runAll();
?>
--EXPECT--
trickled handshake: cut short, "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n" EOF
idle new connection: "" EOF
open connection after 2.5 s: open
fin=1 rsv=0 op=1 len=12 masked=0 <still here>
connect /open
close
close
message still here
close
