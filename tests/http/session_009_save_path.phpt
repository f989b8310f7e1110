--TEST--
FileSessionHandler::sessionSavePath(): trailing separator, recursive mkdir, falsy paths, per called class; the handler's save_path config
--FILE--
<?php
use Workerman\Protocols\Http\Session\FileSessionHandler;

class Probe extends FileSessionHandler { public static function path(): string { return static::$sessionSavePath; } public static function file(string $id): string { return static::sessionFile($id); } }
class Own extends FileSessionHandler { protected static string $sessionSavePath = '/own/'; protected static string $sessionFilePrefix = 'own_'; public static function file(string $id): string { return static::sessionFile($id); } }
$base = sys_get_temp_dir() . '/wm_sess_009';
@rmdir("$base/a/b/c"); @rmdir("$base/a/b"); @rmdir("$base/a"); @unlink("$base/file"); @rmdir($base);
$b = fn($p) => str_replace($base, 'BASE', $p);

var_dump($b(FileSessionHandler::sessionSavePath("$base/a/b/c")), is_dir("$base/a/b/c"), $b(Probe::path()), $b(Probe::file('z')));
var_dump($b(FileSessionHandler::sessionSavePath("$base/a/")), $b(Probe::path()));
var_dump(FileSessionHandler::sessionSavePath(''), FileSessionHandler::sessionSavePath('0'), $b(Probe::path()));
printf("%o\n", fileperms("$base/a/b") & 0777 | 0);

echo "-- a subclass with its own statics keeps them apart\n";
var_dump($b(Own::sessionSavePath("$base/a/b")), Own::file('z') === "$base/a/b/own_z", $b(Probe::path()));

echo "-- mkdir failure is PHP's warning\n";
file_put_contents("$base/file", 'x');
var_dump($b(FileSessionHandler::sessionSavePath("$base/file/sub")));

echo "-- constructor config\n";
new FileSessionHandler(['save_path' => "$base/a/b/c"]);
var_dump($b(Probe::path()));
new FileSessionHandler(['save_path' => null]);
new FileSessionHandler(['other' => 1]);
new FileSessionHandler();
var_dump($b(Probe::path()));
new Probe(['save_path' => "$base/a"]);
var_dump($b(Probe::path()));
unlink("$base/file"); rmdir("$base/a/b/c"); rmdir("$base/a/b"); rmdir("$base/a"); rmdir($base);
--EXPECTF--
string(11) "BASE/a/b/c/"
bool(true)
string(11) "BASE/a/b/c/"
string(20) "BASE/a/b/c/session_z"
string(7) "BASE/a/"
string(7) "BASE/a/"
string(0) ""
string(1) "0"
string(7) "BASE/a/"
755
-- a subclass with its own statics keeps them apart
string(9) "BASE/a/b/"
bool(true)
string(7) "BASE/a/"
-- mkdir failure is PHP's warning

Warning: mkdir(): Not a directory in %s on line %d
string(14) "BASE/file/sub/"
-- constructor config
string(11) "BASE/a/b/c/"
string(11) "BASE/a/b/c/"
string(7) "BASE/a/"
