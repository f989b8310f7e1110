<?php
/**
 * Text echo server: every "\n"-terminated line comes back.
 *
 *   php -d extension=modules/workerman.so examples/echo.php start      (Ctrl-C stops it)
 *   php examples/client.php 2347 hello
 *
 * The script is plain Workerman: with upstream's PHP sources in vendor/ it runs the same way.
 */

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

if (!class_exists(Worker::class)) {
    require __DIR__ . '/../vendor/autoload.php';
}

$port = (int)(getenv('ECHO_PORT') ?: 2347);
$worker = new Worker("text://127.0.0.1:$port");
$worker->name = 'echo';
$worker->count = 2;

$worker->onConnect = static function (TcpConnection $connection): void {
    $connection->send('hello ' . $connection->getRemoteAddress());
};
$worker->onMessage = static function (TcpConnection $connection, string $line): void {
    $connection->send($line);
};

Worker::runAll();
