--TEST--
Http wire: Http::requestClass() makes onMessage receive the subclass (no constructor of its own), with its overrides, extra members and protected-state writes working
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http;
use Workerman\Protocols\Http\Request;

/** webman's way: public members, overrides calling parent::, writes into the protected $data cache. */
class AppRequest extends Request
{
    public ?string $controller = null;
    public static int $made = 0;

    public function path(): string
    {
        return '/app' . parent::path();
    }

    public function get(?string $name = null, mixed $default = null): mixed
    {
        if ($name === 'injected') {
            return 'from override';
        }
        return parent::get($name, $default);
    }

    /** Replaces the parsed query, as a framework's route params do. */
    public function setGet(array $get): void
    {
        $this->data['get'] = $get;
    }

    public function setHeader(string $name, string $value): void
    {
        $this->header();
        $this->data['headers'][strtolower($name)] = $value;
    }

    public function remote(): string
    {
        return $this->connection->getRemoteIp();
    }
}

WmTest::setup();
echo 'default: ', Http::requestClass(), "\n";
echo 'set: ', Http::requestClass(AppRequest::class), "\n";
echo 'get: ', Http::requestClass(), "\n";
echo 'null keeps it: ', Http::requestClass(null), "\n";
$w = new Worker('http://127.0.0.1:0');
$ev = [];
$w->onMessage = function (TcpConnection $c, $r) use (&$ev) {
    $ev[] = get_class($r) . ' instanceof Request: ' . var_export($r instanceof Request, true)
        . ', connection is $c: ' . var_export($r->connection === $c, true);
    $ev[] = 'path ' . $r->path() . ', uri ' . $r->uri() . ', method ' . $r->method();
    $ev[] = 'get(a) ' . json_encode($r->get('a')) . ', get(injected) ' . json_encode($r->get('injected'));
    $r->setGet(['a' => 'replaced']);
    $ev[] = 'after setGet: get() ' . json_encode($r->get()) . ', queryString ' . $r->queryString();
    $r->setHeader('X-Custom', 'set by subclass');
    $ev[] = 'header(x-custom) ' . $r->header('x-custom') . ', header(host) ' . $r->header('host');
    $r->controller = 'Index';
    $r->dynamic = 'magic';
    $ev[] = 'controller ' . $r->controller . ', dynamic ' . $r->dynamic . ', properties ' . json_encode($r->properties);
    $ev[] = 'remote ' . $r->remote();
    $c->send(get_class($r) . ' ' . $r->path());
};
$w->onWorkerStart = function ($w) use (&$ev) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $s = wm_connect($port);
        wm_send($s, "GET /x?a=1&b=2 HTTP/1.1\r\nHost: a\r\n\r\n");
        echo wm_show(wm_http_recv($s));
        PHP, function ($out) use (&$ev) {
            echo $out;
            echo implode("\n", $ev), "\n";
        });
};
Worker::runAll();
?>
--EXPECT--
default: Workerman\Protocols\Http\Request
set: AppRequest
get: AppRequest
null keeps it: AppRequest
HTTP/1.1 200 OK\r\n
Connection: keep-alive\r\n
Content-Type: text/html;charset=utf-8\r\n
Content-Length: 17\r\n
\r\n
AppRequest /app/x
AppRequest instanceof Request: true, connection is $c: true
path /app/x, uri /x?a=1&b=2, method GET
get(a) "1", get(injected) "from override"
after setGet: get() {"a":"replaced"}, queryString a=1&b=2
header(x-custom) set by subclass, header(host) a
controller Index, dynamic magic, properties {"dynamic":"magic"}
remote 127.0.0.1
