<?php

/**
 * Workerman\Protocols: the protocol contract and the two framing protocols done in C.
 * ProtocolInterface declares parameter types only, so 4.x-style (untyped) protocol classes
 * still implement it. Text and Frame keep their static methods callable from PHP.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    interface ProtocolInterface
    {
        /** @return int */
        public static function input(string $buffer, \Workerman\Connection\ConnectionInterface $connection);

        /** @return mixed */
        public static function decode(string $buffer, \Workerman\Connection\ConnectionInterface $connection);

        /** @return string */
        public static function encode(mixed $data, \Workerman\Connection\ConnectionInterface $connection);
    }

    class Text
    {
        /** @return int */
        public static function input(string $buffer, ?\Workerman\Connection\ConnectionInterface $connection = null) {}

        /** @return string */
        public static function encode(string $buffer, ?\Workerman\Connection\ConnectionInterface $connection = null) {}

        /** @return string */
        public static function decode(string $buffer, ?\Workerman\Connection\ConnectionInterface $connection = null) {}
    }

    class Frame
    {
        /** @return int */
        public static function input(string $buffer, ?\Workerman\Connection\ConnectionInterface $connection = null) {}

        /** @return string */
        public static function decode(string $buffer, ?\Workerman\Connection\ConnectionInterface $connection = null) {}

        /** @return string */
        public static function encode(string $data, ?\Workerman\Connection\ConnectionInterface $connection = null) {}
    }
}
