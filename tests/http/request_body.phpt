--TEST--
Http\Request post(): JSON bodies (cast to array, json_last_error), urlencoded arrays and dots, odd bodies (as upstream 5.2.2)
--EXTENSIONS--
workerman
--INI--
pcre.jit=0
--FILE--
<?php
use Workerman\Protocols\Http\Request;
function post(string $ct, string $body): void
{
    $r = new Request("POST / HTTP/1.1\r\nHost: x\r\n" . ($ct === '' ? '' : "Content-Type: $ct\r\n") . "\r\n" . $body);
    echo json_encode([$ct, strlen($body) > 100 ? "(" . strlen($body) . " bytes)" : $body], JSON_UNESCAPED_SLASHES), ' => ', var_export($r->post(), true), ' | json_last_error=', json_last_error(), "\n";
}
post('application/json', '{"a":{"b":[1,2]},"c":null,"d":1.5,"e":"\u20ac"}');
post('application/json', '5');
post('application/json', '"str"');
post('application/json', 'null');
post('application/json', '{bad');
post('application/json', '[1,[2,[3]]]');
post('application/json; charset=utf-8', '{"k":true}');
post('text/json', '{"k":"text/json"}');
post('application/JSON', 'a=1');
post('application/x-www-form-urlencoded', 'a=1&a=2&b[]=x&b[]=y&c[d]=e&f.g=h&i+j=k&l=%20m+n');
post('', 'no=content-type');
post('text/plain', "a=1&b\0c=2");
post('application/x-www-form-urlencoded', '');
post('application/x-www-form-urlencoded', '&&=&x');
post('application/json', str_repeat('[', 600) . str_repeat(']', 600));
// post() with a name, and a default.
$r = new Request("POST / HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"a\":0,\"n\":null}");
var_export([$r->post('a'), $r->post('n', 'dflt'), $r->post('missing', 'dflt'), $r->post('missing')]);
echo "\n";
// The body is everything after the first CRLFCRLF, even more CRLFCRLFs.
$r = new Request("POST / HTTP/1.1\r\n\r\nx=1\r\n\r\ny=2");
var_export([$r->rawBody(), $r->post()]);
echo "\n";
?>
--EXPECT--
["application/json","{\"a\":{\"b\":[1,2]},\"c\":null,\"d\":1.5,\"e\":\"\\u20ac\"}"] => array (
  'a' => 
  array (
    'b' => 
    array (
      0 => 1,
      1 => 2,
    ),
  ),
  'c' => NULL,
  'd' => 1.5,
  'e' => '€',
) | json_last_error=0
["application/json","5"] => array (
  0 => 5,
) | json_last_error=0
["application/json","\"str\""] => array (
  0 => 'str',
) | json_last_error=0
["application/json","null"] => array (
) | json_last_error=0
["application/json","{bad"] => array (
) | json_last_error=4
["application/json","[1,[2,[3]]]"] => array (
  0 => 1,
  1 => 
  array (
    0 => 2,
    1 => 
    array (
      0 => 3,
    ),
  ),
) | json_last_error=0
["application/json; charset=utf-8","{\"k\":true}"] => array (
  'k' => true,
) | json_last_error=0
["text/json","{\"k\":\"text/json\"}"] => array (
  'k' => 'text/json',
) | json_last_error=0
["application/JSON","a=1"] => array (
  'a' => '1',
) | json_last_error=0
["application/x-www-form-urlencoded","a=1&a=2&b[]=x&b[]=y&c[d]=e&f.g=h&i+j=k&l=%20m+n"] => array (
  'a' => '2',
  'b' => 
  array (
    0 => 'x',
    1 => 'y',
  ),
  'c' => 
  array (
    'd' => 'e',
  ),
  'f_g' => 'h',
  'i_j' => 'k',
  'l' => ' m n',
) | json_last_error=0
["","no=content-type"] => array (
  'no' => 'content-type',
) | json_last_error=0
["text/plain","a=1&b\u0000c=2"] => array (
  'a' => '1',
  'b' => '',
) | json_last_error=0
["application/x-www-form-urlencoded",""] => array (
) | json_last_error=0
["application/x-www-form-urlencoded","&&=&x"] => array (
  'x' => '',
) | json_last_error=0
["application/json","(1200 bytes)"] => array (
) | json_last_error=1
array (
  0 => 0,
  1 => 'dflt',
  2 => 'dflt',
  3 => NULL,
)
array (
  0 => 'x=1

y=2',
  1 => 
  array (
    'x' => '1

y=2',
  ),
)
