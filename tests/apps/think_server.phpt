--TEST--
apps: ThinkPHP 8 + think-worker 4.0 `php think worker:server` (a websocket server configured in config/worker_server.php): a websocket client is answered by the configured onMessage; `start -d`, `status`, `reload`, `stop`, then `start` in the foreground stopped from the CLI
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

$chat = static function (string $text): string {
    [$s, $head] = wm_ws_open(Think::$ws, '/');
    if (!str_starts_with($head, 'HTTP/1.1 101')) {
        return "handshake failed: $head";
    }
    wm_send($s, wm_ws_text($text));
    $f = wm_ws_recv_frame($s);
    fclose($s);
    return $f ? wm_ws_describe($f) : 'no frame';
};

$app = Think::setup();
$master = Think::startDaemon('worker:server');
$kids = WmProc::waitChildren($master, 1);
WmApps::waitPorts([Think::$ws]);
echo "started: ", var_export($master > 0 && count($kids) === 1, true), "\n";
echo $chat('hello'), "\n";

echo "== status\n";
echo implode("\n", Think::statusRows(Think::cli('worker:server', ['status']), $master)), "\n";

echo "== reload\n";
echo Think::cli('worker:server', ['reload']);
WmProc::waitFor(static function () use ($master, $kids): bool {
    $now = WmProc::children($master);
    return count($now) === 1 && !array_intersect($now, $kids);
}, 20.0);
echo 'worker replaced: ', var_export(!array_intersect($kids, WmProc::children($master)), true), "\n";
WmApps::waitPorts([Think::$ws]);
echo $chat('again'), "\n";

echo "== stop\n";
echo 'all gone: ', var_export(Think::stop('worker:server', $master), true), "\n";

echo "== start in the foreground, stop from the CLI\n";
$fg = WmProc::background([...WmApps::php(), "$app/think", 'worker:server']);
$master = WmApps::waitMaster(Think::pidFile('worker:server'));
WmProc::waitChildren($master, 1);
WmApps::waitPorts([Think::$ws]);
echo $chat('foreground'), "\n";
$kids = WmProc::children($master);
$stop = WmProc::background([...WmApps::php(), "$app/think", 'worker:server', 'stop']);
$out = WmProc::finish($fg, 20.0);
echo WmProc::finish($stop, 20.0);
echo 'all gone: ', var_export(WmApps::waitGone($master, $kids), true), "\n";
echo 'the foreground start printed: ', str_contains($out, 'Start success') ? 'Start success' : $out, "\n";
?>
--EXPECT--
started: true
fin=1 rsv=0 op=1 len=15 masked=0 receive success
== status
thinkphp websocket://127.0.0.1:<ws>
== reload
Workerman[think] reload
worker replaced: true
fin=1 rsv=0 op=1 len=15 masked=0 receive success
== stop
all gone: true
== start in the foreground, stop from the CLI
fin=1 rsv=0 op=1 len=15 masked=0 receive success
Workerman[think] stop
Workerman[think] is stopping ...
Workerman[think] stop success
all gone: true
the foreground start printed: Start success
