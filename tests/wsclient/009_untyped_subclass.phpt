--TEST--
Ws client: a 4.x-style subclass with untyped static methods compiles and works
--EXTENSIONS--
workerman
--FILE--
<?php
// upstream differs: 5.x declares return types on Ws's methods, so this 4.x-style subclass is a fatal error there; the native methods declare none so 4.x code keeps working
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;

class OldStyleWs extends Ws
{
    public static function input($buffer, $connection)
    {
        return parent::input($buffer, $connection);
    }

    public static function encode($payload, $connection)
    {
        return '[' . parent::encode($payload, $connection) . ']';
    }

    public static function decode($bytes, $connection)
    {
        return parent::decode($bytes, $connection);
    }
}

$c = new AsyncTcpConnection('ws://127.0.0.1:1/');
$c->context->handshakeStep = 2;
echo bin2hex(OldStyleWs::encode('ab', $c)), "\n";
echo OldStyleWs::decode("\x81\x02ab", $c), "\n";
echo OldStyleWs::input("\x81\x02ab", $c), "\n";
?>
--EXPECT--
5b81820000000061625d
ab
4
