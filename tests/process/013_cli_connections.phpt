--TEST--
CLI: connections prints upstream's table (one row per connection of every process: names, protocols, queues, byte counts, addresses)
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/process.inc';

WmProc::setupController();
$dir = WmTest::$dir;
$server = WmProc::script('server.php', <<<'PHP'
    class VeryLongProtocolName
    {
        public static function input($buffer, $connection) { $p = strpos($buffer, "\n"); return $p === false ? 0 : $p + 1; }
        public static function decode($buffer, $connection) { return rtrim($buffer, "\n"); }
        public static function encode($data, $connection) { return "$data\n"; }
    }
    function port_file(Worker $w) {
        $name = stream_socket_get_name($w->getMainSocket(), false);
        file_put_contents(__DIR__ . "/$w->name.tmp", substr($name, strrpos($name, ':') + 1));
        rename(__DIR__ . "/$w->name.tmp", __DIR__ . "/$w->name.port");
    }
    $text = new Worker('text://127.0.0.1:0');
    $text->name = 'echo';
    $framed = new Worker('frame://127.0.0.1:0');
    $framed->name = 'framed-service-name';
    $raw = new Worker('tcp://127.0.0.1:0');
    $raw->name = 'raw';
    $custom = new Worker('tcp://127.0.0.1:0');
    $custom->name = 'custom';
    $custom->protocol = VeryLongProtocolName::class;
    $idle = new Worker();
    $idle->name = 'no-connections';
    foreach ([$text, $framed, $custom] as $w) {
        $w->onWorkerStart = 'port_file';
        $w->onMessage = fn ($c, $data) => $c->send("[$data]");
    }
    $raw->onWorkerStart = 'port_file';
    $raw->onMessage = function ($c, $data) {
        $c->got = ($c->got ?? 0) + strlen($data);
        if ($c->got === 3000) {
            $c->send("got 3000\n");
        }
    };
    Worker::runAll();
    PHP);

WmProc::cli($server, ['start', '-d'], until: "Start success.\n\n");
$master = WmProc::waitMaster();
WmProc::waitChildren($master, 5);
$ports = [];
foreach (['echo', 'framed-service-name', 'raw', 'custom'] as $name) {
    WmProc::waitFor(fn () => is_file("$dir/$name.port"));
    $ports[$name] = (int)file_get_contents("$dir/$name.port");
}
function conn(int $port) {
    $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
    stream_set_timeout($s, 5);
    return $s;
}
$keep = [];
$keep[] = $s = conn($ports['echo']);
fwrite($s, "hello\n");
echo fgets($s);
$keep[] = $s = conn($ports['echo']);
fwrite($s, 'part');   // stays in the receive buffer: no newline yet
$keep[] = $s = conn($ports['framed-service-name']);
fwrite($s, pack('N', 7) . 'abc');
echo substr(fread($s, 9), 4), "\n";
$keep[] = $s = conn($ports['raw']);
fwrite($s, str_repeat('x', 3000));
echo fgets($s);
$keep[] = $s = conn($ports['custom']);
fwrite($s, "q\n");
echo fgets($s);
usleep(50000);

$out = WmProc::cli($server, ['connections']);
// Pids and ports vary: replace them, keeping every column's width.
$out = preg_replace_callback('~^\d+ +~m', fn ($m) => str_pad('PID', strlen($m[0])), $out);
$out = preg_replace_callback('~(127\.0\.0\.1:\d+)( *)~', fn ($m) => str_pad('127.0.0.1:PORT', strlen($m[0])), $out);
// Processes append their rows in whatever order they got the signal: sort them.
$lines = explode("\n", rtrim($out, "\n"));
$head = array_splice($lines, 0, 3);
sort($lines);
echo implode("\n", $head), "\n", implode("\n", $lines), "\n";
echo 'file removed: ', var_export(!file_exists("$dir/server.status.connection"), true), "\n";
echo WmProc::cli($server, ['stop']);
?>
--EXPECT--
[hello]
[abc]
got 3000
[q]
Workerman[server.php] connections
--------------------------------------------------------------------- WORKERMAN CONNECTION STATUS --------------------------------------------------------------------------------
PID      Worker          CID       Trans   Protocol        ipv4   ipv6   Recv-Q       Send-Q       Bytes-R      Bytes-W       Status         Local Address          Foreign Address
PID      custom          1         tcp     VeryLongProto..  1      0     0B           0B           2B           4B            ESTABLISHED    127.0.0.1:PORT         127.0.0.1:PORT        
PID      echo            1         tcp     Text             1      0     0B           0B           6B           8B            ESTABLISHED    127.0.0.1:PORT         127.0.0.1:PORT        
PID      echo            2         tcp     Text             1      0     4B           0B           4B           0B            ESTABLISHED    127.0.0.1:PORT         127.0.0.1:PORT        
PID      framed-servi..  1         tcp     Frame            1      0     0B           0B           7B           9B            ESTABLISHED    127.0.0.1:PORT         127.0.0.1:PORT        
PID      raw             1         tcp     tcp              1      0     0B           0B           2.9KB        9B            ESTABLISHED    127.0.0.1:PORT         127.0.0.1:PORT        
file removed: true
Workerman[server.php] stop
Workerman[server.php] is stopping ...
Workerman[server.php] stop success
