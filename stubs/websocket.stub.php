<?php

/**
 * Workerman\Protocols\Websocket: the server side of RFC 6455. A connection whose protocol is this
 * class itself is framed in C (src/php/websocket.c); the static methods remain callable from PHP
 * (and overridable by subclasses) and keep their state in $connection->context as upstream does.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    /* The BINARY_TYPE_* constants (single bytes) are declared in wm_websocket_minit().
     * No return types (upstream 5.x has them): a 4.x-style subclass that overrides a method
     * without one still compiles, and a 5.x one that declares them is compatible too. */
    class Websocket
    {

        /** @return int */
        public static function input(string $buffer, \Workerman\Connection\TcpConnection $connection) {}

        /** @return string */
        public static function encode(mixed $buffer, \Workerman\Connection\TcpConnection $connection) {}

        /** @return string */
        public static function decode(string $buffer, \Workerman\Connection\TcpConnection $connection) {}

        /** @return false|string */
        protected static function inflate(\Workerman\Connection\TcpConnection $connection, string $buffer, bool $isFinFrame) {}

        /** @return false|string */
        protected static function deflate(\Workerman\Connection\TcpConnection $connection, string $buffer) {}

        /** @return int */
        public static function dealHandshake(string $buffer, \Workerman\Connection\TcpConnection $connection) {}
    }
}
