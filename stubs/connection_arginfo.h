/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7bceab2d904a68af0c542abc65cddcf1a04a90b1 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sendBuffer, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_ConnectionInterface_getRemotePort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getLocalIp arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getLocalPort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_getLocalAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_close, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, raw, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_ConnectionInterface_isIpV4 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_ConnectionInterface_isIpV6 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_ConnectionInterface_error, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, exception, Throwable, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, eventLoop, Workerman\\Events\\EventInterface, 0)
	ZEND_ARG_INFO(0, socket)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, remoteAddress, IS_STRING, 0, "\"\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_getStatus, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, rawOutput, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_TcpConnection_send arginfo_class_Workerman_Connection_ConnectionInterface_send

#define arginfo_class_Workerman_Connection_TcpConnection_getRemoteIp arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRemotePort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRemoteAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getLocalIp arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getLocalPort arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getLocalAddress arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getSendBufferQueueSize arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getRecvBufferQueueSize arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_pauseRecv arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_resumeRecv arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_baseRead, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, socket, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, checkEof, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_TcpConnection_baseWrite arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_pipe, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, dest, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_consumeRecvBuffer, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_TcpConnection_close arginfo_class_Workerman_Connection_ConnectionInterface_close

#define arginfo_class_Workerman_Connection_TcpConnection_end arginfo_class_Workerman_Connection_ConnectionInterface_close

#define arginfo_class_Workerman_Connection_TcpConnection_isIpV4 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_isIpV6 arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_getSocket arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_bufferIsEmpty arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_bufferIsFull arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_checkBufferWillFull arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection_destroy arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_jsonSerialize, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection___unserialize, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Connection_TcpConnection_doSslHandshake, 0, 0, 1)
	ZEND_ARG_INFO(0, socket)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Connection_TcpConnection_endMaybeShutdownWrite arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp

#define arginfo_class_Workerman_Connection_TcpConnection___destruct arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp


ZEND_METHOD(Workerman_Connection_ConnectionInterface, error);
ZEND_METHOD(Workerman_Connection_TcpConnection, __construct);
ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus);
ZEND_METHOD(Workerman_Connection_TcpConnection, send);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteIp);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemotePort);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteAddress);
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalIp);
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalPort);
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalAddress);
ZEND_METHOD(Workerman_Connection_TcpConnection, getSendBufferQueueSize);
ZEND_METHOD(Workerman_Connection_TcpConnection, getRecvBufferQueueSize);
ZEND_METHOD(Workerman_Connection_TcpConnection, pauseRecv);
ZEND_METHOD(Workerman_Connection_TcpConnection, resumeRecv);
ZEND_METHOD(Workerman_Connection_TcpConnection, baseRead);
ZEND_METHOD(Workerman_Connection_TcpConnection, baseWrite);
ZEND_METHOD(Workerman_Connection_TcpConnection, pipe);
ZEND_METHOD(Workerman_Connection_TcpConnection, consumeRecvBuffer);
ZEND_METHOD(Workerman_Connection_TcpConnection, close);
ZEND_METHOD(Workerman_Connection_TcpConnection, end);
ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV4);
ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV6);
ZEND_METHOD(Workerman_Connection_TcpConnection, getSocket);
ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsEmpty);
ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsFull);
ZEND_METHOD(Workerman_Connection_TcpConnection, checkBufferWillFull);
ZEND_METHOD(Workerman_Connection_TcpConnection, destroy);
ZEND_METHOD(Workerman_Connection_TcpConnection, jsonSerialize);
ZEND_METHOD(Workerman_Connection_TcpConnection, __unserialize);
ZEND_METHOD(Workerman_Connection_TcpConnection, doSslHandshake);
ZEND_METHOD(Workerman_Connection_TcpConnection, endMaybeShutdownWrite);
ZEND_METHOD(Workerman_Connection_TcpConnection, __destruct);


static const zend_function_entry class_Workerman_Connection_ConnectionInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, send, arginfo_class_Workerman_Connection_ConnectionInterface_send, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getRemoteIp, arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteIp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getRemotePort, arginfo_class_Workerman_Connection_ConnectionInterface_getRemotePort, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getRemoteAddress, arginfo_class_Workerman_Connection_ConnectionInterface_getRemoteAddress, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getLocalIp, arginfo_class_Workerman_Connection_ConnectionInterface_getLocalIp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getLocalPort, arginfo_class_Workerman_Connection_ConnectionInterface_getLocalPort, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, getLocalAddress, arginfo_class_Workerman_Connection_ConnectionInterface_getLocalAddress, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, close, arginfo_class_Workerman_Connection_ConnectionInterface_close, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, isIpV4, arginfo_class_Workerman_Connection_ConnectionInterface_isIpV4, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Connection_ConnectionInterface, isIpV6, arginfo_class_Workerman_Connection_ConnectionInterface_isIpV6, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ME(Workerman_Connection_ConnectionInterface, error, arginfo_class_Workerman_Connection_ConnectionInterface_error, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Connection_TcpConnection_methods[] = {
	ZEND_ME(Workerman_Connection_TcpConnection, __construct, arginfo_class_Workerman_Connection_TcpConnection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getStatus, arginfo_class_Workerman_Connection_TcpConnection_getStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, send, arginfo_class_Workerman_Connection_TcpConnection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRemoteIp, arginfo_class_Workerman_Connection_TcpConnection_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRemotePort, arginfo_class_Workerman_Connection_TcpConnection_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRemoteAddress, arginfo_class_Workerman_Connection_TcpConnection_getRemoteAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getLocalIp, arginfo_class_Workerman_Connection_TcpConnection_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getLocalPort, arginfo_class_Workerman_Connection_TcpConnection_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getLocalAddress, arginfo_class_Workerman_Connection_TcpConnection_getLocalAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getSendBufferQueueSize, arginfo_class_Workerman_Connection_TcpConnection_getSendBufferQueueSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getRecvBufferQueueSize, arginfo_class_Workerman_Connection_TcpConnection_getRecvBufferQueueSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, pauseRecv, arginfo_class_Workerman_Connection_TcpConnection_pauseRecv, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, resumeRecv, arginfo_class_Workerman_Connection_TcpConnection_resumeRecv, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, baseRead, arginfo_class_Workerman_Connection_TcpConnection_baseRead, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, baseWrite, arginfo_class_Workerman_Connection_TcpConnection_baseWrite, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, pipe, arginfo_class_Workerman_Connection_TcpConnection_pipe, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, consumeRecvBuffer, arginfo_class_Workerman_Connection_TcpConnection_consumeRecvBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, close, arginfo_class_Workerman_Connection_TcpConnection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, end, arginfo_class_Workerman_Connection_TcpConnection_end, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, isIpV4, arginfo_class_Workerman_Connection_TcpConnection_isIpV4, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, isIpV6, arginfo_class_Workerman_Connection_TcpConnection_isIpV6, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, getSocket, arginfo_class_Workerman_Connection_TcpConnection_getSocket, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, bufferIsEmpty, arginfo_class_Workerman_Connection_TcpConnection_bufferIsEmpty, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, bufferIsFull, arginfo_class_Workerman_Connection_TcpConnection_bufferIsFull, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Connection_TcpConnection, checkBufferWillFull, arginfo_class_Workerman_Connection_TcpConnection_checkBufferWillFull, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Connection_TcpConnection, destroy, arginfo_class_Workerman_Connection_TcpConnection_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, jsonSerialize, arginfo_class_Workerman_Connection_TcpConnection_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, __unserialize, arginfo_class_Workerman_Connection_TcpConnection___unserialize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, doSslHandshake, arginfo_class_Workerman_Connection_TcpConnection_doSslHandshake, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Connection_TcpConnection, endMaybeShutdownWrite, arginfo_class_Workerman_Connection_TcpConnection_endMaybeShutdownWrite, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Connection_TcpConnection, __destruct, arginfo_class_Workerman_Connection_TcpConnection___destruct, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Connection_ConnectionInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "ConnectionInterface", class_Workerman_Connection_ConnectionInterface_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;

	zval const_CONNECT_FAIL_value;
	ZVAL_LONG(&const_CONNECT_FAIL_value, 1);
	zend_string *const_CONNECT_FAIL_name = zend_string_init_interned("CONNECT_FAIL", sizeof("CONNECT_FAIL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONNECT_FAIL_name, &const_CONNECT_FAIL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONNECT_FAIL_name);

	zval const_SEND_FAIL_value;
	ZVAL_LONG(&const_SEND_FAIL_value, 2);
	zend_string *const_SEND_FAIL_name = zend_string_init_interned("SEND_FAIL", sizeof("SEND_FAIL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SEND_FAIL_name, &const_SEND_FAIL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SEND_FAIL_name);

	zval property_statistics_default_value;
	ZVAL_EMPTY_ARRAY(&property_statistics_default_value);
	zend_string *property_statistics_name = zend_string_init("statistics", sizeof("statistics") - 1, 1);
	zend_declare_typed_property(class_entry, property_statistics_name, &property_statistics_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_statistics_name);

	zval property_protocol_default_value;
	ZVAL_NULL(&property_protocol_default_value);
	zend_string *property_protocol_name = zend_string_init("protocol", sizeof("protocol") - 1, 1);
	zend_declare_typed_property(class_entry, property_protocol_name, &property_protocol_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_protocol_name);

	zval property_onMessage_default_value;
	ZVAL_NULL(&property_onMessage_default_value);
	zend_string *property_onMessage_name = zend_string_init("onMessage", sizeof("onMessage") - 1, 1);
	zend_declare_property_ex(class_entry, property_onMessage_name, &property_onMessage_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onMessage_name);

	zval property_onClose_default_value;
	ZVAL_NULL(&property_onClose_default_value);
	zend_string *property_onClose_name = zend_string_init("onClose", sizeof("onClose") - 1, 1);
	zend_declare_property_ex(class_entry, property_onClose_name, &property_onClose_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onClose_name);

	zval property_onError_default_value;
	ZVAL_NULL(&property_onError_default_value);
	zend_string *property_onError_name = zend_string_init("onError", sizeof("onError") - 1, 1);
	zend_declare_property_ex(class_entry, property_onError_name, &property_onError_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onError_name);

	zend_string *property_eventLoop_class_Workerman_Events_EventInterface = zend_string_init("Workerman\\Events\\EventInterface", sizeof("Workerman\\Events\\EventInterface")-1, 1);
	zval property_eventLoop_default_value;
	ZVAL_NULL(&property_eventLoop_default_value);
	zend_string *property_eventLoop_name = zend_string_init("eventLoop", sizeof("eventLoop") - 1, 1);
	zend_declare_typed_property(class_entry, property_eventLoop_name, &property_eventLoop_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_eventLoop_class_Workerman_Events_EventInterface, 0, MAY_BE_NULL));
	zend_string_release(property_eventLoop_name);

	zval property_errorHandler_default_value;
	ZVAL_NULL(&property_errorHandler_default_value);
	zend_string *property_errorHandler_name = zend_string_init("errorHandler", sizeof("errorHandler") - 1, 1);
	zend_declare_property_ex(class_entry, property_errorHandler_name, &property_errorHandler_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_errorHandler_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Connection_ConnectionInterface = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Connection_ConnectionInterface, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Connection_ConnectionInterface);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Connection_TcpConnection(zend_class_entry *class_entry_Workerman_Connection_ConnectionInterface, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Connection", "TcpConnection", class_Workerman_Connection_TcpConnection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Connection_ConnectionInterface);
	zend_class_implements(class_entry, 1, class_entry_JsonSerializable);

	zval const_READ_BUFFER_SIZE_value;
	ZVAL_LONG(&const_READ_BUFFER_SIZE_value, 87380);
	zend_string *const_READ_BUFFER_SIZE_name = zend_string_init_interned("READ_BUFFER_SIZE", sizeof("READ_BUFFER_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_READ_BUFFER_SIZE_name, &const_READ_BUFFER_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_READ_BUFFER_SIZE_name);

	zval const_STATUS_INITIAL_value;
	ZVAL_LONG(&const_STATUS_INITIAL_value, 0);
	zend_string *const_STATUS_INITIAL_name = zend_string_init_interned("STATUS_INITIAL", sizeof("STATUS_INITIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_INITIAL_name, &const_STATUS_INITIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_INITIAL_name);

	zval const_STATUS_CONNECTING_value;
	ZVAL_LONG(&const_STATUS_CONNECTING_value, 1);
	zend_string *const_STATUS_CONNECTING_name = zend_string_init_interned("STATUS_CONNECTING", sizeof("STATUS_CONNECTING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CONNECTING_name, &const_STATUS_CONNECTING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CONNECTING_name);

	zval const_STATUS_ESTABLISHED_value;
	ZVAL_LONG(&const_STATUS_ESTABLISHED_value, 2);
	zend_string *const_STATUS_ESTABLISHED_name = zend_string_init_interned("STATUS_ESTABLISHED", sizeof("STATUS_ESTABLISHED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ESTABLISHED_name, &const_STATUS_ESTABLISHED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ESTABLISHED_name);

	zval const_STATUS_ENDING_value;
	ZVAL_LONG(&const_STATUS_ENDING_value, 4);
	zend_string *const_STATUS_ENDING_name = zend_string_init_interned("STATUS_ENDING", sizeof("STATUS_ENDING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ENDING_name, &const_STATUS_ENDING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ENDING_name);

	zval const_STATUS_CLOSING_value;
	ZVAL_LONG(&const_STATUS_CLOSING_value, 8);
	zend_string *const_STATUS_CLOSING_name = zend_string_init_interned("STATUS_CLOSING", sizeof("STATUS_CLOSING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CLOSING_name, &const_STATUS_CLOSING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CLOSING_name);

	zval const_STATUS_CLOSED_value;
	ZVAL_LONG(&const_STATUS_CLOSED_value, 16);
	zend_string *const_STATUS_CLOSED_name = zend_string_init_interned("STATUS_CLOSED", sizeof("STATUS_CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CLOSED_name, &const_STATUS_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CLOSED_name);

	zval const_MAX_CACHE_STRING_LENGTH_value;
	ZVAL_LONG(&const_MAX_CACHE_STRING_LENGTH_value, 2048);
	zend_string *const_MAX_CACHE_STRING_LENGTH_name = zend_string_init_interned("MAX_CACHE_STRING_LENGTH", sizeof("MAX_CACHE_STRING_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_STRING_LENGTH_name, &const_MAX_CACHE_STRING_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_STRING_LENGTH_name);

	zval const_MAX_CACHE_SIZE_value;
	ZVAL_LONG(&const_MAX_CACHE_SIZE_value, 512);
	zend_string *const_MAX_CACHE_SIZE_name = zend_string_init_interned("MAX_CACHE_SIZE", sizeof("MAX_CACHE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_SIZE_name, &const_MAX_CACHE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_SIZE_name);

	zval const_TCP_KEEPALIVE_INTERVAL_value;
	ZVAL_LONG(&const_TCP_KEEPALIVE_INTERVAL_value, 55);
	zend_string *const_TCP_KEEPALIVE_INTERVAL_name = zend_string_init_interned("TCP_KEEPALIVE_INTERVAL", sizeof("TCP_KEEPALIVE_INTERVAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TCP_KEEPALIVE_INTERVAL_name, &const_TCP_KEEPALIVE_INTERVAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TCP_KEEPALIVE_INTERVAL_name);

	zval property_onConnect_default_value;
	ZVAL_NULL(&property_onConnect_default_value);
	zend_string *property_onConnect_name = zend_string_init("onConnect", sizeof("onConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onConnect_name, &property_onConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onConnect_name);

	zval property_onWebSocketConnect_default_value;
	ZVAL_NULL(&property_onWebSocketConnect_default_value);
	zend_string *property_onWebSocketConnect_name = zend_string_init("onWebSocketConnect", sizeof("onWebSocketConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWebSocketConnect_name, &property_onWebSocketConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWebSocketConnect_name);

	zval property_onWebSocketConnected_default_value;
	ZVAL_NULL(&property_onWebSocketConnected_default_value);
	zend_string *property_onWebSocketConnected_name = zend_string_init("onWebSocketConnected", sizeof("onWebSocketConnected") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWebSocketConnected_name, &property_onWebSocketConnected_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWebSocketConnected_name);

	zval property_onWebSocketClose_default_value;
	ZVAL_NULL(&property_onWebSocketClose_default_value);
	zend_string *property_onWebSocketClose_name = zend_string_init("onWebSocketClose", sizeof("onWebSocketClose") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWebSocketClose_name, &property_onWebSocketClose_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWebSocketClose_name);

	zval property_onBufferFull_default_value;
	ZVAL_NULL(&property_onBufferFull_default_value);
	zend_string *property_onBufferFull_name = zend_string_init("onBufferFull", sizeof("onBufferFull") - 1, 1);
	zend_declare_property_ex(class_entry, property_onBufferFull_name, &property_onBufferFull_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onBufferFull_name);

	zval property_onBufferDrain_default_value;
	ZVAL_NULL(&property_onBufferDrain_default_value);
	zend_string *property_onBufferDrain_name = zend_string_init("onBufferDrain", sizeof("onBufferDrain") - 1, 1);
	zend_declare_property_ex(class_entry, property_onBufferDrain_name, &property_onBufferDrain_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onBufferDrain_name);

	zval property_transport_default_value;
	zend_string *property_transport_default_value_str = zend_string_init("tcp", strlen("tcp"), 1);
	ZVAL_STR(&property_transport_default_value, property_transport_default_value_str);
	zend_string *property_transport_name = zend_string_init("transport", sizeof("transport") - 1, 1);
	zend_declare_typed_property(class_entry, property_transport_name, &property_transport_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_transport_name);

	zend_string *property_worker_class_Workerman_Worker = zend_string_init("Workerman\\Worker", sizeof("Workerman\\Worker")-1, 1);
	zval property_worker_default_value;
	ZVAL_NULL(&property_worker_default_value);
	zend_string *property_worker_name = zend_string_init("worker", sizeof("worker") - 1, 1);
	zend_declare_typed_property(class_entry, property_worker_name, &property_worker_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_worker_class_Workerman_Worker, 0, MAY_BE_NULL));
	zend_string_release(property_worker_name);

	zval property_bytesRead_default_value;
	ZVAL_LONG(&property_bytesRead_default_value, 0);
	zend_string *property_bytesRead_name = zend_string_init("bytesRead", sizeof("bytesRead") - 1, 1);
	zend_declare_typed_property(class_entry, property_bytesRead_name, &property_bytesRead_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_bytesRead_name);

	zval property_bytesWritten_default_value;
	ZVAL_LONG(&property_bytesWritten_default_value, 0);
	zend_string *property_bytesWritten_name = zend_string_init("bytesWritten", sizeof("bytesWritten") - 1, 1);
	zend_declare_typed_property(class_entry, property_bytesWritten_name, &property_bytesWritten_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_bytesWritten_name);

	zval property_id_default_value;
	ZVAL_LONG(&property_id_default_value, 0);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_id_name);

	zval property_realId_default_value;
	ZVAL_LONG(&property_realId_default_value, 0);
	zend_string *property_realId_name = zend_string_init("realId", sizeof("realId") - 1, 1);
	zend_declare_typed_property(class_entry, property_realId_name, &property_realId_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_realId_name);

	zval property_maxSendBufferSize_default_value;
	ZVAL_LONG(&property_maxSendBufferSize_default_value, 1048576);
	zend_string *property_maxSendBufferSize_name = zend_string_init("maxSendBufferSize", sizeof("maxSendBufferSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxSendBufferSize_name, &property_maxSendBufferSize_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxSendBufferSize_name);

	zend_string *property_context_class_stdClass = zend_string_init("stdClass", sizeof("stdClass")-1, 1);
	zval property_context_default_value;
	ZVAL_NULL(&property_context_default_value);
	zend_string *property_context_name = zend_string_init("context", sizeof("context") - 1, 1);
	zend_declare_typed_property(class_entry, property_context_name, &property_context_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_context_class_stdClass, 0, MAY_BE_NULL));
	zend_string_release(property_context_name);

	zval property_headers_default_value;
	ZVAL_EMPTY_ARRAY(&property_headers_default_value);
	zend_string *property_headers_name = zend_string_init("headers", sizeof("headers") - 1, 1);
	zend_declare_typed_property(class_entry, property_headers_name, &property_headers_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_headers_name);

	zval property_defaultMaxSendBufferSize_default_value;
	ZVAL_LONG(&property_defaultMaxSendBufferSize_default_value, 1048576);
	zend_string *property_defaultMaxSendBufferSize_name = zend_string_init("defaultMaxSendBufferSize", sizeof("defaultMaxSendBufferSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_defaultMaxSendBufferSize_name, &property_defaultMaxSendBufferSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_defaultMaxSendBufferSize_name);

	zval property_maxPackageSize_default_value;
	ZVAL_LONG(&property_maxPackageSize_default_value, 1048576);
	zend_string *property_maxPackageSize_name = zend_string_init("maxPackageSize", sizeof("maxPackageSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxPackageSize_name, &property_maxPackageSize_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxPackageSize_name);

	zval property_defaultMaxPackageSize_default_value;
	ZVAL_LONG(&property_defaultMaxPackageSize_default_value, 10485760);
	zend_string *property_defaultMaxPackageSize_name = zend_string_init("defaultMaxPackageSize", sizeof("defaultMaxPackageSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_defaultMaxPackageSize_name, &property_defaultMaxPackageSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_defaultMaxPackageSize_name);

	zval property_defaultLingerTimeout_default_value;
	ZVAL_DOUBLE(&property_defaultLingerTimeout_default_value, 1);
	zend_string *property_defaultLingerTimeout_name = zend_string_init("defaultLingerTimeout", sizeof("defaultLingerTimeout") - 1, 1);
	zend_declare_typed_property(class_entry, property_defaultLingerTimeout_name, &property_defaultLingerTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_defaultLingerTimeout_name);

	zval property_lingerTimeout_default_value;
	ZVAL_DOUBLE(&property_lingerTimeout_default_value, 1);
	zend_string *property_lingerTimeout_name = zend_string_init("lingerTimeout", sizeof("lingerTimeout") - 1, 1);
	zend_declare_typed_property(class_entry, property_lingerTimeout_name, &property_lingerTimeout_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_lingerTimeout_name);

	zval property_connections_default_value;
	ZVAL_EMPTY_ARRAY(&property_connections_default_value);
	zend_string *property_connections_name = zend_string_init("connections", sizeof("connections") - 1, 1);
	zend_declare_typed_property(class_entry, property_connections_name, &property_connections_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_connections_name);

	zval property_idRecorder_default_value;
	ZVAL_LONG(&property_idRecorder_default_value, 1);
	zend_string *property_idRecorder_name = zend_string_init("idRecorder", sizeof("idRecorder") - 1, 1);
	zend_declare_typed_property(class_entry, property_idRecorder_name, &property_idRecorder_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_idRecorder_name);

	return class_entry;
}
