<?php

/**
 * Workerman\Protocols\Http\Session, its handler interface and the File, Redis and RedisCluster
 * handlers (upstream 5.2.2 surface). Return types are given as @return only, like the other
 * stubs, so that subclasses may override with or without declaring them.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols\Http {

    class Session
    {
        protected static string $handlerClass = "Workerman\\Protocols\\Http\\Session\\FileSessionHandler";
        protected static mixed $handlerConfig = null;
        public static string $name = "PHPSID";
        public static bool $autoUpdateTimestamp = false;
        public static int $lifetime = 1440;
        public static int $cookieLifetime = 1440;
        public static string $cookiePath = "/";
        public static string $domain = "";
        public static bool $secure = false;
        public static bool $httpOnly = true;
        public static string $sameSite = "";
        /** @var int[] default [1, 20000], set in MINIT (gen_stub emits no non-empty array defaults) */
        public static array $gcProbability = [];
        protected static ?\Workerman\Protocols\Http\Session\SessionHandlerInterface $handler = null;
        /** @var array<string, mixed> */
        protected mixed $data = [];
        protected bool $needSave = false;
        protected string $sessionId;
        protected bool $isSafe = true;
        /** @var string[] default ['serialize', 'unserialize'], set in MINIT */
        protected array $serializer = [];

        public function __construct(string $sessionId) {}

        /** @return string */
        public function getId() {}

        /** @return mixed */
        public function get(string $name, mixed $default = null) {}

        /** @return void */
        public function set(string $name, mixed $value) {}

        /** @return void */
        public function delete(string $name) {}

        /** @return mixed */
        public function pull(string $name, mixed $default = null) {}

        /** @return void */
        public function put(array|string $key, mixed $value = null) {}

        /** @return void */
        public function forget(array|string $name) {}

        /** @return array */
        public function all() {}

        /** @return void */
        public function flush() {}

        /** @return bool */
        public function has(string $name) {}

        /** @return bool */
        public function exists(string $name) {}

        /** @return void */
        public function save() {}

        /** @return bool */
        public function refresh() {}

        /** @return void */
        public static function init() {}

        /** @return string */
        public static function handlerClass(mixed $className = null, mixed $config = null) {}

        /** @return array */
        public static function getCookieParams() {}

        /** @return void */
        protected static function initHandler() {}

        /** @return array */
        protected function safeDeserialize(string $data) {}

        /** @return void */
        public function gc() {}

        /** @return void */
        public function __unserialize(array $data) {}

        public function __destruct() {}
    }
}

namespace Workerman\Protocols\Http\Session {

    interface SessionHandlerInterface
    {
        /** @return bool */
        public function close();

        /** @return bool */
        public function destroy(string $sessionId);

        /** @return bool */
        public function gc(int $maxLifetime);

        /** @return bool */
        public function open(string $savePath, string $name);

        /** @return string|false */
        public function read(string $sessionId);

        /** @return bool */
        public function write(string $sessionId, string $sessionData);

        /** @return bool */
        public function updateTimestamp(string $sessionId, string $data = "");
    }

    class FileSessionHandler implements SessionHandlerInterface
    {
        protected static string $sessionSavePath;
        protected static string $sessionFilePrefix = "session_";

        /** @return void */
        public static function init() {}

        public function __construct(array $config = []) {}

        /** @return bool */
        public function open(string $savePath, string $name) {}

        /** @return string|false */
        public function read(string $sessionId) {}

        /** @return bool */
        public function write(string $sessionId, string $sessionData) {}

        /** @return bool */
        public function updateTimestamp(string $sessionId, string $data = "") {}

        /** @return bool */
        public function close() {}

        /** @return bool */
        public function destroy(string $sessionId) {}

        /** @return bool */
        public function gc(int $maxLifetime) {}

        /** @return string */
        protected static function sessionFile(string $sessionId) {}

        /** @return string */
        public static function sessionSavePath(string $path) {}
    }

    class RedisSessionHandler implements SessionHandlerInterface
    {
        protected \Redis|\RedisCluster|null $connection = null;
        protected array $config;
        protected static ?\Workerman\Coroutine\Pool $pool = null;

        public function __construct(array $config) {}

        /** @return \Redis|\RedisCluster */
        protected function connection() {}

        /** @return \Redis|\RedisCluster */
        protected function createRedisConnection(array $config) {}

        /** @return bool */
        public function open(string $savePath, string $name) {}

        /** @return string|false */
        public function read(string $sessionId) {}

        /** @return bool */
        public function write(string $sessionId, string $sessionData) {}

        /** @return bool */
        public function updateTimestamp(string $sessionId, string $data = "") {}

        /** @return bool */
        public function destroy(string $sessionId) {}

        /** @return bool */
        public function close() {}

        /** @return bool */
        public function gc(int $maxLifetime) {}
    }

    class RedisClusterSessionHandler extends RedisSessionHandler
    {
        public function __construct(array $config) {}

        /** @return \Redis|\RedisCluster */
        protected function createRedisConnection(array $config) {}
    }
}
