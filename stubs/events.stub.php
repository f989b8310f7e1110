<?php

/**
 * Workerman\Events: the EventInterface contract and the native libevent loop behind it.
 * Event, Select and Ev all name the same native loop, so configurations that pick one of
 * upstream's drivers by class name keep working.
 *
 * @generate-class-entries
 */

namespace Workerman\Events {

    interface EventInterface
    {
        /** @var int */
        public const EV_READ = 1;
        /** @var int */
        public const EV_WRITE = 2;
        /** @var int */
        public const EV_EXCEPT = 3;
        /** @var int */
        public const EV_SIGNAL = 4;
        /** @var int */
        public const EV_TIMER = 8;
        /** @var int */
        public const EV_TIMER_ONCE = 16;

        /** @return int */
        public function delay(float $delay, callable $func, array $args = []);

        /** @return bool */
        public function offDelay(int $timerId);

        /** @return int */
        public function repeat(float $interval, callable $func, array $args = []);

        /** @return bool */
        public function offRepeat(int $timerId);

        /**
         * @param resource $stream
         * @return void
         */
        public function onReadable($stream, callable $func);

        /**
         * @param resource $stream
         * @return bool
         */
        public function offReadable($stream);

        /**
         * @param resource $stream
         * @return void
         */
        public function onWritable($stream, callable $func);

        /**
         * @param resource $stream
         * @return bool
         */
        public function offWritable($stream);

        /** @return void */
        public function onSignal(int $signal, callable $func);

        /** @return bool */
        public function offSignal(int $signal);

        /** @return void */
        public function deleteAllTimer();

        /** @return void */
        public function run();

        /** @return void */
        public function stop();

        /** @return int */
        public function getTimerCount();

        /** @return void */
        public function setErrorHandler(callable $errorHandler);
    }

    class Event implements EventInterface
    {
        public function __construct() {}

        /** @return int */
        public function delay(float $delay, callable $func, array $args = []) {}

        /** @return bool */
        public function offDelay(int $timerId) {}

        /** @return int */
        public function repeat(float $interval, callable $func, array $args = []) {}

        /** @return bool */
        public function offRepeat(int $timerId) {}

        /**
         * @param resource $stream
         * @return void
         */
        public function onReadable($stream, callable $func) {}

        /**
         * @param resource $stream
         * @return bool
         */
        public function offReadable($stream) {}

        /**
         * @param resource $stream
         * @return void
         */
        public function onWritable($stream, callable $func) {}

        /**
         * @param resource $stream
         * @return bool
         */
        public function offWritable($stream) {}

        /** @return void */
        public function onSignal(int $signal, callable $func) {}

        /** @return bool */
        public function offSignal(int $signal) {}

        /** @return void */
        public function deleteAllTimer() {}

        /** @return void */
        public function run() {}

        /** @return void */
        public function stop() {}

        /** @return int */
        public function getTimerCount() {}

        /** @return void */
        public function setErrorHandler(callable $errorHandler) {}

        /** @return callable|null */
        public function getErrorHandler() {}

        /**
         * Workerman 4.x API: add a watcher by EV_* flag.
         * @return int|bool
         */
        public function add(mixed $fd, int $flag, callable $func, array $args = []) {}

        /**
         * Workerman 4.x API: remove a watcher by EV_* flag.
         * @return bool
         */
        public function del(mixed $fd, int $flag) {}

        /** @return void */
        public function clearAllTimer() {}

        /** @return void */
        public function loop() {}

        /** @return void */
        public function destroy() {}
    }

    class Select extends Event
    {
        /**
         * Upstream's longest select() wait, in microseconds (its spelling). The native loop
         * waits in libevent; the constant is kept for code that reads it.
         * @var int
         */
        public const MAX_SELECT_TIMOUT_US = 800000;
    }

    class Ev extends Event
    {
    }

    /**
     * Upstream 5.x's Fiber loop: the same native loop, running every callback it dispatches
     * (reads, writes, timers, signals) in a Fiber, where Timer::sleep() suspends.
     */
    class Fiber extends Event
    {
    }

    /** Workerman 5.0's name for its Fiber-based loop (revolt/event-loop): the native Fiber loop. */
    class Revolt extends Event
    {
    }
}
