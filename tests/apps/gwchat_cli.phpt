--TEST--
apps: GatewayWorker chat: `status` lists every process, `connections` the business workers' links to the gateways, `reload` replaces the reloadable workers (chat still works), `stop`, `start -d` again; under valgrind the chat runs under memcheck (but for `start -d`)
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
// Under valgrind the chat itself runs under memcheck (GwChat::start()).
echo WmApps::skip('gwchat', ['ws'], true);
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/gwchat.inc';

$app = GwChat::setup();
$master = GwChat::start();
echo "started: ", var_export($master > 0, true), "\n";
// register 1, gateway 2, business 4, web 2
$kids = WmProc::waitChildren($master, 9);
echo "children: ", count($kids), "\n";
echo GwChat::loginCheck('dave');

// status: one row per process, by worker name.
$status = WmApps::cli('start.php', ['status']);
$rows = [];
foreach (explode("\n", $status) as $line) {
    if (preg_match('/^(\d+)\t\S+\s+(\S+)\s+(\S+)\s+\d+/', $line, $m) && in_array((int)$m[1], $kids, true)) {
        $rows[] = "$m[3] " . strtr($m[2], [':' . GwChat::$ws => ':<ws>', ':' . GwChat::$register => ':<register>', ':' . GwChat::$web => ':<web>']);
    }
}
sort($rows);
echo "== status\n", implode("\n", $rows), "\n";
echo preg_match('/^4 workers +9 processes$/m', $status) ? "4 workers, 9 processes\n" : $status;

// connections: each of the 4 business workers holds a link to each of the 2 gateway processes'
// inner ports, and to the register.
$conns = WmApps::cli('start.php', ['connections']);
$inner = 0;
foreach (explode("\n", $conns) as $line) {
    if (preg_match('/ChatBusiness.*GatewayProtocol.*ESTABLISHED\s+127\.0\.0\.1:\d+\s+127\.0\.0\.1:(\d+)/', $line, $m)
        && in_array((int)$m[1], [GwChat::$inner, GwChat::$inner + 1], true)) {
        $inner++;
    }
}
echo "== connections\nbusiness worker links on the gateways' inner ports: $inner\n";
if ($inner !== 8) {
    echo $conns;
}

// reload: business workers and web workers are replaced; the register and the gateways are not
// reloadable (GatewayWorker sets reloadable = false), so they keep their pids.
// (Workers by the names `status` gives: the web worker has none, "none".)
$before = WmApps::byName('start.php', $master, 9);
echo "== reload\n", WmApps::cli('start.php', ['reload']);
$after = WmApps::afterReload('start.php', $master, $before, 9, 6);
foreach ($before as $name => $pids) {
    $same = count(array_intersect($pids, $after[$name] ?? []));
    echo $name === 'none' ? 'web' : $name, ": ", count($pids), " before, ", count($after[$name] ?? []), " after, $same kept\n";
}
WmApps::waitPorts(GwChat::allPorts());
// The new business workers find the gateways through the register before they can serve.
$ok = '';
WmProc::waitFor(static function () use (&$ok): bool {
    $ok = GwChat::loginCheck('erin');
    return $ok === "login ok 1\n";
}, 20.0);
echo "after reload: $ok";

echo "== stop\n", GwChat::stop($master, WmProc::children($master) ?: $kids);
echo "ports free: ", var_export(WmApps::waitPorts(GwChat::allPorts(), 10.0, true), true), "\n";
// Under valgrind: the chat's processes made no memory error and lost no block of the extension.
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;

echo "== start -d\n";
$again = GwChat::startDaemon($master);
echo "a new master: ", var_export($again > 0 && $again !== $master, true), "\n";
echo GwChat::loginCheck('frank');
$kids = WmProc::children($again);
echo WmApps::cli('start.php', ['stop']);
echo "all gone: ", var_export(WmApps::waitGone($again, $kids), true), "\n";
?>
--EXPECT--
started: true
children: 9
login ok 1
== status
ChatBusinessWorker none
ChatBusinessWorker none
ChatBusinessWorker none
ChatBusinessWorker none
ChatGateway websocket://0.0.0.0:<ws>
ChatGateway websocket://0.0.0.0:<ws>
Register text://127.0.0.1:<register>
none http://0.0.0.0:<web>
none http://0.0.0.0:<web>
4 workers, 9 processes
== connections
business worker links on the gateways' inner ports: 8
== reload
Workerman[start.php] reload
ChatBusinessWorker: 4 before, 4 after, 0 kept
ChatGateway: 2 before, 2 after, 2 kept
Register: 1 before, 1 after, 1 kept
web: 2 before, 2 after, 0 kept
after reload: login ok 1
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
ports free: true
== start -d
a new master: true
login ok 1
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
