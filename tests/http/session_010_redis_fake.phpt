--TEST--
RedisSessionHandler / RedisClusterSessionHandler against fake \Redis and \RedisCluster classes: without ext-redis the constructor refuses, keys get the prefix, TTL is Session::$lifetime, one connection per handler
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\RedisSessionHandler;
use Workerman\Protocols\Http\Session\RedisClusterSessionHandler;

if (!extension_loaded('workerman')) {
    // How the expectation was taken from upstream: its connection() keeps a single connection only on
    // the Fiber loop (PHP < 8.4), and schedules a ping through Timer::delay().
    Workerman\Worker::$eventLoopClass = Workerman\Events\Fiber::class;
    Workerman\Timer::init(new Workerman\Events\Select());
}

// Stand-ins for ext-redis: every call is printed, data lives in an array.
class Redis
{
    const OPT_PREFIX = 2;
    public static int $instances = 0;
    public array $data = [];
    public array $ttl = [];
    public string $prefix = '';
    public bool $connectResult = true;
    public function __construct(...$args) { self::$instances++; echo static::class, '::__construct(', json_encode($args), ")\n"; }
    public function connect($host, $port, $timeout) { echo "connect(", json_encode([$host, $port, $timeout]), ")\n"; return $host !== 'down'; }
    public function auth($auth) { echo "auth(", json_encode($auth), ")\n"; return true; }
    public function select($db) { echo "select(", json_encode($db), ")\n"; return true; }
    public function setOption($opt, $value) { echo "setOption($opt, $value)\n"; $this->prefix = $value; return true; }
    public function get($key) { echo "get($key)\n"; return $this->data[$this->prefix . $key] ?? false; }
    public function setex($key, $ttl, $value) { echo "setex($key, $ttl, $value)\n"; $this->data[$this->prefix . $key] = $value; $this->ttl[$this->prefix . $key] = $ttl; return true; }
    public function expire($key, $ttl) { echo "expire($key, $ttl)\n"; if (!isset($this->data[$this->prefix . $key])) return false; $this->ttl[$this->prefix . $key] = $ttl; return true; }
    public function del($key) { echo "del($key)\n"; $n = (int)isset($this->data[$this->prefix . $key]); unset($this->data[$this->prefix . $key]); return $n; }
    public function ping() { echo "ping\n"; return true; }
}
class RedisCluster extends Redis {}

echo "-- without ext-redis\n";
foreach ([RedisSessionHandler::class, RedisClusterSessionHandler::class] as $c) {
    try { new $c(['host' => '127.0.0.1']); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}

// The constructor is the only part that needs ext-redis: subclasses skip it.
class TestRedisHandler extends RedisSessionHandler
{
    public function __construct(array $config) { $config['timeout'] ??= 2; $this->config = $config; }
    public function conn() { return $this->connection; }
}
class TestClusterHandler extends RedisClusterSessionHandler
{
    public function __construct(array $config) { $config['timeout'] ??= 2; $this->config = $config; }
    public function conn() { return $this->connection; }
}

echo "-- Redis: lazy connection with auth, database, prefix\n";
Session::$gcProbability = [0, 1];
Session::$lifetime = 600;
Session::handlerClass(TestRedisHandler::class, ['host' => '10.0.0.1', 'port' => 6380, 'auth' => 'pw', 'database' => '3', 'prefix' => 'pfx:']);
$s = new Session('r1');
$s->set('a', 1);
$s->save();
$t = new Session('r1');
var_dump($t->all());
var_dump($t->refresh());
$t->flush();
$t->save();
$t->save();
var_dump((new Session('r1'))->refresh());
$s->gc();
var_dump(Redis::$instances);
unset($s, $t);

echo "-- handler methods directly; defaults: no auth/database, prefix redis_session_\n";
$h = new TestRedisHandler(['host' => 'h', 'port' => 1]);
var_dump($h->conn(), $h->open('x', 'y'), $h->close(), $h->gc(10));
var_dump($h->read('k'), $h->write('k', 'v'), $h->read('k'), $h->updateTimestamp('k'), $h->updateTimestamp('none', 'data'), $h->destroy('k'), $h->destroy('k'));
var_dump(get_class($h->conn()), $h->conn()->prefix, $h->conn()->ttl);

echo "-- connect failure\n";
$h = new TestRedisHandler(['host' => 'down', 'port' => 9]);
try { $h->read('k'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($h->conn());
echo "-- missing config keys\n";
$h = new TestRedisHandler(['timeout' => 5, 'prefix' => '']);
try { $h->read('k'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

echo "-- read() must return string|false\n";
class NullRedis extends Redis { public function get($key) { return null; } }
class NullHandler extends TestRedisHandler { protected function createRedisConnection(array $config): Redis|RedisCluster { return new NullRedis(); } }
$h = new NullHandler([]);
try { $h->read('k'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo "-- an overriding createRedisConnection() is the one called\n";
class WrongHandler extends TestRedisHandler { protected function createRedisConnection(array $config): Redis|RedisCluster { echo "override\n"; return parent::createRedisConnection($config); } }
$h = new WrongHandler(['host' => 'h', 'port' => 2, 'prefix' => 'w:']);
var_dump($h->write('k', 'v'), $h->conn()->prefix);

echo "-- RedisCluster\n";
$c = new TestClusterHandler(['host' => ['n1:7000', 'n2:7000'], 'read_timeout' => 3, 'persistent' => true, 'auth' => ['u', 'p']]);
var_dump($c->write('k', 'v'), $c->read('k'), get_class($c->conn()), $c->conn()->prefix);
$c = new TestClusterHandler(['host' => 'seed', 'timeout' => 1, 'prefix' => 'c:']);
var_dump($c->read('zz'));
echo "done\n";
--EXPECTF--
-- without ext-redis
RuntimeException: Please install redis extension.
RuntimeException: Please install redis extension.
-- Redis: lazy connection with auth, database, prefix
Redis::__construct([])
connect(["10.0.0.1",6380,2])
auth("pw")
select(3)
setOption(2, pfx:)
get(r1)
setex(r1, 600, a:1:{s:1:"a";i:1;})
get(r1)
array(1) {
  ["a"]=>
  int(1)
}
expire(r1, 600)
bool(true)
del(r1)
get(r1)
expire(r1, 600)
bool(false)
int(1)
-- handler methods directly; defaults: no auth/database, prefix redis_session_
NULL
bool(true)
bool(true)
bool(true)
Redis::__construct([])
connect(["h",1,2])
setOption(2, redis_session_)
get(k)
setex(k, 600, v)
get(k)
expire(k, 600)
expire(none, 600)
del(k)
del(k)
bool(false)
bool(true)
string(1) "v"
bool(true)
bool(false)
bool(true)
bool(true)
string(5) "Redis"
string(14) "redis_session_"
array(1) {
  ["redis_session_k"]=>
  int(600)
}
-- connect failure
Redis::__construct([])
connect(["down",9,2])
RuntimeException: Redis connect down:9 fail.
NULL
-- missing config keys
Redis::__construct([])

Warning: Undefined array key "host" in %s on line %d

Warning: Undefined array key "port" in %s on line %d
connect([null,null,5])
setOption(2, redis_session_)
get(k)
-- read() must return string|false
NullRedis::__construct([])
TypeError: Workerman\Protocols\Http\Session\RedisSessionHandler::read(): Return value must be of type string|false, null returned
-- an overriding createRedisConnection() is the one called
override
Redis::__construct([])
connect(["h",2,2])
setOption(2, w:)
setex(k, 600, v)
bool(true)
string(2) "w:"
-- RedisCluster
RedisCluster::__construct([null,["n1:7000","n2:7000"],2,3,true,["u","p"]])
setOption(2, redis_session_)
setex(k, 600, v)
get(k)
bool(true)
string(1) "v"
string(12) "RedisCluster"
string(14) "redis_session_"
RedisCluster::__construct([null,"seed",1,1,false])
setOption(2, c:)
get(zz)
bool(false)
done
