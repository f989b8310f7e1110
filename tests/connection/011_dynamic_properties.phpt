--TEST--
TcpConnection dynamic properties: scalars, nested array writes, appends, references, objects, isset/unset, per connection
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;

WmTest::setup();
$w = new Worker('text://127.0.0.1:0');
$ev = [];
$n = 0;
$w->onConnect = function (TcpConnection $c) use (&$ev, &$n) {
    if (++$n === 2) {
        $ev[] = 'second connection: ' . json_encode([isset($c->data), isset($c->list), property_exists($c, 'counter')]);
        return;
    }
    $c->data['a']['b'] = 1;
    $c->list[] = 'x';
    $c->counter = 0;
    $c->obj = new stdClass();
    $c->obj->v = 1;
    $c->fresh['x']['y'][] = 'deep';
};
$w->onMessage = function (TcpConnection $c, $msg) use (&$ev) {
    if (!isset($c->counter)) {
        $c->send('no state');
        return;
    }
    $c->counter++;
    $c->data['a']['c'] = $c->counter;
    $c->data['a']['b'] .= '!';
    $c->list[] = $msg;
    $ref = &$c->data['r'];
    $ref['via reference'] = true;
    unset($ref);
    $c->obj->v++;
    if ($msg === 'drop') {
        unset($c->obj, $c->fresh);
    }
    $c->send(json_encode([$c->counter, $c->data, $c->list, isset($c->obj) ? $c->obj->v : 'unset',
        $c->fresh ?? 'unset', isset($c->nope), $c->nope ?? 'default']));
};
$w->onWorkerStart = function ($w) use (&$ev) {
    set_error_handler(function ($no, $str) use (&$ev) {
        $ev[] = "PHP error $no: $str";
        return true;
    });
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "one\n");
        echo wm_recv_line($s);
        wm_send($s, "drop\n");
        echo wm_recv_line($s);
        $t = wm_connect($port);
        wm_send($t, "other\n");
        echo wm_recv_line($t);
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
[1,{"a":{"b":"1!","c":1},"r":{"via reference":true}},["x","one"],2,{"x":{"y":["deep"]}},false,"default"]
[2,{"a":{"b":"1!!","c":2},"r":{"via reference":true}},["x","one","drop"],"unset","unset",false,"default"]
no state
second connection: [false,false,false]
