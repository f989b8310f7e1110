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
        /* Master-mode timers (before a loop exists), as upstream's alarm mode keeps them:
         * [run at => [id => [func, args, persistent, interval]]], [id => true], the last id.
         * Copies kept by src/php/timer.c; writing them changes nothing. */
        protected static array $tasks = [];
        protected static array $status = [];
        protected static int $timerId = 0;

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

        /** @return void */
        protected static function tick() {}
    }
}

namespace Workerman\Lib {

    /** Workerman 3.x/4.x name of Workerman\Timer. */
    class Timer extends \Workerman\Timer
    {
    }
}
