<?php

/**
 * Workerman\Protocols\Websocket: the server side of RFC 6455. A connection whose protocol is this
 * class itself is framed in C (src/php/websocket.c); the static methods remain callable from PHP
 * (and overridable by subclasses) and keep their state in $connection->context as upstream does.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    /* The BINARY_TYPE_* constants (single bytes) are declared in wm_websocket_minit(). */
    class Websocket
    {

        public static function input(string $buffer, \Workerman\Connection\TcpConnection $connection): int {}

        public static function encode(mixed $buffer, \Workerman\Connection\TcpConnection $connection): string {}

        public static function decode(string $buffer, \Workerman\Connection\TcpConnection $connection): string {}

        protected static function inflate(\Workerman\Connection\TcpConnection $connection, string $buffer, bool $isFinFrame): false|string {}

        protected static function deflate(\Workerman\Connection\TcpConnection $connection, string $buffer): false|string {}

        public static function dealHandshake(string $buffer, \Workerman\Connection\TcpConnection $connection): int {}
    }
}
