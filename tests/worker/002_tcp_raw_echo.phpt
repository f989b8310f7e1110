--TEST--
Worker: tcp:// delivers raw bytes unchanged (binary, CR/LF, NUL, 256 KiB), no protocol
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
$w = new Worker('tcp://127.0.0.1:0');
$w->onWorkerStart = function (Worker $w) {
    echo 'protocol=', var_export($w->protocol, true), ' transport=', var_export($w->transport, true),
        ' socket=', preg_replace('/:\d+$/', ':PORT', $w->getSocketName()), "\n";
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        $bin = "\x00\x01\r\n\xff\xfe\n";
        wm_send($s, $bin);
        echo bin2hex(wm_recv($s, strlen($bin))), "\n";
        $big = '';
        for ($i = 0; strlen($big) < 262144; $i++) {
            $big .= md5((string)$i, true);
        }
        wm_send($s, $big . "END");
        $back = wm_recv($s, strlen($big) + 3);
        echo strlen($back), ' ', $back === $big . "END" ? 'identical' : 'DIFFERENT', "\n";
        PHP, function (string $out) use ($w) {
        echo $out;
    });
};
$w->onConnect = function ($c) {
    echo 'connection protocol=', var_export($c->protocol, true), ' transport=', var_export($c->transport, true), "\n";
};
$w->onMessage = function ($c, $data) {
    $c->send($data);
};
Worker::runAll();
?>
--EXPECT--
protocol=NULL transport='tcp' socket=tcp://127.0.0.1:PORT
connection protocol=NULL transport='tcp'
00010d0afffe0a
262147 identical
