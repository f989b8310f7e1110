<?php
/** WebSocket echo: every message is sent back as it came (a text frame, websocketType's default). */

require __DIR__ . '/bootstrap.php';

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('websocket://127.0.0.1:' . BENCH_PORT);
$worker->name = 'bench-ws';
$worker->count = 1;
$worker->onMessage = static function (TcpConnection $connection, $data) {
    $connection->send($data);
};

bench_memory_probe($worker);
Worker::runAll();
