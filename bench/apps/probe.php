<?php
/*
 * bench/apps/probe.php PORT PATH EXPECTED_BODY_FILE [COOKIE] [SCHEME]: one GET to 127.0.0.1:PORT
 * (over TLS, certificate not verified, when SCHEME is https), prints the raw reply; exits 0 if it
 * is a 200 whose body is the bytes of EXPECTED_BODY_FILE (a reply ends at its Content-Length,
 * after the last chunk of a chunked body, or at the end of the connection). Bounded: 5 s. Used by
 * apps.sh and http.sh.
 */
[, $port, $path, $file] = $argv + [3 => ''];
$cookie = $argv[4] ?? '';
$tls = ($argv[5] ?? '') === 'https';
$want = (string) @file_get_contents($file);
$ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
$s = @stream_socket_client(($tls ? 'ssl' : 'tcp') . "://127.0.0.1:$port", $errno, $errstr, 5,
    STREAM_CLIENT_CONNECT, $ctx);
if (!$s) {
    fwrite(STDERR, "probe: connect: $errstr\n");
    exit(1);
}
stream_set_timeout($s, 5);
fwrite($s, "GET $path HTTP/1.1\r\nHost: 127.0.0.1:$port\r\n" . ($cookie !== '' ? "Cookie: $cookie\r\n" : '') . "\r\n");
$buf = '';
$deadline = microtime(true) + 5;
while (microtime(true) < $deadline) {
    $end = strpos($buf, "\r\n\r\n");
    if ($end !== false && preg_match('/\r\ncontent-length:[ \t]*(\d+)/i', substr($buf, 0, $end), $m)
        && strlen($buf) >= $end + 4 + (int) $m[1]) {
        break;
    }
    if ($end !== false && str_ends_with($buf, "\r\n0\r\n\r\n")) {
        break;
    }
    $r = fread($s, 65536);
    if ($r === false || ($r === '' && feof($s))) {
        break;
    }
    $buf .= $r;
}
echo $buf;
$end = strpos($buf, "\r\n\r\n");
$body = $end === false ? '' : substr($buf, $end + 4);
if ($end !== false && preg_match('/\r\ntransfer-encoding:[ \t]*chunked/i', substr($buf, 0, $end))) {
    $plain = '';
    while (preg_match('/^([0-9a-fA-F]+)\r\n/', $body, $m) && ($n = hexdec($m[1])) > 0) {
        $plain .= substr($body, strlen($m[0]), $n);
        $body = substr($body, strlen($m[0]) + $n + 2);
    }
    $body = $plain;
}
$ok = $end !== false && preg_match('~^HTTP/1\.1 200 ~', $buf) && $body === $want;
exit($ok ? 0 : 1);
