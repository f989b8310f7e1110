--TEST--
Revolt: onReadable/onWritable on a stream_socket_pair(): the callback gets id and stream, disable/enable/cancel, two watchers on one stream, a closed stream
--SKIPIF--
<?php require __DIR__ . '/revolt.inc'; WmRevolt::skipIf(); ?>
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/revolt.inc';
WmRevolt::load();
use Revolt\EventLoop;

[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($a, false);
stream_set_blocking($b, false);
$log = [];

// Writable at once: write three messages, one per event, then cancel.
$sent = 0;
EventLoop::onWritable($a, function (string $id, $stream) use ($a, &$sent, &$log) {
    $log[] = 'writable, same stream: ' . var_export($stream === $a, true);
    fwrite($stream, 'msg' . ++$sent . ';');
    if ($sent === 3) {
        EventLoop::cancel($id);
    }
});

// Two readers of $b: one reads, one counts and is disabled after its first event, then
// enabled again by a delay and cancelled at its second.
$got = '';
EventLoop::onReadable($b, function (string $id, $stream) use (&$got, &$log, $a) {
    $got .= fread($stream, 8192);
    if (substr_count($got, ';') === 3) {
        $log[] = "read: $got";
        EventLoop::cancel($id);
        fwrite($a, 'more');    // for the second reader, enabled again later
    }
});
$seen = 0;
EventLoop::onReadable($b, function (string $id) use (&$seen, &$log) {
    $seen++;
    $log[] = "second reader, event $seen";
    if ($seen === 1) {
        EventLoop::disable($id);
        EventLoop::delay(0.05, function () use ($id) { EventLoop::enable($id); });
    } else {
        EventLoop::cancel($id);
    }
});
EventLoop::run();
echo implode("\n", array_unique($log)), "\n";
echo 'left in $b: ', fread($b, 100), "\n";

// A stream closed before its watcher is activated: the loop says why.
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$id = EventLoop::onReadable($c, function () {});
fclose($c);
try {
    EventLoop::run();
} catch (Error $e) {
    echo get_class($e), ': ', str_replace("callback $id:", 'callback ID:', $e->getMessage()), "\n";
}
EventLoop::cancel($id);
EventLoop::run();
echo "end\n";
?>
--EXPECT--
writable, same stream: true
second reader, event 1
read: msg1;msg2;msg3;
second reader, event 2
left in $b: more
Error: Revolt callback ID: the stream is closed or has no file descriptor
end
