<?php

/**
 * Workerman\Protocols\Http\Request (5.2.2 surface). The raw request stays in $buffer and every
 * getter parses lazily, in C, from offsets kept next to the object; results land in the
 * protected $data array under upstream's keys, so subclasses that read or write $data keep
 * working. No method declares a return type, so that subclasses (webman's support\Request and
 * friends) may redeclare any of them with their own.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols\Http {

    class Request implements \Stringable
    {
        public ?\Workerman\Connection\TcpConnection $connection = null;
        public static int $maxFileUploads = 1024;
        /** @var int */
        public const MAX_CACHE_STRING_LENGTH = 4096;
        /** @var int */
        public const MAX_CACHE_SIZE = 256;
        public array $properties = [];
        protected array $data = [];
        protected bool $isSafe = true;
        public array $context = [];
        /** @var array<string, string>|null */
        protected ?array $chunkTrailers = null;
        protected string $buffer;

        public function __construct(string $buffer) {}

        /** @return void */
        public function setChunkTrailers(array $trailers) {}

        /** @return mixed */
        public function get(?string $name = null, mixed $default = null) {}

        /** @return mixed */
        public function post(?string $name = null, mixed $default = null) {}

        /** @return mixed */
        public function header(?string $name = null, mixed $default = null) {}

        /** @return mixed */
        public function trailer(?string $name = null, mixed $default = null) {}

        /** @return mixed */
        public function cookie(?string $name = null, mixed $default = null) {}

        /** @return mixed */
        public function file(?string $name = null) {}

        /** @return string */
        public function method() {}

        /** @return string */
        public function protocolVersion() {}

        /** @return string|null */
        public function host(bool $withoutPort = false) {}

        /** @return string */
        public function uri() {}

        /** @return string */
        public function path() {}

        /** @return string */
        public function queryString() {}

        /** @return void */
        protected function parseUriComponents() {}

        /** @return Session */
        public function session() {}

        /** @return string */
        public function sessionId(?string $sessionId = null) {}

        /** @return bool */
        public function isValidSessionId(mixed $sessionId) {}

        /** @return string */
        public function sessionRegenerateId(bool $deleteOldSession = false) {}

        /** @return string */
        public function rawHead() {}

        /** @return string */
        public function rawBody() {}

        /** @return string */
        public function rawBuffer() {}

        /** @return void */
        protected function parseHeadFirstLine() {}

        /** @return void */
        protected function parseProtocolVersion() {}

        /** @return void */
        protected function parseHeaders() {}

        /** @return void */
        protected function parseGet() {}

        /** @return void */
        protected function parsePost() {}

        /** @return void */
        protected function parseUploadFiles(string $httpPostBoundary) {}

        /** @return int */
        protected function parseUploadFile(string $boundary, int $sectionStartOffset, string &$postEncodeString, string &$filesEncodeStr, array &$files) {}

        /** @return string */
        public static function createSessionId() {}

        /** @return void */
        protected function setSidCookie(string $sessionName, string $sid, array $cookieParams) {}

        public function __toString(): string {}

        /** @return void */
        public function __set(string $name, mixed $value) {}

        /** @return mixed */
        public function __get(string $name) {}

        /** @return bool */
        public function __isset(string $name) {}

        /** @return void */
        public function __unset(string $name) {}

        /** @return void */
        public function __unserialize(array $data) {}

        /** @return void */
        public function destroy() {}

        public function __destruct() {}

        /* Not in upstream: webman's support\Request helpers (issue 4), with webman's semantics. */

        /** @return string */
        public function getRemoteIp() {}

        /** @return int */
        public function getRemotePort() {}

        /** @return string */
        public function getLocalIp() {}

        /** @return int */
        public function getLocalPort() {}

        /** @return bool */
        public function isAjax() {}

        /** @return bool */
        public function isPjax() {}

        /** @return bool */
        public function acceptJson() {}

        /** @return bool */
        public function expectsJson() {}
    }
}
