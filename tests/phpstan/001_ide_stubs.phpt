--TEST--
IDE stubs (ide-stubs/, installed as a Composer path package): PHPStan finds the extension's classes in them with or without the extension loaded, reports no error at level 8 (nor 10) on a small app without vendor/workerman, infers upstream 5.x's return types, and accepts 4.x-style overrides without return types
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/vendor/bin/phpstan')) {
    die('skip PHPStan not installed (scripts/php-deps.sh installs it into tests/phpstan/vendor)');
}
if (!is_file(dirname(__DIR__, 2) . '/modules/workerman.so')) {
    die('skip modules/workerman.so not built');
}
foreach (['phar', 'tokenizer'] as $ext) {
    if (!extension_loaded($ext) && !is_file(ini_get('extension_dir') . "/$ext.so")) {
        die("skip PHPStan needs the $ext extension");
    }
}
?>
--FILE--
<?php
/*
 * PHPStan runs in its own PHP, from a php.ini of this test's (no system ini, no conf.d), so that
 * the extension is loaded exactly when we say: PHPStan 2.3 re-executes itself once at start-up
 * with a php.ini composed from the loaded ini files, so extensions given with -d would be lost.
 */
$dir = sys_get_temp_dir() . '/wmphpstan-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir("$dir/conf.d", 0700, true);
$so = dirname(__DIR__, 2) . '/modules/workerman.so';
$ini = static function (bool $workerman) use ($dir, $so): string {
    $lines = [];
    // phar and tokenizer are needed; mbstring (or its polyfill's iconv) to print a failure.
    foreach (['phar', 'tokenizer', 'mbstring', 'iconv'] as $ext) {
        if (!extension_loaded($ext) && is_file(ini_get('extension_dir') . "/$ext.so")) {
            $lines[] = "extension=$ext";
        }
    }
    if ($workerman) {
        $lines[] = "extension=$so";
    }
    $lines[] = 'memory_limit=1G';
    $file = "$dir/" . ($workerman ? 'with' : 'without') . '.ini';
    file_put_contents($file, implode("\n", $lines) . "\n");
    return $file;
};
// One process (no parallel workers): the machine is shared, and the pid we stop is PHPStan's only
// one (its restart replaces the process image, same pid).
file_put_contents("$dir/phpstan.neon", "includes:\n\t- " . __DIR__ . "/phpstan.neon\nparameters:\n\ttmpDir: $dir/cache\n"
    . "\tparallel:\n\t\tmaximumNumberOfProcesses: 1\n");

/** Runs PHPStan; returns its output (stdout and stderr), bounded in time. */
$phpstan = static function (bool $workerman, array $args) use ($dir, $ini): string {
    $env = getenv();
    unset($env['PHPRC'], $env['USE_ZEND_ALLOC'], $env['ZEND_DONT_UNLOAD_MODULES'], $env['PHPSTAN_RESTART']);
    $env['PHP_INI_SCAN_DIR'] = "$dir/conf.d"; // empty (an empty value would be dropped by proc_open)
    $out = "$dir/out.txt";
    $cmd = array_merge([PHP_BINARY, '-c', $ini($workerman), __DIR__ . '/vendor/bin/phpstan', 'analyse',
        '--no-progress', '--no-ansi', '-c', "$dir/phpstan.neon"], $args);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $out, 'a']],
        $pipes, __DIR__, $env);
    $deadline = microtime(true) + 300;
    while (proc_get_status($proc)['running'] && microtime(true) < $deadline) {
        usleep(50000);
    }
    $status = proc_get_status($proc);
    if ($status['running']) {
        proc_terminate($proc, 9);
        echo "PHPStan did not finish in 300 s\n";
    }
    proc_close($proc);
    return str_replace(__DIR__ . '/', '', (string)file_get_contents($out));
};

foreach ([false, true] as $workerman) {
    echo '== ', $workerman ? 'with' : 'without', " the extension loaded\n";
    // Level 8, as an application would run it.
    $o = $phpstan($workerman, ['-l', '8']);
    echo str_contains($o, '[OK] No errors') ? "level 8: [OK] No errors\n" : "level 8 failed:\n$o\n";
    // Level 10 (mixed is an error) with the types PHPStan infers dumped: every line must be a dump.
    echo $phpstan($workerman, ['-l', '10', '--error-format=raw', 'app', 'check/types.php']);
    // Workerman 3.x/4.x-style overrides without return types: no signature error.
    $o = $phpstan($workerman, ['-l', '5', 'check/legacy.php']);
    echo str_contains($o, '[OK] No errors') ? "legacy overrides: [OK] No errors\n" : "legacy overrides failed:\n$o\n";
}

foreach (glob("$dir/*.{ini,neon,txt}", GLOB_BRACE) ?: [] as $f) {
    unlink($f);
}
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
== without the extension loaded
level 8: [OK] No errors
check/types.php:16:Dumped type: int
check/types.php:17:Dumped type: bool
check/types.php:18:Dumped type: Workerman\Events\EventInterface
check/types.php:19:Dumped type: array<Workerman\Worker>
check/types.php:20:Dumped type: array<Workerman\Connection\TcpConnection>
check/types.php:21:Dumped type: resource|null
check/types.php:22:Dumped type: bool|null
check/types.php:23:Dumped type: int
check/types.php:24:Dumped type: int|string
check/types.php:25:Dumped type: string
check/types.php:26:Dumped type: string|null
check/types.php:27:Dumped type: string
check/types.php:28:Dumped type: Workerman\Protocols\Http\Session
check/types.php:29:Dumped type: array
check/types.php:30:Dumped type: Workerman\Protocols\Http\Response
legacy overrides: [OK] No errors
== with the extension loaded
level 8: [OK] No errors
check/types.php:16:Dumped type: int
check/types.php:17:Dumped type: bool
check/types.php:18:Dumped type: Workerman\Events\EventInterface
check/types.php:19:Dumped type: array<Workerman\Worker>
check/types.php:20:Dumped type: array<Workerman\Connection\TcpConnection>
check/types.php:21:Dumped type: resource|null
check/types.php:22:Dumped type: bool|null
check/types.php:23:Dumped type: int
check/types.php:24:Dumped type: int|string
check/types.php:25:Dumped type: string
check/types.php:26:Dumped type: string|null
check/types.php:27:Dumped type: string
check/types.php:28:Dumped type: Workerman\Protocols\Http\Session
check/types.php:29:Dumped type: array
check/types.php:30:Dumped type: Workerman\Protocols\Http\Response
legacy overrides: [OK] No errors
