<?php

/**
 * Workerman\Protocols\Http\{Response, Chunk, ServerSentEvents}: upstream 5.2's surface, with its
 * parameter names, types, defaults and return types, so that subclasses written against upstream
 * stay compatible. Upstream's constructors promote their parameters; here the same properties are
 * declared without a default (as promoted ones are) and the constructors assign them.
 * Response::PHRASES and the default of Response::$mimeTypeMap are arrays that gen_stub cannot
 * emit: response.c builds them at MINIT.
 *
 * @generate-class-entries
 */

namespace Workerman\Protocols\Http {

    class Response implements \Stringable
    {
        protected ?string $reason = null;
        protected string $version = "1.1";
        public ?array $file = null;
        protected static array $mimeTypeMap = [];
        protected int $status;
        protected array $headers;
        protected string $body;

        public function __construct(int $status = 200, array $headers = [], string $body = "") {}

        public function header(string $name, string $value): static {}

        public function withHeader(string $name, string $value): static {}

        public function withHeaders(array $headers): static {}

        public function withoutHeader(string $name): static {}

        public function getHeader(string $name): array|string|null {}

        public function getHeaders(): array {}

        public function getMimeType(string $ext): string {}

        public function withStatus(int $code, ?string $reasonPhrase = null): static {}

        public function getStatusCode(): int {}

        public function getReasonPhrase(): ?string {}

        public function withProtocolVersion(string $version): static {}

        public function withBody(string $body): static {}

        public function rawBody(): string {}

        public function withFile(string $file, int $offset = 0, int $length = 0): static {}

        public function cookie(string $name, string $value = "", ?int $maxAge = null, string $path = "", string $domain = "", bool $secure = false, bool $httpOnly = false, string $sameSite = ""): static {}

        protected function createHeadForFile(array $fileInfo): string {}

        public function __toString(): string {}
    }

    class Chunk implements \Stringable
    {
        protected string $buffer;

        public function __construct(string $buffer) {}

        public function __toString(): string {}
    }

    class ServerSentEvents implements \Stringable
    {
        protected array $data;

        public function __construct(array $data) {}

        public function __toString(): string {}
    }
}
