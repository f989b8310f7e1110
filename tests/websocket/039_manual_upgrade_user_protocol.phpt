--TEST--
think-worker 5 style manual upgrade: a user protocol forwards to Http or Websocket input/decode/encode depending on context->websocketHandshake; the app answers the upgrade itself with a 101 Response and sets the context fields; echo, fragments, ping and close then work through Websocket's static methods
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/../include/wsclient.inc';
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Websocket;
use Workerman\Worker;

class FlexHttp
{
    public static function input(string $buffer, TcpConnection $connection): int
    {
        if (!empty($connection->context->websocketHandshake)) {
            return Websocket::input($buffer, $connection);
        }
        return Http::input($buffer, $connection);
    }

    public static function decode(string $buffer, TcpConnection $connection): mixed
    {
        if (!empty($connection->context->websocketHandshake)) {
            return Websocket::decode($buffer, $connection);
        }
        return Http::decode($buffer, $connection);
    }

    public static function encode(mixed $data, TcpConnection $connection): string
    {
        if (!empty($connection->context->websocketHandshake)) {
            return Websocket::encode($data, $connection);
        }
        return Http::encode($data, $connection);
    }
}

WmTest::setup();
$w = new Worker('tcp://127.0.0.1:0');
$w->protocol = FlexHttp::class;
$w->onMessage = function (TcpConnection $connection, $data) {
    if ($data instanceof Request) {
        if (strtolower((string)$data->header('upgrade')) !== 'websocket') {
            $connection->send(new Response(200, ['Content-Type' => 'text/plain'], 'plain http'));
            return;
        }
        $key = $data->header('sec-websocket-key');
        $connection->send(new Response(101, [
            'Upgrade' => 'websocket',
            'Connection' => 'Upgrade',
            'Sec-WebSocket-Accept' => base64_encode(sha1($key . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true)),
        ]));
        $connection->context->websocketDataBuffer = '';
        $connection->context->websocketCurrentFrameLength = 0;
        $connection->context->websocketCurrentFrameBuffer = '';
        $connection->context->websocketHandshake = true;
        WmTest::record('upgraded ' . $data->path());
        return;
    }
    WmTest::record('message ' . var_export($data, true));
    $connection->send("echo:$data");
};
$w->onClose = function ($connection) {
    WmTest::record('onClose');
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), wm_ws_client(<<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "GET /page HTTP/1.1\r\nHost: x\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        fclose($s);
        usleep((int)(50000 * wm_scale()));
        $s = wm_connect($port);
        wm_send($s, wm_ws_request('/ws'));
        echo wm_show(wm_ws_recv_head($s));
        wm_send($s, wm_ws_text('hi'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_frame('frag', 0x1, false));
        usleep(30000);
        wm_send($s, wm_ws_frame('ments', 0x0, true) . wm_ws_ping('pp'));
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        echo wm_ws_describe(wm_ws_recv_frame($s)), "\n";
        wm_send($s, wm_ws_close(1000));
        echo bin2hex(wm_recv_all($s)), feof($s) ? " closed\n" : " open\n";
        PHP), function ($out) {
        echo $out, WmTest::recorded();
    });
};
Worker::runAll();
?>
--EXPECT--
HTTP/1.1 200 OK\r\n
Content-Type: text/plain\r\n
Connection: keep-alive\r\n
Content-Length: 10\r\n
\r\n
plain http
HTTP/1.1 101 Switching Protocols\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 0\r\n
\r\n
fin=1 rsv=0 op=1 len=7 masked=0 echo:hi
fin=1 rsv=0 op=1 len=14 masked=0 echo:fragments
fin=1 rsv=0 op=10 len=2 masked=0 pp
880203e8 closed
onClose
upgraded /ws
message 'hi'
message 'fragments'
onClose
