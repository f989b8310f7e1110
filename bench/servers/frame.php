<?php
/** Frame echo: each length-prefixed frame's payload is sent back (Frame::encode re-adds the header). */

require __DIR__ . '/bootstrap.php';

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('frame://127.0.0.1:' . BENCH_PORT);
$worker->name = 'bench-frame';
$worker->count = 1;
$worker->onMessage = static function (TcpConnection $connection, $data) {
    $connection->send($data);
};

Worker::runAll();
