<?php
/*
 * Compares the PHP API of the extension with upstream Workerman's, by reflection.
 *
 *   php scripts/reflect-diff.php [--summary] [--fail-on missing-public] [UPSTREAM_DIR]
 *
 * UPSTREAM_DIR is a checkout of workerman/workerman (its src/ is loaded), by default
 * ../shared/apps/webman/vendor/workerman/workerman relative to the repository. Two PHP processes
 * dump the API as JSON: one loads upstream's classes WITHOUT the extension, one loads only the
 * extension (modules/workerman.so, with posix and sockets, as scripts/test.sh does). This process
 * compares the dumps and prints what is missing in the extension, what it has in addition, and
 * what differs, per kind (class, constant, property, method), with counts; --summary prints the
 * counts only.
 *
 * Compared: every class and interface of upstream's src/ and every Workerman class of the
 * extension; their public and protected constants, properties and methods (private members are
 * not API). A member is reported at the class that declares it upstream; it counts as present
 * when the extension's class has it, declared there or inherited. Compared per member: visibility,
 * static, readonly, abstract, final, declared type, default value; per method its parameters
 * (name, type, default, by-reference, variadic), return type and tentative return type. Return
 * types are listed apart ("return type only") because the extension declares few on purpose: an
 * overridable method with a declared return type would make 4.x subclasses without one fail.
 *
 * Exit status 0 (it is a report), unless --fail-on missing-public is given: then 1 when a public
 * member or class of upstream is missing.
 */

const ROOT = __DIR__ . '/..';

function wm_dump_api(array $classes): array
{
    $out = [];
    foreach ($classes as $name) {
        $rc = new ReflectionClass($name);
        $c = [
            'kind' => $rc->isInterface() ? 'interface' : ($rc->isTrait() ? 'trait' : 'class'),
            'abstract' => !$rc->isInterface() && $rc->isAbstract(),
            'final' => $rc->isFinal(),
            'parent' => $rc->getParentClass() ? $rc->getParentClass()->getName() : null,
            'interfaces' => $rc->getInterfaceNames(),
            'constants' => [],
            'properties' => [],
            'methods' => [],
        ];
        sort($c['interfaces']);
        foreach ($rc->getReflectionConstants() as $k) {
            if ($k->isPrivate()) {
                continue;
            }
            $c['constants'][$k->getName()] = [
                'declared' => $k->getDeclaringClass()->getName(),
                'visibility' => $k->isPublic() ? 'public' : 'protected',
                'final' => method_exists($k, 'isFinal') && $k->isFinal(),
                'value' => wm_export($k->getValue()),
            ];
        }
        foreach ($rc->getProperties() as $p) {
            if ($p->isPrivate()) {
                continue;
            }
            $default = null;
            $hasDefault = $p->hasDefaultValue();
            if ($hasDefault) {
                $default = wm_export($p->getDefaultValue());
            }
            $c['properties'][$p->getName()] = [
                'declared' => $p->getDeclaringClass()->getName(),
                'visibility' => $p->isPublic() ? 'public' : 'protected',
                'static' => $p->isStatic(),
                'readonly' => $p->isReadOnly(),
                'type' => wm_type($p->getType()),
                'default' => $hasDefault ? $default : '(none)',
            ];
        }
        foreach ($rc->getMethods() as $m) {
            if ($m->isPrivate()) {
                continue;
            }
            $params = [];
            foreach ($m->getParameters() as $prm) {
                $def = null;
                if ($prm->isDefaultValueAvailable()) {
                    try {
                        $def = wm_export($prm->getDefaultValue());
                    } catch (Throwable $e) {
                        $def = $prm->getDefaultValueConstantName() ?? '?';
                    }
                }
                $params[] = [
                    'name' => $prm->getName(),
                    'type' => wm_type($prm->getType(), $m->getDeclaringClass()->getName()),
                    'default' => $def,
                    'byRef' => $prm->isPassedByReference(),
                    'variadic' => $prm->isVariadic(),
                ];
            }
            $c['methods'][$m->getName()] = [
                'declared' => $m->getDeclaringClass()->getName(),
                'visibility' => $m->isPublic() ? 'public' : 'protected',
                'static' => $m->isStatic(),
                'abstract' => $m->isAbstract() && !$rc->isInterface(),
                'final' => $m->isFinal(),
                'params' => $params,
                'return' => wm_type($m->getReturnType(), $m->getDeclaringClass()->getName()),
                'tentative' => wm_type($m->getTentativeReturnType(), $m->getDeclaringClass()->getName()),
                'byRefReturn' => $m->returnsReference(),
            ];
        }
        ksort($c['constants']);
        ksort($c['properties']);
        ksort($c['methods']);
        $out[$name] = $c;
    }
    ksort($out);
    return $out;
}

function wm_type(?ReflectionType $t, ?string $self = null): ?string
{
    if ($t === null) {
        return null;
    }
    $s = (string)$t;
    if ($s === 'mixed' || $s === 'null') {
        return $s;
    }
    // One spelling: ?X and X|null are the same type; unions in a stable order.
    $nullable = $s[0] === '?';
    $parts = explode('|', ltrim($s, '?'));
    if ($nullable) {
        $parts[] = 'null';
    }
    // self names the declaring class: upstream's self and the extension's class name are one type.
    $parts = array_map(fn($p) => $p === 'self' && $self !== null ? $self : ltrim($p, '\\'), $parts);
    sort($parts);
    return implode('|', array_unique($parts));
}

function wm_export(mixed $v): string
{
    if (is_object($v)) {
        return 'object(' . get_class($v) . ')';
    }
    if (is_float($v)) {
        return var_export($v, true);
    }
    if (is_array($v)) {
        $items = [];
        $list = array_is_list($v);
        foreach ($v as $k => $x) {
            $items[] = ($list ? '' : var_export($k, true) . ' => ') . wm_export($x);
        }
        return '[' . implode(', ', $items) . ']';
    }
    return str_replace("\n", '\n', var_export($v, true));
}

// ---- child modes: print a JSON dump and exit ----

if (($argv[1] ?? '') === '--dump-upstream') {
    $src = $argv[2] . '/src';
    spl_autoload_register(function ($class) use ($src) {
        if (str_starts_with($class, 'Workerman\\')) {
            $f = $src . '/' . str_replace('\\', '/', substr($class, 10)) . '.php';
            if (is_file($f)) {
                require_once $f;
            }
        }
    });
    $names = [];
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($src, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if ($f->getExtension() === 'php') {
            $rel = substr($f->getPathname(), strlen($src) + 1, -4);
            $names[] = 'Workerman\\' . str_replace('/', '\\', $rel);
        }
    }
    $ok = [];
    foreach ($names as $n) {
        try {
            if (class_exists($n) || interface_exists($n) || trait_exists($n)) {
                $ok[] = $n;
            }
        } catch (Throwable $e) {
            fwrite(STDERR, "upstream $n not loadable: {$e->getMessage()}\n");
        }
    }
    echo json_encode(wm_dump_api($ok), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR);
    exit(0);
}

if (($argv[1] ?? '') === '--dump-ext') {
    if (!extension_loaded('workerman')) {
        fwrite(STDERR, "the extension is not loaded\n");
        exit(2);
    }
    $names = array_filter(
        array_merge(get_declared_classes(), get_declared_interfaces(), get_declared_traits()),
        fn($n) => (new ReflectionClass($n))->getExtensionName() === 'workerman'
    );
    echo json_encode(wm_dump_api(array_values($names)), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR);
    exit(0);
}

// ---- the report ----

$summary = false;
$failOn = null;
$upstream = ROOT . '/../shared/apps/webman/vendor/workerman/workerman';
for ($i = 1; $i < $argc; $i++) {
    $a = $argv[$i];
    if ($a === '--summary') {
        $summary = true;
    } elseif ($a === '--fail-on') {
        $failOn = $argv[++$i] ?? '';
        if ($failOn !== 'missing-public') {
            fwrite(STDERR, "--fail-on takes: missing-public\n");
            exit(2);
        }
    } elseif ($a === '-h' || $a === '--help') {
        echo "usage: php scripts/reflect-diff.php [--summary] [--fail-on missing-public] [UPSTREAM_DIR]\n";
        exit(0);
    } else {
        $upstream = $a;
    }
}
if (!is_dir($upstream . '/src')) {
    fwrite(STDERR, "no upstream Workerman at $upstream (give its directory, the one holding src/)\n");
    exit(2);
}
$so = ROOT . '/modules/workerman.so';
if (!is_file($so)) {
    fwrite(STDERR, "no $so: build the extension first (scripts/build.sh)\n");
    exit(2);
}

function wm_run(array $cmd): array
{
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $rc = proc_close($p);
    $data = json_decode($out, true);
    if ($rc !== 0 || !is_array($data)) {
        fwrite(STDERR, "dump failed (" . implode(' ', $cmd) . "):\n$err$out\n");
        exit(2);
    }
    if ($err !== '') {
        fwrite(STDERR, $err);
    }
    return $data;
}

$php = PHP_BINARY;
$self = __FILE__;
$exts = ['-d', 'extension=posix', '-d', 'extension=sockets'];
$up = wm_run(array_merge([$php, '-n'], $exts, [$self, '--dump-upstream', realpath($upstream)]));
$ext = wm_run(array_merge([$php, '-n'], $exts, ['-d', 'extension=' . realpath($so), $self, '--dump-ext']));

$kinds = ['class' => 'classes', 'constant' => 'constants', 'property' => 'properties', 'method' => 'methods'];
$groups = ['missing' => [], 'extra' => [], 'different' => [], 'return' => []];
foreach ($groups as $g => $_) {
    foreach ($kinds as $k => $_2) {
        $groups[$g][$k] = [];
    }
}

function wm_vis(array $m): string
{
    return $m['visibility'] . (!empty($m['static']) ? ' static' : '');
}

function wm_params(array $params): string
{
    $s = [];
    foreach ($params as $p) {
        $s[] = ($p['type'] !== null ? $p['type'] . ' ' : '') . ($p['byRef'] ? '&' : '') . ($p['variadic'] ? '...' : '')
            . '$' . $p['name'] . ($p['default'] !== null ? ' = ' . $p['default'] : '');
    }
    return '(' . implode(', ', $s) . ')';
}

function wm_short(string $v): string
{
    return strlen($v) > 70 ? substr($v, 0, 67) . '...' : $v;
}

foreach ($up as $cn => $uc) {
    if (!isset($ext[$cn])) {
        $groups['missing']['class'][] = [$uc['kind'] === 'interface' ? 'public' : 'public', "$cn ({$uc['kind']})"];
        continue;
    }
    $ec = $ext[$cn];
    $d = [];
    foreach (['kind', 'abstract', 'final', 'parent'] as $f) {
        if ($uc[$f] !== $ec[$f]) {
            $d[] = "$f: " . json_encode($uc[$f]) . ' upstream, ' . json_encode($ec[$f]) . ' here';
        }
    }
    $lost = array_diff($uc['interfaces'], $ec['interfaces']);
    $more = array_diff($ec['interfaces'], $uc['interfaces']);
    if ($lost) {
        $d[] = 'does not implement ' . implode(', ', $lost);
    }
    if ($more) {
        $d[] = 'also implements ' . implode(', ', $more);
    }
    if ($d) {
        $groups['different']['class'][] = ['public', "$cn: " . implode('; ', $d)];
    }
    foreach (['constant' => 'constants', 'property' => 'properties', 'method' => 'methods'] as $k => $f) {
        foreach ($uc[$f] as $mn => $um) {
            if ($um['declared'] !== $cn) {
                continue; // reported at the class that declares it
            }
            $label = $k === 'property' ? "$cn::\$$mn" : ($k === 'method' ? "$cn::$mn()" : "$cn::$mn");
            if (!isset($ec[$f][$mn])) {
                $groups['missing'][$k][] = [$um['visibility'], "$label [" . wm_vis($um) . ']'
                    . ($k === 'method' ? ' ' . wm_params($um['params']) . ($um['return'] ? ': ' . $um['return'] : '') : '')];
                continue;
            }
            $em = $ec[$f][$mn];
            $d = [];
            $ret = [];
            foreach ($um as $attr => $uv) {
                if ($attr === 'declared' || $attr === 'params') {
                    continue;
                }
                $ev = $em[$attr] ?? null;
                if ($uv === $ev) {
                    continue;
                }
                $txt = "$attr " . (is_string($uv) ? wm_short($uv) : json_encode($uv)) . ' upstream, '
                    . (is_string($ev) ? wm_short($ev) : json_encode($ev)) . ' here';
                if ($attr === 'return' || $attr === 'tentative') {
                    $ret[] = $txt;
                } else {
                    $d[] = $txt;
                }
            }
            if ($k === 'method') {
                $up_p = $um['params'];
                $ex_p = $em['params'];
                if ($up_p !== $ex_p) {
                    $d[] = 'params ' . wm_params($up_p) . ' upstream, ' . wm_params($ex_p) . ' here';
                }
            }
            if ($d) {
                $groups['different'][$k][] = [$um['visibility'], "$label: " . implode('; ', $d)];
            }
            if ($ret) {
                $groups['return'][$k][] = [$um['visibility'], "$label: " . implode('; ', $ret)];
            }
        }
    }
}
foreach ($ext as $cn => $ec) {
    if (!isset($up[$cn])) {
        $groups['extra']['class'][] = ['public', "$cn ({$ec['kind']})"];
        continue;
    }
    $uc = $up[$cn];
    foreach (['constant' => 'constants', 'property' => 'properties', 'method' => 'methods'] as $k => $f) {
        foreach ($ec[$f] as $mn => $em) {
            if ($em['declared'] !== $cn || isset($uc[$f][$mn])) {
                continue;
            }
            $label = $k === 'property' ? "$cn::\$$mn" : ($k === 'method' ? "$cn::$mn()" : "$cn::$mn");
            $groups['extra'][$k][] = [$em['visibility'], "$label [" . wm_vis($em) . ']'];
        }
    }
}

$titles = [
    'missing' => 'Missing in the extension',
    'extra' => 'Extra in the extension',
    'different' => 'Different (besides return types)',
    'return' => 'Return type only (declared upstream, not here or otherwise)',
];
$missingPublic = 0;
$lines = [];
$lines[] = 'Reflection diff: upstream Workerman ' . realpath($upstream) . ' vs ' . realpath($so);
$lines[] = sprintf('Classes/interfaces: %d upstream, %d in the extension', count($up), count($ext));
$lines[] = '';
foreach ($groups as $g => $byKind) {
    $counts = [];
    foreach ($byKind as $k => $items) {
        $pub = count(array_filter($items, fn($x) => $x[0] === 'public'));
        $counts[] = sprintf('%d %s (%d public, %d protected)', count($items), $kinds[$k], $pub, count($items) - $pub);
        if ($g === 'missing') {
            $missingPublic += $pub;
        }
    }
    $lines[] = $titles[$g] . ': ' . implode(', ', $counts);
    if ($summary) {
        continue;
    }
    foreach ($byKind as $k => $items) {
        if (!$items) {
            continue;
        }
        $lines[] = "  $kinds[$k]:";
        foreach ($items as $x) {
            $lines[] = '    ' . $x[1];
        }
    }
    $lines[] = '';
}
echo rtrim(implode("\n", $lines)), "\n";
exit($failOn === 'missing-public' && $missingPublic > 0 ? 1 : 0);
