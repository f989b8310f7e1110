--TEST--
FileSessionHandler: save writes <path>/session_<id> (serialized), a new Session reads it back, empty data destroys it, expired files vanish on read, __destruct saves
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
    return implode(',', $l) ?: '(empty)';
}
$dir = sys_get_temp_dir() . '/wm_sess_003';
rmtree($dir);
Session::$gcProbability = [0, 1];
// The handler config creates the directory (recursively) and adds the trailing separator.
var_dump(Session::handlerClass(FileSessionHandler::class, ['save_path' => "$dir/a/b"]));
$s = new Session('id1');
var_dump(is_dir("$dir/a/b"), ls("$dir/a/b"));
$s->set('user', ['id' => 7, 'name' => 'x']);
$s->set('n', 1.5);
$s->save();
echo ls("$dir/a/b"), "\n";
echo file_get_contents("$dir/a/b/session_id1"), "\n";

echo "-- read back\n";
$t = new Session('id1');
var_dump($t->all() === $s->all(), $t->get('user'));

echo "-- other ids are separate\n";
$u = new Session('id2');
var_dump($u->all());
$u->save(); // unchanged: nothing written
echo ls("$dir/a/b"), "\n";

echo "-- empty data removes the file\n";
$t->forget(['user', 'n']);
$t->save();
echo ls("$dir/a/b"), "\n";

echo "-- __destruct saves\n";
$v = new Session('id3');
$v->set('k', 'v');
unset($v);
echo ls("$dir/a/b"), ' ', file_get_contents("$dir/a/b/session_id3"), "\n";

echo "-- expired file: removed on read\n";
Session::$lifetime = 100;
touch("$dir/a/b/session_id3", time() - 101);
$w = new Session('id3');
var_dump($w->all());
echo ls("$dir/a/b"), "\n";
file_put_contents("$dir/a/b/session_id4", serialize(['x' => 1]));
touch("$dir/a/b/session_id4", time() - 60); // well inside the lifetime: a slow machine may pause between touch and read
$w = new Session('id4');
var_dump($w->all());

echo "-- empty file, corrupt file, non-array data\n";
file_put_contents("$dir/a/b/session_e1", '');
file_put_contents("$dir/a/b/session_e2", 's:3:"abc";');
file_put_contents("$dir/a/b/session_e3", 'garbage');
foreach (['e1', 'e2', 'e3'] as $id) {
    $x = new Session($id);
    var_dump($x->all());
}

echo "-- handler methods directly\n";
$h = new FileSessionHandler();
var_dump($h->open('', ''), $h->close(), $h->read('nope'), $h->write('id5', 'raw'), $h->read('id5'), $h->destroy('id5'), $h->destroy('id5'), $h->read('id5'));
var_dump($h->write('id6', '0'), $h->read('id6'));
unset($s, $t, $u, $w, $x);
rmtree($dir);
echo "done\n";
--EXPECTF--
string(51) "Workerman\Protocols\Http\Session\FileSessionHandler"
bool(true)
string(7) "(empty)"
session_id1
a:2:{s:4:"user";a:2:{s:2:"id";i:7;s:4:"name";s:1:"x";}s:1:"n";d:1.5;}
-- read back
bool(true)
array(2) {
  ["id"]=>
  int(7)
  ["name"]=>
  string(1) "x"
}
-- other ids are separate
array(0) {
}
session_id1
-- empty data removes the file
(empty)
-- __destruct saves
session_id3 a:1:{s:1:"k";s:1:"v";}
-- expired file: removed on read
array(0) {
}
(empty)
array(1) {
  ["x"]=>
  int(1)
}
-- empty file, corrupt file, non-array data
array(0) {
}
array(0) {
}

Notice: unserialize(): Error at offset 0 of 7 bytes in %s on line %d
array(0) {
}
-- handler methods directly
bool(true)
bool(true)
bool(false)
bool(true)
string(3) "raw"
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
done
