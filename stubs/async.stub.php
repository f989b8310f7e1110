<?php

/**
 * Workerman\Connection\AsyncTcpConnection: outbound TCP/unix connections. Resolution (evdns),
 * the non-blocking connect and the proxy handshakes run in C; the connected socket is then a
 * native TcpConnection. BUILD_IN_TRANSPORTS is declared at MINIT (an array constant).
 *
 * @generate-class-entries
 */

namespace Workerman\Connection {

    class AsyncTcpConnection extends TcpConnection
    {
        public string $proxySocks5 = "";
        public string $proxyHttp = "";
        public string $proxyAuthorization = "";
        public string $proxySocks5Username = "";
        public string $proxySocks5Password = "";
        protected string $remoteHost = "";
        protected int $remotePort = 80;
        protected float $connectStartTime = 0.0;
        protected string $remoteURI = "";
        protected array $socketContext = [];
        protected int $reconnectTimer = 0;

        public function __construct(string $remoteAddress, array $socketContext = []) {}

        /** @return void */
        public function reconnect(int $after = 0) {}

        /** @return void */
        public function connect() {}

        /** @return void */
        protected function emitError(int $code, mixed $msg) {}

        /** @return void */
        public function cancelReconnect() {}

        /** @return string */
        public function getRemoteHost() {}

        /** @return string */
        public function getRemoteURI() {}

        /** @return void */
        public function checkConnection() {}
    }
}
