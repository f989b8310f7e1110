--TEST--
Workerman 3.x HTTP API (workerman.http_api=3): each request fills $_SERVER, $_GET, $_POST, $_COOKIE, $_FILES, $_REQUEST and $GLOBALS['HTTP_RAW_POST_DATA'] as 3.5's Http::decode() did, and onMessage gets the same in an array (GET with query and cookies, urlencoded and JSON POST, PUT, multipart with fields and files, a chunked body)
--EXTENSIONS--
workerman
posix
--INI--
workerman.http_api=3
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;

WmTest::setup();
$w = new Worker('http://127.0.0.1:0');
$w->onMessage = function ($c, $data) {
    $server = $_SERVER;
    // What varies per run.
    $server['REMOTE_PORT'] = is_int($server['REMOTE_PORT']) && $server['REMOTE_PORT'] > 0 ? 'int' : $server['REMOTE_PORT'];
    $server['SERVER_PORT'] = 'port';
    $server['HTTP_HOST'] = 'host';
    $same = $data === ['get' => $_GET, 'post' => $_POST, 'cookie' => $_COOKIE, 'server' => $_SERVER,
        'files' => $_FILES, 'request' => $_REQUEST];
    $c->send(json_encode([
        'server' => $server, 'get' => $_GET, 'post' => $_POST, 'cookie' => $_COOKIE, 'files' => $_FILES,
        'request' => $_REQUEST, 'raw' => $GLOBALS['HTTP_RAW_POST_DATA'], 'raw2' => $GLOBALS['HTTP_RAW_REQUEST_DATA'],
        'session' => $_SESSION, 'message is the same' => $same,
    ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
};
$w->onWorkerStart = function ($w) {
    WmTest::client(WmTest::port($w), <<<'PHP'
        $ask = function (string $req) use ($port) {
            $s = wm_connect($port);
            wm_send($s, $req);
            $reply = wm_http_recv($s);
            fclose($s);
            echo substr($reply, strpos($reply, "\r\n\r\n") + 4);
        };
        echo "== GET\n";
        $ask("GET /path/x?a=1&b[]=2&b[]=3#frag HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nCookie: c=1; d=two%20words\r\nUser-Agent: t\r\nX-Custom-Header: v \r\n\r\n");
        echo "== POST urlencoded\n";
        $body = 'p=1&q[k]=2&a=post';
        $ask("POST /form?a=get HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
        echo "== POST json\n";
        $body = '{"j":[1,2],"k":"v"}';
        $ask("POST /json HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
        echo "== PUT urlencoded\n";
        $body = 'x=1';
        $ask("PUT /put?g=1 HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
        echo "== POST multipart\n";
        $b = 'BOUNDARYxyz';
        $body = "--$b\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue 1\r\n"
            . "--$b\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile\r\ndata\r\n"
            . "--$b\r\nContent-Type: image/png\r\nContent-Disposition: form-data; name=\"img\"; filename=\"b.png\"\r\n\r\nPNG\r\n"
            . "--$b--\r\n";
        $ask("POST /up HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=\"$b\"\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
        echo "== POST chunked\n";
        $ask("POST /chunked HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nm=1\r\n4\r\n&n=2\r\n0\r\n\r\n");
        PHP);
};
Worker::runAll();
?>
--EXPECT--
== GET
{
    "server": {
        "QUERY_STRING": "a=1&b[]=2&b[]=3",
        "REQUEST_METHOD": "GET",
        "REQUEST_URI": "/path/x?a=1&b[]=2&b[]=3#frag",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_SOFTWARE": "workerman/5.2.2",
        "SERVER_NAME": "127.0.0.1",
        "HTTP_HOST": "host",
        "HTTP_USER_AGENT": "t",
        "HTTP_ACCEPT": "",
        "HTTP_ACCEPT_LANGUAGE": "",
        "HTTP_ACCEPT_ENCODING": "",
        "HTTP_COOKIE": "c=1; d=two%20words",
        "HTTP_CONNECTION": "",
        "CONTENT_TYPE": "",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "int",
        "SERVER_PORT": "port",
        "HTTP_X_CUSTOM_HEADER": "v"
    },
    "get": {
        "a": "1",
        "b": [
            "2",
            "3"
        ]
    },
    "post": [],
    "cookie": {
        "c": "1",
        "d": "two words"
    },
    "files": [],
    "request": {
        "a": "1",
        "b": [
            "2",
            "3"
        ]
    },
    "raw": "",
    "raw2": "",
    "session": [],
    "message is the same": true
}
== POST urlencoded
{
    "server": {
        "QUERY_STRING": "a=get",
        "REQUEST_METHOD": "POST",
        "REQUEST_URI": "/form?a=get",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_SOFTWARE": "workerman/5.2.2",
        "SERVER_NAME": "h",
        "HTTP_HOST": "host",
        "HTTP_USER_AGENT": "",
        "HTTP_ACCEPT": "",
        "HTTP_ACCEPT_LANGUAGE": "",
        "HTTP_ACCEPT_ENCODING": "",
        "HTTP_COOKIE": "",
        "HTTP_CONNECTION": "",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "int",
        "HTTP_CONTENT_TYPE": "application/x-www-form-urlencoded; charset=utf-8",
        "HTTP_CONTENT_LENGTH": "17",
        "CONTENT_LENGTH": "17",
        "SERVER_PORT": "port"
    },
    "get": {
        "a": "get"
    },
    "post": {
        "p": "1",
        "q": {
            "k": "2"
        },
        "a": "post"
    },
    "cookie": [],
    "files": [],
    "request": {
        "a": "post",
        "p": "1",
        "q": {
            "k": "2"
        }
    },
    "raw": "p=1&q[k]=2&a=post",
    "raw2": "p=1&q[k]=2&a=post",
    "session": [],
    "message is the same": true
}
== POST json
{
    "server": {
        "QUERY_STRING": "",
        "REQUEST_METHOD": "POST",
        "REQUEST_URI": "/json",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_SOFTWARE": "workerman/5.2.2",
        "SERVER_NAME": "h",
        "HTTP_HOST": "host",
        "HTTP_USER_AGENT": "",
        "HTTP_ACCEPT": "",
        "HTTP_ACCEPT_LANGUAGE": "",
        "HTTP_ACCEPT_ENCODING": "",
        "HTTP_COOKIE": "",
        "HTTP_CONNECTION": "",
        "CONTENT_TYPE": "application/json",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "int",
        "HTTP_CONTENT_TYPE": "application/json",
        "HTTP_CONTENT_LENGTH": "19",
        "CONTENT_LENGTH": "19",
        "SERVER_PORT": "port"
    },
    "get": [],
    "post": {
        "j": [
            1,
            2
        ],
        "k": "v"
    },
    "cookie": [],
    "files": [],
    "request": {
        "j": [
            1,
            2
        ],
        "k": "v"
    },
    "raw": "{\"j\":[1,2],\"k\":\"v\"}",
    "raw2": "{\"j\":[1,2],\"k\":\"v\"}",
    "session": [],
    "message is the same": true
}
== PUT urlencoded
{
    "server": {
        "QUERY_STRING": "g=1",
        "REQUEST_METHOD": "PUT",
        "REQUEST_URI": "/put?g=1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_SOFTWARE": "workerman/5.2.2",
        "SERVER_NAME": "h",
        "HTTP_HOST": "host",
        "HTTP_USER_AGENT": "",
        "HTTP_ACCEPT": "",
        "HTTP_ACCEPT_LANGUAGE": "",
        "HTTP_ACCEPT_ENCODING": "",
        "HTTP_COOKIE": "",
        "HTTP_CONNECTION": "",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "int",
        "HTTP_CONTENT_TYPE": "application/x-www-form-urlencoded",
        "HTTP_CONTENT_LENGTH": "3",
        "CONTENT_LENGTH": "3",
        "SERVER_PORT": "port"
    },
    "get": {
        "g": "1"
    },
    "post": [],
    "cookie": [],
    "files": [],
    "request": {
        "g": "1",
        "x": "1"
    },
    "raw": "x=1",
    "raw2": "x=1",
    "session": [],
    "message is the same": true
}
== POST multipart
{
    "server": {
        "QUERY_STRING": "",
        "REQUEST_METHOD": "POST",
        "REQUEST_URI": "/up",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_SOFTWARE": "workerman/5.2.2",
        "SERVER_NAME": "h",
        "HTTP_HOST": "host",
        "HTTP_USER_AGENT": "",
        "HTTP_ACCEPT": "",
        "HTTP_ACCEPT_LANGUAGE": "",
        "HTTP_ACCEPT_ENCODING": "",
        "HTTP_COOKIE": "",
        "HTTP_CONNECTION": "",
        "CONTENT_TYPE": "multipart/form-data",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "int",
        "HTTP_CONTENT_TYPE": "multipart/form-data; boundary=\"BOUNDARYxyz\"",
        "HTTP_CONTENT_LENGTH": "314",
        "CONTENT_LENGTH": "314",
        "SERVER_PORT": "port"
    },
    "get": [],
    "post": {
        "field": "value 1"
    },
    "cookie": [],
    "files": {
        "1": {
            "name": "up",
            "file_name": "a.txt",
            "file_data": "file\r\ndata",
            "file_size": 10,
            "file_type": "text/plain"
        },
        "2": {
            "name": "img",
            "file_name": "b.png",
            "file_data": "PNG",
            "file_size": 3,
            "file_type": "image/png"
        }
    },
    "request": {
        "field": "value 1"
    },
    "raw": "--BOUNDARYxyz\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue 1\r\n--BOUNDARYxyz\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile\r\ndata\r\n--BOUNDARYxyz\r\nContent-Type: image/png\r\nContent-Disposition: form-data; name=\"img\"; filename=\"b.png\"\r\n\r\nPNG\r\n--BOUNDARYxyz--\r\n",
    "raw2": "--BOUNDARYxyz\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue 1\r\n--BOUNDARYxyz\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile\r\ndata\r\n--BOUNDARYxyz\r\nContent-Type: image/png\r\nContent-Disposition: form-data; name=\"img\"; filename=\"b.png\"\r\n\r\nPNG\r\n--BOUNDARYxyz--\r\n",
    "session": [],
    "message is the same": true
}
== POST chunked
{
    "server": {
        "QUERY_STRING": "",
        "REQUEST_METHOD": "POST",
        "REQUEST_URI": "/chunked",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_SOFTWARE": "workerman/5.2.2",
        "SERVER_NAME": "h",
        "HTTP_HOST": "host",
        "HTTP_USER_AGENT": "",
        "HTTP_ACCEPT": "",
        "HTTP_ACCEPT_LANGUAGE": "",
        "HTTP_ACCEPT_ENCODING": "",
        "HTTP_COOKIE": "",
        "HTTP_CONNECTION": "",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "int",
        "HTTP_CONTENT_TYPE": "application/x-www-form-urlencoded",
        "HTTP_CONTENT_LENGTH": "7",
        "CONTENT_LENGTH": "7",
        "SERVER_PORT": "port"
    },
    "get": [],
    "post": {
        "m": "1",
        "n": "2"
    },
    "cookie": [],
    "files": [],
    "request": {
        "m": "1",
        "n": "2"
    },
    "raw": "m=1&n=2",
    "raw2": "m=1&n=2",
    "session": [],
    "message is the same": true
}
