<?php
/**
 * Writes the expected values of the C unit tests (tests/unit/expect_*.h) by running upstream
 * Workerman 5.2's own PHP on the same bytes, so the C tests check the L0 parsers against
 * upstream without needing PHP themselves. Where our parsers are deliberately stricter than
 * upstream (documented in src/proto/*.h), a case names the deviation and gives our value; the
 * generated file keeps upstream's value next to it.
 *
 *   UPSTREAM_WORKERMAN=<tree with src/Worker.php> php -n -d extension=ctype tests/unit/gen_expect.php [--check]
 *
 * UPSTREAM_WORKERMAN defaults to bench/upstream (see bench/README.md). --check: fail if the
 * committed headers differ from what upstream gives now.
 */

declare(strict_types=1);

$root = dirname(__DIR__, 2);
$upstream = rtrim(getenv('UPSTREAM_WORKERMAN') ?: "$root/bench/upstream", '/');
if (!is_file("$upstream/src/Worker.php")) {
    fwrite(STDERR, "gen_expect: no Workerman tree at $upstream (set UPSTREAM_WORKERMAN)\n");
    exit(1);
}
if (!extension_loaded('ctype')) {
    fwrite(STDERR, "gen_expect: upstream needs ctype (php -n -d extension=ctype ...)\n");
    exit(1);
}
spl_autoload_register(static function (string $c) use ($upstream): void {
    if (str_starts_with($c, 'Workerman\\') && is_file($f = "$upstream/src/" . strtr(substr($c, 10), '\\', '/') . '.php')) {
        require $f;
    }
});

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;

/** A connection that only records what input() would send before closing. */
class ProbeConnection extends TcpConnection
{
    public ?string $ended = null;

    public function __construct()
    {
    }

    public function end(mixed $data = null, bool $raw = false): void
    {
        $this->ended = (string)$data;
    }
}

/** Exposes upstream's protected decodeChunked(). */
class ProbeHttp extends Http
{
    public static function dechunk(string $buffer): array
    {
        return static::decodeChunked($buffer, strpos($buffer, "\r\n\r\n"));
    }
}

/** Drives upstream's parseUploadFile() part by part, recording what each call produced. */
class ProbeRequest extends Request
{
    public function parts(string $delimiter, int $maxParts): string
    {
        $post = $filesStr = '';
        $files = [];
        // parseUploadFiles(): the first part starts after the opening delimiter and 2 bytes.
        $offset = strpos($this->buffer, "\r\n\r\n") + 4 + strlen($delimiter) + 2;
        $out = '';
        while ($maxParts-- > 0 && $offset) {
            $postLen = strlen($post);
            $filesLen = strlen($filesStr);
            $offset = $this->parseUploadFile($delimiter, $offset, $post, $filesStr, $files);
            if (strlen($post) > $postLen) {
                [$k, $v] = explode('=', rtrim(substr($post, $postLen), '&'), 2);
                $out .= 'field ' . esc(urldecode($k)) . ' ' . esc(urldecode($v)) . "\n";
            } elseif (strlen($filesStr) > $filesLen) {
                [$k] = explode('=', substr($filesStr, $filesLen), 2);
                $f = end($files);
                $data = $f['tmp_name'] !== '' ? file_get_contents($f['tmp_name']) : '';
                if ($f['tmp_name'] !== '') {
                    unlink($f['tmp_name']);
                }
                if ($f['size'] !== strlen($data)) {
                    throw new RuntimeException('size mismatch');
                }
                // The keys in front of 'name' (type 't', full_path 'p'), '-' for none.
                $lead = '';
                foreach (array_keys($f) as $key) {
                    if ($key === 'name') {
                        break;
                    }
                    $lead .= ['type' => 't', 'full_path' => 'p'][$key];
                }
                $out .= 'file ' . esc(urldecode($k)) . ' ' . esc($f['name']) . ' ' . esc($f['type'])
                    . ' ' . esc($f['full_path']) . ' ' . ($lead ?: '-') . ' ' . esc($data) . "\n";
            }
        }
        return $out;
    }
}

/** The transcript escaping shared with the C tests: printable ASCII but space and backslash as
 * is, everything else as \xHH. */
function esc(string $s): string
{
    return preg_replace_callback('/[^\x21-\x5b\x5d-\x7e]/', fn($m) => sprintf('\\x%02x', ord($m[0])), $s);
}

/** A C string literal for any bytes (3-digit octal escapes cannot run into the next char). */
function c_str(?string $s): string
{
    if ($s === null) {
        return 'NULL';
    }
    $out = '"';
    $col = 0;
    for ($i = 0, $n = strlen($s); $i < $n; $i++) {
        $c = $s[$i];
        $o = ord($c);
        $piece = ($o >= 0x20 && $o < 0x7f && $c !== '"' && $c !== '\\' && $c !== '?') ? $c : sprintf('\\%03o', $o);
        if ($col > 90) {
            $out .= "\"\n\t\t\"";
            $col = 0;
        }
        $out .= $piece;
        $col += strlen($piece);
    }
    return $out . '"';
}

function c_int(int $v): string
{
    return $v === PHP_INT_MAX ? 'INT64_MAX' : ($v < 0 ? "($v)" : "$v");
}

/** Http::input()'s answer: the length, 0, or -400/-413/-431 for what it sent before closing. */
function upstream_input(string $buf, int $max): int
{
    $conn = new ProbeConnection();
    $conn->maxPackageSize = $max;
    $len = Http::input($buf, $conn);
    if ($conn->ended !== null) {
        if ($len !== 0) {
            throw new RuntimeException('input() closed and returned a length');
        }
        return -(int)substr($conn->ended, 9, 3);
    }
    return $len;
}

// ---------------------------------------------------------------------------------------------
// Head cases. Http::input() caches lengths by head, so every case runs in its own process.

if (($argv[1] ?? '') === '--head') {
    [$buf, $max] = unserialize(stream_get_contents(STDIN));
    $r = ['input' => upstream_input($buf, $max)];
    if ($r['input'] > 0 || ($r['input'] === 0 && strpos($buf, "\r\n\r\n") !== false)) {
        $req = new Request($buf);
        $r += ['method' => $req->method(), 'uri' => $req->uri(), 'version' => $req->protocolVersion(),
            'host' => $req->header('host'), 'cl' => $req->header('content-length')];
    }
    echo serialize($r);
    exit(0);
}

function upstream_head(string $buf, int $max): array
{
    $p = proc_open([PHP_BINARY, '-n', '-d', 'extension=ctype', __FILE__, '--head'], [['pipe', 'r'], ['pipe', 'w']], $pipes);
    fwrite($pipes[0], serialize([$buf, $max]));
    fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    if (proc_close($p) !== 0) {
        throw new RuntimeException("head probe failed: $out");
    }
    return unserialize($out);
}

const H11 = "GET / HTTP/1.1\r\nHost: example.com\r\n";
$big = str_repeat('a', 16384);

/* [name, buffer, maxPackageSize, our value when we are stricter (with the reason)] */
$headCases = [
    ['get', "GET /index.html?a=1 HTTP/1.1\r\nHost: example.com\r\n\r\n", 1048576],
    ['get pipelined', "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\n", 1048576],
    ['need more: no head end', "GET / HTTP/1.1\r\nHost: a\r\n", 1048576],
    ['need more: only CRLF', "GET / HTTP/1.1\r\n\r", 1048576],
    ['method POST', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc", 1048576],
    ['method OPTIONS', "OPTIONS / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method HEAD', "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method DELETE', "DELETE /x HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method PUT', "PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", 1048576],
    ['method PATCH', "PATCH /x HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method lower case', "get / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method CONNECT', "CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method TRACE', "TRACE / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['method prefix', "GETX / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['leading space', " GET / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['two spaces', "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['target asterisk', "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['target absolute', "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['target with tab', "GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['target with DEL', "GET /a\x7fb HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['target with high bytes', "GET /\xc3\xa9t\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['no version', "GET /\r\nHost: a\r\n\r\n", 1048576],
    ['HTTP/1.0 without Host', "GET / HTTP/1.0\r\n\r\n", 1048576],
    ['HTTP/1.1 without Host', "GET / HTTP/1.1\r\nX: y\r\n\r\n", 1048576],
    ['HTTP/1.9', "GET / HTTP/1.9\r\nHost: a\r\n\r\n", 1048576],
    ['HTTP/2.0', "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 1048576],
    ['HTTP/1.10', "GET / HTTP/1.10\r\nHost: a\r\n\r\n", 1048576],
    ['http lower case', "GET / http/1.1\r\nHost: a\r\n\r\n", 1048576],
    ['version then space', "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 1048576],
    ['Host with port', "GET / HTTP/1.1\r\nHost: a.example:8080\r\n\r\n", 1048576],
    ['Host IPv6', "GET / HTTP/1.1\r\nHost: [::1]\r\n\r\n", 1048576],
    ['Host IPv6 with port', "GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n", 1048576],
    ['Host trimmed', "GET / HTTP/1.1\r\nhOST: \t a:1 \t\r\n\r\n", 1048576],
    ['Host empty', "GET / HTTP/1.1\r\nHost:\r\n\r\n", 1048576],
    ['Host port empty', "GET / HTTP/1.1\r\nHost: a:\r\n\r\n", 1048576],
    ['Host port not digits', "GET / HTTP/1.1\r\nHost: a:b\r\n\r\n", 1048576],
    ['Host two ports', "GET / HTTP/1.1\r\nHost: a:1:2\r\n\r\n", 1048576],
    ['Host empty brackets', "GET / HTTP/1.1\r\nHost: []\r\n\r\n", 1048576],
    ['Host open bracket', "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", 1048576],
    ['Host bracket then text', "GET / HTTP/1.1\r\nHost: [::1]x\r\n\r\n", 1048576],
    ['Host with space', "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 1048576],
    ['Host with slash', "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 1048576],
    ['Host with VT', "GET / HTTP/1.1\r\nHost: a\x0bb\r\n\r\n", 1048576],
    ['Host twice', "GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", 1048576],
    ['Host twice HTTP/1.0', "GET / HTTP/1.0\r\nHost: a\r\nhost: b\r\n\r\n", 1048576],
    ['line without colon', H11 . "Foo\r\n\r\n", 1048576],
    ['empty header name', H11 . ": x\r\n\r\n", 1048576],
    ['space in header name', H11 . "Foo Bar: x\r\n\r\n", 1048576],
    ['space before colon', H11 . "Foo : x\r\n\r\n", 1048576],
    ['obs-fold', H11 . "Foo: x\r\n y\r\n\r\n", 1048576],
    ['odd tchar name', H11 . "!#$%&'*+-.^_`|~09az: x\r\n\r\n", 1048576],
    ['chunked', "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 1048576],
    ['chunked need more', "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab", 1048576],
    ['chunked case', "POST / HTTP/1.1\r\nHost: a\r\ntransfer-encoding:  Chunked \r\n\r\n0\r\n\r\n", 1048576],
    ['TE gzip', "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 1048576],
    ['TE list', "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 1048576],
    ['TE twice', "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 1048576],
    ['TE and CL', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", 1048576],
    ['CL leading zeros', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 007\r\n\r\n", 1048576],
    ['CL trimmed', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:  5\t\r\n\r\n", 1048576],
    ['CL empty', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", 1048576],
    ['CL plus', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n", 1048576],
    ['CL negative', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n", 1048576],
    ['CL list', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\n", 1048576],
    ['CL twice', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n", 1048576],
    ['CL hex', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x5\r\n\r\n", 1048576],
    ['CL at max', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 951\r\n\r\n", 1000],
    ['CL over max', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 952\r\n\r\n", 1000],
    ['CL INT64_MAX', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9223372036854775807\r\n\r\n", 1048576],
    ['CL INT64_MAX - 7', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9223372036854775800\r\n\r\n", 1048576],
    ['CL overflow', "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n", 1048576],
    ['head over max', "GET / HTTP/1.1\r\nHost: a\r\nX: " . str_repeat('x', 40) . "\r\n\r\n", 50],
    ['431 without head end', 'GET / HTTP/1.1' . substr($big, 14), 1048576],
    ['head end at 16383', "GET / HTTP/1.1\r\nHost: a\r\nX: " . str_repeat('x', 16383 - 28) . "\r\n\r\n", 1048576],
    ['431 head end at 16384', "GET / HTTP/1.1\r\nHost: a\r\nX: " . str_repeat('x', 16384 - 28) . "\r\n\r\n", 1048576],
    ['need more just under 16384', substr("GET / HTTP/1.1\r\nHost: a\r\nX: $big", 0, 16383), 1048576],
    // Stricter than upstream (http.h): bare LF, lone CR and NUL in the head are a 400.
    ['strict: LF after request line', "GET / HTTP/1.1\n\r\nHost: a\r\n\r\n", 1048576, -400, 'bare LF'],
    ['strict: bare LF in a value', H11 . "X: a\nb\r\n\r\n", 1048576, -400, 'bare LF'],
    ['strict: lone CR in a value', H11 . "X: a\rb\r\n\r\n", 1048576, -400, 'lone CR'],
    ['strict: NUL in a value', H11 . "X: a\0b\r\n\r\n", 1048576, -400, 'NUL'],
];

// ---------------------------------------------------------------------------------------------
// next_header cases: Request::header() on heads input() may never have seen (new Request($any)).

$nextHeaderCases = [
    ['plain', "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n\r\n"],
    ['repeated, merged with commas', "GET / HTTP/1.1\r\nX: 1\r\nx: 2\r\nY: 3\r\nX:4\r\n\r\n"],
    ['colon-less lines skipped', "GET / HTTP/1.1\r\nnocolon\r\nA: 1\r\n   \r\nB: 2\r\n\r\n"],
    ['empty name and value', "GET / HTTP/1.1\r\n: v\r\nE:\r\nF:   \t \r\n\r\n"],
    ['value with colons', "GET / HTTP/1.1\r\nA: b: c:d\r\n\r\n"],
    ['name with spaces', "GET / HTTP/1.1\r\n A B : c \r\n\r\n"],
    ['lone CR and LF inside lines', "GET / HTTP/1.1\r\nA: 1\rB: 2\r\nC: 3\nD: 4\r\n\r\n"],
    ['only a request line', "GET / HTTP/1.1\r\n\r\n"],
    ['no request line end', "GET / HTTP/1.1\r\r\n\r\n"],
    ['request line with lone CR', "GET /\r HTTP/1.1\r\nA: 1\r\n\r\n"],
    ['value trimmed of SP and HT only', "GET / HTTP/1.1\r\nA: \x0b1\x0c \r\n\r\n"],
    ['CR at the end of the last line', "GET / HTTP/1.1\r\nA: 1\r\r\n\r\n"],
];

function upstream_headers(string $buf): string
{
    $out = '';
    foreach ((new Request($buf))->header() as $k => $v) {
        $out .= esc((string)$k) . '=' . esc($v) . "\n";
    }
    return $out;
}

// ---------------------------------------------------------------------------------------------
// Chunked cases: Http::input() and decodeChunked() on a request with a chunked body.

const CH = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";

/* [name, body, maxPackageSize, our value when we are stricter, the reason] */
$chunkedCases = [
    ['one chunk', "5\r\nhello\r\n0\r\n\r\n", 1048576],
    ['several chunks', "5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n", 1048576],
    ['hex digits both cases', "a\r\n0123456789\r\nA\r\nabcdefghij\r\nfF\r\n" . str_repeat('z', 255) . "\r\n0\r\n\r\n", 1048576],
    ['data with CRLF inside', "7\r\n\r\n0\r\n\r\n\r\n0\r\n\r\n", 1048576],
    ['extensions', "5;name=value\r\nhello\r\n3;a;b=\"c d\"\r\nabc\r\n0;last\r\n\r\n", 1048576],
    ['trailers', "3\r\nabc\r\n0\r\nX-One: 1\r\nx-two:2\r\nX-ONE:   3  \r\nno colon line\r\n:empty name\r\n\r\n", 1048576],
    ['trailer value with VT', "0\r\nA:\x0b\t v\r\n\r\n", 1048576],
    ['16 digit size', "0000000000000005\r\nhello\r\n0000000000000000\r\n\r\n", 1048576],
    ['17 digit size', "00000000000000005\r\nhello\r\n0\r\n\r\n", 1048576],
    ['17 digit zero', "00000000000000000\r\n\r\n", 1048576],
    ['size over INT64_MAX', "8000000000000000\r\n", 1048576],
    ['size ffff...', "ffffffffffffffff\r\n", 1048576],
    ['empty data', "0\r\n\r\n", 1048576],
    ['pipelined bytes after', "1\r\na\r\n0\r\n\r\nGET / HTTP/1.1\r\n", 1048576],
    ['need more: size line', "5", 1048576],
    ['need more: data', "5\r\nhel", 1048576],
    ['need more: data CR', "5\r\nhello\r", 1048576],
    ['need more: last chunk', "5\r\nhello\r\n0\r\n", 1048576],
    ['need more: trailer', "0\r\nX: y\r\n", 1048576],
    ['need more: final CR', "0\r\n\r", 1048576],
    ['empty size line', "\r\nhello\r\n0\r\n\r\n", 1048576],
    ['extension without size', ";x\r\nhello\r\n0\r\n\r\n", 1048576],
    ['space before size', " 5\r\nhello\r\n0\r\n\r\n", 1048576],
    ['space after size', "5 \r\nhello\r\n0\r\n\r\n", 1048576],
    ['0x prefix', "0x5\r\nhello\r\n0\r\n\r\n", 1048576],
    ['sign', "+5\r\nhello\r\n0\r\n\r\n", 1048576],
    ['data too long', "5\r\nhelloX\r\n0\r\n\r\n", 1048576],
    ['data too short', "5\r\nhell\r\n0\r\n\r\n", 1048576],
    ['LF after data', "5\r\nhello\n0\r\n\r\n", 1048576],
    ['CR CR after data', "5\r\nhello\r\r0\r\n\r\n", 1048576],
    ['413 after a chunk', "40\r\n" . str_repeat('d', 64) . "\r\n0\r\n\r\n", 120],
    ['request exactly max', "2\r\nab\r\n0\r\n\r\n", 68],
    ['413 on the last line', "2\r\nab\r\n0\r\n\r\n", 67],
    ['chunk ending exactly at max', "2\r\nab\r\n0\r\n\r\n", 63],
    ['chunk ending past max', "2\r\nab\r\n0\r\n\r\n", 62],
    ['413 from trailers', "0\r\nX: " . str_repeat('t', 20) . "\r\n\r\n", 70],
    // Stricter than upstream (chunked.h).
    ['strict: early 413 on a huge size', "7fffffffffffffff\r\n", 1048576, -413, 'early 413'],
    ['strict: early 413 on a size past max', "100\r\n" . str_repeat('d', 10), 200, -413, 'early 413'],
    ['strict: 413 when buffered past max', "5;" . str_repeat('e', 300), 200, -413, 'buffered past max'],
    ['strict: early 400 on a bad size', "5x", 1048576, -400, 'bad size at once'],
    ['strict: a NUL past max is a 413', "1;" . str_repeat('e', 10) . "\0\r\na\r\n0\r\n\r\n", 60, -413, 'past max'],
    ['strict: bare LF in an extension', "5;a\nb\r\nhello\r\n0\r\n\r\n", 1048576, -400, 'bare LF'],
    ['strict: NUL in an extension', "5;a\0\r\nhello\r\n0\r\n\r\n", 1048576, -400, 'NUL'],
    ['strict: lone CR in an extension', "5;a\rb\r\nhello\r\n0\r\n\r\n", 1048576, -400, 'lone CR'],
    ['strict: bare LF in a trailer', "0\r\nX: a\nb\r\n\r\n", 1048576, -400, 'bare LF'],
    ['strict: lone CR in a trailer', "0\r\nX: a\rb\r\n\r\n", 1048576, -400, 'lone CR'],
    ['strict: NUL in a trailer', "0\r\nX: \0\r\n\r\n", 1048576, -400, 'NUL'],
    ['strict: bare LF as the final line', "0\r\n\n\r\n\r\n", 1048576, -400, 'bare LF'],
];

// ---------------------------------------------------------------------------------------------
// Multipart cases: parseUploadFile() part by part on the whole body.

/* parseUploadFile() only needs the body offset; the boundary is passed to it directly. */
const MP_HEAD = "POST / HTTP/1.1\r\nHost: a\r\nContent-Type: multipart/form-data\r\n\r\n";

function mp(array $parts, string $bnd = 'XyZ', string $end = "--\r\n"): string
{
    $s = '';
    foreach ($parts as [$headers, $data]) {
        $s .= "--$bnd\r\n$headers\r\n\r\n$data\r\n";
    }
    return $s . "--$bnd$end";
}

function cd(string $name, ?string $filename = null): string
{
    return "Content-Disposition: form-data; name=\"$name\"" . ($filename === null ? '' : "; filename=\"$filename\"");
}

$sample = mp([
    [cd('title'), 'Hello, world'],
    [cd('tags[]'), "a\r\nb"],
    [cd('upload', 'a.txt') . "\r\nContent-Type: text/plain", "line 1\r\nline 2\r\n--XyZ-not-quite\r\n"],
    [cd('empty'), ''],
    [cd('bin', 'b.bin') . "\r\nContent-Type: application/octet-stream", "\0\r\n\r\n--Xy\r\n--X\r"],
]);

/* [name, delimiter, body, max_parts, (our transcript when we deviate, the reason)] */
$multipartCases = [
    ['sample', '--XyZ', $sample, 1024],
    ['nested names', '--XyZ', mp([[cd('a[b][]'), '1'], [cd('a[b][]'), '2'], [cd('a[c]'), '3'], [cd('f[x][]', 'x.txt'), 'X']]), 1024],
    ['no Content-Type on a file', '--XyZ', mp([[cd('f', 'n.txt'), 'data']]), 1024],
    ['Content-Type trimmed, before the disposition', '--XyZ', mp([["Content-Type:  image/png \t\r\n" . cd('f', 'p.png'), 'PNG']]), 1024],
    ['webkitRelativePath after the disposition', '--XyZ', mp([[cd('f', 'a.txt') . "\r\nwebkitRelativePath:  dir/sub/a.txt ", 'A']]), 1024],
    ['webkitRelativePath before the disposition', '--XyZ', mp([["webkitRelativePath: dir/a.txt\r\n" . cd('f', 'a.txt'), 'A']]), 1024],
    ['empty filename and data', '--XyZ', mp([[cd('f', ''), '']]), 1024],
    ['case-insensitive keys and file regex', '--XyZ', mp([["content-DISPOSITION: form-data; NAME=\"u\"; FileName=\"U.TXT\"\r\nCONTENT-TYPE: text/x", 'u'], ["CONTENT-DISPOSITION: form-data; name=\"v\"", 'v']]), 1024],
    ['field regex is case-sensitive', '--XyZ', mp([["Content-Disposition: form-data; NAME=\"v\"", 'v'], [cd('w'), 'w']]), 1024],
    ['field name runs to the last quote', '--XyZ', mp([["Content-Disposition: form-data; name=\"a\"; x=\"y\"", 'v']]), 1024],
    ['filename= alone is a field', '--XyZ', mp([["Content-Disposition: form-data; filename=\"x.txt\"", 'v']]), 1024],
    ['file regex: first name=" wins', '--XyZ', mp([["Content-Disposition: form-data; filename=\"q\"; name=\"a\"; filename=\"b\"", 'v']]), 1024],
    ['file regex: filename without closing quote', '--XyZ', mp([["Content-Disposition: form-data; name=\"a\"; filename=\"b", 'v'], [cd('z'), 'z']]), 1024],
    ['LF inside a name', '--XyZ', mp([["Content-Disposition: form-data; name=\"a\nb\"", 'v'], [cd('z'), 'z']]), 1024],
    ['LF inside a file name segment', '--XyZ', mp([["Content-Disposition: form-data; name=\"a\nb\"; filename=\"c\"; name=\"d\"; filename=\"e\"", 'v']]), 1024],
    ['quote then final LF', '--XyZ', mp([["Content-Disposition: form-data; name=\"a\"\n", 'v']]), 1024],
    ['value cut at a second ": "', '--XyZ', mp([[cd('a: b'), 'v'], [cd('c'), 'c']]), 1024],
    ['skipped part keeps parsing', '--XyZ', mp([["Content-Disposition: form-data; nam=\"x\"", 'v'], [cd('c'), 'c']]), 1024],
    ['file then field disposition', '--XyZ', mp([[cd('f', 'f.txt') . "\r\n" . cd('g'), 'v'], [cd('c'), 'c']]), 1024],
    ['file then skipped disposition', '--XyZ', mp([[cd('f', 'f.txt') . "\r\nContent-Disposition: inline", 'v'], [cd('c'), 'c']]), 1024],
    ['field ignores the lines after it', '--XyZ', mp([[cd('a') . "\r\ngarbage without colon", 'v'], [cd('c'), 'c']]), 1024],
    ['stop: bad line after a file disposition', '--XyZ', mp([[cd('f', 'f.txt') . "\r\ngarbage", 'v'], [cd('c'), 'c']]), 1024],
    ['stop: no space after the colon', '--XyZ', mp([[cd('a'), '1'], ["Content-Disposition:form-data; name=\"b\"", '2'], [cd('c'), '3']]), 1024],
    ['stop: line starting with ": "', '--XyZ', mp([[": x\r\n" . cd('a'), '1']]), 1024],
    ['stop: no disposition', '--XyZ', mp([[cd('a'), '1'], ['Content-Type: text/plain', '2'], [cd('c'), '3']]), 1024],
    ['stop: empty header block', '--XyZ', mp([[cd('a'), '1']]) . "\r\n\r\n\r\n--XyZ--", 1024],
    ['stop: delimiter inside the header block', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n--XyZ\r\n" . cd('b') . "\r\n\r\nv\r\n--XyZ--", 1024],
    ['stop: delimiter right after the header block', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\n--XyZ\r\n" . cd('b') . "\r\n\r\nv\r\n--XyZ--", 1024],
    ['header block trimmed', '--XyZ', "--XyZ  \r\n\t" . cd('a') . " \t\0\x0b\r\n\r\nv\r\n--XyZ--", 1024],
    ['padding inside the block is not trimmed', '--XyZ', "--XyZ\r\n" . cd('a') . " \r\nContent-Type: x\r\n\r\nv\r\n--XyZ\r\n" . cd('c') . "\r\n\r\nw\r\n--XyZ--", 1024],
    ['delimiter prefix in data', '--XyZ', mp([[cd('a'), "\r\n--Xy\r\n--XyY\r-\n--XyZ"]]) , 1024],
    ['delimiter needs no CRLF after it', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\nv\r\n--XyZab" . cd('b') . "\r\n\r\nw\r\n--XyZ", 1024],
    ['parts after the closing delimiter', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\n1\r\n--XyZ--" . cd('b') . "\r\n\r\n2\r\n--XyZ--\r\n", 1024],
    ['closing delimiter then a delimiter: stop', '--XyZ', mp([[cd('a'), '1']]) . "--XyZ\r\n" . cd('b') . "\r\n\r\n2\r\n--XyZ--\r\n", 1024],
    ['data starting like a delimiter', '--XyZ', mp([[cd('a'), '--XyY'], [cd('b'), '--Xy'], [cd('c'), "\r\n--Xy"], [cd('d'), '-']]), 1024],
    ['missing final delimiter', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\n1\r\n--XyZ\r\n" . cd('f', 'f') . "\r\n\r\nunfinished", 1024],
    ['ends inside the delimiter', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\n1\r\n--XyZ\r\n" . cd('b') . "\r\n\r\n2\r\n--Xy", 1024],
    ['ends right after the delimiter', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\n1\r\n--XyZ", 1024],
    ['ends inside a header block', '--XyZ', "--XyZ\r\n" . cd('a') . "\r\n\r\n1\r\n--XyZ\r\nContent-Disp", 1024],
    ['empty body', '--XyZ', '', 1024],
    ['max_parts 2', '--XyZ', mp([[cd('a'), '1'], [cd('b'), '2'], [cd('c'), '3']]), 2],
    ['max_parts counts skipped parts', '--XyZ', mp([["Content-Disposition: x", '1'], [cd('b'), '2'], [cd('c'), '3']]), 2],
    ['max_parts 0', '--XyZ', mp([[cd('a'), '1']]), 0],
    ['binary data', '--XyZ', mp([[cd('b', 'b'), implode('', array_map('chr', range(0, 255))) . "\r\n-\r\n--XyZ"]]), 1024],
    ['regex characters in the boundary', '--a.b+c(d)*', mp([[cd('a'), 'x--a.b+c(d)*'], [cd('b'), 'y']], 'a.b+c(d)*'), 1024],
    ['boundary with a CR LF prefix', "--\r\n", "--\r\n\r\n" . cd('a') . "\r\n\r\nv\r\n--\r\n\r\n" . cd('b') . "\r\n\r\nw\r\n--\r\n--", 1024],
    ['boundary with a CR inside', "--\r\n-Q", "--\r\n-Q\r\n" . cd('a') . "\r\n\r\nx\r\n--\r\n-\r\n--\r\n-Q\r\n" . cd('b')
        . "\r\n\r\n\r\n--\r\n-\r\n--\r\n\r\n--\r\n-Q--", 1024],
    ['long boundary', '--' . str_repeat('b', 200), mp([[cd('a'), 'v']], str_repeat('b', 200)), 1024],
    ['boundary of 300', '--' . str_repeat('B', 300), mp([[cd('a'), str_repeat('B', 350)], [cd('b'), "\r\n--" . str_repeat('B', 299)],
        [cd('f', 'f.txt'), 'x']], str_repeat('B', 300)), 1024],
    ['boundary of 4096', '--' . str_repeat('C', 4096), mp([[cd('a'), str_repeat('C', 4097)], [cd('b'), "\r\n--" . str_repeat('C', 4095)],
        [cd('f', 'f.txt'), 'x']], str_repeat('C', 4096)), 1024],
    ['key order: type, webkitRelativePath before the disposition', '--XyZ', mp([
        ["Content-Type: text/plain\r\n" . cd('a', 'a.txt'), '1'],
        ["webkitRelativePath: d/b.txt\r\nContent-Type: text/x\r\n" . cd('b', 'b.txt'), '2'],
        ["Content-Type: text/y\r\nwebkitRelativePath: d/c.txt\r\n" . cd('c', 'c.txt') . "\r\nContent-Type: text/z", '3'],
        [cd('d', 'd.txt') . "\r\nContent-Type: text/plain\r\nwebkitRelativePath: d/d.txt", '4'],
        ["Content-Type: text/plain\r\nContent-Type: text/w\r\n" . cd('e', 'e.txt'), '5'],
        ["Content-Type: text/plain\r\n" . cd('f'), '6'],
    ]), 1024],
    ['header block at the limit', '--XyZ', mp([[cd('a') . "\r\nX: " . str_repeat('h', 16384 - strlen(cd('a')) - 5), 'v'], [cd('b'), 'w']]), 1024],
    ['header block over the limit', '--XyZ', mp([[cd('a') . "\r\nX: " . str_repeat('h', 16384 - strlen(cd('a')) - 4), 'v'], [cd('b'), 'w']]), 1024,
        '', 'header block over WM_MP_MAX_HEADER'],
];

// ---------------------------------------------------------------------------------------------
// Output.

function header_file(string $what, array $lines): string
{
    return "/* Generated by tests/unit/gen_expect.php from upstream Workerman's PHP: do not edit. */\n"
        . "/* $what */\n\n" . implode("\n", $lines) . "\n";
}

$files = [];

$l = ['static const struct head_case head_cases[] = {'];
foreach ($headCases as $c) {
    [$name, $buf, $max] = $c;
    $r = upstream_head($buf, $max);
    $ours = $c[3] ?? $r['input'];
    $ok = isset($r['method']) && $ours >= 0;
    $cl = $ok && $r['cl'] !== null ? (int)$r['cl'] : -1;
    $l[] = "\t{" . c_str($name) . ', ' . c_str($buf) . ', ' . strlen($buf) . ", $max,\n\t\t" . c_int($r['input']) . ', ' . c_int($ours)
        . ', ' . c_str($c[4] ?? null) . ",\n\t\t" . c_str($ok ? $r['method'] : null) . ', ' . c_str($ok ? $r['uri'] : null) . ', '
        . c_str($ok ? $r['version'] : null) . ', ' . c_str($ok ? ($r['host'] ?? '') : null) . ', ' . c_int($cl) . '},';
}
$l[] = '};';
$l[] = '';
$l[] = 'static const struct next_header_case next_header_cases[] = {';
foreach ($nextHeaderCases as [$name, $buf]) {
    $l[] = "\t{" . c_str($name) . ', ' . c_str($buf) . ', ' . strlen($buf) . ",\n\t\t" . c_str(upstream_headers($buf)) . '},';
}
$l[] = '};';
$files['expect_http.h'] = header_file('Http::input() and Request::header() on the same bytes as the C tests.', $l);

$l = ['static const struct chunked_case chunked_cases[] = {'];
foreach ($chunkedCases as $c) {
    [$name, $body, $max] = $c;
    $buf = CH . $body;
    $up = upstream_input($buf, $max);
    $ours = $c[3] ?? $up;
    $decoded = $trailers = null;
    if ($ours > 0) {
        [$req, $tr] = ProbeHttp::dechunk(substr($buf, 0, $ours));
        $decoded = substr($req, strpos($req, "\r\n\r\n") + 4);
        $trailers = '';
        foreach ($tr as $k => $v) {
            $trailers .= esc((string)$k) . '=' . esc($v) . "\n";
        }
    }
    $l[] = "\t{" . c_str($name) . ', ' . c_str($buf) . ', ' . strlen($buf) . ', ' . strlen(CH) . ", $max,\n\t\t"
        . c_int($up) . ', ' . c_int($ours) . ', ' . c_str($c[4] ?? null) . ",\n\t\t" . c_str($decoded) . ', '
        . strlen($decoded ?? '') . ', ' . c_str($trailers) . '},';
}
$l[] = '};';
$files['expect_chunked.h'] = header_file('Http::input() and Http::decodeChunked() on the same bytes as the C tests.', $l);

$l = ['static const struct multipart_case multipart_cases[] = {'];
foreach ($multipartCases as $c) {
    [$name, $delim, $body, $max] = $c;
    $req = new ProbeRequest(MP_HEAD . $body);
    $up = $req->parts($delim, $max);
    $ours = $c[4] ?? $up;
    $l[] = "\t{" . c_str($name) . ', ' . c_str($delim) . ', ' . strlen($delim) . ",\n\t\t" . c_str($body) . ', ' . strlen($body)
        . ", $max,\n\t\t" . c_str($up) . ",\n\t\t" . c_str($ours) . ', ' . c_str($c[5] ?? null) . '},';
}
$l[] = '};';
$files['expect_multipart.h'] = header_file('Request::parseUploadFile() part by part on the same bodies as the C tests.', $l);

$stale = false;
foreach ($files as $file => $text) {
    $path = __DIR__ . "/$file";
    if (($argv[1] ?? '') === '--check') {
        if (@file_get_contents($path) !== $text) {
            fwrite(STDERR, "gen_expect: tests/unit/$file is stale\n");
            $stale = true;
        }
    } else {
        file_put_contents($path, $text);
        echo "gen_expect: tests/unit/$file\n";
    }
}
exit($stale ? 1 : 0);
