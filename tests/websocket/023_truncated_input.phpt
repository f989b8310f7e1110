--TEST--
Websocket: truncated handshake, truncated frame header and truncated payload followed by the client closing; onClose runs, nothing else, and the next client is served
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
$w->onConnect = function ($connection) {
    WmTest::record('connect');
};
$w->onWebSocketConnect = function ($connection, $request) {
    WmTest::record('ws connect ' . $request->path());
};
$w->onMessage = function ($connection, $data) {
    WmTest::record("message $data");
    $connection->send($data);
};
$w->onClose = function ($connection) {
    WmTest::record('close');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $req = wm_ws_request('/cut');
        $frame = wm_ws_text(str_repeat('z', 300));
        $pieces = [
            'GE',                              // less than the smallest request
            substr($req, 0, 40),               // request line and part of the headers
            substr($req, 0, -2),               // all but the final CRLF
        ];
        foreach ($pieces as $p) {
            $s = wm_connect($port);
            wm_send($s, $p);
            echo strlen($p), ': ', wm_readable($s, 0.2) ? 'reply' : 'no reply', "\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        // After the handshake: one header byte, then a header without its extended length,
        // then a header and part of the payload.
        foreach ([1, 3, 100] as $cut) {
            [$s] = wm_ws_open($port, "/frame$cut");
            wm_send($s, substr($frame, 0, $cut));
            echo "frame cut at $cut: ", wm_readable($s, 0.2) ? 'reply' : 'no reply', "\n";
            fclose($s);
            usleep((int)(50000 * wm_scale()));
        }
        // Still serving.
        [$s] = wm_ws_open($port, '/last');
        wm_send($s, wm_ws_text('alive'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_close(1000));
        echo bin2hex(wm_recv_all($s)), "\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
2: no reply
40: no reply
149: no reply
frame cut at 1: no reply
frame cut at 3: no reply
frame cut at 100: no reply
fin=1 rsv=0 op=1 len=5 masked=0 alive
880203e8
connect
close
connect
close
connect
close
connect
ws connect /frame1
close
connect
ws connect /frame3
close
connect
ws connect /frame100
close
connect
ws connect /last
message alive
close
