<?php
/** Text echo: each "\n"-terminated line is sent back (Text::encode re-appends "\n"). */

require __DIR__ . '/bootstrap.php';

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('text://127.0.0.1:' . BENCH_PORT);
$worker->name = 'bench-text';
$worker->count = 1;
$worker->onMessage = static function (TcpConnection $connection, $data) {
    $connection->send($data);
};

bench_memory_probe($worker);
Worker::runAll();
