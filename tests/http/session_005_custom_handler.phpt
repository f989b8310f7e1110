--TEST--
Session::handlerClass() with a user handler (created once, lazily, with its config), overridden Session methods are the ones called internally, statics resolved on the called class
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\SessionHandlerInterface;

class RecHandler implements SessionHandlerInterface
{
    public static array $store = [];
    public function __construct(...$args) { echo 'new RecHandler(', json_encode($args), ")\n"; }
    public function open(string $savePath, string $name): bool { echo "open\n"; return true; }
    public function close(): bool { echo "close\n"; return true; }
    public function read(string $sessionId): string|false { echo "read($sessionId)\n"; return self::$store[$sessionId] ?? false; }
    public function write(string $sessionId, string $sessionData): bool { echo "write($sessionId, $sessionData)\n"; self::$store[$sessionId] = $sessionData; return true; }
    public function destroy(string $sessionId): bool { echo "destroy($sessionId)\n"; unset(self::$store[$sessionId]); return true; }
    public function gc(int $maxLifetime): bool { echo "gc($maxLifetime)\n"; return true; }
    public function updateTimestamp(string $sessionId, string $data = ""): bool { echo "updateTimestamp($sessionId, '$data')\n"; return false; }
}
Session::$gcProbability = [0, 1];
var_dump(Session::handlerClass());
var_dump(Session::handlerClass(RecHandler::class, ['x' => 1]));
var_dump(Session::handlerClass(null, null), Session::handlerClass('', []), Session::handlerClass(0, 0));
try { Session::handlerClass(123); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

echo "-- lazily created once per process\n";
$a = new Session('A');
$b = new Session('B');
$a->set('k', 'v');
$a->save();
$b->save();
$b->flush();
$b->save();
var_dump($a->refresh());
Session::$lifetime = 77;
$a->gc();
Session::$autoUpdateTimestamp = true;
$a->save();
Session::$autoUpdateTimestamp = false;
unset($a, $b);

echo "-- overridden methods are dispatched\n";
class MySession extends Session
{
    protected static ?SessionHandlerInterface $handler = null;   // own handler slot
    protected static mixed $handlerConfig = 'cfg';
    public static int $lifetime = 5;
    public static bool $autoUpdateTimestamp = true;
    public static array $gcProbability = [1, 1];
    protected static function initHandler(): void { echo "MySession::initHandler\n"; parent::initHandler(); }
    public function get(string $name, mixed $default = null): mixed { echo "MySession::get($name)\n"; return parent::get($name, $default); }
    public function set(string $name, mixed $value): void { echo "MySession::set($name)\n"; parent::set($name, $value); }
    public function delete(string $name): void { echo "MySession::delete($name)\n"; parent::delete($name); }
    public function getId(): string { echo "MySession::getId\n"; return 'ID-' . parent::getId(); }
    public function refresh(): bool { echo "MySession::refresh\n"; return parent::refresh(); }
    public function save(): void { echo "MySession::save\n"; parent::save(); }
    public function gc(): void { echo "MySession::gc\n"; parent::gc(); }
    protected function safeDeserialize(string $data): array { echo "MySession::safeDeserialize($data)\n"; return ['from' => 'override']; }
}
$m = new MySession('A');
var_dump($m->all());
var_dump($m->pull('from'));
$m->put('p', 1);
$m->put(['q' => 2]);
$m->forget('q');
$m->forget(['p']);
$m->save();
$m->save();
unset($m);
var_dump(MySession::getCookieParams() === Session::getCookieParams());

echo "-- errors\n";
class BadHandler {}
class S1 extends Session { protected static ?SessionHandlerInterface $handler = null; protected static string $handlerClass = BadHandler::class; }
try { new S1('x'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
class S2 extends Session { protected static ?SessionHandlerInterface $handler = null; protected static string $handlerClass = 'No\\Such\\Handler'; }
try { new S2('x'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
class ThrowingHandler extends RecHandler { public function __construct() { throw new RuntimeException('ctor failed'); } }
class S3 extends Session { protected static ?SessionHandlerInterface $handler = null; protected static string $handlerClass = ThrowingHandler::class; }
try { new S3('x'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
class S4 extends Session { protected static ?SessionHandlerInterface $handler = null; protected static string $handlerClass = SessionHandlerInterface::class; }
try { new S4('x'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
class S5 extends Session { protected static ?SessionHandlerInterface $handler = null; protected static function initHandler(): void { echo "no handler made\n"; } }
try { new S5('x'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo "done\n";
--EXPECT--
string(51) "Workerman\Protocols\Http\Session\FileSessionHandler"
string(10) "RecHandler"
string(10) "RecHandler"
string(10) "RecHandler"
string(10) "RecHandler"
Cannot assign int to property Workerman\Protocols\Http\Session::$handlerClass of type string
-- lazily created once per process
new RecHandler([{"x":1}])
read(A)
read(B)
write(A, a:1:{s:1:"k";s:1:"v";})
destroy(B)
updateTimestamp(A, '')
bool(false)
gc(77)
updateTimestamp(A, '')
-- overridden methods are dispatched
MySession::initHandler
new RecHandler(["cfg"])
read(A)
MySession::safeDeserialize(a:1:{s:1:"k";s:1:"v";})
array(1) {
  ["from"]=>
  string(8) "override"
}
MySession::get(from)
MySession::delete(from)
string(8) "override"
MySession::set(p)
MySession::delete(q)
MySession::save
destroy(A)
MySession::save
MySession::refresh
MySession::getId
updateTimestamp(ID-A, '')
MySession::save
MySession::refresh
MySession::getId
updateTimestamp(ID-A, '')
MySession::gc
gc(5)
bool(true)
-- errors
TypeError: Cannot assign BadHandler to property S1::$handler of type ?Workerman\Protocols\Http\Session\SessionHandlerInterface
Error: Class "No\Such\Handler" not found
RuntimeException: ctor failed
Error: Cannot instantiate interface Workerman\Protocols\Http\Session\SessionHandlerInterface
no handler made
Error: Call to a member function read() on null
done
