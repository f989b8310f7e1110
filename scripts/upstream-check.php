<?php
/**
 * Worker of scripts/upstream-check.sh (run it through that script, which finds the upstream tree
 * and exports UPSTREAM_WORKERMAN_SRC). Runs each phpt's --FILE-- under upstream's pure-PHP
 * Workerman and compares the output with the test's expectation as run-tests.php would.
 */

const TIMEOUT = 120; // seconds per test; the harness caps its own processes at 30 s

/** Sections of a phpt file, keyed by name (TEST, FILE, EXPECT, ...). */
function phpt_sections(string $file): array
{
    $sections = [];
    $current = null;
    foreach (preg_split('/(?<=\n)/', (string)file_get_contents($file)) as $line) {
        if (preg_match('/^--([A-Z_]+)--\s*$/', $line, $m)) {
            $current = $m[1];
            $sections[$current] = '';
            continue;
        }
        if ($current !== null) {
            $sections[$current] .= $line;
        }
    }
    return $sections;
}

/** The reason given by a leading `// upstream differs: ...` comment of the script, or null. */
function deliberate_difference(string $code): ?string
{
    foreach (explode("\n", $code) as $line) {
        $line = trim($line);
        if ($line === '' || $line === '<?php') {
            continue;
        }
        if (preg_match('~^//\s*upstream differs:\s*(.*)$~', $line, $m)) {
            return $m[1] !== '' ? $m[1] : '(no reason given)';
        }
        if (!str_starts_with($line, '//')) {
            return null;
        }
    }
    return null;
}

/** run-tests.php's EXPECTF placeholders turned into a regular expression body. */
function expectf_regex(string $expect): string
{
    $map = [
        '%%' => '%',
        '%e' => preg_quote(DIRECTORY_SEPARATOR, '/'),
        '%s' => '[^\r\n]+',
        '%S' => '[^\r\n]*',
        '%a' => '.+',
        '%A' => '.*',
        '%w' => '\s*',
        '%i' => '[+-]?\d+',
        '%d' => '\d+',
        '%x' => '[0-9a-fA-F]+',
        '%f' => '[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?',
        '%c' => '.',
        '%0' => '\x00',
    ];
    // %r...%r encloses raw regex; everything else is literal text with placeholders.
    $parts = explode('%r', $expect);
    $regex = '';
    foreach ($parts as $i => $part) {
        $regex .= $i % 2 ? '(?:' . $part . ')' : strtr(preg_quote($part, '/'), $map);
    }
    return $regex;
}

/** A readable diff: with EXPECTF, expected lines that match the output line at the same index
 * are shown as that output line, so only the lines that really differ stand out. */
function show_diff(string $expected, string $actual, bool $patterns): string
{
    $exp = explode("\n", $expected);
    $act = explode("\n", $actual);
    if ($patterns) {
        foreach ($exp as $i => $line) {
            if (isset($act[$i]) && @preg_match('/^' . expectf_regex($line) . '$/s', $act[$i])) {
                $exp[$i] = $act[$i];
            }
        }
    }
    $a = tempnam(sys_get_temp_dir(), 'upchk-exp.');
    $b = tempnam(sys_get_temp_dir(), 'upchk-out.');
    file_put_contents($a, implode("\n", $exp) . "\n");
    file_put_contents($b, implode("\n", $act) . "\n");
    exec('diff -u --label expected --label upstream ' . escapeshellarg($a) . ' ' . escapeshellarg($b), $out);
    unlink($a);
    unlink($b);
    return implode("\n", $out) . "\n";
}

/** php -n command line for running $script under upstream with the test's extensions/INI. */
function php_command(array $sections, string $script): array
{
    $cmd = ['timeout', '-k', '5', (string)TIMEOUT, PHP_BINARY, '-n'];
    // posix/pcntl for the process model; ctype because upstream's Http::input() calls ctype_digit().
    $exts = ['posix', 'ctype'];
    foreach (preg_split('/\s+/', trim($sections['EXTENSIONS'] ?? ''), -1, PREG_SPLIT_NO_EMPTY) as $e) {
        if ($e !== 'workerman') {
            $exts[] = $e;
        }
    }
    foreach (array_unique($exts) as $e) {
        if (!extension_loaded($e)) {
            array_push($cmd, '-d', "extension=$e");
        }
    }
    // The settings run-tests.php gives every test that matter for output.
    foreach (['display_errors=1', 'error_reporting=' . E_ALL, 'log_errors=0', 'html_errors=0',
                 'output_buffering=0', 'memory_limit=128M', 'zend.assertions=1'] as $ini) {
        array_push($cmd, '-d', $ini);
    }
    foreach (preg_split('/\R/', trim($sections['INI'] ?? ''), -1, PREG_SPLIT_NO_EMPTY) as $ini) {
        array_push($cmd, '-d', trim($ini));
    }
    array_push($cmd, '-d', 'auto_prepend_file=' . dirname(__DIR__) . '/tests/include/upstream/prepend.inc');
    $cmd[] = $script;
    return $cmd;
}

/** Runs a section's code as a script next to the test (so __DIR__ is the test's directory). */
function run_section(string $phpt, array $sections, string $name, string $suffix): string
{
    $script = preg_replace('/\.phpt$/', '', realpath($phpt)) . ".upstream$suffix.php";
    file_put_contents($script, $sections[$name]);
    $env = getenv();
    foreach (preg_split('/\R/', trim($sections['ENV'] ?? ''), -1, PREG_SPLIT_NO_EMPTY) as $kv) {
        [$k, $v] = array_pad(explode('=', $kv, 2), 2, '');
        $env[trim($k)] = $v;
    }
    $out = tempnam(sys_get_temp_dir(), 'upchk-run.');
    $proc = proc_open(php_command($sections, $script),
        [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $out, 'a']],
        $pipes, dirname($phpt), $env);
    $status = proc_close($proc);
    $output = (string)file_get_contents($out);
    unlink($out);
    unlink($script);
    if ($status === 124 || $status === 137) {
        $output .= "\n[upstream-check: killed after " . TIMEOUT . " s]\n";
    }
    return $output;
}

$tests = [];
foreach (array_slice($argv, 1) as $arg) {
    if (is_dir($arg)) {
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($arg, FilesystemIterator::SKIP_DOTS));
        $found = [];
        foreach ($it as $f) {
            if (str_ends_with($f->getFilename(), '.phpt')) {
                $found[] = $f->getPathname();
            }
        }
        sort($found);
        array_push($tests, ...$found);
    } elseif (is_file($arg) && str_ends_with($arg, '.phpt')) {
        $tests[] = $arg;
    } else {
        fwrite(STDERR, "upstream-check: not a .phpt file or directory: $arg\n");
        exit(2);
    }
}

$count = ['passed' => 0, 'failed' => 0, 'skipped' => 0];
foreach ($tests as $phpt) {
    $s = phpt_sections($phpt);
    if (!isset($s['FILE'])) {
        echo "FAIL  $phpt (no --FILE-- section; FILE_EXTERNAL and friends are not supported)\n";
        $count['failed']++;
        continue;
    }
    $why = deliberate_difference($s['FILE']);
    if ($why !== null) {
        echo "SKIP  $phpt: skipped (deliberate difference: $why)\n";
        $count['skipped']++;
        continue;
    }
    if (isset($s['SKIPIF'])) {
        $skip = trim(run_section($phpt, $s, 'SKIPIF', '.skipif'));
        if (stripos($skip, 'skip') === 0) {
            echo "SKIP  $phpt: skipped ($skip)\n";
            $count['skipped']++;
            continue;
        }
    }
    $output = trim(str_replace("\r\n", "\n", run_section($phpt, $s, 'FILE', '')));
    if (isset($s['CLEAN'])) {
        run_section($phpt, $s, 'CLEAN', '.clean');
    }
    if (isset($s['EXPECT'])) {
        $wanted = trim(str_replace("\r\n", "\n", $s['EXPECT']));
        $ok = $output === $wanted;
        $patterns = false;
    } elseif (isset($s['EXPECTF']) || isset($s['EXPECTREGEX'])) {
        $patterns = isset($s['EXPECTF']);
        $wanted = trim(str_replace("\r\n", "\n", $s['EXPECTF'] ?? $s['EXPECTREGEX']));
        $regex = $patterns ? expectf_regex($wanted) : $wanted;
        $ok = (bool)preg_match('/^' . $regex . '$/s', $output);
    } else {
        echo "FAIL  $phpt (no --EXPECT--, --EXPECTF-- or --EXPECTREGEX-- section)\n";
        $count['failed']++;
        continue;
    }
    if ($ok) {
        echo "PASS  $phpt\n";
        $count['passed']++;
    } else {
        echo "FAIL  $phpt\n", show_diff($wanted, $output, $patterns);
        $count['failed']++;
    }
}
printf("against %s: %d passed, %d failed, %d skipped\n",
    getenv('UPSTREAM_WORKERMAN_SRC'), $count['passed'], $count['failed'], $count['skipped']);
exit($count['failed'] > 0 ? 1 : 0);
