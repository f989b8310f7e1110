<?php

declare(strict_types=1);

namespace App;

use Workerman\Connection\ConnectionInterface;
use Workerman\Protocols\ProtocolInterface;

/** Newline-framed messages, like upstream's Text protocol. */
class LineProtocol implements ProtocolInterface
{
    public static function input(string $buffer, ConnectionInterface $connection): int
    {
        $pos = strpos($buffer, "\n");
        return $pos === false ? 0 : $pos + 1;
    }

    public static function decode(string $buffer, ConnectionInterface $connection): string
    {
        return rtrim($buffer, "\r\n");
    }

    public static function encode(mixed $data, ConnectionInterface $connection): string
    {
        return (is_scalar($data) ? (string)$data : '') . "\n";
    }
}
