<?php
/**
 * A line-based chat room: what one client writes, every client reads. Idle clients are told
 * the time every 30 seconds (a Timer per worker).
 *
 *   php -d extension=modules/workerman.so examples/chat.php start
 *   php examples/client.php 2348 hi     (the room sees the line; an open client keeps receiving)
 */

use Workerman\Connection\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;

if (!class_exists(Worker::class)) {
    require __DIR__ . '/../vendor/autoload.php';
}

$worker = new Worker('text://127.0.0.1:2348');
$worker->name = 'chat';
$worker->count = 1; // one process, so every client shares the room

$worker->onWorkerStart = static function (Worker $worker): void {
    Timer::add(30, static function () use ($worker): void {
        foreach ($worker->connections as $connection) {
            $connection->send('* ' . date('H:i:s'));
        }
    });
};
$worker->onConnect = static function (TcpConnection $connection) use ($worker): void {
    $connection->nick = 'guest' . $connection->id;
    foreach ($worker->connections as $other) {
        $other->send("* {$connection->nick} joined");
    }
};
$worker->onMessage = static function (TcpConnection $connection, string $line) use ($worker): void {
    foreach ($worker->connections as $other) {
        $other->send("{$connection->nick}: $line");
    }
};
$worker->onClose = static function (TcpConnection $connection) use ($worker): void {
    foreach ($worker->connections as $other) {
        $other->send("* {$connection->nick} left");
    }
};

Worker::runAll();
