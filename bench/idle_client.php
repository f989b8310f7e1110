<?php
/**
 * Idle-connection client of bench/idle.sh: opens connections to 127.0.0.1:PORT, brings each one
 * to the idle state of MODE, and keeps them all open until STOPFILE exists (or HOLD seconds have
 * passed), then closes them and exits.
 *
 *   php idle_client.php PORT COUNT MODE READYFILE STOPFILE [HOLD]
 *
 * MODE:
 *   accept  connect and send nothing (the server has accepted the connection, no request yet)
 *   http    one keep-alive "GET /" whose whole response (head + Content-Length body) is read
 *   text    one line "hello\n", read back as it was sent (the text echo server)
 *   ws      a WebSocket upgrade request; the "101" response is read, the connection is then an
 *           open WebSocket that sends nothing more
 *
 * The connections are made one after the other with blocking sockets (a 5 s timeout on every
 * read and connect), so no select() is involved and COUNT is limited by the fd limit only. Every
 * response is checked; the first wrong or missing one ends the run with exit 1. When all are
 * idle it writes "ready <COUNT>" to READYFILE (temporary name, then rename).
 */

[$port, $count, $mode, $readyFile, $stopFile] = array_slice($argv, 1, 5) + [null, null, null, null, null];
$hold = (float) ($argv[6] ?? 300);
$port = (int) $port;
$count = (int) $count;
if ($port <= 0 || $count <= 0 || !in_array($mode, ['accept', 'http', 'text', 'ws'], true) || !$readyFile || !$stopFile) {
    fwrite(STDERR, "usage: php idle_client.php PORT COUNT accept|http|text|ws READYFILE STOPFILE [HOLD]\n");
    exit(2);
}

function fail(string $msg): never
{
    fwrite(STDERR, "idle_client: $msg\n");
    exit(1);
}

/** Reads from $s until $done($buf) returns true; fails after 5 s or on EOF. */
function read_until($s, callable $done, int $i): string
{
    $buf = '';
    $deadline = microtime(true) + 5;
    while (!$done($buf)) {
        if (microtime(true) > $deadline) {
            fail("connection $i: no complete response within 5 s (got " . json_encode($buf) . ')');
        }
        $r = fread($s, 8192);
        if ($r === false || ($r === '' && feof($s))) {
            fail("connection $i: closed by the server (got " . json_encode($buf) . ')');
        }
        $buf .= $r;
    }
    return $buf;
}

$conns = [];
for ($i = 0; $i < $count; $i++) {
    $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
    if ($s === false) {
        fail("connection $i: connect failed: $errstr ($errno)");
    }
    stream_set_timeout($s, 5);
    switch ($mode) {
        case 'http':
            fwrite($s, "GET / HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nConnection: keep-alive\r\n\r\n");
            $resp = read_until($s, static function (string $b): bool {
                $end = strpos($b, "\r\n\r\n");
                return $end !== false && preg_match('/\r\ncontent-length:[ \t]*(\d+)/i', substr($b, 0, $end), $m)
                    && strlen($b) >= $end + 4 + (int) $m[1];
            }, $i);
            if (!str_starts_with($resp, 'HTTP/1.1 200 ') || !str_ends_with($resp, "\r\n\r\nHello World")) {
                fail("connection $i: unexpected response " . json_encode($resp));
            }
            break;
        case 'text':
            fwrite($s, "hello\n");
            $resp = read_until($s, static fn (string $b): bool => str_contains($b, "\n"), $i);
            if ($resp !== "hello\n") {
                fail("connection $i: unexpected reply " . json_encode($resp));
            }
            break;
        case 'ws':
            $key = base64_encode(random_bytes(16));
            fwrite($s, "GET / HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                . "Sec-WebSocket-Key: $key\r\nSec-WebSocket-Version: 13\r\n\r\n");
            $resp = read_until($s, static fn (string $b): bool => str_contains($b, "\r\n\r\n"), $i);
            $accept = base64_encode(sha1($key . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
            if (!str_starts_with($resp, 'HTTP/1.1 101 ') || stripos($resp, "\r\nSec-WebSocket-Accept: $accept\r\n") === false
                || !str_ends_with($resp, "\r\n\r\n")) {
                fail("connection $i: unexpected handshake response " . json_encode($resp));
            }
            break;
    }
    $conns[] = $s;
}

file_put_contents("$readyFile.tmp", "ready $count\n");
rename("$readyFile.tmp", $readyFile);

$deadline = microtime(true) + $hold;
while (!file_exists($stopFile) && microtime(true) < $deadline) {
    usleep(50000);
}
foreach ($conns as $s) {
    fclose($s);
}
exit(0);
