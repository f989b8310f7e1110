<?php

/**
 * Workerman\Protocols\Http: the HTTP/1.1 server protocol. A connection whose protocol is exactly
 * this class is framed, decoded and encoded in C; the static methods stay callable from PHP
 * (user protocols forward to them) and overridable. No return types, so 4.x-style subclasses load.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols {

    class Http
    {
        /* HTTP_400, HTTP_413 and HTTP_431 (strings with CRLFs, which gen_stub.php cannot emit) are
         * registered by wm_http_minit(). */

        /** @var int */
        protected const MAX_HEADER_LENGTH = 16384;

        protected static string $requestClass = "Workerman\\Protocols\\Http\\Request";
        protected static string $uploadTmpDir = "";

        /** @return string */
        public static function requestClass(?string $className = null) {}

        /** @return int */
        public static function input(string $buffer, \Workerman\Connection\TcpConnection $connection) {}

        /** @return int */
        protected static function inputChunked(string $buffer, \Workerman\Connection\TcpConnection $connection, int $headerLength) {}

        /** @return mixed */
        public static function decode(string $buffer, \Workerman\Connection\TcpConnection $connection) {}

        /** @return array */
        protected static function decodeChunked(string $buffer, int $headerEnd) {}

        /** @return string */
        public static function encode(mixed $response, \Workerman\Connection\TcpConnection $connection) {}

        /**
         * @param resource $handler
         * @return void
         */
        protected static function sendStream(\Workerman\Connection\TcpConnection $connection, $handler, int $offset = 0, int $length = 0) {}

        /** @return string */
        public static function uploadTmpDir(?string $dir = null) {}

        /**
         * Workerman 4.x: get or set Session::$name.
         * @return string
         */
        public static function sessionName(?string $name = null) {}

        /**
         * Workerman 4.x: toggled the PHP parse caches; the native parser needs none.
         * @return void
         */
        public static function enableCache(bool $value) {}

        /* The Workerman 3.x HTTP API (src/php/http_legacy.c), in force when the application's
         * installed workerman/workerman is 3.x or ini workerman.http_api is 3: onMessage gets the
         * request in the superglobals, and send($body) answers with what these set. */

        /** @return bool */
        public static function header(string $content, bool $replace = true, mixed $http_response_code = null) {}

        /** @return void */
        public static function headerRemove(string $name) {}

        /** @return int|false */
        public static function responseCode(mixed $code) {}

        /** @return bool */
        public static function setcookie(mixed $name, mixed $value = '', mixed $maxage = 0, mixed $path = '', mixed $domain = '', mixed $secure = false, mixed $HTTPOnly = false) {}

        /** @return string */
        public static function sessionCreateId() {}

        /** @return string */
        public static function sessionId(mixed $id = null) {}

        /** @return string */
        public static function sessionSavePath(mixed $path = null) {}

        /** @return bool */
        public static function sessionStarted() {}

        /** @return bool */
        public static function sessionStart() {}

        /** @return bool */
        public static function sessionWriteClose() {}

        /** @return bool */
        public static function sessionRegenerateId(mixed $delete_old_session = false) {}

        /** @return never */
        public static function end(mixed $msg = '') {}

        /** @return string */
        public static function getMimeTypesFile() {}

        /** @return void */
        public static function tryGcSessions() {}
    }
}
