<?php
/**
 * Writes package.xml (PECL package 2.0) with the shipped files taken from `git ls-files`, or with
 * --check verifies that the committed package.xml lists exactly those files (CI runs the check).
 *
 *   php scripts/package-xml.php [--check]
 *
 * Shipped: the build files, src/, stubs/, tests/ (role test), the top-level *.md files, LICENSE,
 * docs/ and examples/ (role doc). Not shipped: CI, benchmarks, fuzzers, the C unit tests of the
 * parsers, developer scripts, editor files.
 *
 * The release notes are the CHANGELOG.md section of the version in php_workerman.h (its
 * "Unreleased" section while the version has none), as plain text; --check compares them too.
 */

chdir(dirname(__DIR__));

const NOT_SHIPPED = ['.ci/', 'bench/', 'fuzz/', 'scripts/', 'tests/unit/', '.gitignore', '.editorconfig', 'package.xml'];

function shipped_files(): array
{
    exec('git ls-files', $out, $rc);
    if ($rc !== 0) {
        fwrite(STDERR, "package-xml: git ls-files failed\n");
        exit(1);
    }
    $files = [];
    foreach ($out as $f) {
        foreach (NOT_SHIPPED as $prefix) {
            if ($f === $prefix || str_starts_with($f, $prefix)) {
                continue 2;
            }
        }
        $files[] = $f;
    }
    sort($files, SORT_STRING);
    return $files;
}

function role(string $f): string
{
    if (str_starts_with($f, 'tests/')) {
        return 'test';
    }
    if ($f === 'LICENSE' || preg_match('#^[^/]+\.md$#', $f) || str_starts_with($f, 'docs/') || str_starts_with($f, 'examples/')) {
        return 'doc';
    }
    return 'src';
}

function version(): string
{
    $h = file_get_contents('php_workerman.h');
    if (!preg_match('/#define PHP_WORKERMAN_VERSION "([^"]+)"/', $h, $m)) {
        fwrite(STDERR, "package-xml: PHP_WORKERMAN_VERSION not found in php_workerman.h\n");
        exit(1);
    }
    return $m[1];
}

/** The CHANGELOG.md section of $version (else "Unreleased"), Markdown reduced to plain text. */
function release_notes(string $version): string
{
    $md = @file_get_contents('CHANGELOG.md');
    if ($md === false) {
        fwrite(STDERR, "package-xml: CHANGELOG.md missing\n");
        exit(1);
    }
    $section = null;
    foreach ([$version, 'Unreleased'] as $name) {
        if (preg_match('/^## \[' . preg_quote($name, '/') . '\][^\n]*\n(.*?)(?=^## |\z)/ms', $md, $m)) {
            $section = $m[1];
            break;
        }
    }
    if ($section === null || trim($section) === '') {
        fwrite(STDERR, "package-xml: CHANGELOG.md has no section for $version (nor an Unreleased one)\n");
        exit(1);
    }
    $text = preg_replace('/^#{3,} (.*)$/m', '$1:', $section);      // "### Added" -> "Added:"
    $text = preg_replace('/\[([^\]]+)\]\([^)]+\)/', '$1', $text);   // links -> their text
    $text = str_replace(['`', '**'], '', $text);
    return trim(preg_replace("/\n{3,}/", "\n\n", $text));
}

/** The date of $version's CHANGELOG.md heading ("## [0.1.0] - 2026-12-07"), if it has one. */
function release_date(string $version): ?string
{
    $md = (string)@file_get_contents('CHANGELOG.md');
    return preg_match('/^## \[' . preg_quote($version, '/') . '\] - (\d{4}-\d{2}-\d{2})\s*$/m', $md, $m) ? $m[1] : null;
}

function listed_notes(string $xml): string
{
    $doc = simplexml_load_string($xml);
    return trim((string)$doc->notes);
}

function listed_files(string $xml): array
{
    $doc = simplexml_load_string($xml);
    $doc->registerXPathNamespace('p', 'http://pear.php.net/dtd/package-2.0');
    $files = [];
    foreach ($doc->xpath('//p:contents//p:file') as $file) {
        $files[] = (string)$file['name'];
    }
    sort($files, SORT_STRING);
    return $files;
}

$files = shipped_files();

if (($argv[1] ?? '') === '--check') {
    $xml = @file_get_contents('package.xml');
    if ($xml === false) {
        fwrite(STDERR, "package-xml: package.xml missing\n");
        exit(1);
    }
    $listed = listed_files($xml);
    $missing = array_diff($files, $listed);
    $extra = array_diff($listed, $files);
    foreach ($missing as $f) {
        fwrite(STDERR, "package.xml does not list shipped file: $f\n");
    }
    foreach ($extra as $f) {
        fwrite(STDERR, "package.xml lists a file that is not in git: $f\n");
    }
    if (!preg_match('#<release>' . preg_quote(version(), '#') . '</release>#', $xml)) {
        fwrite(STDERR, "package.xml release version differs from PHP_WORKERMAN_VERSION " . version() . "\n");
        exit(1);
    }
    $want_date = release_date(version());
    $notes_differ = listed_notes($xml) !== release_notes(version())
        || ($want_date !== null && !str_contains($xml, "<date>$want_date</date>"));
    if ($notes_differ) {
        fwrite(STDERR, "package.xml notes or date differ from CHANGELOG.md's section for " . version() . "\n");
    }
    if ($missing || $extra || $notes_differ) {
        fwrite(STDERR, "run: php scripts/package-xml.php\n");
        exit(1);
    }
    echo "package.xml lists exactly the " . count($files) . " shipped files, notes from CHANGELOG.md\n";
    exit(0);
}

$version = version();
$notes = htmlspecialchars(release_notes($version), ENT_XML1);
$stability = preg_match('/^0\./', $version) ? 'alpha' : 'stable';
$contents = '';
foreach ($files as $f) {
    $contents .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n", htmlspecialchars($f, ENT_XML1), role($f));
}
// The release date is the CHANGELOG section's; for an unreleased version it stays what it was, so
// that regenerating never changes it by itself.
$date = release_date($version)
    ?? (preg_match('#<date>([0-9-]+)</date>#', (string)@file_get_contents('package.xml'), $m) ? $m[1] : date('Y-m-d'));

$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>workerman</name>
 <channel>pecl.php.net</channel>
 <summary>Native Workerman runtime: the Workerman PHP API, implemented in C</summary>
 <description>A native implementation of the Workerman socket-server framework: the event loop (libevent),
process manager, sockets, buffers and built-in protocols run in C, behind the same PHP classes
(Workerman\Worker, Workerman\Timer, Workerman\Connection\TcpConnection, Workerman\Protocols\*),
so that existing Workerman applications run unchanged.</description>
 <lead>
  <name>ext-workerman developers</name>
  <user>workerman</user>
  <email>dev@ext-workerman.invalid</email>
  <active>yes</active>
 </lead>
 <date>$date</date>
 <version>
  <release>$version</release>
  <api>$version</api>
 </version>
 <stability>
  <release>$stability</release>
  <api>$stability</api>
 </stability>
 <license uri="https://opensource.org/licenses/MIT">MIT</license>
 <notes>
$notes
 </notes>
 <contents>
  <dir name="/">
$contents  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.2.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
   <os>
    <name>unix</name>
   </os>
  </required>
 </dependencies>
 <providesextension>workerman</providesextension>
 <extsrcrelease/>
</package>

XML;
file_put_contents('package.xml', $xml);
echo "package.xml: " . count($files) . " files, version $version\n";
