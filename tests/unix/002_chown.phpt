--TEST--
unix:// worker with user/group: the socket file is chown/chgrp'ed to them after binding (checked by a second, root worker), and served by the worker running as that user
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
if (posix_getuid() !== 0) die('skip needs root');
if (!posix_getpwnam('nobody') || !posix_getgrnam('nogroup')) die('skip needs user nobody and group nogroup');
?>
--ENV--
VALGRIND_OPTS=--vgdb=no --trace-children-skip=*php*
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$path = WmTest::$dir . '/owned.sock';
$w = new Worker("unix://$path");
$w->user = 'nobody';
$w->group = 'nogroup';
$w->onMessage = function ($c, $data) {
    $c->send('served by ' . posix_getpwuid(posix_geteuid())['name'] . ': ' . $data);
};
$check = new Worker();
$check->onWorkerStart = function () use ($path) {
    clearstatcache();
    $st = stat($path);
    echo 'owner: ', posix_getpwuid($st['uid'])['name'], ', group: ', posix_getgrgid($st['gid'])['name'], "\n";
    WmTest::client(0, <<<PHP
        \$s = stream_socket_client('unix://$path', \$errno, \$errstr, 5);
        stream_set_timeout(\$s, 5);
        fwrite(\$s, "ping");
        echo fread(\$s, 100), "\\n";
        fclose(\$s);
        PHP);
};
Worker::runAll();
?>
--EXPECT--
owner: nobody, group: nogroup
served by nobody: ping
