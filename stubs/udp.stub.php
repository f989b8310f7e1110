<?php

/**
 * Workerman\Connection\UdpConnection (one datagram's peer, or a socket the application made)
 * and AsyncUdpConnection (outbound UDP client). Sending, receiving and the address getters
 * are native; the socket is a PHP stream resource so getSocket() returns what upstream does.
 *
 * @generate-class-entries
 */

namespace Workerman\Connection {

    class UdpConnection extends ConnectionInterface implements \JsonSerializable
    {
        /** @var int */
        public const MAX_UDP_PACKAGE_SIZE = 65535;

        public string $transport = "udp";
        protected bool $connected = false;
        /** @var resource|null */
        protected $socket = null;
        protected string $remoteAddress;

        /** @param resource|null $socket */
        public function __construct($socket, string $remoteAddress) {}

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

        /** @return void */
        public function close(mixed $data = null, bool $raw = false) {}

        /** @return bool */
        public function isIpV4() {}

        /** @return bool */
        public function isIpV6() {}

        /** @return resource|null */
        public function getSocket() {}

        /** @tentative-return-type */
        public function jsonSerialize(): array {}
    }

    class AsyncUdpConnection extends UdpConnection
    {
        /** @var callable|null */
        public $onConnect = null;
        /** @var callable|null */
        public $onClose = null;
        protected bool $connected = false;
        protected array $contextOption = [];

        /**
         * @param string $remoteAddress
         * @param array $contextOption
         */
        public function __construct($remoteAddress, $contextOption = []) {}

        /**
         * @param resource $socket
         * @return void
         */
        public function baseRead($socket) {}

        /** @return void */
        public function close(mixed $data = null, bool $raw = false) {}

        /** @return bool|null */
        public function send(mixed $sendBuffer, bool $raw = false) {}

        /** @return void */
        public function connect() {}
    }
}
