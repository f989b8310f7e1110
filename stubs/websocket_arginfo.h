/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fee25b12e74234916dbc01e343201e007add2b49 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_input, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_encode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Websocket_decode arginfo_class_Workerman_Protocols_Websocket_input

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_inflate, 0, 0, 3)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, isFinFrame, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Websocket_deflate, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Websocket_dealHandshake arginfo_class_Workerman_Protocols_Websocket_input


ZEND_METHOD(Workerman_Protocols_Websocket, input);
ZEND_METHOD(Workerman_Protocols_Websocket, encode);
ZEND_METHOD(Workerman_Protocols_Websocket, decode);
ZEND_METHOD(Workerman_Protocols_Websocket, inflate);
ZEND_METHOD(Workerman_Protocols_Websocket, deflate);
ZEND_METHOD(Workerman_Protocols_Websocket, dealHandshake);


static const zend_function_entry class_Workerman_Protocols_Websocket_methods[] = {
	ZEND_ME(Workerman_Protocols_Websocket, input, arginfo_class_Workerman_Protocols_Websocket_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, encode, arginfo_class_Workerman_Protocols_Websocket_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, decode, arginfo_class_Workerman_Protocols_Websocket_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, inflate, arginfo_class_Workerman_Protocols_Websocket_inflate, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, deflate, arginfo_class_Workerman_Protocols_Websocket_deflate, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Websocket, dealHandshake, arginfo_class_Workerman_Protocols_Websocket_dealHandshake, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Websocket(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Websocket", class_Workerman_Protocols_Websocket_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
