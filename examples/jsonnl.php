<?php
/**
 * A server speaking a user protocol (examples/Protocols/JsonNL.php): the extension owns the
 * sockets and buffers, the protocol class still runs in PHP.
 *
 *   php -d extension=modules/workerman.so examples/jsonnl.php start
 *   php examples/client.php 2349 '{"hello":"world"}'
 */

use Workerman\Worker;

if (!class_exists(Worker::class)) {
    require __DIR__ . '/../vendor/autoload.php';
}
require __DIR__ . '/Protocols/JsonNL.php';

$worker = new Worker('JsonNL://127.0.0.1:2349');
$worker->name = 'jsonnl';
$worker->onMessage = static function ($connection, $data): void {
    $connection->send(['code' => 0, 'msg' => 'ok', 'echo' => $data]);
};

Worker::runAll();
