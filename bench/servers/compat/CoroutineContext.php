<?php
/**
 * Minimal stand-in for Workerman\Coroutine\Context (package workerman/coroutine,
 * not installed here). Upstream Worker::run() calls Context::destroy() after
 * onWorkerStart; the bench servers keep no coroutine context, so it is a no-op.
 * Loaded only for the upstream side.
 */

namespace Workerman\Coroutine;

class Context
{
    public static function destroy(): void
    {
    }
}
