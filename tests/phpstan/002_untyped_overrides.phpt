--TEST--
The runtime side of the IDE stubs' choice: Workerman 3.x/4.x-style subclasses and implementations that override without return types load without a single E_DEPRECATED, also under an error handler that throws on every error (ThinkPHP's), because the overridable methods declare no (tentative) return types
--EXTENSIONS--
workerman
--FILE--
<?php
error_reporting(E_ALL);
$errors = [];
set_error_handler(static function (int $no, string $msg) use (&$errors): bool {
    $errors[] = $msg;
    throw new ErrorException($msg, 0, $no);
});

$classes = <<<'PHP'
<?php
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\UdpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Websocket;
use Workerman\Protocols\ProtocolInterface;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

class LegacyWorker extends Worker
{
    public function run() { parent::run(); }
    public function listen($autoAccept = true) { parent::listen($autoAccept); }
    public function stop($force = true) { parent::stop($force); }
    public static function log($msg) { echo $msg, "\n"; }
}
class LegacyConnection extends TcpConnection
{
    public function send($sendBuffer, $raw = false) { return parent::send($sendBuffer, $raw); }
    public function close($data = null, $raw = false) { parent::close($data, $raw); }
    public function getRemoteIp() { return parent::getRemoteIp(); }
    public function destroy() { parent::destroy(); }
}
class LegacyAsync extends AsyncTcpConnection
{
    public function connect() { parent::connect(); }
    public function reconnect($after = 0) { parent::reconnect($after); }
}
class LegacyUdp extends UdpConnection
{
    public function send($sendBuffer, $raw = false) { return parent::send($sendBuffer, $raw); }
}
class LegacyProtocol implements ProtocolInterface
{
    public static function input($buffer, $connection) { return strlen($buffer); }
    public static function decode($buffer, $connection) { return $buffer; }
    public static function encode($data, $connection) { return $data; }
}
class LegacyHttp extends Http
{
    public static function input($buffer, $connection) { return parent::input($buffer, $connection); }
    public static function decode($buffer, $connection) { return parent::decode($buffer, $connection); }
    public static function encode($response, $connection) { return parent::encode($response, $connection); }
}
class LegacyWebsocket extends Websocket
{
    public static function input($buffer, $connection) { return parent::input($buffer, $connection); }
}
class LegacyRequest extends Request
{
    public function get($name = null, $default = null) { return parent::get($name, $default); }
    public function post($name = null, $default = null) { return parent::post($name, $default); }
    public function header($name = null, $default = null) { return parent::header($name, $default); }
    public function path() { return parent::path(); }
    public function session() { return parent::session(); }
}
class LegacySession extends Session
{
    public function get($name, $default = null) { return parent::get($name, $default); }
    public function save() { parent::save(); }
}
class LegacySessionHandler extends FileSessionHandler
{
    public function read($sessionId) { return parent::read($sessionId); }
    public function write($sessionId, $sessionData) { return parent::write($sessionId, $sessionData); }
}
PHP;
$file = sys_get_temp_dir() . '/wm-untyped-' . getmypid() . '.php';
file_put_contents($file, $classes);
try {
    require $file;
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
unlink($file);

foreach (['LegacyWorker', 'LegacyConnection', 'LegacyAsync', 'LegacyUdp', 'LegacyProtocol', 'LegacyHttp',
          'LegacyWebsocket', 'LegacyRequest', 'LegacySession', 'LegacySessionHandler'] as $c) {
    echo $c, ': ', class_exists($c, false) ? 'declared' : 'missing', "\n";
}
echo 'errors: ', count($errors), "\n";
$r = new LegacyRequest("GET /a?x=1 HTTP/1.1\r\nHost: h\r\n\r\n");
var_dump($r->path(), $r->get('x'));
?>
--EXPECT--
LegacyWorker: declared
LegacyConnection: declared
LegacyAsync: declared
LegacyUdp: declared
LegacyProtocol: declared
LegacyHttp: declared
LegacyWebsocket: declared
LegacyRequest: declared
LegacySession: declared
LegacySessionHandler: declared
errors: 0
string(2) "/a"
string(1) "1"
