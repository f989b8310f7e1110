--TEST--
Session and its handlers: classes, properties (types, defaults, visibility), methods and parameters as upstream 5.2.2
--FILE--
<?php
// Return types are left out on purpose: the extension declares them as @return only (see stubs).
$classes = [
    'Workerman\Protocols\Http\Session',
    'Workerman\Protocols\Http\Session\SessionHandlerInterface',
    'Workerman\Protocols\Http\Session\FileSessionHandler',
    'Workerman\Protocols\Http\Session\RedisSessionHandler',
    'Workerman\Protocols\Http\Session\RedisClusterSessionHandler',
];
function vis($r) { return $r->isPublic() ? 'public' : ($r->isProtected() ? 'protected' : 'private'); }
foreach ($classes as $name) {
    $c = new ReflectionClass($name);
    echo $c->isInterface() ? 'interface' : 'class', " $name", $c->getParentClass() ? ' extends ' . $c->getParentClass()->getName() : '',
        $c->getInterfaceNames() ? ' implements ' . implode(',', $c->getInterfaceNames()) : '',
        $c->isFinal() ? ' final' : '', $c->isAbstract() && !$c->isInterface() ? ' abstract' : '', "\n";
    $defaults = $c->getDefaultProperties();
    $props = $c->getProperties();
    usort($props, fn($a, $b) => strcmp($a->getName(), $b->getName()));
    foreach ($props as $p) {
        echo '  ', vis($p), $p->isStatic() ? ' static' : '', ' ', $p->getType() ?? '-', ' $', $p->getName();
        if ($p->isStatic()) {
            echo ' = ', array_key_exists($p->getName(), $defaults) ? var_export($defaults[$p->getName()], true) : '(uninit)';
        } else {
            echo $p->hasDefaultValue() ? ' = ' . var_export($p->getDefaultValue(), true) : ' (no default)';
        }
        echo $p->getDeclaringClass()->getName() !== $name ? ' [inherited]' : '', "\n";
    }
    $methods = $c->getMethods();
    usort($methods, fn($a, $b) => strcmp($a->getName(), $b->getName()));
    foreach ($methods as $m) {
        $params = [];
        foreach ($m->getParameters() as $p) {
            $s = ($p->getType() ?? '') . ' $' . $p->getName();
            if ($p->isDefaultValueAvailable()) {
                $s .= ' = ' . var_export($p->getDefaultValue(), true);
            }
            $params[] = ltrim($s);
        }
        echo '  ', $m->isAbstract() ? 'abstract ' : '', vis($m), $m->isStatic() ? ' static' : '', ' ', $m->getName(),
            '(', implode(', ', $params), ')', $m->getDeclaringClass()->getName() !== $name ? ' [' . $m->getDeclaringClass()->getShortName() . ']' : '', "\n";
    }
}
--EXPECT--
class Workerman\Protocols\Http\Session
  public static bool $autoUpdateTimestamp = false
  public static int $cookieLifetime = 1440
  public static string $cookiePath = '/'
  protected mixed $data = array (
)
  public static string $domain = ''
  public static array $gcProbability = array (
  0 => 1,
  1 => 20000,
)
  protected static ?Workerman\Protocols\Http\Session\SessionHandlerInterface $handler = NULL
  protected static string $handlerClass = 'Workerman\\Protocols\\Http\\Session\\FileSessionHandler'
  protected static mixed $handlerConfig = NULL
  public static bool $httpOnly = true
  protected bool $isSafe = true
  public static int $lifetime = 1440
  public static string $name = 'PHPSID'
  protected bool $needSave = false
  public static string $sameSite = ''
  public static bool $secure = false
  protected array $serializer = array (
  0 => 'serialize',
  1 => 'unserialize',
)
  protected string $sessionId (no default)
  public __construct(string $sessionId)
  public __destruct()
  public __unserialize(array $data)
  public all()
  public delete(string $name)
  public exists(string $name)
  public flush()
  public forget(array|string $name)
  public gc()
  public get(string $name, mixed $default = NULL)
  public static getCookieParams()
  public getId()
  public static handlerClass(mixed $className = NULL, mixed $config = NULL)
  public has(string $name)
  public static init()
  protected static initHandler()
  public pull(string $name, mixed $default = NULL)
  public put(array|string $key, mixed $value = NULL)
  public refresh()
  protected safeDeserialize(string $data)
  public save()
  public set(string $name, mixed $value)
interface Workerman\Protocols\Http\Session\SessionHandlerInterface
  abstract public close()
  abstract public destroy(string $sessionId)
  abstract public gc(int $maxLifetime)
  abstract public open(string $savePath, string $name)
  abstract public read(string $sessionId)
  abstract public updateTimestamp(string $sessionId, string $data = '')
  abstract public write(string $sessionId, string $sessionData)
class Workerman\Protocols\Http\Session\FileSessionHandler implements Workerman\Protocols\Http\Session\SessionHandlerInterface
  protected static string $sessionFilePrefix = 'session_'
  protected static string $sessionSavePath = (uninit)
  public __construct(array $config = array (
))
  public close()
  public destroy(string $sessionId)
  public gc(int $maxLifetime)
  public static init()
  public open(string $savePath, string $name)
  public read(string $sessionId)
  protected static sessionFile(string $sessionId)
  public static sessionSavePath(string $path)
  public updateTimestamp(string $sessionId, string $data = '')
  public write(string $sessionId, string $sessionData)
class Workerman\Protocols\Http\Session\RedisSessionHandler implements Workerman\Protocols\Http\Session\SessionHandlerInterface
  protected array $config (no default)
  protected Redis|RedisCluster|null $connection = NULL
  protected static ?Workerman\Coroutine\Pool $pool = NULL
  public __construct(array $config)
  public close()
  protected connection()
  protected createRedisConnection(array $config)
  public destroy(string $sessionId)
  public gc(int $maxLifetime)
  public open(string $savePath, string $name)
  public read(string $sessionId)
  public updateTimestamp(string $sessionId, string $data = '')
  public write(string $sessionId, string $sessionData)
class Workerman\Protocols\Http\Session\RedisClusterSessionHandler extends Workerman\Protocols\Http\Session\RedisSessionHandler implements Workerman\Protocols\Http\Session\SessionHandlerInterface
  protected array $config (no default) [inherited]
  protected Redis|RedisCluster|null $connection = NULL [inherited]
  protected static ?Workerman\Coroutine\Pool $pool = NULL [inherited]
  public __construct(array $config)
  public close() [RedisSessionHandler]
  protected connection() [RedisSessionHandler]
  protected createRedisConnection(array $config)
  public destroy(string $sessionId) [RedisSessionHandler]
  public gc(int $maxLifetime) [RedisSessionHandler]
  public open(string $savePath, string $name) [RedisSessionHandler]
  public read(string $sessionId) [RedisSessionHandler]
  public updateTimestamp(string $sessionId, string $data = '') [RedisSessionHandler]
  public write(string $sessionId, string $sessionData) [RedisSessionHandler]
