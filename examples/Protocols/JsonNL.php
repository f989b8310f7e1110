<?php

namespace Protocols;

use Workerman\Connection\ConnectionInterface;

/**
 * Newline-delimited JSON, the custom protocol of the Workerman manual. The extension calls
 * these static methods through PHP, exactly as upstream does.
 */
class JsonNL
{
    /** Length of the first complete package in $buffer, or 0 to wait for more bytes. */
    public static function input(string $buffer, ConnectionInterface $connection): int
    {
        $pos = strpos($buffer, "\n");
        return $pos === false ? 0 : $pos + 1;
    }

    public static function decode(string $buffer, ConnectionInterface $connection): mixed
    {
        return json_decode(trim($buffer), true);
    }

    public static function encode(mixed $data, ConnectionInterface $connection): string
    {
        return json_encode($data) . "\n";
    }
}
