<?php
/** JsonNL: user protocol class Protocols\JsonNL; answers {"code":0,"msg":"ok"} to every message. */

require __DIR__ . '/bootstrap.php';
require __DIR__ . '/Protocols/JsonNL.php';

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('JsonNL://127.0.0.1:' . BENCH_PORT);
$worker->name = 'bench-jsonnl';
$worker->count = 1;
$worker->onMessage = static function (TcpConnection $connection, $data) {
    $connection->send(['code' => 0, 'msg' => 'ok']);
};

Worker::runAll();
