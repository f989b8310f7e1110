<?php

declare(strict_types=1);

namespace App;

use Workerman\Connection\TcpConnection;

/** A connection that counts what it sends (5.x style: typed like upstream). */
class CountingConnection extends TcpConnection
{
    public int $sent = 0;

    public function send(mixed $sendBuffer, bool $raw = false): bool|null
    {
        $this->sent++;
        return parent::send($sendBuffer, $raw);
    }

    public function close(mixed $data = null, bool $raw = false): void
    {
        if ($this->getSendBufferQueueSize() > 0 && $data === null) {
            $data = "bye\n";
        }
        parent::close($data, $raw);
    }
}
