<?php
// Checks the shape of the code (docs/architecture.md) on a built tree:
//   php scripts/check-layers.php [--graph]
// - layers: L0 src/proto, L1 src/core + src/net, L2 src/php + src/workerman.c. A file calls and
//   includes only its own layer or a lower one (symbols from `nm` of the built objects, includes
//   from the sources); src/proto includes no Zend/PHP header;
// - the file-level call graph has no cycle that spans two layers, and within L2 the areas (worker
//   and process model, connection, http, websocket, one per other file) call each other without
//   a cycle;
// - the connection engine (src/net, connection.c, udp.c, async.c) names no protocol;
// - no source file is over 1,500 lines (generated *_arginfo.h aside).
// --graph prints the file-level call graph (one "caller -> callee" per line); --areas the L2
// area graph.
// Exits 1 with one line per violation.

chdir(dirname(__DIR__));
$graphOnly = in_array('--graph', $argv, true);
$areasOnly = in_array('--areas', $argv, true);

function layer(string $file): int
{
    if (str_starts_with($file, 'src/proto/')) return 0;
    if (str_starts_with($file, 'src/core/') || str_starts_with($file, 'src/net/')) return 1;
    return 2;
}

$sources = [];
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator('src', FilesystemIterator::SKIP_DOTS));
foreach ($it as $f) {
    $p = $f->getPathname();
    if (preg_match('/\.[ch]$/', $p)) $sources[] = $p;
}
sort($sources);
$bad = [];

// File size.
foreach ($sources as $p) {
    if (str_ends_with($p, '_arginfo.h')) continue;
    $n = count(file($p));
    if ($n > 1500) $bad[] = "size: $p has $n lines (limit 1,500)";
}

// Includes.
foreach ($sources as $p) {
    $dir = dirname($p);
    foreach (file($p) as $i => $line) {
        if (!preg_match('/^\s*#\s*include\s*([<"])([^>"]+)[>"]/', $line, $m)) continue;
        $inc = $m[2];
        if (layer($p) === 0 && preg_match('/^(php|zend|Zend|main|ext|TSRM)[_\/.]|^php\.h$|^common\.h$/', basename($inc) === $inc ? $inc : $inc)) {
            $bad[] = "include: $p:" . ($i + 1) . " (L0) includes $inc";
        }
        if ($m[1] !== '"') continue;
        $target = null;
        foreach (["$dir/$inc", "src/$inc", $inc] as $cand) {
            if (is_file($cand)) { $target = $cand; break; }
        }
        if ($target === null) continue;
        $target = preg_replace('#/\./#', '/', $target);
        if ($target === 'src/common.h' || $target === 'php_workerman.h') {
            if (layer($p) === 0) $bad[] = "include: $p:" . ($i + 1) . " (L0) includes $inc";
            continue;
        }
        if (layer($target) > layer($p)) {
            $bad[] = "include: $p:" . ($i + 1) . " (L" . layer($p) . ") includes $target (L" . layer($target) . ")";
        }
    }
}

// Symbols.
$defs = [];   // symbol => file
$uses = [];   // file => [symbol, ...]
foreach ($sources as $p) {
    if (!str_ends_with($p, '.c')) continue;
    $o = dirname($p) . '/.libs/' . basename($p, '.c') . '.o';
    if (!is_file($o)) {
        fwrite(STDERR, "check-layers: $o missing: build first (scripts/build.sh)\n");
        exit(2);
    }
    foreach (explode("\n", shell_exec('nm ' . escapeshellarg($o))) as $line) {
        if (preg_match('/^[0-9a-f]+ [TDBRC] (\S+)$/', $line, $m)) $defs[$m[1]] = $p;
        elseif (preg_match('/^\s+U (\S+)$/', $line, $m)) $uses[$p][] = $m[1];
    }
}
$edges = [];
foreach ($uses as $from => $syms) {
    foreach ($syms as $s) {
        if (!isset($defs[$s]) || $defs[$s] === $from) continue;
        $edges[$from][$defs[$s]][] = $s;
    }
}
if ($graphOnly) {
    foreach ($edges as $from => $tos) {
        foreach ($tos as $to => $syms) echo "$from -> $to (" . implode(', ', array_unique($syms)) . ")\n";
    }
    exit(0);
}
foreach ($edges as $from => $tos) {
    foreach ($tos as $to => $syms) {
        if (layer($to) > layer($from)) {
            $bad[] = "call: $from (L" . layer($from) . ") -> $to (L" . layer($to) . "): " . implode(', ', array_unique($syms));
        }
    }
}

// Strongly connected components (Tarjan) of a graph given as [node => [node => ...]].
function sccs(array $edges): array
{
    $index = 0; $stack = []; $on = []; $idx = []; $low = []; $out = [];
    $visit = function (string $v) use (&$visit, &$index, &$stack, &$on, &$idx, &$low, &$out, $edges) {
        $idx[$v] = $low[$v] = $index++;
        $stack[] = $v; $on[$v] = true;
        foreach (array_keys($edges[$v] ?? []) as $w) {
            if (!isset($idx[$w])) { $visit($w); $low[$v] = min($low[$v], $low[$w]); }
            elseif (!empty($on[$w])) $low[$v] = min($low[$v], $idx[$w]);
        }
        if ($low[$v] === $idx[$v]) {
            $c = [];
            do { $w = array_pop($stack); $on[$w] = false; $c[] = $w; } while ($w !== $v);
            $out[] = $c;
        }
    };
    foreach (array_keys($edges) as $v) if (!isset($idx[$v])) $visit($v);
    return $out;
}

// Cycles spanning two layers.
$sccs = sccs($edges);
foreach ($sccs as $c) {
    if (count(array_unique(array_map('layer', $c))) > 1) {
        sort($c);
        $bad[] = 'cycle across layers: ' . implode(' ', $c);
    }
}

// Within L2, the areas (a class or a family of classes, and their files) call each other
// without a cycle: files of one area may call each other freely.
function area(string $file): string
{
    static $map = [
        'src/workerman.c' => 'module',
        '#^src/php/(worker|process\w*)\.c$#' => 'worker',
        '#^src/php/(http\w*|request\w*|upload|response\w*|session\w*)\.c$#' => 'http',
        '#^src/php/(websocket\w*|ws_client)\.c$#' => 'websocket',
        '#^src/php/(connection|conn_\w+)\.c$#' => 'connection',
    ];
    foreach ($map as $k => $v) {
        if ($k === $file || ($k[0] === '#' && preg_match($k, $file))) return $v;
    }
    return str_starts_with($file, 'src/php/') ? basename($file, '.c') : $file;
}
$aedges = [];
foreach ($edges as $from => $tos) {
    if (layer($from) !== 2) continue;
    foreach ($tos as $to => $syms) {
        if (layer($to) !== 2 || area($from) === area($to)) continue;
        $aedges[area($from)][area($to)][] = "$from -> $to (" . implode(', ', array_unique($syms)) . ")";
    }
}
$asccs = sccs($aedges);
foreach ($asccs as $c) {
    if (count($c) > 1) {
        sort($c);
        $why = [];
        foreach ($c as $a) foreach ($c as $b) foreach ($aedges[$a][$b] ?? [] as $e) $why[] = "    $e";
        $bad[] = 'cycle between L2 areas: ' . implode(' ', $c) . "\n" . implode("\n", $why);
    }
}
if ($areasOnly) {
    foreach ($aedges as $a => $bs) echo "$a -> ", implode(' ', array_keys($bs)), "\n";
    exit(0);
}

// The connection engine (src/net, and the connection code above it that runs the framing loop
// and send()) names no protocol: it calls the protocol table (src/php/protocol.h).
$engine = array_merge(glob('src/net/*.[ch]'), ['src/php/connection.c', 'src/php/udp.c', 'src/php/async.c']);
foreach (array_filter($engine, 'is_file') as $p) {
    foreach (file($p) as $i => $line) {
        if (preg_match('/\b(wm_(http|ws|text|frame)_\w*|WM_(FRAME|WS|HTTP)_\w*|WM_PROTO_(TEXT|FRAME|HTTP|WS|USER)\w*|wm_ce_(Http|Websocket|Ws|Text|Frame)|[Ww]ebsocket)\b/', $line, $m)
            && !preg_match('#^\s*(/?\*|//)#', $line)) {
            $bad[] = "engine names a protocol: $p:" . ($i + 1) . ": {$m[0]}";
        }
    }
}

foreach ($bad as $b) echo $b, "\n";
$sizes = count(array_filter($bad, fn($b) => str_starts_with($b, 'size:')));
echo count($sources), " files checked: ", count($bad) === 0 ? "shape ok\n" : count($bad) . " violations\n";
exit($bad ? 1 : 0);
