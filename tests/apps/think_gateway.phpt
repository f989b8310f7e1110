--TEST--
apps: ThinkPHP 8 + think-worker 4.0 `php think worker:gateway` (GatewayWorker 3.0.22: Register, BusinessWorker with think\worker\Events, a websocket Gateway): websocket clients get their client_id, a message reaches every client, a logout the others; `start -d`, `status`, `reload` (only the BusinessWorker is reloadable), `stop`
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
echo WmApps::skip('think', [], false, 'think_http.phpt runs ThinkPHP on the extension under memcheck; these steps need start -d, whose first processes end with _exit()');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/think.inc';
require_once __DIR__ . '/../include/client.inc';
require_once __DIR__ . '/../include/wsclient.inc';

$text = static function ($s): string {
    $f = wm_ws_recv_frame($s);
    return $f === null ? 'nothing' : $f['payload'];
};
$chat = static function () use ($text): void {
    [$a, $head] = wm_ws_open(Think::$gw, '/');
    $hello = $text($a);
    echo 'a: ', preg_replace('/[0-9a-f]{20}$/', '<client_id>', $hello), "\n";
    [$b] = wm_ws_open(Think::$gw, '/?user=b');
    $idB = substr($text($b), strlen('Your client_id is '));
    wm_send($a, wm_ws_text('hi all'));
    echo 'a got: ', $text($a), ', b got: ', $text($b), "\n";
    fclose($b);
    echo 'a got: ', str_replace($idB, '<b>', $text($a));
    fclose($a);
};

$app = Think::setup();
$master = Think::startDaemon('worker:gateway');
$kids = WmProc::waitChildren($master, 3);
WmApps::waitPorts([Think::$gw, Think::$register]);
echo "started: ", var_export($master > 0 && count($kids) === 3, true), "\n";
// The Gateway registers its inner address, the BusinessWorker connects to it.
WmProc::waitFor(fn () => WmApps::listening(Think::$inner));
usleep((int)(300000 * WmTest::$scale));
$chat();

echo "== status\n";
echo implode("\n", Think::statusRows(Think::cli('worker:gateway', ['status']), $master)), "\n";

echo "== reload\n";
$title = static function (int $pid): string {
    return preg_match('/(Register|BusinessWorker|thinkphp)/', WmProc::title($pid), $m) ? $m[1] : 'other';
};
$byName = static function () use ($master, $title): array {
    $out = [];
    foreach (WmProc::children($master) as $pid) {
        $out[$title($pid)] = $pid;
    }
    ksort($out);
    return $out;
};
$before = $byName();
echo Think::cli('worker:gateway', ['reload']);
WmProc::waitFor(static function () use ($byName, $before): bool {
    $now = $byName();
    return count($now) === 3 && ($now['BusinessWorker'] ?? 0) !== $before['BusinessWorker'];
}, 20.0);
$after = $byName();
foreach ($before as $name => $pid) {
    echo "$name: ", ($after[$name] ?? 0) === $pid ? 'kept' : 'replaced', "\n";
}
usleep((int)(500000 * WmTest::$scale));
$chat();

echo "== stop\n";
echo 'all gone: ', var_export(Think::stop('worker:gateway', $master), true), "\n";
?>
--EXPECT--
started: true
a: Your client_id is <client_id>
a got: hi all, b got: hi all
a got: client[<b>] logout
== status
BusinessWorker none
Register text://127.0.0.1:<register>
thinkphp websocket://127.0.0.1:<gw>
== reload
Workerman[think] reload
BusinessWorker: replaced
Register: kept
thinkphp: kept
a: Your client_id is <client_id>
a got: hi all, b got: hi all
a got: client[<b>] logout
== stop
all gone: true
