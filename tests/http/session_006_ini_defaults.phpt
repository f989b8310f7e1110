--TEST--
Session statics after upstream's load-time init() with PHP's built-in ini defaults; init() again picks up ini_set() values; FileSessionHandler::init() save path rules
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

ob_start(); // session ini settings can only change before output is sent
class Probe extends FileSessionHandler { public static function path(): string { return static::$sessionSavePath; } public static function file(string $id): string { return static::sessionFile($id); } }
var_dump(Session::getCookieParams(), Session::$gcProbability, Session::$lifetime, Session::$name, Session::$autoUpdateTimestamp, Session::$cookieLifetime, Session::$httpOnly);
var_dump(Probe::path() === session_save_path() . '/', Probe::file('abc') === session_save_path() . '/session_abc');

echo "-- Session::init() again after ini_set()\n";
ini_set('session.gc_probability', '5');
ini_set('session.gc_divisor', '0');      // divisor 0: gcProbability unchanged
ini_set('session.gc_maxlifetime', '0');  // "0" is falsy: lifetime unchanged
ini_set('session.cookie_lifetime', '99');
ini_set('session.cookie_path', '/p');
ini_set('session.cookie_domain', 'd.example');
ini_set('session.cookie_secure', '1');
ini_set('session.cookie_httponly', '1');
ini_set('session.cookie_samesite', 'Lax'); // not copied by init()
Session::init();
var_dump(Session::getCookieParams(), Session::$gcProbability, Session::$lifetime);
ini_set('session.gc_divisor', '7');
ini_set('session.gc_maxlifetime', '12abc');
Session::init();
var_dump(Session::$gcProbability, Session::$lifetime);

echo "-- init() on a subclass with its own statics: static:: for most, self::\$lifetime\n";
class Sub extends Session { public static array $gcProbability = []; public static int $lifetime = 1; public static int $cookieLifetime = 2; }
ini_set('session.gc_probability', '2');
ini_set('session.gc_maxlifetime', '333');
Sub::init();
var_dump(Sub::$gcProbability, Session::$gcProbability, Sub::$lifetime, Session::$lifetime, Sub::$cookieLifetime);

echo "-- FileSessionHandler::init()\n";
$base = sys_get_temp_dir() . '/wm_sess_006';
@rmdir("$base/x/y"); @rmdir("$base/x"); @rmdir($base);
foreach (['', '0', 'tcp://127.0.0.1:6379', "$base/x/y", "$base/x/y/"] as $p) {
    ini_set('session.save_path', $p);
    Probe::init();
    var_dump(Probe::path() === sys_get_temp_dir() . '/' ? 'tmp' : str_replace($base, 'BASE', Probe::path()));
}
var_dump(is_dir("$base/x/y"));
// "N;/path" (ext/session's depth syntax) is taken as a plain, relative path
chdir($base);
ini_set('session.save_path', '2;/sub');
Probe::init();
var_dump(Probe::path(), is_dir("$base/2;/sub"));
rmdir("$base/2;/sub"); rmdir("$base/2;");
rmdir("$base/x/y"); rmdir("$base/x"); rmdir($base);
--EXPECTF--
array(6) {
  ["lifetime"]=>
  int(0)
  ["path"]=>
  string(1) "/"
  ["domain"]=>
  string(0) ""
  ["secure"]=>
  bool(false)
  ["httponly"]=>
  bool(false)
  ["samesite"]=>
  string(0) ""
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(100)
}
int(1440)
string(6) "PHPSID"
bool(false)
int(0)
bool(false)
bool(true)
bool(true)
-- Session::init() again after ini_set()
array(6) {
  ["lifetime"]=>
  int(99)
  ["path"]=>
  string(2) "/p"
  ["domain"]=>
  string(9) "d.example"
  ["secure"]=>
  bool(true)
  ["httponly"]=>
  bool(true)
  ["samesite"]=>
  string(0) ""
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(100)
}
int(1440)

Warning: Invalid "session.gc_maxlifetime" setting. Invalid quantity "12abc": unknown multiplier "c", interpreting as "12" for backwards compatibility in %s on line %d
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(7)
}
int(12)
-- init() on a subclass with its own statics: static:: for most, self::$lifetime
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(7)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(7)
}
int(1)
int(333)
int(99)
-- FileSessionHandler::init()
string(3) "tmp"
string(3) "tmp"
string(3) "tmp"
string(9) "BASE/x/y/"
string(9) "BASE/x/y/"
bool(true)
string(7) "2;/sub/"
bool(true)
