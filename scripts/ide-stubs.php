<?php
/**
 * Builds the IDE and static-analysis stubs (ide-stubs/workerman.stubs.php, the Composer package
 * ext-workerman/ide-stubs) from stubs/*.stub.php, or with --check verifies that the committed file
 * is current (CI runs the check).
 *
 *   php scripts/ide-stubs.php [--check]
 *   php scripts/ide-stubs.php --native-return-types FILE
 *
 * One file of plain PHP declarations: docblocks kept, bodies empty, the tags meant for PHP's
 * gen_stub.php (@generate-class-entries, @not-serializable, @tentative-return-type, ...) dropped.
 * Return types stay what the extension declares: native where it declares one, else upstream 5.x's
 * type as a @return tag, which PHPStan and PhpStorm read as precisely as a declared type. Declared
 * ones would make every override without a return type (Workerman 3.x/4.x code) an error to
 * them ("not covariant"), though PHP accepts it from the extension. --native-return-types writes
 * that variant (every expressible @return tag declared, resources left to the docblock) to FILE.
 * Needs nikic/php-parser 4.x (Debian: php-parser, the one scripts/gen-stubs.sh uses).
 */

const IDE_STUBS_OUT = 'ide-stubs/workerman.stubs.php';
/** gen_stub.php's own tags: meaningless (or misleading) to an IDE. */
const IDE_STUBS_DROP_TAGS = ['generate-class-entries', 'generate-legacy-arginfo', 'generate-function-entries',
    'not-serializable', 'strict-properties', 'tentative-return-type', 'undocumentable', 'cvalue',
    'implementation-alias', 'alias', 'compile-time-eval', 'refcount', 'prefer-ref', 'frameless-function'];
/** Types PHP accepts as (parts of) a declared return type, besides class names. */
const IDE_STUBS_BUILTIN = ['void', 'never', 'null', 'false', 'true', 'bool', 'int', 'float', 'string', 'array',
    'iterable', 'callable', 'object', 'mixed', 'static', 'self', 'parent'];

function ide_stubs_load_parser(): void
{
    foreach (['/usr/share/php/PhpParser/autoload.php', __DIR__ . '/../build/PHP-Parser-4.15.1/lib/PhpParser/autoload.php'] as $f) {
        if (is_file($f)) {
            require_once $f;
            return;
        }
    }
    fwrite(STDERR, "ide-stubs: PhpParser not found (apt-get install php-parser)\n");
    exit(1);
}

/**
 * The declared return type for a @return tag, or null when the tag has no PHP equivalent
 * (a resource, a generic or array shape, a union PHP rejects).
 */
function ide_stubs_php_type(string $tag): ?string
{
    $nullable = false;
    if (str_starts_with($tag, '?')) {
        $nullable = true;
        $tag = substr($tag, 1);
    }
    $parts = explode('|', $tag);
    $lower = [];
    foreach ($parts as $p) {
        $l = strtolower($p);
        if (in_array($l, IDE_STUBS_BUILTIN, true)) {
            $lower[] = $l;
        } elseif (preg_match('/^\\\\?[A-Za-z_][A-Za-z0-9_]*(\\\\[A-Za-z_][A-Za-z0-9_]*)*$/', $p) && $l !== 'resource') {
            $lower[] = $p;
        } else {
            return null;
        }
    }
    if ($nullable) {
        $lower[] = 'null';
    }
    $n = count($lower);
    foreach (['void', 'never', 'mixed'] as $alone) {
        if ($n > 1 && in_array($alone, $lower, true)) {
            return null;
        }
    }
    if ($n === 1 && in_array($lower[0], ['null', 'false', 'true'], true)) {
        return $lower[0] === 'null' ? null : $lower[0];
    }
    if ($n === 2 && in_array('null', $lower, true)) {
        $other = $lower[0] === 'null' ? $lower[1] : $lower[0];
        return in_array($other, ['false', 'true'], true) ? implode('|', $lower) : '?' . $other;
    }
    return implode('|', $lower);
}

/** The text of one token of PhpParser's lexer. */
function ide_stubs_tok(mixed $t): string
{
    return is_array($t) ? $t[1] : $t;
}

/**
 * One stub file turned into its IDE form: declared return types from @return tags, gen_stub tags
 * dropped, the opening tag removed (the caller concatenates files).
 */
function ide_stubs_transform(string $code, string $file, bool $native): string
{
    $lexer = new PhpParser\Lexer(['usedAttributes' => ['comments', 'startTokenPos', 'endTokenPos', 'startFilePos', 'endFilePos']]);
    $parser = new PhpParser\Parser\Php7($lexer);
    $ast = $parser->parse($code);
    $tokens = $lexer->getTokens();
    $offset = [];
    $pos = 0;
    foreach ($tokens as $i => $t) {
        $offset[$i] = $pos;
        $pos += strlen(ide_stubs_tok($t));
    }

    $edits = [];
    foreach ((new PhpParser\NodeFinder())->findInstanceOf($ast, PhpParser\Node\Stmt\ClassMethod::class) as $m) {
        if ($m->returnType !== null) {
            continue;
        }
        $doc = $m->getDocComment();
        if ($doc === null || !preg_match('/@return\s+(\S+)/', $doc->getText(), $mm)) {
            if (!in_array(strtolower($m->name->toString()), ['__construct', '__destruct'], true)) {
                fwrite(STDERR, "ide-stubs: $file: {$m->name}() has neither a return type nor a @return tag\n");
                exit(1);
            }
            continue;
        }
        $type = ide_stubs_php_type(rtrim($mm[1], '*/'));
        if ($type === null || !$native) {
            continue;
        }
        // The ")" that closes the parameter list: match parentheses from the name on.
        $i = $m->name->getAttribute('startTokenPos');
        while (ide_stubs_tok($tokens[$i]) !== '(') {
            $i++;
        }
        for ($depth = 0;; $i++) {
            $s = ide_stubs_tok($tokens[$i]);
            if ($s === '(') {
                $depth++;
            } elseif ($s === ')' && --$depth === 0) {
                break;
            }
        }
        $edits[$offset[$i] + 1] = [0, ': ' . $type];
        // A docblock that only repeated the type ("/** @return void */") goes, with its line.
        if (preg_match('/^\/\*\*\s*@return\s+\S+\s*\*\/$/', $doc->getText())) {
            $start = $doc->getStartFilePos();
            $len = $doc->getEndFilePos() + 1 - $start;
            $len += strspn($code, "\n \t", $start + $len);
            $edits[$start] = [$len, ''];
        }
    }
    krsort($edits);
    foreach ($edits as $at => [$len, $text]) {
        $code = substr_replace($code, $text, $at, $len);
    }

    // gen_stub.php's tags: whole docblock lines, or a tag inside a one-line docblock.
    $tags = implode('|', array_map('preg_quote', IDE_STUBS_DROP_TAGS));
    $code = preg_replace('/^[ \t]*\*[ \t]*@(?:' . $tags . ')\b[^\n]*\n/m', '', $code);
    $code = preg_replace('/^[ \t]*\/\*\*[ \t]*@(?:' . $tags . ')\b[^\n]*\*\/[ \t]*\n/m', '', $code);
    $code = preg_replace('/[ \t]*@(?:' . $tags . ')\b[^\n*]*(?=\*\/)/', ' ', $code);
    // A docblock that ended on a blank " *" line after the removal.
    $code = preg_replace('/\n[ \t]*\*[ \t]*\n([ \t]*\*\/)/', "\n$1", $code);

    return preg_replace('/^<\?php\s*\n/', '', $code);
}

function ide_stubs_build(string $root, bool $native = false): string
{
    $files = glob("$root/stubs/*.stub.php");
    sort($files, SORT_STRING);
    $out = "<?php\n\n"
        . "/*\n"
        . " * IDE and static-analysis stubs of the workerman extension: the classes, methods, properties\n"
        . " * and constants it defines, with Workerman 5.x's return types (declared, or as @return tags\n"
        . " * where the extension declares none, so that overrides without a return type stay valid).\n"
        . " * Never include this file: the extension defines these classes at run time.\n"
        . " * Generated by scripts/ide-stubs.php from stubs/*.stub.php; do not edit.\n"
        . " */\n";
    foreach ($files as $f) {
        $out .= "\n// " . basename($f) . "\n\n" . rtrim(ide_stubs_transform(file_get_contents($f), basename($f), $native)) . "\n";
    }
    return $out;
}

function ide_stubs_main(array $argv): int
{
    $root = dirname(__DIR__);
    $mode = $argv[1] ?? '';
    if (!in_array($mode, ['', '--check', '--native-return-types'], true)
        || ($mode === '--native-return-types') !== isset($argv[2])) {
        fwrite(STDERR, "usage: php scripts/ide-stubs.php [--check | --native-return-types FILE]\n");
        return 2;
    }
    ide_stubs_load_parser();
    $new = ide_stubs_build($root, $mode === '--native-return-types');
    $path = $mode === '--native-return-types' ? $argv[2] : "$root/" . IDE_STUBS_OUT;

    // The result must be valid PHP: a @return tag turned into a type PHP rejects is caught here.
    $tmp = tempnam(sys_get_temp_dir(), 'wm-ide');
    file_put_contents($tmp, $new);
    exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($tmp) . ' 2>&1', $lint, $rc);
    unlink($tmp);
    if ($rc !== 0) {
        fwrite(STDERR, "ide-stubs: the generated file does not parse:\n" . implode("\n", $lint) . "\n");
        return 1;
    }

    if ($mode === '--check') {
        if (@file_get_contents($path) !== $new) {
            fwrite(STDERR, IDE_STUBS_OUT . " is stale: run php scripts/ide-stubs.php\n");
            return 1;
        }
        return 0;
    }
    file_put_contents($path, $new);
    echo "ide-stubs: wrote $path\n";
    return 0;
}

if (!defined('IDE_STUBS_LIBRARY')) {
    exit(ide_stubs_main($argv));
}
