<?php
/**
 * WebSocket server with a browser page: a heartbeat, JSON messages and a broadcast to everyone.
 *
 *   php -d extension=modules/workerman.so examples/websocket.php start      (Ctrl-C stops it)
 *   open http://127.0.0.1:2351/ in a browser (two tabs to see the broadcast)
 *
 * The page opens ws://127.0.0.1:2352, sends "ping" every 20 s (answered "pong") and a JSON
 * message {"pathInfo": ..., "text": ...}; the server answers the sender and tells every other
 * connection. The script is plain Workerman: with upstream's PHP sources in vendor/ it runs the
 * same way.
 */

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Worker;

if (!class_exists(Worker::class)) {
    require __DIR__ . '/../vendor/autoload.php';
}

$httpPort = (int)(getenv('HTTP_PORT') ?: 2351);
$wsPort = (int)(getenv('WS_PORT') ?: 2352);

$ws = new Worker("websocket://127.0.0.1:$wsPort");
$ws->name = 'websocket';
$ws->count = 1; // one process: the broadcast reaches every connection of $ws->connections

$ws->onWebSocketConnect = static function (TcpConnection $connection, Request $request): void {
    // The handshake's HTTP request: reject clients from other origins by closing here.
    $connection->nick = $request->get('nick', 'guest' . $connection->id);
};

$ws->onMessage = static function (TcpConnection $connection, string $data) use ($ws): void {
    if ($data === 'ping') {
        $connection->send('pong');
        return;
    }
    $message = json_decode($data, true);
    if (!is_array($message)) {
        $connection->send(json_encode(['code' => 400, 'error' => 'send "ping" or a JSON object']));
        return;
    }
    $connection->send(['code' => 0, 'path' => $message['pathInfo'] ?? '', 'you' => $connection->nick]);
    // The same string to every other connection: the frame is built once.
    $note = json_encode(['from' => $connection->nick, 'text' => (string)($message['text'] ?? '')]);
    foreach ($ws->connections as $other) {
        if ($other !== $connection) {
            $other->send($note);
        }
    }
};

$page = <<<'HTML'
<!doctype html>
<meta charset="utf-8">
<title>Workerman WebSocket example</title>
<input id="text" placeholder="say something"> <button id="send">send</button>
<pre id="log"></pre>
<script>
const log = (line) => { document.getElementById('log').textContent += line + '\n'; };
const ws = new WebSocket('ws://' + location.hostname + ':WS_PORT/?nick=' + Math.random().toString(36).slice(2, 7));
ws.onopen = () => {
  log('open');
  ws.send('ping');
  ws.send(JSON.stringify({pathInfo: 'worker/WebSocketExamples/message', text: 'hello'}));
  setInterval(() => ws.send('ping'), 20000);
};
ws.onmessage = (e) => log('< ' + e.data);
ws.onclose = (e) => log('closed ' + e.code);
document.getElementById('send').onclick = () => {
  ws.send(JSON.stringify({pathInfo: 'worker/WebSocketExamples/message', text: document.getElementById('text').value}));
};
</script>
HTML;

$http = new Worker("http://127.0.0.1:$httpPort");
$http->name = 'page';
$http->onMessage = static function (TcpConnection $connection, Request $request) use ($page, $wsPort): void {
    $connection->send(str_replace('WS_PORT', (string)$wsPort, $page));
};

Worker::runAll();
