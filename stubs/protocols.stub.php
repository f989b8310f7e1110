<?php

/**
 * Workerman\Protocols: the protocol contract and the two framing protocols done in C.
 * ProtocolInterface declares parameter types only, so 4.x-style (untyped) protocol classes
 * still implement it. Text and Frame keep their static methods callable from PHP, with upstream
 * 5.x's parameter lists, so that subclasses declared like upstream's methods stay compatible.
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
        public static function input(string $buffer, \Workerman\Connection\ConnectionInterface $connection) {}

        /** @return string */
        public static function encode(string $buffer) {}

        /** @return string */
        public static function decode(string $buffer) {}
    }

    class Frame
    {
        /** @return int */
        public static function input(string $buffer) {}

        /** @return string */
        public static function decode(string $buffer) {}

        /** @return string */
        public static function encode(string $data) {}
    }
}
