/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 26d626620bd0f420963e4c1cfcd28f2c4c988d5f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_setChunkTrailers, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, trailers, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_get, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_post arginfo_class_Workerman_Protocols_Http_Request_get

#define arginfo_class_Workerman_Protocols_Http_Request_header arginfo_class_Workerman_Protocols_Http_Request_get

#define arginfo_class_Workerman_Protocols_Http_Request_trailer arginfo_class_Workerman_Protocols_Http_Request_get

#define arginfo_class_Workerman_Protocols_Http_Request_cookie arginfo_class_Workerman_Protocols_Http_Request_get

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_file, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_method, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_protocolVersion arginfo_class_Workerman_Protocols_Http_Request_method

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_host, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, withoutPort, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_uri arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_path arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_queryString arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_parseUriComponents arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_session arginfo_class_Workerman_Protocols_Http_Request_method

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_sessionId, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sessionId, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_isValidSessionId, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_sessionRegenerateId, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, deleteOldSession, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_rawHead arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_rawBody arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_rawBuffer arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_parseHeadFirstLine arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_parseProtocolVersion arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_parseHeaders arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_parseGet arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_parsePost arginfo_class_Workerman_Protocols_Http_Request_method

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_parseUploadFiles, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, httpPostBoundary, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_parseUploadFile, 0, 0, 5)
	ZEND_ARG_TYPE_INFO(0, boundary, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sectionStartOffset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(1, postEncodeString, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(1, filesEncodeStr, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(1, files, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_createSessionId arginfo_class_Workerman_Protocols_Http_Request_method

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request_setSidCookie, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, sessionName, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, cookieParams, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___set, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___get, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request___isset arginfo_class_Workerman_Protocols_Http_Request___get

#define arginfo_class_Workerman_Protocols_Http_Request___unset arginfo_class_Workerman_Protocols_Http_Request___get

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Request___unserialize, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Request_destroy arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request___destruct arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_getRemoteIp arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_getRemotePort arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_getLocalIp arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_getLocalPort arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_isAjax arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_isPjax arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_acceptJson arginfo_class_Workerman_Protocols_Http_Request_method

#define arginfo_class_Workerman_Protocols_Http_Request_expectsJson arginfo_class_Workerman_Protocols_Http_Request_method


ZEND_METHOD(Workerman_Protocols_Http_Request, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Request, setChunkTrailers);
ZEND_METHOD(Workerman_Protocols_Http_Request, get);
ZEND_METHOD(Workerman_Protocols_Http_Request, post);
ZEND_METHOD(Workerman_Protocols_Http_Request, header);
ZEND_METHOD(Workerman_Protocols_Http_Request, trailer);
ZEND_METHOD(Workerman_Protocols_Http_Request, cookie);
ZEND_METHOD(Workerman_Protocols_Http_Request, file);
ZEND_METHOD(Workerman_Protocols_Http_Request, method);
ZEND_METHOD(Workerman_Protocols_Http_Request, protocolVersion);
ZEND_METHOD(Workerman_Protocols_Http_Request, host);
ZEND_METHOD(Workerman_Protocols_Http_Request, uri);
ZEND_METHOD(Workerman_Protocols_Http_Request, path);
ZEND_METHOD(Workerman_Protocols_Http_Request, queryString);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseUriComponents);
ZEND_METHOD(Workerman_Protocols_Http_Request, session);
ZEND_METHOD(Workerman_Protocols_Http_Request, sessionId);
ZEND_METHOD(Workerman_Protocols_Http_Request, isValidSessionId);
ZEND_METHOD(Workerman_Protocols_Http_Request, sessionRegenerateId);
ZEND_METHOD(Workerman_Protocols_Http_Request, rawHead);
ZEND_METHOD(Workerman_Protocols_Http_Request, rawBody);
ZEND_METHOD(Workerman_Protocols_Http_Request, rawBuffer);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseHeadFirstLine);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseProtocolVersion);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseHeaders);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseGet);
ZEND_METHOD(Workerman_Protocols_Http_Request, parsePost);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseUploadFiles);
ZEND_METHOD(Workerman_Protocols_Http_Request, parseUploadFile);
ZEND_METHOD(Workerman_Protocols_Http_Request, createSessionId);
ZEND_METHOD(Workerman_Protocols_Http_Request, setSidCookie);
ZEND_METHOD(Workerman_Protocols_Http_Request, __toString);
ZEND_METHOD(Workerman_Protocols_Http_Request, __set);
ZEND_METHOD(Workerman_Protocols_Http_Request, __get);
ZEND_METHOD(Workerman_Protocols_Http_Request, __isset);
ZEND_METHOD(Workerman_Protocols_Http_Request, __unset);
ZEND_METHOD(Workerman_Protocols_Http_Request, __unserialize);
ZEND_METHOD(Workerman_Protocols_Http_Request, destroy);
ZEND_METHOD(Workerman_Protocols_Http_Request, __destruct);
ZEND_METHOD(Workerman_Protocols_Http_Request, getRemoteIp);
ZEND_METHOD(Workerman_Protocols_Http_Request, getRemotePort);
ZEND_METHOD(Workerman_Protocols_Http_Request, getLocalIp);
ZEND_METHOD(Workerman_Protocols_Http_Request, getLocalPort);
ZEND_METHOD(Workerman_Protocols_Http_Request, isAjax);
ZEND_METHOD(Workerman_Protocols_Http_Request, isPjax);
ZEND_METHOD(Workerman_Protocols_Http_Request, acceptJson);
ZEND_METHOD(Workerman_Protocols_Http_Request, expectsJson);


static const zend_function_entry class_Workerman_Protocols_Http_Request_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Request, __construct, arginfo_class_Workerman_Protocols_Http_Request___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, setChunkTrailers, arginfo_class_Workerman_Protocols_Http_Request_setChunkTrailers, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, get, arginfo_class_Workerman_Protocols_Http_Request_get, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, post, arginfo_class_Workerman_Protocols_Http_Request_post, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, header, arginfo_class_Workerman_Protocols_Http_Request_header, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, trailer, arginfo_class_Workerman_Protocols_Http_Request_trailer, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, cookie, arginfo_class_Workerman_Protocols_Http_Request_cookie, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, file, arginfo_class_Workerman_Protocols_Http_Request_file, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, method, arginfo_class_Workerman_Protocols_Http_Request_method, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, protocolVersion, arginfo_class_Workerman_Protocols_Http_Request_protocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, host, arginfo_class_Workerman_Protocols_Http_Request_host, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, uri, arginfo_class_Workerman_Protocols_Http_Request_uri, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, path, arginfo_class_Workerman_Protocols_Http_Request_path, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, queryString, arginfo_class_Workerman_Protocols_Http_Request_queryString, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, parseUriComponents, arginfo_class_Workerman_Protocols_Http_Request_parseUriComponents, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, session, arginfo_class_Workerman_Protocols_Http_Request_session, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, sessionId, arginfo_class_Workerman_Protocols_Http_Request_sessionId, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, isValidSessionId, arginfo_class_Workerman_Protocols_Http_Request_isValidSessionId, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, sessionRegenerateId, arginfo_class_Workerman_Protocols_Http_Request_sessionRegenerateId, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, rawHead, arginfo_class_Workerman_Protocols_Http_Request_rawHead, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, rawBody, arginfo_class_Workerman_Protocols_Http_Request_rawBody, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, rawBuffer, arginfo_class_Workerman_Protocols_Http_Request_rawBuffer, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, parseHeadFirstLine, arginfo_class_Workerman_Protocols_Http_Request_parseHeadFirstLine, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, parseProtocolVersion, arginfo_class_Workerman_Protocols_Http_Request_parseProtocolVersion, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, parseHeaders, arginfo_class_Workerman_Protocols_Http_Request_parseHeaders, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, parseGet, arginfo_class_Workerman_Protocols_Http_Request_parseGet, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, parsePost, arginfo_class_Workerman_Protocols_Http_Request_parsePost, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, parseUploadFiles, arginfo_class_Workerman_Protocols_Http_Request_parseUploadFiles, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, parseUploadFile, arginfo_class_Workerman_Protocols_Http_Request_parseUploadFile, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, createSessionId, arginfo_class_Workerman_Protocols_Http_Request_createSessionId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Request, setSidCookie, arginfo_class_Workerman_Protocols_Http_Request_setSidCookie, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Request, __toString, arginfo_class_Workerman_Protocols_Http_Request___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __set, arginfo_class_Workerman_Protocols_Http_Request___set, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __get, arginfo_class_Workerman_Protocols_Http_Request___get, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __isset, arginfo_class_Workerman_Protocols_Http_Request___isset, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __unset, arginfo_class_Workerman_Protocols_Http_Request___unset, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __unserialize, arginfo_class_Workerman_Protocols_Http_Request___unserialize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, destroy, arginfo_class_Workerman_Protocols_Http_Request_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, __destruct, arginfo_class_Workerman_Protocols_Http_Request___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, getRemoteIp, arginfo_class_Workerman_Protocols_Http_Request_getRemoteIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, getRemotePort, arginfo_class_Workerman_Protocols_Http_Request_getRemotePort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, getLocalIp, arginfo_class_Workerman_Protocols_Http_Request_getLocalIp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, getLocalPort, arginfo_class_Workerman_Protocols_Http_Request_getLocalPort, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, isAjax, arginfo_class_Workerman_Protocols_Http_Request_isAjax, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, isPjax, arginfo_class_Workerman_Protocols_Http_Request_isPjax, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, acceptJson, arginfo_class_Workerman_Protocols_Http_Request_acceptJson, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Request, expectsJson, arginfo_class_Workerman_Protocols_Http_Request_expectsJson, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http_Request(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "Request", class_Workerman_Protocols_Http_Request_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	zval const_MAX_CACHE_STRING_LENGTH_value;
	ZVAL_LONG(&const_MAX_CACHE_STRING_LENGTH_value, 4096);
	zend_string *const_MAX_CACHE_STRING_LENGTH_name = zend_string_init_interned("MAX_CACHE_STRING_LENGTH", sizeof("MAX_CACHE_STRING_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_STRING_LENGTH_name, &const_MAX_CACHE_STRING_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_STRING_LENGTH_name);

	zval const_MAX_CACHE_SIZE_value;
	ZVAL_LONG(&const_MAX_CACHE_SIZE_value, 256);
	zend_string *const_MAX_CACHE_SIZE_name = zend_string_init_interned("MAX_CACHE_SIZE", sizeof("MAX_CACHE_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_CACHE_SIZE_name, &const_MAX_CACHE_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_CACHE_SIZE_name);

	zend_string *property_connection_class_Workerman_Connection_TcpConnection = zend_string_init("Workerman\\Connection\\TcpConnection", sizeof("Workerman\\Connection\\TcpConnection")-1, 1);
	zval property_connection_default_value;
	ZVAL_NULL(&property_connection_default_value);
	zend_string *property_connection_name = zend_string_init("connection", sizeof("connection") - 1, 1);
	zend_declare_typed_property(class_entry, property_connection_name, &property_connection_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_connection_class_Workerman_Connection_TcpConnection, 0, MAY_BE_NULL));
	zend_string_release(property_connection_name);

	zval property_maxFileUploads_default_value;
	ZVAL_LONG(&property_maxFileUploads_default_value, 1024);
	zend_string *property_maxFileUploads_name = zend_string_init("maxFileUploads", sizeof("maxFileUploads") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxFileUploads_name, &property_maxFileUploads_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxFileUploads_name);

	zval property_properties_default_value;
	ZVAL_EMPTY_ARRAY(&property_properties_default_value);
	zend_string *property_properties_name = zend_string_init("properties", sizeof("properties") - 1, 1);
	zend_declare_typed_property(class_entry, property_properties_name, &property_properties_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_properties_name);

	zval property_data_default_value;
	ZVAL_EMPTY_ARRAY(&property_data_default_value);
	zend_string *property_data_name = zend_string_init("data", sizeof("data") - 1, 1);
	zend_declare_typed_property(class_entry, property_data_name, &property_data_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_data_name);

	zval property_isSafe_default_value;
	ZVAL_TRUE(&property_isSafe_default_value);
	zend_string *property_isSafe_name = zend_string_init("isSafe", sizeof("isSafe") - 1, 1);
	zend_declare_typed_property(class_entry, property_isSafe_name, &property_isSafe_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_isSafe_name);

	zval property_context_default_value;
	ZVAL_EMPTY_ARRAY(&property_context_default_value);
	zend_string *property_context_name = zend_string_init("context", sizeof("context") - 1, 1);
	zend_declare_typed_property(class_entry, property_context_name, &property_context_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_context_name);

	zval property_chunkTrailers_default_value;
	ZVAL_NULL(&property_chunkTrailers_default_value);
	zend_string *property_chunkTrailers_name = zend_string_init("chunkTrailers", sizeof("chunkTrailers") - 1, 1);
	zend_declare_typed_property(class_entry, property_chunkTrailers_name, &property_chunkTrailers_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_chunkTrailers_name);

	zval property_buffer_default_value;
	ZVAL_UNDEF(&property_buffer_default_value);
	zend_string *property_buffer_name = zend_string_init("buffer", sizeof("buffer") - 1, 1);
	zend_declare_typed_property(class_entry, property_buffer_name, &property_buffer_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_buffer_name);

	return class_entry;
}
