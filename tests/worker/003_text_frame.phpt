--TEST--
Worker: text:// and frame:// resolve to Workerman\Protocols\Text / Frame and frame the bytes on the wire
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$text = new Worker('text://127.0.0.1:0');
$text->onWorkerStart = function (Worker $text) {
    // A second listener of another protocol, started from inside the worker process.
    $frame = new Worker('frame://127.0.0.1:0');
    $frame->onMessage = function ($c, $data) {
        $c->send('frame got ' . var_export($data, true));
    };
    $frame->listen();
    foreach ([$text, $frame] as $w) {
        echo $w->getSocketName() === 'text://127.0.0.1:0' || $w->getSocketName() === 'frame://127.0.0.1:0' ? 'ok' : 'BAD',
            ' protocol=', $w->protocol, ' transport=', $w->transport, "\n";
    }
    $ports = WmTest::port($text) . ', ' . WmTest::port($frame);
    WmTest::client(0, <<<PHP
        [\$textPort, \$framePort] = [$ports];
        PHP . <<<'PHP'

        $t = wm_connect($textPort);
        wm_send($t, "h\xc3\xa9llo\r\nsecond\n");
        echo var_export(wm_recv_line($t), true), "\n";
        echo var_export(wm_recv_line($t), true), "\n";
        $f = wm_connect($framePort);
        wm_send($f, wm_frame("a\nb") . wm_frame(""));
        $n = unpack('N', wm_recv($f, 4))[1];
        echo $n, ' ', var_export(wm_recv($f, $n - 4), true), "\n";
        $n = unpack('N', wm_recv($f, 4))[1];
        echo $n, ' ', var_export(wm_recv($f, $n - 4), true), "\n";
        PHP);
};
$text->onMessage = function ($c, $data) {
    $c->send('text got ' . var_export($data, true) . ' via ' . $c->protocol);
};
Worker::runAll();
?>
--EXPECT--
ok protocol=Workerman\Protocols\Text transport=tcp
ok protocol=Workerman\Protocols\Frame transport=tcp
'text got \'héllo\' via Workerman\\Protocols\\Text
'
'text got \'second\' via Workerman\\Protocols\\Text
'
19 'frame got \'a
b\''
16 'frame got \'\''
