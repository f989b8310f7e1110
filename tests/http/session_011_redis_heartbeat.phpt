--TEST--
RedisSessionHandler (extension only): one connection per handler, pinged every pool.heartbeat_interval seconds while an event loop runs (upstream pools its connections instead)
--FILE--
<?php
use Workerman\Events\Event;
use Workerman\Protocols\Http\Session\RedisSessionHandler;
use Workerman\Timer;

class Redis
{
    const OPT_PREFIX = 2;
    public int $pings = 0;
    public function connect($host, $port, $timeout) { echo "connect $host\n"; return true; }
    public function setOption($opt, $value) { return true; }
    public function get($key) { return false; }
    public static $onPing;
    public function ping() { $this->pings++; (self::$onPing)($this->pings); return '+PONG'; }
}
class H extends RedisSessionHandler
{
    public function __construct(array $config) { $this->config = $config; }
    public function conn() { return $this->connection; }
}

// No loop in this process: no timer is added.
$h = new H(['host' => 'a', 'port' => 1, 'timeout' => 1]);
$h->read('x');
$h->read('y');
$loop = new Event();
var_dump($loop->getTimerCount());

// With Timer::init($loop) a repeating ping keeps the connection alive.
Timer::init($loop);
$h = new H(['host' => 'b', 'port' => 1, 'timeout' => 1, 'pool' => ['heartbeat_interval' => 0.02]]);
$h->read('x');
$h->read('y');            // same connection: no second connect, no second timer
var_dump($loop->getTimerCount());
Redis::$onPing = function ($n) use ($loop) { if ($n === 3) $loop->stop(); };
$guard = $loop->delay(5, fn () => $loop->stop());   // bound: fails (pings < 3) instead of hanging
$loop->run();
$loop->offDelay($guard);
var_dump($h->conn()->pings);
$h2 = new H(['host' => 'c', 'port' => 1, 'timeout' => 1]);
$h2->read('x');           // default interval 55 s
var_dump($loop->getTimerCount());
$loop->deleteAllTimer();
echo "done\n";
?>
--EXPECT--
connect a
int(0)
connect b
int(1)
int(3)
connect c
int(2)
done
