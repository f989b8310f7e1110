/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f6876bd488e7231e75a98ca1ad147393683524d7 */

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
