/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4127bf9253c3443a297ca65837606317b6ed4d7a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, remoteAddress, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socketContext, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection_reconnect, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, after, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection_connect, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_AsyncTcpConnection_emitError, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, msg, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_cancelReconnect arginfo_class_Workerman_Connection_AsyncTcpConnection_connect

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteHost arginfo_class_Workerman_Connection_AsyncTcpConnection_connect

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteURI arginfo_class_Workerman_Connection_AsyncTcpConnection_connect

#define arginfo_class_Workerman_Connection_AsyncTcpConnection_checkConnection arginfo_class_Workerman_Connection_AsyncTcpConnection_connect


ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, __construct);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, reconnect);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, connect);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, emitError);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, cancelReconnect);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteHost);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteURI);
ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, checkConnection);


static const zend_function_entry class_Workerman_Connection_AsyncTcpConnection_methods[] = {
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, __construct, arginfo_class_Workerman_Connection_AsyncTcpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, reconnect, arginfo_class_Workerman_Connection_AsyncTcpConnection_reconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, connect, arginfo_class_Workerman_Connection_AsyncTcpConnection_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, emitError, arginfo_class_Workerman_Connection_AsyncTcpConnection_emitError, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, cancelReconnect, arginfo_class_Workerman_Connection_AsyncTcpConnection_cancelReconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, getRemoteHost, arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteHost, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, getRemoteURI, arginfo_class_Workerman_Connection_AsyncTcpConnection_getRemoteURI, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_AsyncTcpConnection, checkConnection, arginfo_class_Workerman_Connection_AsyncTcpConnection_checkConnection, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Connection_AsyncTcpConnection(zend_class_entry *class_entry_Workerman_Connection_TcpConnection)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "AsyncTcpConnection", class_Workerman_Connection_AsyncTcpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_TcpConnection);

	zval property_proxySocks5_default_value;
	ZVAL_EMPTY_STRING(&property_proxySocks5_default_value);
	zend_string *property_proxySocks5_name = zend_string_init("proxySocks5", sizeof("proxySocks5") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxySocks5_name, &property_proxySocks5_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxySocks5_name);

	zval property_proxyHttp_default_value;
	ZVAL_EMPTY_STRING(&property_proxyHttp_default_value);
	zend_string *property_proxyHttp_name = zend_string_init("proxyHttp", sizeof("proxyHttp") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxyHttp_name, &property_proxyHttp_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxyHttp_name);

	zval property_proxyAuthorization_default_value;
	ZVAL_EMPTY_STRING(&property_proxyAuthorization_default_value);
	zend_string *property_proxyAuthorization_name = zend_string_init("proxyAuthorization", sizeof("proxyAuthorization") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxyAuthorization_name, &property_proxyAuthorization_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxyAuthorization_name);

	zval property_proxySocks5Username_default_value;
	ZVAL_EMPTY_STRING(&property_proxySocks5Username_default_value);
	zend_string *property_proxySocks5Username_name = zend_string_init("proxySocks5Username", sizeof("proxySocks5Username") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxySocks5Username_name, &property_proxySocks5Username_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxySocks5Username_name);

	zval property_proxySocks5Password_default_value;
	ZVAL_EMPTY_STRING(&property_proxySocks5Password_default_value);
	zend_string *property_proxySocks5Password_name = zend_string_init("proxySocks5Password", sizeof("proxySocks5Password") - 1, 1);
	zend_declare_typed_property(class_entry, property_proxySocks5Password_name, &property_proxySocks5Password_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_proxySocks5Password_name);

	zval property_remoteHost_default_value;
	ZVAL_EMPTY_STRING(&property_remoteHost_default_value);
	zend_string *property_remoteHost_name = zend_string_init("remoteHost", sizeof("remoteHost") - 1, 1);
	zend_declare_typed_property(class_entry, property_remoteHost_name, &property_remoteHost_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_remoteHost_name);

	zval property_remotePort_default_value;
	ZVAL_LONG(&property_remotePort_default_value, 80);
	zend_string *property_remotePort_name = zend_string_init("remotePort", sizeof("remotePort") - 1, 1);
	zend_declare_typed_property(class_entry, property_remotePort_name, &property_remotePort_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_remotePort_name);

	zval property_connectStartTime_default_value;
	ZVAL_DOUBLE(&property_connectStartTime_default_value, 0);
	zend_string *property_connectStartTime_name = zend_string_init("connectStartTime", sizeof("connectStartTime") - 1, 1);
	zend_declare_typed_property(class_entry, property_connectStartTime_name, &property_connectStartTime_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_connectStartTime_name);

	zval property_remoteURI_default_value;
	ZVAL_EMPTY_STRING(&property_remoteURI_default_value);
	zend_string *property_remoteURI_name = zend_string_init("remoteURI", sizeof("remoteURI") - 1, 1);
	zend_declare_typed_property(class_entry, property_remoteURI_name, &property_remoteURI_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_remoteURI_name);

	zval property_socketContext_default_value;
	ZVAL_EMPTY_ARRAY(&property_socketContext_default_value);
	zend_string *property_socketContext_name = zend_string_init("socketContext", sizeof("socketContext") - 1, 1);
	zend_declare_typed_property(class_entry, property_socketContext_name, &property_socketContext_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_socketContext_name);

	zval property_reconnectTimer_default_value;
	ZVAL_LONG(&property_reconnectTimer_default_value, 0);
	zend_string *property_reconnectTimer_name = zend_string_init("reconnectTimer", sizeof("reconnectTimer") - 1, 1);
	zend_declare_typed_property(class_entry, property_reconnectTimer_name, &property_reconnectTimer_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_reconnectTimer_name);

	return class_entry;
}
