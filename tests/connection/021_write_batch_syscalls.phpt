--TEST--
Write batching, counted by strace: a burst of 8 packages whose handlers each send to another connection makes one sendmsg() to it (and one for the replies) instead of 8 (workerman.batch_writes=0)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip under valgrind: strace counts valgrind\'s own system calls too');
exec('strace -V 2>&1', $o, $rc);
if ($rc !== 0) die('skip strace is absent (apt-get install strace)');
?>
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$peer = null;
$strace = null;
$trace = WmTest::$dir . '/strace.out';
$w->onMessage = function (TcpConnection $c, $data) use (&$peer, &$strace, $trace) {
    [$cmd, $arg] = explode(' ', $data, 2) + [1 => ''];
    switch ($cmd) {
        case 'peer':
            $peer = $c;
            $c->send('peer');
            break;
        case 'trace':
            ini_set('workerman.batch_writes', $arg);
            $strace = proc_open(['strace', '-qq', '-e', 'trace=sendmsg,sendto,write,writev', '-s', '16', '-o', $trace, '-p', (string) getmypid()],
                [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', WmTest::$dir . '/strace.err', 'w']], $pipes);
            // wait (bounded) until strace is attached, then answer
            $t0 = microtime(true);
            $timer = Timer::add(0.01, function () use (&$timer, $c, $t0) {
                $traced = (int) preg_replace('/.*^TracerPid:\s*(\d+).*/ms', '$1', file_get_contents('/proc/self/status'));
                if ($traced || microtime(true) - $t0 > 5) {
                    Timer::del($timer);
                    $c->send($traced ? 'traced' : 'not traced');
                    file_put_contents('/dev/null', 'MARK-BEGIN');
                }
            });
            break;
        case 'say':
            $peer->send("p $arg");
            $c->send("ok $arg");
            break;
        case 'untrace':
            file_put_contents('/dev/null', 'MARK-END');
            proc_terminate($strace, SIGINT);
            for ($i = 0; $i < 500 && proc_get_status($strace)['running']; $i++) {
                usleep(10000);
            }
            proc_close($strace);
            $lines = file($trace, FILE_IGNORE_NEW_LINES);
            $in = false;
            $n = 0;
            foreach ($lines as $l) {
                if (str_contains($l, 'MARK-BEGIN')) { $in = true; continue; }
                if (str_contains($l, 'MARK-END')) { break; }
                if ($in && preg_match('/^(sendmsg|sendto|writev?)\(/', $l)) { $n++; }
            }
            $c->send("writes $n");
            break;
    }
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $p = wm_connect($port);
        wm_send($p, "peer\n");
        echo wm_recv_line($p);
        $r = wm_connect($port);
        $burst = '';
        for ($i = 1; $i <= 8; $i++) { $burst .= "say $i\n"; }
        foreach (['1', '0'] as $mode) {
            wm_send($r, "trace $mode\n");
            $t = wm_recv_line($r);
            if ($t !== "traced\n") { echo "strace could not attach: $t"; break; }
            wm_send($r, $burst);
            $got = '';
            while (substr_count($got, "\n") < 8) { $got .= wm_recv($r, 1); }
            $gp = '';
            while (substr_count($gp, "\n") < 8) { $gp .= wm_recv($p, 1); }
            wm_send($r, "untrace\n");
            echo "batch_writes=$mode: ", trim(wm_recv_line($r)), '; replies ', json_encode($got), '; peer ', json_encode($gp), "\n";
        }
        PHP, null, 30.0);
};
Worker::runAll();
?>
--EXPECT--
peer
batch_writes=1: writes 2; replies "ok 1\nok 2\nok 3\nok 4\nok 5\nok 6\nok 7\nok 8\n"; peer "p 1\np 2\np 3\np 4\np 5\np 6\np 7\np 8\n"
batch_writes=0: writes 9; replies "ok 1\nok 2\nok 3\nok 4\nok 5\nok 6\nok 7\nok 8\n"; peer "p 1\np 2\np 3\np 4\np 5\np 6\np 7\np 8\n"
