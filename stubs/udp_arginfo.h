/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4fbf29778ac815783940e959c52f2f28a70f762f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection___construct, 0, 0, 2)
	ZEND_ARG_INFO(0, socket)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sendBuffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_UdpConnection_getRemotePort arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getRemoteAddress arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getLocalIp arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getLocalPort arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getLocalAddress arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_close, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_UdpConnection_isIpV4 arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_isIpV6 arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

#define arginfo_class_Workerman_Connection_UdpConnection_getSocket arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_UdpConnection_jsonSerialize, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncUdpConnection___construct, 0, 0, 1)
	ZEND_ARG_INFO(0, remoteAddress)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, contextOption, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncUdpConnection_baseRead, 0, 0, 1)
	ZEND_ARG_INFO(0, socket)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_AsyncUdpConnection_close arginfo_class_Workerman_Connection_UdpConnection_close

#define arginfo_class_Workerman_Connection_AsyncUdpConnection_send arginfo_class_Workerman_Connection_UdpConnection_send

#define arginfo_class_Workerman_Connection_AsyncUdpConnection_connect arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp


ZEND_METHOD(Workerman_Connection_UdpConnection, __construct);
ZEND_METHOD(Workerman_Connection_UdpConnection, send);
ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteIp);
ZEND_METHOD(Workerman_Connection_UdpConnection, getRemotePort);
ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteAddress);
ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalIp);
ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalPort);
ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalAddress);
ZEND_METHOD(Workerman_Connection_UdpConnection, close);
ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV4);
ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV6);
ZEND_METHOD(Workerman_Connection_UdpConnection, getSocket);
ZEND_METHOD(Workerman_Connection_UdpConnection, jsonSerialize);
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, __construct);
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, baseRead);
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, close);
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, send);
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, connect);


static const zend_function_entry class_Workerman_Connection_UdpConnection_methods[] = {
	ZEND_ME(Workerman_Connection_UdpConnection, __construct, arginfo_class_Workerman_Connection_UdpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, send, arginfo_class_Workerman_Connection_UdpConnection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getRemoteIp, arginfo_class_Workerman_Connection_UdpConnection_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getRemotePort, arginfo_class_Workerman_Connection_UdpConnection_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getRemoteAddress, arginfo_class_Workerman_Connection_UdpConnection_getRemoteAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getLocalIp, arginfo_class_Workerman_Connection_UdpConnection_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getLocalPort, arginfo_class_Workerman_Connection_UdpConnection_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getLocalAddress, arginfo_class_Workerman_Connection_UdpConnection_getLocalAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, close, arginfo_class_Workerman_Connection_UdpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, isIpV4, arginfo_class_Workerman_Connection_UdpConnection_isIpV4, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, isIpV6, arginfo_class_Workerman_Connection_UdpConnection_isIpV6, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, getSocket, arginfo_class_Workerman_Connection_UdpConnection_getSocket, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_UdpConnection, jsonSerialize, arginfo_class_Workerman_Connection_UdpConnection_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Connection_AsyncUdpConnection_methods[] = {
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, __construct, arginfo_class_Workerman_Connection_AsyncUdpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, baseRead, arginfo_class_Workerman_Connection_AsyncUdpConnection_baseRead, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, close, arginfo_class_Workerman_Connection_AsyncUdpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, send, arginfo_class_Workerman_Connection_AsyncUdpConnection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncUdpConnection, connect, arginfo_class_Workerman_Connection_AsyncUdpConnection_connect, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Connection_UdpConnection(zend_class_entry *class_entry_Workerman_Connection_ConnectionInterface, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "UdpConnection", class_Workerman_Connection_UdpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_ConnectionInterface);
	zend_class_implements(class_entry, 1, class_entry_JsonSerializable);

	zval const_MAX_UDP_PACKAGE_SIZE_value;
	ZVAL_LONG(&const_MAX_UDP_PACKAGE_SIZE_value, 65535);
	zend_string *const_MAX_UDP_PACKAGE_SIZE_name = zend_string_init_interned("MAX_UDP_PACKAGE_SIZE", sizeof("MAX_UDP_PACKAGE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_UDP_PACKAGE_SIZE_name, &const_MAX_UDP_PACKAGE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_UDP_PACKAGE_SIZE_name);

	zval property_transport_default_value;
	zend_string *property_transport_default_value_str = zend_string_init("udp", strlen("udp"), 1);
	ZVAL_STR(&property_transport_default_value, property_transport_default_value_str);
	zend_string *property_transport_name = zend_string_init("transport", sizeof("transport") - 1, 1);
	zend_declare_typed_property(class_entry, property_transport_name, &property_transport_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_transport_name);

	zval property_connected_default_value;
	ZVAL_FALSE(&property_connected_default_value);
	zend_string *property_connected_name = zend_string_init("connected", sizeof("connected") - 1, 1);
	zend_declare_typed_property(class_entry, property_connected_name, &property_connected_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_connected_name);

	zval property_socket_default_value;
	ZVAL_NULL(&property_socket_default_value);
	zend_string *property_socket_name = zend_string_init("socket", sizeof("socket") - 1, 1);
	zend_declare_property_ex(class_entry, property_socket_name, &property_socket_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_socket_name);

	zval property_remoteAddress_default_value;
	ZVAL_UNDEF(&property_remoteAddress_default_value);
	zend_string *property_remoteAddress_name = zend_string_init("remoteAddress", sizeof("remoteAddress") - 1, 1);
	zend_declare_typed_property(class_entry, property_remoteAddress_name, &property_remoteAddress_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_remoteAddress_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Connection_AsyncUdpConnection(zend_class_entry *class_entry_Workerman_Connection_UdpConnection)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "AsyncUdpConnection", class_Workerman_Connection_AsyncUdpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_UdpConnection);

	zval property_onConnect_default_value;
	ZVAL_NULL(&property_onConnect_default_value);
	zend_string *property_onConnect_name = zend_string_init("onConnect", sizeof("onConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onConnect_name, &property_onConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onConnect_name);

	zval property_onClose_default_value;
	ZVAL_NULL(&property_onClose_default_value);
	zend_string *property_onClose_name = zend_string_init("onClose", sizeof("onClose") - 1, 1);
	zend_declare_property_ex(class_entry, property_onClose_name, &property_onClose_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onClose_name);

	zval property_connected_default_value;
	ZVAL_FALSE(&property_connected_default_value);
	zend_string *property_connected_name = zend_string_init("connected", sizeof("connected") - 1, 1);
	zend_declare_typed_property(class_entry, property_connected_name, &property_connected_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_connected_name);

	zval property_contextOption_default_value;
	ZVAL_EMPTY_ARRAY(&property_contextOption_default_value);
	zend_string *property_contextOption_name = zend_string_init("contextOption", sizeof("contextOption") - 1, 1);
	zend_declare_typed_property(class_entry, property_contextOption_name, &property_contextOption_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_contextOption_name);

	return class_entry;
}
