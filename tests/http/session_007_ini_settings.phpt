--TEST--
Session statics from php.ini settings (as upstream's load-time init() sets them), save directory from session.save_path created on first use
--INI--
session.gc_probability=0
session.gc_divisor=1000
session.gc_maxlifetime=7200
session.cookie_lifetime=3600
session.cookie_path=/app
session.cookie_domain=.example.com
session.cookie_secure=1
session.cookie_httponly=1
session.cookie_samesite=Strict
session.save_path=/tmp/wm_sess_007/store
--FILE--
<?php
use Workerman\Protocols\Http\Session;

// gc_probability=0 leaves the default [1, 20000]; samesite is not taken from ini
var_dump(Session::getCookieParams(), Session::$gcProbability, Session::$lifetime, Session::$sameSite);
Session::$gcProbability = [0, 1];
$s = new Session('ini');
var_dump(is_dir('/tmp/wm_sess_007/store'));
$s->set('a', 'b');
$s->save();
var_dump(file_get_contents('/tmp/wm_sess_007/store/session_ini'));
$s->flush();
$s->save();
rmdir('/tmp/wm_sess_007/store');
rmdir('/tmp/wm_sess_007');
--EXPECT--
array(6) {
  ["lifetime"]=>
  int(3600)
  ["path"]=>
  string(4) "/app"
  ["domain"]=>
  string(12) ".example.com"
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
  int(20000)
}
int(7200)
string(0) ""
bool(true)
string(22) "a:1:{s:1:"a";s:1:"b";}"
