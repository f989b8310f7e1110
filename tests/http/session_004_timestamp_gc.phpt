--TEST--
FileSessionHandler: autoUpdateTimestamp and refresh() touch the file, gc() removes files older than the lifetime by mtime, __destruct runs gc with gcProbability
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
function age(string $f): string { clearstatcache(); return is_file($f) ? (time() - filemtime($f) > 50 ? 'old' : 'fresh') : 'missing'; }
$dir = sys_get_temp_dir() . '/wm_sess_004';
rmtree($dir);
Session::$gcProbability = [0, 1];
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);
$s = new Session('t1');
$s->set('a', 1);
$s->save();

echo "-- unchanged save does not touch without autoUpdateTimestamp\n";
touch("$dir/session_t1", time() - 100);
$s = new Session('t1');
$s->save();
echo age("$dir/session_t1"), "\n";

echo "-- autoUpdateTimestamp: an unchanged save refreshes the mtime\n";
Session::$autoUpdateTimestamp = true;
$s->save();
echo age("$dir/session_t1"), "\n";
Session::$autoUpdateTimestamp = false;

echo "-- refresh()\n";
touch("$dir/session_t1", time() - 100);
var_dump($s->refresh());
echo age("$dir/session_t1"), "\n";
$m = new Session('not-saved');
var_dump($m->refresh());
echo ls($dir), "\n";

echo "-- gc(): by mtime against Session::\$lifetime, only session_* files\n";
Session::$lifetime = 60;
foreach (['session_old1', 'session_old2', 'session_new', 'other_old'] as $f) {
    file_put_contents("$dir/$f", 'x');
}
touch("$dir/session_old1", time() - 61);
touch("$dir/session_old2", time() - 3600);
touch("$dir/other_old", time() - 3600);
touch("$dir/session_new", time() - 59);
mkdir("$dir/session_dir");
touch("$dir/session_dir", time() - 3600);
$s->gc();
echo ls($dir), "\n";
$h = new FileSessionHandler();
var_dump($h->gc(30));
echo ls($dir), "\n";

echo "-- __destruct: gc when random_int(1, p[1]) <= p[0]\n";
file_put_contents("$dir/session_old3", 'x');
touch("$dir/session_old3", time() - 3600);
$x = new Session('t2');
Session::$gcProbability = [0, 1];
unset($x);
echo ls($dir), "\n";
$x = new Session('t2');
Session::$gcProbability = [1, 1];
unset($x);
echo ls($dir), "\n";

echo "-- updateTimestamp() directly\n";
file_put_contents("$dir/session_t3", 'x');
touch("$dir/session_t3", time() - 100);
var_dump($h->updateTimestamp('t3'), $h->updateTimestamp('t3', 'data'), $h->updateTimestamp('none'));
echo age("$dir/session_t3"), "\n";
rmdir("$dir/session_dir");
unset($s, $m);
rmtree($dir);
echo "done\n";
--EXPECT--
-- unchanged save does not touch without autoUpdateTimestamp
old
-- autoUpdateTimestamp: an unchanged save refreshes the mtime
fresh
-- refresh()
bool(true)
fresh
bool(false)
session_t1
-- gc(): by mtime against Session::$lifetime, only session_* files
other_old,session_dir,session_new,session_t1
bool(true)
other_old,session_dir,session_t1
-- __destruct: gc when random_int(1, p[1]) <= p[0]
other_old,session_dir,session_old3,session_t1
other_old,session_dir,session_t1
-- updateTimestamp() directly
bool(true)
bool(true)
bool(false)
fresh
done
