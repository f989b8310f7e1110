<?php

declare(strict_types=1);

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\ServerSentEvents;
use Workerman\Worker;

$http = new Worker('http://127.0.0.1:8080');
$http->name = 'web';
$http->count = 2;
$http->onWorkerStart = static function (Worker $worker): void {
    Worker::log("web worker {$worker->id} started");
};
$http->onMessage = static function (TcpConnection $connection, Request $request): void {
    $path = $request->path();
    $name = $request->get('name', 'world');
    $session = $request->session();
    $visits = $session->get('visits', 0);
    $visits = (is_int($visits) ? $visits : 0) + 1;
    $session->set('visits', $visits);

    if ($path === '/events') {
        $connection->send(new Response(200, ['Content-Type' => 'text/event-stream']));
        $connection->send(new ServerSentEvents(['event' => 'hello', 'data' => 'world', 'id' => '1']));
        return;
    }
    if ($path === '/file') {
        $connection->send((new Response())->withFile(__FILE__));
        return;
    }
    $body = sprintf("hello %s from %s:%d (visit %d, %s %s)\n", is_string($name) ? $name : 'world',
        $connection->getRemoteIp(), $connection->getRemotePort(), $visits,
        $request->method(), $request->uri());
    $response = new Response(200, ['Content-Type' => 'text/plain'], $body);
    $response->cookie('seen', '1', 3600, '/', '', false, true, 'Lax');
    $response->withHeader('X-Host', $request->host(true) ?? '-')->withStatus(200);
    $connection->send($response);
    if ($request->header('connection') === 'close') {
        $connection->close();
    }
};
