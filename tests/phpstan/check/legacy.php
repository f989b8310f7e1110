<?php

// Workerman 3.x/4.x-style code: overrides and a protocol without return types, which PHP accepts
// from the extension; the stubs must not make them errors either.

class LegacyWorker extends \Workerman\Worker
{
    public function run()
    {
        parent::run();
    }

    public static function log($msg)
    {
        echo $msg, "\n";
    }
}

class LegacyConnection extends \Workerman\Connection\TcpConnection
{
    public function send($sendBuffer, $raw = false)
    {
        return parent::send($sendBuffer, (bool)$raw);
    }

    public function close($data = null, $raw = false)
    {
        parent::close($data, (bool)$raw);
    }
}

class LegacyProtocol implements \Workerman\Protocols\ProtocolInterface
{
    public static function input($buffer, $connection)
    {
        return strlen($buffer);
    }

    public static function decode($buffer, $connection)
    {
        return $buffer;
    }

    public static function encode($data, $connection)
    {
        return (string)$data;
    }
}
