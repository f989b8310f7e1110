<?php

/**
 * Workerman\Events\RevoltBackend: the native half of Revolt's event-loop driver. It owns the
 * libevent events behind Revolt callbacks, on the process's native loop. Not part of upstream's
 * API: only Workerman\Events\RevoltDriver (the PHP half, compiled by the extension when
 * Revolt\EventLoop is first loaded) creates and calls it.
 *
 * @generate-class-entries
 */

namespace Workerman\Events {

    /**
     * @internal
     * @strict-properties
     * @not-serializable
     */
    final class RevoltBackend
    {
        /** The driver whose AbstractDriver::enqueueCallback() receives the fired callbacks. */
        public function __construct(object $driver) {}

        /** DriverCallback objects keyed by their ids. */
        public function activate(array $callbacks): void {}

        public function deactivate(object $callback): void {}

        /** Frees the native event of a cancelled callback. */
        public function cancel(string $callbackId): void {}

        /**
         * One iteration of the native loop (0), unless `$force` is false and the native loop has
         * no event of its own (3: Revolt's callbacks decide whether to wait). Nothing when the
         * native loop is already running: 1 when this pass of Revolt's loop is the backend's pump
         * (the driver then stops its loop fiber); when it was entered from a callback of that
         * loop, 0 if not blocking, else 2: it cannot wait there.
         */
        public function dispatch(bool $blocking, bool $force = false): int {}

        /** Revolt's loop would be entered from a callback of the running native loop. */
        public function nested(): bool {}

        /** Revolt has work: run it from the native loop (unless Revolt's own loop is running). */
        public function wake(bool $tick = true): void {}

        public function now(): float {}

        /** The native loop object (Workerman\Events\Event) the events are on. */
        public function getHandle(): Event {}
    }
}
