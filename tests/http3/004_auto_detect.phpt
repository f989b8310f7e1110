--TEST--
Workerman 3.x HTTP API chosen per application: with ini workerman.http_api=auto the 3.x API is in force when Composer's installed workerman/workerman is 3.x (ThinkPHP's think-worker 4.0 tree, 3.5.34), not with 4.2.1 (phpsocket.io's tree) nor without Composer; "3" and "5" force it either way; Http::getMimeTypesFile() is the installed package's file, else one written to the temp directory
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
foreach (['think', 'sio'] as $app) {
    if (!is_file(__DIR__ . "/../../../shared/apps/$app/vendor/autoload.php")) {
        die("skip ../shared/apps/$app (an application with its Composer vendor/) is absent");
    }
}
?>
--FILE--
<?php
require __DIR__ . '/../process/process.inc';
require __DIR__ . '/../include/client.inc';

WmProc::setupController();
$dir = WmTest::$dir;
$apps = realpath(__DIR__ . '/../../../shared/apps');
$cases = [
    ['think (workerman 3.5.34), auto', "$apps/think/vendor/autoload.php", 'auto'],
    ['sio (workerman 4.2.1), auto', "$apps/sio/vendor/autoload.php", 'auto'],
    ['no Composer, auto', null, 'auto'],
    ['think, forced 5', "$apps/think/vendor/autoload.php", '5'],
    ['no Composer, forced 3', null, '3'],
];
foreach ($cases as $i => [$label, $autoload, $ini]) {
    @unlink("$dir/port");
    $script = WmProc::script("start$i.php", ($autoload ? 'require ' . var_export($autoload, true) . ";\n" : '') . '
$w = new Worker("http://127.0.0.1:0");
$w->onWorkerStart = function ($w) {
    $name = stream_socket_get_name($w->getMainSocket(), false);
    file_put_contents(' . var_export("$dir/port", true) . ', substr($name, strrpos($name, ":") + 1));
};
$w->onMessage = function ($c, $msg) {
    $mime = Workerman\Protocols\Http::getMimeTypesFile();
    $c->send(json_encode([
        "message" => is_object($msg) ? get_class($msg) : gettype($msg),
        "REQUEST_URI" => $_SERVER["REQUEST_URI"] ?? null,
        "mime file" => str_contains($mime, "/vendor/workerman/workerman/") ? "vendor" : (str_starts_with($mime, sys_get_temp_dir()) ? "temp" : $mime),
        "html is text/html" => (bool)preg_match("~^\s*text/html\s+html\b~m", (string)file_get_contents($mime)),
    ]));
};
Worker::runAll();');
    $bg = WmProc::background([...WmProc::php(), '-d', "workerman.http_api=$ini", $script, 'start']);
    WmProc::waitFor(fn () => (int)@file_get_contents("$dir/port") > 0);
    $master = WmProc::track(WmProc::masterPid());
    $port = (int)@file_get_contents("$dir/port");
    $body = 'no server';
    if ($port) {
        // Read by Content-Length: under the 3.x API the application decides when to close.
        $s = wm_connect($port);
        wm_send($s, "GET /probe?x=1 HTTP/1.1\r\nHost: h\r\n\r\n");
        $reply = wm_http_recv($s);
        fclose($s);
        $body = substr($reply, strpos($reply, "\r\n\r\n") + 4);
    }
    echo "$label: $body\n";
    posix_kill($master, SIGINT);
    WmProc::finish($bg);
}
?>
--EXPECT--
think (workerman 3.5.34), auto: {"message":"array","REQUEST_URI":"\/probe?x=1","mime file":"vendor","html is text\/html":true}
sio (workerman 4.2.1), auto: {"message":"Workerman\\Protocols\\Http\\Request","REQUEST_URI":null,"mime file":"vendor","html is text\/html":true}
no Composer, auto: {"message":"Workerman\\Protocols\\Http\\Request","REQUEST_URI":null,"mime file":"temp","html is text\/html":true}
think, forced 5: {"message":"Workerman\\Protocols\\Http\\Request","REQUEST_URI":null,"mime file":"vendor","html is text\/html":true}
no Composer, forced 3: {"message":"array","REQUEST_URI":"\/probe?x=1","mime file":"temp","html is text\/html":true}
