<?php

/**
 * Workerman\Timer: timers on the process's native event loop, with upstream's integer ids.
 *
 * @generate-class-entries
 */

namespace Workerman {

    class Timer
    {
        protected static ?Events\EventInterface $event = null;

        /** @return void */
        public static function init(?Events\EventInterface $event = null) {}

        /** @return int */
        public static function repeat(float $timeInterval, callable $func, array $args = []) {}

        /** @return int */
        public static function delay(float $timeInterval, callable $func, array $args = []) {}

        /** @return void */
        public static function signalHandle() {}

        /** @return int */
        public static function add(float $timeInterval, callable $func, ?array $args = [], bool $persistent = true) {}

        /** @return void */
        public static function sleep(float $delay) {}

        /** @return bool */
        public static function del(?int $timerId) {}

        /** @return void */
        public static function delAll() {}
    }
}

namespace Workerman\Lib {

    /** Workerman 3.x/4.x name of Workerman\Timer. */
    class Timer extends \Workerman\Timer
    {
    }
}
