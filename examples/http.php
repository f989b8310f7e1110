<?php
/**
 * HTTP server: a page, a JSON API, a session counter, uploads and a file download.
 *
 *   php -d extension=modules/workerman.so examples/http.php start      (Ctrl-C stops it)
 *   curl http://127.0.0.1:2350/                       plain text
 *   curl 'http://127.0.0.1:2350/api?name=ann'         JSON from a Response object
 *   curl -c jar -b jar http://127.0.0.1:2350/count    session counter (repeat it)
 *   curl -F f=@README.md http://127.0.0.1:2350/upload uploaded file info
 *   curl http://127.0.0.1:2350/readme                 a file response (sent with sendfile)
 *
 * The script is plain Workerman: with upstream's PHP sources in vendor/ it runs the same way.
 */

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Worker;

if (!class_exists(Worker::class)) {
    require __DIR__ . '/../vendor/autoload.php';
}

$port = (int)(getenv('HTTP_PORT') ?: 2350);
$worker = new Worker("http://127.0.0.1:$port");
$worker->name = 'http';
$worker->count = 2;

$worker->onMessage = static function (TcpConnection $connection, Request $request): void {
    switch ($request->path()) {
        case '/':
            $connection->send("Hello from Workerman\n");
            return;
        case '/api':
            $body = json_encode(['hello' => $request->get('name', 'world'), 'method' => $request->method()]);
            $connection->send(new Response(200, ['Content-Type' => 'application/json'], $body));
            return;
        case '/count':
            $session = $request->session();
            $session->set('count', $session->get('count', 0) + 1);
            $connection->send('count=' . $session->get('count') . "\n");
            return;
        case '/upload':
            $connection->send(json_encode(['post' => $request->post(), 'files' => $request->file()], JSON_PRETTY_PRINT) . "\n");
            return;
        case '/readme':
            $connection->send((new Response())->withFile(__DIR__ . '/../README.md'));
            return;
    }
    $connection->send(new Response(404, [], "Not Found\n"));
};

Worker::runAll();
