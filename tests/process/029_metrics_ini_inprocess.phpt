--TEST--
Metrics: ini workerman.metrics_listen turns the endpoint on; the master (this process) serves it while a child counts a client's messages and bytes; a bad address fails the start with its reason
--EXTENSIONS--
workerman
posix
--INI--
pcre.jit=0
workerman.metrics_listen=http://127.0.0.1:0
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

final class SteppingWorker extends Worker
{
    public static function install(): void
    {
        static::installSignal();
    }
}

WmTest::setup();
// An address that cannot be used stops the start with its reason; the property wins over the ini.
Worker::$metricsListen = 'http://127.0.0.1:notaport';
try {
    SteppingWorker::install();
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
Worker::$metricsListen = '';

$w = new Worker('text://127.0.0.1:0');
$w->name = 'echo';
$w->onMessage = fn ($c, $data) => $c->send(strtoupper($data));
$w->onWorkerStart = function (Worker $w) {
    preg_match('~ metrics on (http://127\.0\.0\.1:\d+/metrics)$~m', file_get_contents(Worker::$logFile), $m);
    $url = var_export($m[1] ?? '', true);
    $port = WmTest::port($w);
    WmTest::client($port, <<<PHP
        \$url = $url;
        PHP . <<<'PHP'

        $s = wm_connect($port);
        foreach (['one', 'two', 'three'] as $word) {
            wm_send($s, "$word\n");
            echo wm_recv_line($s);
        }
        // The child refreshes its request count every second: poll (bounded).
        $ctx = stream_context_create(['http' => ['timeout' => 5, 'ignore_errors' => true]]);
        for ($i = 0, $body = ''; $i < 100 && !preg_match('/^workerman_requests_total\{.*\} 3$/m', $body); $i++) {
            usleep(100000);
            $body = (string)file_get_contents($url, false, $ctx);
        }
        echo $http_response_header[0], "\n";
        foreach (explode("\n", $body) as $line) {
            if (preg_match('/^workerman_(requests|received_bytes|sent_bytes|connections|connections_accepted)(_total)?\{/', $line)) {
                echo preg_replace('/pid="\d+"/', 'pid="PID"', $line), "\n";
            }
        }
        file_get_contents(preg_replace('~/metrics$~', '/', $url), false, $ctx);
        echo $http_response_header[0], "\n";
        PHP);
};
Worker::$onMasterStop = function () {
    echo 'logged once: ', preg_match_all('~ metrics on http://127\.0\.0\.1:\d+/metrics\n~', file_get_contents(Worker::$logFile)), "\n";
};
Worker::runAll();
?>
--EXPECT--
metrics: cannot listen on http://127.0.0.1:notaport (bad port)
ONE
TWO
THREE
HTTP/1.1 200 OK
workerman_connections{pid="PID",worker="echo",id="0"} 1
workerman_connections_accepted_total{pid="PID",worker="echo",id="0"} 1
workerman_requests_total{pid="PID",worker="echo",id="0"} 3
workerman_received_bytes_total{pid="PID",worker="echo",id="0"} 14
workerman_sent_bytes_total{pid="PID",worker="echo",id="0"} 14
HTTP/1.1 404 Not Found
logged once: 1
