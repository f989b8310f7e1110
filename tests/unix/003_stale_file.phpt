--TEST--
A unix socket file left behind (e.g. by a crashed run) makes listen() fail as upstream's does (RuntimeException, file kept); once it is removed the worker binds
--EXTENSIONS--
workerman
posix
--FILE--
<?php
use Workerman\Worker;

$path = sys_get_temp_dir() . '/wm-stale-' . getmypid() . '.sock';
$s = stream_socket_server("unix://$path");
fclose($s); // the file stays, as after a crash
echo 'stale file: ', var_export(filetype($path), true), "\n";
$w = new Worker("unix://$path");
try {
    @$w->listen();
    echo "listening\n";
} catch (RuntimeException $e) {
    echo 'RuntimeException: ', var_export($e->getMessage(), true), "\n";
}
echo 'file kept: ', var_export(file_exists($path), true), ', mainSocket: ', var_export($w->getMainSocket(), true), "\n";
unlink($path);
$w->listen();
echo 'after removing it: ', get_resource_type($w->getMainSocket()), ' ', var_export(filetype($path), true), "\n";
$w->unlisten();
@unlink($path);
?>
--EXPECT--
stale file: 'socket'
RuntimeException: ''
file kept: true, mainSocket: false
after removing it: stream 'socket'
