--TEST--
Process model: user/group drop privileges in the children (as root); unknown user or group is logged; without root a clear warning, and the children keep running
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
if (posix_getuid() !== 0) die('skip needs root');
if (!posix_getpwnam('nobody')) die('skip no user nobody');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';

// The servers run as processes of their own (under valgrind, processes that gave up root could
// not remove valgrind's files).
WmProc::setupController();
// Children that become nobody write to the test's files too.
chmod(WmTest::$dir, 0777);
$nobody = posix_getpwnam('nobody');

// Without root: a server script that gives up root before runAll() and asks for user root.
$script = WmProc::script('nonroot.php', '$pw = ' . var_export($nobody, true) . ";\n" . <<<'PHP'
    posix_setgid($pw['gid']);
    posix_setuid($pw['uid']);
    $w = new Worker();
    $w->name = 'nonroot';
    $w->user = 'root';
    $w->onWorkerStart = function (Worker $w) {
        echo "child uid is nobody: ", var_export(posix_getuid() === posix_getpwnam('nobody')['uid'], true), "\n";
        posix_kill(posix_getppid(), SIGINT);
    };
    Worker::$command = 'start';
    Worker::runAll();
    PHP);
$banner = '/^(-|Workerman\/|event-loop|.*\[OK\]).*\n|^Start success.\n/m';
echo preg_replace($banner, '', WmProc::cli($script, []));
echo "-- log:\n", WmProc::log();
unlink(WmTest::$dir . '/server.log');

// As root: users and groups for the children.
$script = WmProc::script('root.php', '$nobody = ' . var_export($nobody, true) . ";\n" . <<<'PHP'
    $masterGroups = posix_getgroups();
    sort($masterGroups);
    $workers = [
        'drop' => ['nobody', ''],
        'with-group' => ['nobody', 'root'],
        'ghost' => ['no-such-user-wm', ''],
        'bad-group' => ['nobody', 'no-such-group-wm'],
    ];
    foreach ($workers as $name => [$user, $group]) {
        $w = new Worker();
        $w->name = $name;
        $w->user = $user;
        $w->group = $group;
        $w->onWorkerStart = function (Worker $w) use ($nobody, $masterGroups) {
            $name = fn (int $gid) => $gid === $nobody['gid'] ? "nobody's group" : posix_getgrgid($gid)['name'];
            $groups = posix_getgroups();
            sort($groups);
            file_put_contents(__DIR__ . '/events.log', sprintf("%s: uid=%s gid=%s groups=%s\n", $w->name,
                posix_getpwuid(posix_getuid())['name'], $name(posix_getgid()),
                $groups === $masterGroups ? "the master's" : implode(',', array_map($name, $groups))), FILE_APPEND);
            if ($w->name === 'ghost') {
                // Still root: this one can stop the server once all have started.
                for ($i = 0; $i < 500 && substr_count((string)file_get_contents(__DIR__ . '/events.log'), "\n") < 4; $i++) {
                    usleep(10000);
                }
                posix_kill(posix_getppid(), SIGINT);
            }
        };
    }
    Worker::$command = 'start';
    Worker::runAll();
    PHP);
touch(WmTest::$dir . '/events.log');
chmod(WmTest::$dir . '/events.log', 0666);
echo "-- as root:\n";
WmProc::cli($script, []);
$lines = explode("\n", trim(file_get_contents(WmTest::$dir . '/events.log')));
sort($lines);
echo implode("\n", $lines), "\n";
preg_match_all('/^Warning.*$/m', WmProc::log(), $m);
sort($m[0]);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
Workerman[nonroot.php] start in DEBUG mode
Warning: You must have the root privileges to change uid and gid.
Warning: change gid or uid fail.
child uid is nobody: true
Workerman[nonroot.php] received signal SIGINT
Workerman[nonroot.php] stopping
Workerman[nonroot.php] has been stopped
-- log:
Workerman[nonroot.php] start in DEBUG mode
Warning: You must have the root privileges to change uid and gid.
Warning: change gid or uid fail.
Workerman[nonroot.php] received signal SIGINT
Workerman[nonroot.php] stopping
Workerman[nonroot.php] has been stopped
-- as root:
bad-group: uid=root gid=root groups=the master's
drop: uid=nobody gid=nobody's group groups=nobody's group
ghost: uid=root gid=root groups=the master's
with-group: uid=nobody gid=root groups=root
Warning: Group no-such-group-wm not exists
Warning: User no-such-user-wm not exists
