<?php

/**
 * Workerman\Protocols\Ws: the WebSocket client protocol of AsyncTcpConnection('ws://...').
 * The static methods are implemented in C but keep upstream 5.x's names and parameter lists
 * (no return types, so that 4.x-style subclasses still compile), and keep their state where
 * upstream does (the connection's properties and $connection->context), so that subclasses and
 * direct calls see what they would see under upstream. The constants BINARY_TYPE_BLOB ("\x81")
 * and BINARY_TYPE_ARRAYBUFFER ("\x82") are declared at MINIT: gen_stub.php cannot emit
 * non-ASCII string constants.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    class Ws
    {
        /** @return int */
        public static function input(string $buffer, \Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return string */
        public static function encode(string $payload, \Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return string */
        public static function decode(string $bytes, \Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return void */
        public static function onConnect(\Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return void */
        public static function onClose(\Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return void */
        public static function sendHandshake(\Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return bool|int */
        public static function dealHandshake(string $buffer, \Workerman\Connection\AsyncTcpConnection $connection) {}

        /** @return \Workerman\Protocols\Http\Response */
        protected static function parseResponse(string $buffer) {}
    }
}
