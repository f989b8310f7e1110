<?php
/**
 * A tiny line client for the examples (no extension needed):
 *
 *   php examples/client.php 2347 hello world     sends each argument as a line, prints the replies
 */

[$self, $port] = $argv + [null, null];
$lines = array_slice($argv, 2) ?: ['hello'];
$socket = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 3);
if (!$socket) {
    fwrite(STDERR, "cannot connect to 127.0.0.1:$port: $errstr\n");
    exit(1);
}
stream_set_timeout($socket, 1);
foreach ($lines as $line) {
    fwrite($socket, $line . "\n");
}
// Print what arrives until the server has been quiet for a second.
while (($reply = fgets($socket)) !== false) {
    echo $reply;
}
