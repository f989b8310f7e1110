<?php

declare(strict_types=1);

use App\CountingConnection;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;

$tcp = new Worker('tcp://127.0.0.1:8082');
$tcp->protocol = App\LineProtocol::class;
$tcp->onConnect = static function (TcpConnection $connection): void {
    $connection->maxSendBufferSize = 4 << 20;
    $connection->onBufferFull = static function (TcpConnection $connection): void {
        $connection->pauseRecv();
    };
    $connection->onBufferDrain = static function (TcpConnection $connection): void {
        $connection->resumeRecv();
    };
};
$tcp->onMessage = static function (TcpConnection $connection, string $line): void {
    if ($connection instanceof CountingConnection) {
        $line .= " ({$connection->sent})";
    }
    $connection->send(strtoupper($line));
};
$tcp->onWorkerStart = static function (): void {
    $upstream = new AsyncTcpConnection('ws://127.0.0.1:8081/?room=relay');
    $upstream->onConnect = static function (AsyncTcpConnection $connection): void {
        $connection->send('hello from ' . $connection->getRemoteHost());
    };
    $upstream->onMessage = static function (AsyncTcpConnection $connection, string $data): void {
        Worker::log('relay got ' . strlen($data) . ' bytes');
    };
    $upstream->onClose = static function (AsyncTcpConnection $connection): void {
        $connection->reconnect(2);
    };
    $upstream->connect();
    $timer = Timer::repeat(10.0, static function () use ($upstream): void {
        if ($upstream->getStatus() === TcpConnection::STATUS_ESTABLISHED) {
            $upstream->send('ping');
        }
    });
    Timer::delay(60.0, static function () use ($timer): void {
        Timer::del($timer);
    });
};

Worker::$pidFile = sys_get_temp_dir() . '/app.pid';
Worker::$stdoutFile = sys_get_temp_dir() . '/app.log';
Worker::runAll();
