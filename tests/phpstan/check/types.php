<?php

// What PHPStan infers from the IDE stubs for calls an application makes (dumped by the test).

declare(strict_types=1);

use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;
use Workerman\Timer;
use Workerman\Worker;

function types(Worker $worker, TcpConnection $connection, AsyncTcpConnection $async, Request $request): void
{
    \PHPStan\dumpType(Timer::add(1.0, 'time'));
    \PHPStan\dumpType(Timer::del(1));
    \PHPStan\dumpType(Worker::getEventLoop());
    \PHPStan\dumpType(Worker::getAllWorkers());
    \PHPStan\dumpType($worker->connections);
    \PHPStan\dumpType($worker->getMainSocket());
    \PHPStan\dumpType($connection->send('x'));
    \PHPStan\dumpType($connection->getRemotePort());
    \PHPStan\dumpType($connection->getStatus(false));
    \PHPStan\dumpType($async->getRemoteHost());
    \PHPStan\dumpType($request->host());
    \PHPStan\dumpType($request->path());
    \PHPStan\dumpType($request->session());
    \PHPStan\dumpType($request->session()->all());
    \PHPStan\dumpType((new Response())->withStatus(404));
}
