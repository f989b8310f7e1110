--TEST--
Session: odd session ids go to the handler as they are (the id is validated by Request, not here), stored objects come back as __PHP_Incomplete_Class, an unserialized Session never saves
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

function rmtree(string $d): void {
    if (!is_dir($d)) return;
    foreach (scandir($d) as $f) if ($f !== '.' && $f !== '..') is_dir("$d/$f") ? rmtree("$d/$f") : unlink("$d/$f");
    rmdir($d);
}
function ls(string $d): string {
    $l = array_values(array_diff(scandir($d), ['.', '..']));
    sort($l);
    return implode(',', array_map(fn($f) => preg_match('/^[0-9a-f]{16}/', $f) ? 'TEMPFILE' : $f, $l)) ?: '(empty)';
}
$dir = sys_get_temp_dir() . '/wm_sess_008';
rmtree($dir);
Session::$gcProbability = [0, 1];
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);

echo "-- empty id\n";
$s = new Session('');
var_dump($s->getId());
$s->set('a', 1);
$s->save();
echo ls($dir), "\n";

echo "-- id with a dot, dash, comma and spaces\n";
$s = new Session('a.b-c, d');
$s->set('a', 1);
$s->save();
echo ls($dir), "\n";

echo "-- id with a slash: path into a missing subdirectory, rename fails, the temp file stays (as upstream)\n";
$s = new Session('sub/x');
$s->set('a', 1);
$s->save();
echo ls($dir), "\n";

echo "-- id that climbs out: ../\n";
mkdir("$dir/inner");
$s = new Session('x');
FileSessionHandler::sessionSavePath("$dir/inner");
$s = new Session('../escaped');
$s->set('a', 1);
$s->save();
echo ls($dir), ' | ', ls("$dir/inner"), "\n";
FileSessionHandler::sessionSavePath($dir);

echo "-- objects in data are not revived\n";
class Secret { public $v = 1; public function __wakeup() { echo "WAKEUP\n"; } public function __destruct() { echo "DESTRUCT Secret\n"; } }
file_put_contents("$dir/session_obj", serialize(['o' => new Secret(), 'n' => 5]));
$s = new Session('obj');
var_dump(get_class($s->get('o')), $s->get('n'));
unset($s);

echo "-- an unserialized Session is inert\n";
$u = unserialize('O:32:"Workerman\Protocols\Http\Session":0:{}');
var_dump(get_class($u));
unset($u);
$raw = serialize(new Session('ser'));
var_dump(str_contains($raw, 'isSafe'));
$u = unserialize($raw);
$u->set('would', 'save');
unset($u);
echo ls($dir), "\n";

echo "-- a Session built without constructor\n";
$r = (new ReflectionClass(Session::class))->newInstanceWithoutConstructor();
try { $r->getId(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->set('x', 1); $r->save(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($r->all());
$r->flush();
try { unset($r); } catch (Error $e) { echo $e->getMessage(), "\n"; }
rmtree($dir);
echo "done\n";
--EXPECTF--
-- empty id
string(0) ""
session_
-- id with a dot, dash, comma and spaces
session_,session_a.b-c, d
-- id with a slash: path into a missing subdirectory, rename fails, the temp file stays (as upstream)

Warning: rename(/tmp/wm_sess_008/%s,/tmp/wm_sess_008/session_sub/x): No such file or directory in %s on line %d
TEMPFILE,session_,session_a.b-c, d
-- id that climbs out: ../

Warning: rename(/tmp/wm_sess_008/inner/%s,/tmp/wm_sess_008/inner/session_../escaped): No such file or directory in %s on line %d
TEMPFILE,inner,session_,session_a.b-c, d | TEMPFILE
-- objects in data are not revived
DESTRUCT Secret
string(22) "__PHP_Incomplete_Class"
int(5)
-- an unserialized Session is inert
string(32) "Workerman\Protocols\Http\Session"
bool(true)
TEMPFILE,inner,session_,session_a.b-c, d,session_obj
-- a Session built without constructor
Typed property Workerman\Protocols\Http\Session::$sessionId must not be accessed before initialization
Typed property Workerman\Protocols\Http\Session::$sessionId must not be accessed before initialization
array(1) {
  ["x"]=>
  int(1)
}
Typed property Workerman\Protocols\Http\Session::$sessionId must not be accessed before initialization
done
