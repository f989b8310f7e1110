/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a32e6a7e6d75755773d3dacc7c3a1eca139e48dd */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_requestClass, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, className, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_input, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_inputChunked, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
	ZEND_ARG_TYPE_INFO(0, headerLength, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_decode arginfo_class_Workerman_Protocols_Http_input

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_decodeChunked, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, headerEnd, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_encode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, response, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sendStream, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\TcpConnection, 0)
	ZEND_ARG_INFO(0, handler)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_uploadTmpDir, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dir, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sessionName, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_enableCache, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, value, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_header, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, content, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, replace, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, http_response_code, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_headerRemove, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_responseCode, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, code, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_setcookie, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxage, IS_MIXED, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, path, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_MIXED, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, secure, IS_MIXED, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, HTTPOnly, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sessionCreateId, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sessionId, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, id, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sessionSavePath, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, path, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_sessionStarted arginfo_class_Workerman_Protocols_Http_sessionCreateId

#define arginfo_class_Workerman_Protocols_Http_sessionStart arginfo_class_Workerman_Protocols_Http_sessionCreateId

#define arginfo_class_Workerman_Protocols_Http_sessionWriteClose arginfo_class_Workerman_Protocols_Http_sessionCreateId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_sessionRegenerateId, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, delete_old_session, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_end, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, msg, IS_MIXED, 0, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_getMimeTypesFile arginfo_class_Workerman_Protocols_Http_sessionCreateId

#define arginfo_class_Workerman_Protocols_Http_tryGcSessions arginfo_class_Workerman_Protocols_Http_sessionCreateId


ZEND_METHOD(Workerman_Protocols_Http, requestClass);
ZEND_METHOD(Workerman_Protocols_Http, input);
ZEND_METHOD(Workerman_Protocols_Http, inputChunked);
ZEND_METHOD(Workerman_Protocols_Http, decode);
ZEND_METHOD(Workerman_Protocols_Http, decodeChunked);
ZEND_METHOD(Workerman_Protocols_Http, encode);
ZEND_METHOD(Workerman_Protocols_Http, sendStream);
ZEND_METHOD(Workerman_Protocols_Http, uploadTmpDir);
ZEND_METHOD(Workerman_Protocols_Http, sessionName);
ZEND_METHOD(Workerman_Protocols_Http, enableCache);
ZEND_METHOD(Workerman_Protocols_Http, header);
ZEND_METHOD(Workerman_Protocols_Http, headerRemove);
ZEND_METHOD(Workerman_Protocols_Http, responseCode);
ZEND_METHOD(Workerman_Protocols_Http, setcookie);
ZEND_METHOD(Workerman_Protocols_Http, sessionCreateId);
ZEND_METHOD(Workerman_Protocols_Http, sessionId);
ZEND_METHOD(Workerman_Protocols_Http, sessionSavePath);
ZEND_METHOD(Workerman_Protocols_Http, sessionStarted);
ZEND_METHOD(Workerman_Protocols_Http, sessionStart);
ZEND_METHOD(Workerman_Protocols_Http, sessionWriteClose);
ZEND_METHOD(Workerman_Protocols_Http, sessionRegenerateId);
ZEND_METHOD(Workerman_Protocols_Http, end);
ZEND_METHOD(Workerman_Protocols_Http, getMimeTypesFile);
ZEND_METHOD(Workerman_Protocols_Http, tryGcSessions);


static const zend_function_entry class_Workerman_Protocols_Http_methods[] = {
	ZEND_ME(Workerman_Protocols_Http, requestClass, arginfo_class_Workerman_Protocols_Http_requestClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, input, arginfo_class_Workerman_Protocols_Http_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, inputChunked, arginfo_class_Workerman_Protocols_Http_inputChunked, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, decode, arginfo_class_Workerman_Protocols_Http_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, decodeChunked, arginfo_class_Workerman_Protocols_Http_decodeChunked, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, encode, arginfo_class_Workerman_Protocols_Http_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sendStream, arginfo_class_Workerman_Protocols_Http_sendStream, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, uploadTmpDir, arginfo_class_Workerman_Protocols_Http_uploadTmpDir, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionName, arginfo_class_Workerman_Protocols_Http_sessionName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, enableCache, arginfo_class_Workerman_Protocols_Http_enableCache, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, header, arginfo_class_Workerman_Protocols_Http_header, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, headerRemove, arginfo_class_Workerman_Protocols_Http_headerRemove, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, responseCode, arginfo_class_Workerman_Protocols_Http_responseCode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, setcookie, arginfo_class_Workerman_Protocols_Http_setcookie, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionCreateId, arginfo_class_Workerman_Protocols_Http_sessionCreateId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionId, arginfo_class_Workerman_Protocols_Http_sessionId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionSavePath, arginfo_class_Workerman_Protocols_Http_sessionSavePath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionStarted, arginfo_class_Workerman_Protocols_Http_sessionStarted, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionStart, arginfo_class_Workerman_Protocols_Http_sessionStart, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionWriteClose, arginfo_class_Workerman_Protocols_Http_sessionWriteClose, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, sessionRegenerateId, arginfo_class_Workerman_Protocols_Http_sessionRegenerateId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, end, arginfo_class_Workerman_Protocols_Http_end, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, getMimeTypesFile, arginfo_class_Workerman_Protocols_Http_getMimeTypesFile, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http, tryGcSessions, arginfo_class_Workerman_Protocols_Http_tryGcSessions, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Http", class_Workerman_Protocols_Http_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_MAX_HEADER_LENGTH_value;
	ZVAL_LONG(&const_MAX_HEADER_LENGTH_value, 16384);
	zend_string *const_MAX_HEADER_LENGTH_name = zend_string_init_interned("MAX_HEADER_LENGTH", sizeof("MAX_HEADER_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_HEADER_LENGTH_name, &const_MAX_HEADER_LENGTH_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(const_MAX_HEADER_LENGTH_name);

	zval property_requestClass_default_value;
	zend_string *property_requestClass_default_value_str = zend_string_init("Workerman\\Protocols\\Http\\Request", strlen("Workerman\\Protocols\\Http\\Request"), 1);
	ZVAL_STR(&property_requestClass_default_value, property_requestClass_default_value_str);
	zend_string *property_requestClass_name = zend_string_init("requestClass", sizeof("requestClass") - 1, 1);
	zend_declare_typed_property(class_entry, property_requestClass_name, &property_requestClass_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_requestClass_name);

	zval property_uploadTmpDir_default_value;
	ZVAL_EMPTY_STRING(&property_uploadTmpDir_default_value);
	zend_string *property_uploadTmpDir_name = zend_string_init("uploadTmpDir", sizeof("uploadTmpDir") - 1, 1);
	zend_declare_typed_property(class_entry, property_uploadTmpDir_name, &property_uploadTmpDir_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_uploadTmpDir_name);

	return class_entry;
}
