--TEST--
$globalEvent->onReadable/offReadable/onWritable/offWritable on a socket pair and a TCP socket
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $ev = Worker::$globalEvent;
    $read = $write = $accept = [];
    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    stream_set_blocking($a, false);

    // One watcher per stream and direction: the second registration replaces the first.
    var_dump($ev->onReadable($a, function () use (&$read) { $read[] = 'replaced watcher ran'; }));
    $ev->onReadable($a, function ($stream) use (&$read, $a, $b, $ev) {
        $read[] = var_export($stream === $a, true) . ' ' . fread($stream, 100);
        if (count($read) === 1) {
            $ev->delay(0.01, function () use ($b) { fwrite($b, 'two'); });
        } else {
            $read[] = 'off ' . var_export($ev->offReadable($stream), true)
                . ' ' . var_export($ev->offReadable($stream), true);
            // Not read any more: the watcher is off.
            fwrite($b, 'three');
        }
    });
    fwrite($b, 'one');

    // Writable fires as soon as there is room; the callback turns itself off.
    $ev->onWritable($b, function ($stream) use (&$write, $ev, $b) {
        $write[] = var_export($stream === $b, true);
        $write[] = 'off ' . var_export($ev->offWritable($b), true) . ' ' . var_export($ev->offWritable($b), true);
    });
    var_dump($ev->offReadable(STDIN), $ev->offWritable(STDOUT));

    // A listening TCP socket becomes readable when a client connects.
    $server = stream_socket_server('tcp://127.0.0.1:0');
    $ev->onReadable($server, function ($server) use (&$accept, $ev) {
        $conn = stream_socket_accept($server, 0);
        $accept[] = is_resource($conn) ? 'accepted' : 'accept failed';
        $accept[] = 'off ' . var_export($ev->offReadable($server), true);
    });
    $client = stream_socket_client('tcp://' . stream_socket_get_name($server, false));

    try {
        $ev->onReadable('not a stream', fn () => null);
    } catch (TypeError $e) {
        echo get_class($e), "\n";
    }

    WmTest::when(function () use (&$read, &$write, &$accept) {
        return count($read) >= 3 && count($write) >= 2 && count($accept) >= 2;
    }, function () use (&$read, &$write, &$accept, $a, $b, $client) {
        echo 'read: ', implode(', ', $read), "\n";
        echo 'write: ', implode(', ', $write), "\n";
        echo 'accept: ', implode(', ', $accept), "\n";
        var_dump(fread($a, 100));
        WmTest::stop();
    });
};
Worker::runAll();
?>
--EXPECT--
NULL
bool(false)
bool(false)
TypeError
read: true one, true two, off true false
write: true, off true false
accept: accepted, off true
string(5) "three"
