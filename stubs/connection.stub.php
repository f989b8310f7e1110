<?php

/**
 * Workerman\Connection\ConnectionInterface and TcpConnection (server side).
 * The socket, the receive buffer and the send queue live in C; everything an application
 * reads or writes (callbacks, protocol, counters, limits, context) is a declared property.
 *
 * @generate-class-entries
 */

namespace Workerman\Connection {

    #[\AllowDynamicProperties]
    abstract class ConnectionInterface
    {
        /** @var int */
        public const CONNECT_FAIL = 1;
        /** @var int */
        public const SEND_FAIL = 2;

        public static array $statistics = [];
        public ?string $protocol = null;
        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onClose = null;
        /** @var callable|null */
        public $onError = null;
        public ?\Workerman\Events\EventInterface $eventLoop = null;
        /** @var callable|null */
        public $errorHandler = null;

        /** @return bool|null */
        abstract public function send(mixed $sendBuffer, bool $raw = false);

        /** @return string */
        abstract public function getRemoteIp();

        /** @return int */
        abstract public function getRemotePort();

        /** @return string */
        abstract public function getRemoteAddress();

        /** @return string */
        abstract public function getLocalIp();

        /** @return int */
        abstract public function getLocalPort();

        /** @return string */
        abstract public function getLocalAddress();

        /** @return void */
        abstract public function close(mixed $data = null, bool $raw = false);

        /** @return bool */
        abstract public function isIpV4();

        /** @return bool */
        abstract public function isIpV6();

        /** @return void */
        public function error(\Throwable $exception) {}
    }

    class TcpConnection extends ConnectionInterface implements \JsonSerializable
    {
        /** @var int */
        public const READ_BUFFER_SIZE = 87380;
        /** @var int */
        public const STATUS_INITIAL = 0;
        /** @var int */
        public const STATUS_CONNECTING = 1;
        /** @var int */
        public const STATUS_ESTABLISHED = 2;
        /** @var int */
        public const STATUS_ENDING = 4;
        /** @var int */
        public const STATUS_CLOSING = 8;
        /** @var int */
        public const STATUS_CLOSED = 16;
        /** @var int */
        public const MAX_CACHE_STRING_LENGTH = 2048;
        /** @var int */
        public const MAX_CACHE_SIZE = 512;
        /** @var int */
        public const TCP_KEEPALIVE_INTERVAL = 55;

        /** @var callable|null */
        public $onConnect = null;
        /** @var callable|null */
        public $onWebSocketConnect = null;
        /** @var callable|null */
        public $onWebSocketConnected = null;
        /** @var callable|null */
        public $onWebSocketClose = null;
        /** @var callable|null */
        public $onBufferFull = null;
        /** @var callable|null */
        public $onBufferDrain = null;
        public string $transport = "tcp";
        public ?\Workerman\Worker $worker = null;
        public int $bytesRead = 0;
        public int $bytesWritten = 0;
        public int $id = 0;
        protected int $realId = 0;
        public int $maxSendBufferSize = 1048576;
        public ?\stdClass $context = null;
        public array $headers = [];
        public static int $defaultMaxSendBufferSize = 1048576;
        public int $maxPackageSize = 1048576;
        public static int $defaultMaxPackageSize = 10485760;
        public static float $defaultLingerTimeout = 1.0;
        public float $lingerTimeout = 1.0;
        public static array $connections = [];
        /* Upstream's protected state ($status, $sendBuffer, $recvBuffer, $socket, $remoteAddress,
         * $currentPackageLength, $isPaused, $endLingerTimerId, $endWriteShutdown,
         * $sslHandshakeCompleted, $isSafe) is read through by subclasses from the native connection
         * (src/php/conn_props.c) and not declared: 3.x/4.x applications use those names as
         * dynamic properties of their own. */
        protected static int $idRecorder = 1;

        /** @param resource $socket */
        public function __construct(\Workerman\Events\EventInterface $eventLoop, $socket, string $remoteAddress = "") {}

        /** @return int|string */
        public function getStatus(bool $rawOutput = true) {}

        /** @return bool|null */
        public function send(mixed $sendBuffer, bool $raw = false) {}

        /** @return string */
        public function getRemoteIp() {}

        /** @return int */
        public function getRemotePort() {}

        /** @return string */
        public function getRemoteAddress() {}

        /** @return string */
        public function getLocalIp() {}

        /** @return int */
        public function getLocalPort() {}

        /** @return string */
        public function getLocalAddress() {}

        /** @return int */
        public function getSendBufferQueueSize() {}

        /** @return int */
        public function getRecvBufferQueueSize() {}

        /** @return void */
        public function pauseRecv() {}

        /** @return void */
        public function resumeRecv() {}

        /**
         * @param resource|null $socket
         * @return void
         */
        public function baseRead($socket = null, bool $checkEof = true) {}

        /** @return void */
        public function baseWrite() {}

        /** @return void */
        public function pipe(TcpConnection $dest) {}

        /** @return void */
        public function consumeRecvBuffer(int $length) {}

        /** @return void */
        public function close(mixed $data = null, bool $raw = false) {}

        /** @return void */
        public function end(mixed $data = null, bool $raw = false) {}

        /** @return bool */
        public function isIpV4() {}

        /** @return bool */
        public function isIpV6() {}

        /** @return resource|null */
        public function getSocket() {}

        /** @return bool */
        public function bufferIsEmpty() {}

        /** @return bool */
        protected function bufferIsFull() {}

        /** @return void */
        protected function checkBufferWillFull() {}

        /** @return void */
        public function destroy() {}

        /** @tentative-return-type */
        public function jsonSerialize(): array {}

        /** @return void */
        public function __unserialize(array $data) {}

        /**
         * The TLS handshake, one step as far as the socket allows: true once done, 0 while it
         * waits for the peer, false when it failed (the connection is destroyed) or the
         * connection has no TLS.
         * @param resource|null $socket
         * @return bool|int
         */
        public function doSslHandshake($socket) {}

        /**
         * After end(): once the send buffer is empty, shut the write side and close after
         * lingerTimeout.
         * @return void
         */
        protected function endMaybeShutdownWrite() {}

        /**
         * So that a subclass's destructor can call parent::__destruct(). The connection's own
         * bookkeeping (connection_count, graceful stop) runs when the object is released; this
         * method does nothing more.
         * @return void
         */
        public function __destruct() {}
    }
}
