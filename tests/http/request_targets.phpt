--TEST--
Http\Request path()/queryString()/get()/protocolVersion() for odd targets and request lines (parse_url/parse_str semantics, as upstream 5.2.2)
--EXTENSIONS--
workerman
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Protocols\Http\Request;

// path()/queryString() follow parse_url(), get() follows parse_str(), protocolVersion() is
// whatever follows the first "HTTP/" of the request line.
$targets = ['/', '//a/b', '/a?b#c', '/%20?x', '/?', '/a?', '/#f', '/a:80', '//', '///a', '/a//b?c=d?e',
    '/p?a=1&a=2&b[]=1&b[x]=2&c', "/x\x01y?q\x7f", 'http://h/p?q=1', '*', '/a?b=1;c=2',
    '/?a[=1&a]=2&a.b=3&a b=4&a%5Bb%5D=5', '/?%61=1&a%5B%5D=2&=3&&x', '/?x[a][b][c]=1&x[a][]=2',
    '/?a=%zz&b=%2', '/:x', '/p?q=http://a/b', '/HTTP/2', '/?' . str_repeat('k', 20) . '=v'];
foreach ($targets as $t) {
    $r = new Request("GET $t HTTP/1.1\r\nHost: x\r\n\r\n");
    echo json_encode($t), ' => ', json_encode([
        'method' => $r->method(), 'uri' => $r->uri(), 'path' => $r->path(), 'qs' => $r->queryString(),
        'get' => $r->get(), 'version' => $r->protocolVersion(),
    ], JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
}
// Request lines as upstream splits them: explode(' ', $line, 3).
$lines = ['GET  /x  HTTP/1.1', 'GET /a b HTTP/1.1', 'GET', 'GET /', 'DELETE /d HTTP/1.0', 'get /lower HTTP/1.1',
    'GET /v HTTP/1.1 trailing', 'GET /v HTTP/', 'GET /v', ' /nomethod HTTP/1.1'];
foreach ($lines as $l) {
    $r = new Request("$l\r\nHost: x\r\n\r\n");
    echo json_encode($l), ' => ', json_encode([$r->method(), $r->uri(), $r->path(), $r->protocolVersion()], JSON_UNESCAPED_SLASHES), "\n";
}
?>
--EXPECT--
"\/" => {"method":"GET","uri":"/","path":"/","qs":"","get":[],"version":"1.1"}
"\/\/a\/b" => {"method":"GET","uri":"//a/b","path":"/b","qs":"","get":[],"version":"1.1"}
"\/a?b#c" => {"method":"GET","uri":"/a?b#c","path":"/a","qs":"b","get":{"b":""},"version":"1.1"}
"\/%20?x" => {"method":"GET","uri":"/%20?x","path":"/%20","qs":"x","get":{"x":""},"version":"1.1"}
"\/?" => {"method":"GET","uri":"/?","path":"/","qs":"","get":[],"version":"1.1"}
"\/a?" => {"method":"GET","uri":"/a?","path":"/a","qs":"","get":[],"version":"1.1"}
"\/#f" => {"method":"GET","uri":"/#f","path":"/","qs":"","get":[],"version":"1.1"}
"\/a:80" => {"method":"GET","uri":"/a:80","path":"/","qs":"","get":[],"version":"1.1"}
"\/\/" => {"method":"GET","uri":"//","path":"/","qs":"","get":[],"version":"1.1"}
"\/\/\/a" => {"method":"GET","uri":"///a","path":"/","qs":"","get":[],"version":"1.1"}
"\/a\/\/b?c=d?e" => {"method":"GET","uri":"/a//b?c=d?e","path":"/a//b","qs":"c=d?e","get":{"c":"d?e"},"version":"1.1"}
"\/p?a=1&a=2&b[]=1&b[x]=2&c" => {"method":"GET","uri":"/p?a=1&a=2&b[]=1&b[x]=2&c","path":"/p","qs":"a=1&a=2&b[]=1&b[x]=2&c","get":{"a":"2","b":{"0":"1","x":"2"},"c":""},"version":"1.1"}
"\/x\u0001y?q" => {"method":"GET","uri":"/x\u0001y?q","path":"/x_y","qs":"q_","get":{"q_":""},"version":"1.1"}
"http:\/\/h\/p?q=1" => {"method":"GET","uri":"http://h/p?q=1","path":"/p","qs":"q=1","get":{"q":"1"},"version":"1.1"}
"*" => {"method":"GET","uri":"*","path":"*","qs":"","get":[],"version":"1.1"}
"\/a?b=1;c=2" => {"method":"GET","uri":"/a?b=1;c=2","path":"/a","qs":"b=1;c=2","get":{"b":"1;c=2"},"version":"1.1"}
"\/?a[=1&a]=2&a.b=3&a b=4&a%5Bb%5D=5" => {"method":"GET","uri":"/?a[=1&a]=2&a.b=3&a","path":"/","qs":"a[=1&a]=2&a.b=3&a","get":{"a_":"1","a]":"2","a_b":"3","a":""},"version":"1.1"}
"\/?%61=1&a%5B%5D=2&=3&&x" => {"method":"GET","uri":"/?%61=1&a%5B%5D=2&=3&&x","path":"/","qs":"%61=1&a%5B%5D=2&=3&&x","get":{"a":["2"],"x":""},"version":"1.1"}
"\/?x[a][b][c]=1&x[a][]=2" => {"method":"GET","uri":"/?x[a][b][c]=1&x[a][]=2","path":"/","qs":"x[a][b][c]=1&x[a][]=2","get":{"x":{"a":{"b":{"c":"1"},"0":"2"}}},"version":"1.1"}
"\/?a=%zz&b=%2" => {"method":"GET","uri":"/?a=%zz&b=%2","path":"/","qs":"a=%zz&b=%2","get":{"a":"%zz","b":"%2"},"version":"1.1"}
"\/:x" => {"method":"GET","uri":"/:x","path":"/:x","qs":"","get":[],"version":"1.1"}
"\/p?q=http:\/\/a\/b" => {"method":"GET","uri":"/p?q=http://a/b","path":"/p","qs":"q=http://a/b","get":{"q":"http://a/b"},"version":"1.1"}
"\/HTTP\/2" => {"method":"GET","uri":"/HTTP/2","path":"/HTTP/2","qs":"","get":[],"version":"2 HTTP/1.1"}
"\/?kkkkkkkkkkkkkkkkkkkk=v" => {"method":"GET","uri":"/?kkkkkkkkkkkkkkkkkkkk=v","path":"/","qs":"kkkkkkkkkkkkkkkkkkkk=v","get":{"kkkkkkkkkkkkkkkkkkkk":"v"},"version":"1.1"}
"GET  \/x  HTTP\/1.1" => ["GET","","","1.1"]
"GET \/a b HTTP\/1.1" => ["GET","/a","/a","1.1"]
"GET" => ["GET","/","/","1.0"]
"GET \/" => ["GET","/","/","1.0"]
"DELETE \/d HTTP\/1.0" => ["DELETE","/d","/d","1.0"]
"get \/lower HTTP\/1.1" => ["get","/lower","/lower","1.1"]
"GET \/v HTTP\/1.1 trailing" => ["GET","/v","/v","1.1 trailing"]
"GET \/v HTTP\/" => ["GET","/v","/v",""]
"GET \/v" => ["GET","/v","/v","1.0"]
" \/nomethod HTTP\/1.1" => ["","/nomethod","/nomethod","1.1"]
