<?php
/**
 * HTTP bench server (bench/http.sh). BENCH_HTTP_HANDLER selects the onMessage:
 *
 * - hello (default): $connection->send('Hello World'), the request is not looked at;
 * - close: answers new Response(200, ['Connection' => 'close'], 'Hello World') and closes the
 *   connection (the tls-handshake scenario: one handshake per request);
 * - response: reads $request->path() and $request->get('id') and answers
 *   new Response(200, ['Content-Type' => 'text/plain', 'X-Bench' => '1'], 'Hello World').
 *   A request that is not /item?id=... gets a 500, which wrk counts as an error, so a
 *   Request that parses wrongly cannot go unnoticed.
 *
 * With BENCH_TLS_CERT and BENCH_TLS_KEY set the worker serves HTTPS (transport 'ssl').
 *
 * The worker counts the requests it answered and writes the total to $BENCH_RUNDIR/requests
 * when it stops: http.sh compares it with what wrk counted (wrk counts responses, which is
 * checked this way for pipelining rather than assumed).
 */

require __DIR__ . '/bootstrap.php';

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Worker;

$handler = getenv('BENCH_HTTP_HANDLER') ?: 'hello';
$countFile = (getenv('BENCH_RUNDIR') ?: sys_get_temp_dir()) . '/requests';

$cert = getenv('BENCH_TLS_CERT');
$context = $cert ? ['ssl' => ['local_cert' => $cert, 'local_pk' => getenv('BENCH_TLS_KEY'), 'verify_peer' => false]] : [];
$worker = new Worker('http://127.0.0.1:' . BENCH_PORT, $context);
if ($cert) {
    $worker->transport = 'ssl';
}
$worker->name = 'bench-http';
$worker->count = 1;

$requests = 0;
$worker->onWorkerStop = static function () use (&$requests, $countFile) {
    file_put_contents($countFile, $requests . "\n");
};

switch ($handler) {
    case 'hello':
        $worker->onMessage = static function (TcpConnection $connection, Request $request) use (&$requests) {
            ++$requests;
            $connection->send('Hello World');
        };
        break;
    case 'close':
        $worker->onMessage = static function (TcpConnection $connection, Request $request) use (&$requests) {
            ++$requests;
            $connection->close(new Response(200, ['Connection' => 'close'], 'Hello World'));
        };
        break;
    case 'response':
        $worker->onMessage = static function (TcpConnection $connection, Request $request) use (&$requests) {
            ++$requests;
            if ($request->path() !== '/item' || $request->get('id') === null) {
                $connection->send(new Response(500, [], 'unexpected request'));
                return;
            }
            $connection->send(new Response(200, ['Content-Type' => 'text/plain', 'X-Bench' => '1'], 'Hello World'));
        };
        break;
    default:
        fwrite(STDERR, "bench: BENCH_HTTP_HANDLER must be hello, close or response, not '$handler'\n");
        exit(2);
}

bench_memory_probe($worker);
Worker::runAll();
