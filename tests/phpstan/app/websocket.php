<?php

declare(strict_types=1);

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Timer;
use Workerman\Worker;

$ws = new Worker('websocket://127.0.0.1:8081');
$ws->name = 'chat';
$ws->onWebSocketConnect = static function (TcpConnection $connection, Request $request): void {
    // Declared ?stdClass (as upstream 5.x does), though the constructor always sets it.
    if ($connection->context !== null) {
        $connection->context->room = $request->get('room', 'lobby');
    }
};
$ws->onMessage = static function (TcpConnection $connection, string $data) use ($ws): void {
    foreach ($ws->connections as $client) {
        if ($client !== $connection) {
            $client->send($data);
        }
    }
    $connection->send('sent to ' . (count($ws->connections) - 1) . ' clients');
};
$ws->onClose = static function (TcpConnection $connection): void {
    Worker::safeEcho("connection {$connection->id} closed ({$connection->bytesRead} bytes read)\n");
};
$ws->onWorkerStart = static function (Worker $worker): void {
    $timerId = Timer::add(30.0, static function () use ($worker): void {
        foreach ($worker->connections as $connection) {
            $connection->send('ping');
        }
    });
    Timer::add(1.5, static function (int $id): void {
        Timer::del($id);
    }, [$timerId], false);
};
