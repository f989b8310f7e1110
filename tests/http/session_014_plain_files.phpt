--TEST--
FileSessionHandler on a plain directory: saving exactly the bytes read to an unchanged file keeps its content and inode and sets its time to now; changed data, or a file replaced since the read, is written; "0", empty and directory entries read as no session; the same under open_basedir
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
$dir = sys_get_temp_dir() . '/wm_sess_014_' . getmypid();
rmtree($dir);
mkdir($dir);
Session::$gcProbability = [0, 1];
Session::$lifetime = 1000;
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);
$file = "$dir/session_s1";

function run(string $file, string $dir): void {
    echo "-- unchanged data, unchanged file: same bytes, same inode, time now\n";
    file_put_contents($file, serialize(['user' => 'bench']));
    touch($file, time() - 500);
    clearstatcache();
    $ino = fileinode($file);
    $s = new Session('s1');
    $s->set('user', 'bench');
    $s->save();
    clearstatcache();
    var_dump(file_get_contents($file), fileinode($file) === $ino, time() - filemtime($file) <= 2, ls($dir));

    echo "-- changed data: written\n";
    $s = new Session('s1');
    $s->set('user', 'other');
    $s->save();
    echo file_get_contents($file), ' ', ls($dir), "\n";

    echo "-- replaced by another process between read and save: our bytes are written\n";
    $s = new Session('s1');
    file_put_contents("$file.new", serialize(['user' => 'third']));
    rename("$file.new", $file);
    $s->set('user', 'other');
    $s->save();
    echo file_get_contents($file), "\n";

    echo "-- written in place since the read (older time set back): ours replaces it\n";
    $s = new Session('s1');
    $fp = fopen($file, 'r+');
    fwrite($fp, 's:1:"x";');
    fclose($fp);
    touch($file, time() - 100);
    $s->set('user', 'other');
    $s->save();
    echo file_get_contents($file), "\n";

    echo "-- \"0\", empty, a directory: no session data\n";
    foreach (['0', ''] as $c) {
        file_put_contents($file, $c);
        var_dump((new Session('s1'))->all());
    }
    unlink($file);
    mkdir($file);
    var_dump((new Session('s1'))->all());
    rmdir($file);

    echo "-- a large session\n";
    $big = str_repeat('abcdefgh', 40000);
    $s = new Session('s2');
    $s->set('big', $big);
    $s->save();
    $t = new Session('s2');
    var_dump($t->get('big') === $big);
    $t->set('big', $big);
    $t->save();
    clearstatcache();
    var_dump(filesize("$dir/session_s2"), ls($dir));
    $t->flush();
    $t->save();
    echo ls($dir), "\n";
}
run($file, $dir);
echo "== open_basedir\n";
ini_set('open_basedir', $dir . PATH_SEPARATOR . sys_get_temp_dir());
run($file, $dir);
rmtree($dir);
?>
--EXPECT--
-- unchanged data, unchanged file: same bytes, same inode, time now
string(29) "a:1:{s:4:"user";s:5:"bench";}"
bool(true)
bool(true)
string(10) "session_s1"
-- changed data: written
a:1:{s:4:"user";s:5:"other";} session_s1
-- replaced by another process between read and save: our bytes are written
a:1:{s:4:"user";s:5:"other";}
-- written in place since the read (older time set back): ours replaces it
a:1:{s:4:"user";s:5:"other";}
-- "0", empty, a directory: no session data
array(0) {
}
array(0) {
}
array(0) {
}
-- a large session
bool(true)
int(320028)
string(10) "session_s2"
(empty)
== open_basedir
-- unchanged data, unchanged file: same bytes, same inode, time now
string(29) "a:1:{s:4:"user";s:5:"bench";}"
bool(false)
bool(true)
string(10) "session_s1"
-- changed data: written
a:1:{s:4:"user";s:5:"other";} session_s1
-- replaced by another process between read and save: our bytes are written
a:1:{s:4:"user";s:5:"other";}
-- written in place since the read (older time set back): ours replaces it
a:1:{s:4:"user";s:5:"other";}
-- "0", empty, a directory: no session data
array(0) {
}
array(0) {
}
array(0) {
}
-- a large session
bool(true)
int(320028)
string(10) "session_s2"
(empty)