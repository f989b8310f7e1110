/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 95080bc97e4a37b6b808b7d7c360f66ec0b6178a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_input, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\AsyncTcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_encode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\AsyncTcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_decode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, bytes, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\AsyncTcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_onConnect, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\AsyncTcpConnection, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Ws_onClose arginfo_class_Workerman_Protocols_Ws_onConnect

#define arginfo_class_Workerman_Protocols_Ws_sendHandshake arginfo_class_Workerman_Protocols_Ws_onConnect

#define arginfo_class_Workerman_Protocols_Ws_dealHandshake arginfo_class_Workerman_Protocols_Ws_input

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Ws_parseResponse, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Workerman_Protocols_Ws, input);
ZEND_METHOD(Workerman_Protocols_Ws, encode);
ZEND_METHOD(Workerman_Protocols_Ws, decode);
ZEND_METHOD(Workerman_Protocols_Ws, onConnect);
ZEND_METHOD(Workerman_Protocols_Ws, onClose);
ZEND_METHOD(Workerman_Protocols_Ws, sendHandshake);
ZEND_METHOD(Workerman_Protocols_Ws, dealHandshake);
ZEND_METHOD(Workerman_Protocols_Ws, parseResponse);


static const zend_function_entry class_Workerman_Protocols_Ws_methods[] = {
	ZEND_ME(Workerman_Protocols_Ws, input, arginfo_class_Workerman_Protocols_Ws_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, encode, arginfo_class_Workerman_Protocols_Ws_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, decode, arginfo_class_Workerman_Protocols_Ws_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, onConnect, arginfo_class_Workerman_Protocols_Ws_onConnect, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, onClose, arginfo_class_Workerman_Protocols_Ws_onClose, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, sendHandshake, arginfo_class_Workerman_Protocols_Ws_sendHandshake, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, dealHandshake, arginfo_class_Workerman_Protocols_Ws_dealHandshake, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Ws, parseResponse, arginfo_class_Workerman_Protocols_Ws_parseResponse, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Ws(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Ws", class_Workerman_Protocols_Ws_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
