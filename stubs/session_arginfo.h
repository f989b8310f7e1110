/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: dbd5242679e21a61af54cd1dfb6a291663921251 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_getId, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_get, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_set, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_delete, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_pull arginfo_class_Workerman_Protocols_Http_Session_get

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_put, 0, 0, 1)
	ZEND_ARG_TYPE_MASK(0, key, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_forget, 0, 0, 1)
	ZEND_ARG_TYPE_MASK(0, name, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_all arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_flush arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_has arginfo_class_Workerman_Protocols_Http_Session_delete

#define arginfo_class_Workerman_Protocols_Http_Session_exists arginfo_class_Workerman_Protocols_Http_Session_delete

#define arginfo_class_Workerman_Protocols_Http_Session_save arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_refresh arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_init arginfo_class_Workerman_Protocols_Http_Session_getId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_handlerClass, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, className, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_getCookieParams arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_initHandler arginfo_class_Workerman_Protocols_Http_Session_getId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_safeDeserialize, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_gc arginfo_class_Workerman_Protocols_Http_Session_getId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session___unserialize, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session___destruct arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_close arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_destroy arginfo_class_Workerman_Protocols_Http_Session___construct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, maxLifetime, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, savePath, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_read arginfo_class_Workerman_Protocols_Http_Session___construct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sessionData, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, sessionId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 0, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_init arginfo_class_Workerman_Protocols_Http_Session_getId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_open arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_write arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_updateTimestamp arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_close arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_destroy arginfo_class_Workerman_Protocols_Http_Session___construct

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_gc arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc

#define arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionFile arginfo_class_Workerman_Protocols_Http_Session___construct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionSavePath, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_connection arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_createRedisConnection arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_open arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_read arginfo_class_Workerman_Protocols_Http_Session___construct

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_write arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_updateTimestamp arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_destroy arginfo_class_Workerman_Protocols_Http_Session___construct

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_close arginfo_class_Workerman_Protocols_Http_Session_getId

#define arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_gc arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc

#define arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler___construct arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct

#define arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_createRedisConnection arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct


ZEND_METHOD(Workerman_Protocols_Http_Session, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Session, getId);
ZEND_METHOD(Workerman_Protocols_Http_Session, get);
ZEND_METHOD(Workerman_Protocols_Http_Session, set);
ZEND_METHOD(Workerman_Protocols_Http_Session, delete);
ZEND_METHOD(Workerman_Protocols_Http_Session, pull);
ZEND_METHOD(Workerman_Protocols_Http_Session, put);
ZEND_METHOD(Workerman_Protocols_Http_Session, forget);
ZEND_METHOD(Workerman_Protocols_Http_Session, all);
ZEND_METHOD(Workerman_Protocols_Http_Session, flush);
ZEND_METHOD(Workerman_Protocols_Http_Session, has);
ZEND_METHOD(Workerman_Protocols_Http_Session, exists);
ZEND_METHOD(Workerman_Protocols_Http_Session, save);
ZEND_METHOD(Workerman_Protocols_Http_Session, refresh);
ZEND_METHOD(Workerman_Protocols_Http_Session, init);
ZEND_METHOD(Workerman_Protocols_Http_Session, handlerClass);
ZEND_METHOD(Workerman_Protocols_Http_Session, getCookieParams);
ZEND_METHOD(Workerman_Protocols_Http_Session, initHandler);
ZEND_METHOD(Workerman_Protocols_Http_Session, safeDeserialize);
ZEND_METHOD(Workerman_Protocols_Http_Session, gc);
ZEND_METHOD(Workerman_Protocols_Http_Session, __unserialize);
ZEND_METHOD(Workerman_Protocols_Http_Session, __destruct);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, init);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, open);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, read);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, write);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, close);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, destroy);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, gc);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile);
ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionSavePath);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, connection);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, createRedisConnection);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, open);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, read);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, write);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, close);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, gc);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct);
ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, createRedisConnection);


static const zend_function_entry class_Workerman_Protocols_Http_Session_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session, __construct, arginfo_class_Workerman_Protocols_Http_Session___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, getId, arginfo_class_Workerman_Protocols_Http_Session_getId, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, get, arginfo_class_Workerman_Protocols_Http_Session_get, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, set, arginfo_class_Workerman_Protocols_Http_Session_set, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, delete, arginfo_class_Workerman_Protocols_Http_Session_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, pull, arginfo_class_Workerman_Protocols_Http_Session_pull, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, put, arginfo_class_Workerman_Protocols_Http_Session_put, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, forget, arginfo_class_Workerman_Protocols_Http_Session_forget, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, all, arginfo_class_Workerman_Protocols_Http_Session_all, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, flush, arginfo_class_Workerman_Protocols_Http_Session_flush, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, has, arginfo_class_Workerman_Protocols_Http_Session_has, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, exists, arginfo_class_Workerman_Protocols_Http_Session_exists, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, save, arginfo_class_Workerman_Protocols_Http_Session_save, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, refresh, arginfo_class_Workerman_Protocols_Http_Session_refresh, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, init, arginfo_class_Workerman_Protocols_Http_Session_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session, handlerClass, arginfo_class_Workerman_Protocols_Http_Session_handlerClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session, getCookieParams, arginfo_class_Workerman_Protocols_Http_Session_getCookieParams, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session, initHandler, arginfo_class_Workerman_Protocols_Http_Session_initHandler, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session, safeDeserialize, arginfo_class_Workerman_Protocols_Http_Session_safeDeserialize, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Session, gc, arginfo_class_Workerman_Protocols_Http_Session_gc, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, __unserialize, arginfo_class_Workerman_Protocols_Http_Session___unserialize, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session, __destruct, arginfo_class_Workerman_Protocols_Http_Session___destruct, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_SessionHandlerInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, close, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_close, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, destroy, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_destroy, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, gc, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_gc, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, open, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_open, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, read, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_read, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, write, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_write, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_Http_Session_SessionHandlerInterface, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_SessionHandlerInterface_updateTimestamp, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_FileSessionHandler_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, init, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, __construct, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, open, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_open, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_read, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, write, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, close, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, destroy, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, gc, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_gc, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionFile, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Http_Session_FileSessionHandler, sessionSavePath, arginfo_class_Workerman_Protocols_Http_Session_FileSessionHandler_sessionSavePath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_RedisSessionHandler_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, connection, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_connection, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, createRedisConnection, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_createRedisConnection, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, open, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_open, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, read, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_read, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, write, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_updateTimestamp, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, close, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisSessionHandler, gc, arginfo_class_Workerman_Protocols_Http_Session_RedisSessionHandler_gc, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_methods[] = {
	ZEND_ME(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct, arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, createRedisConnection, arginfo_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_createRedisConnection, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_Http_Session(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http", "Session", class_Workerman_Protocols_Http_Session_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_handlerClass_default_value;
	zend_string *property_handlerClass_default_value_str = zend_string_init("Workerman\\Protocols\\Http\\Session\\FileSessionHandler", strlen("Workerman\\Protocols\\Http\\Session\\FileSessionHandler"), 1);
	ZVAL_STR(&property_handlerClass_default_value, property_handlerClass_default_value_str);
	zend_string *property_handlerClass_name = zend_string_init("handlerClass", sizeof("handlerClass") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerClass_name, &property_handlerClass_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_handlerClass_name);

	zval property_handlerConfig_default_value;
	ZVAL_NULL(&property_handlerConfig_default_value);
	zend_string *property_handlerConfig_name = zend_string_init("handlerConfig", sizeof("handlerConfig") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerConfig_name, &property_handlerConfig_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_handlerConfig_name);

	zval property_name_default_value;
	zend_string *property_name_default_value_str = zend_string_init("PHPSID", strlen("PHPSID"), 1);
	ZVAL_STR(&property_name_default_value, property_name_default_value_str);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_typed_property(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_name_name);

	zval property_autoUpdateTimestamp_default_value;
	ZVAL_FALSE(&property_autoUpdateTimestamp_default_value);
	zend_string *property_autoUpdateTimestamp_name = zend_string_init("autoUpdateTimestamp", sizeof("autoUpdateTimestamp") - 1, 1);
	zend_declare_typed_property(class_entry, property_autoUpdateTimestamp_name, &property_autoUpdateTimestamp_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_autoUpdateTimestamp_name);

	zval property_lifetime_default_value;
	ZVAL_LONG(&property_lifetime_default_value, 1440);
	zend_string *property_lifetime_name = zend_string_init("lifetime", sizeof("lifetime") - 1, 1);
	zend_declare_typed_property(class_entry, property_lifetime_name, &property_lifetime_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_lifetime_name);

	zval property_cookieLifetime_default_value;
	ZVAL_LONG(&property_cookieLifetime_default_value, 1440);
	zend_string *property_cookieLifetime_name = zend_string_init("cookieLifetime", sizeof("cookieLifetime") - 1, 1);
	zend_declare_typed_property(class_entry, property_cookieLifetime_name, &property_cookieLifetime_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_cookieLifetime_name);

	zval property_cookiePath_default_value;
	zend_string *property_cookiePath_default_value_str = zend_string_init("/", strlen("/"), 1);
	ZVAL_STR(&property_cookiePath_default_value, property_cookiePath_default_value_str);
	zend_string *property_cookiePath_name = zend_string_init("cookiePath", sizeof("cookiePath") - 1, 1);
	zend_declare_typed_property(class_entry, property_cookiePath_name, &property_cookiePath_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_cookiePath_name);

	zval property_domain_default_value;
	ZVAL_EMPTY_STRING(&property_domain_default_value);
	zend_string *property_domain_name = zend_string_init("domain", sizeof("domain") - 1, 1);
	zend_declare_typed_property(class_entry, property_domain_name, &property_domain_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_domain_name);

	zval property_secure_default_value;
	ZVAL_FALSE(&property_secure_default_value);
	zend_string *property_secure_name = zend_string_init("secure", sizeof("secure") - 1, 1);
	zend_declare_typed_property(class_entry, property_secure_name, &property_secure_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_secure_name);

	zval property_httpOnly_default_value;
	ZVAL_TRUE(&property_httpOnly_default_value);
	zend_string *property_httpOnly_name = zend_string_init("httpOnly", sizeof("httpOnly") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpOnly_name, &property_httpOnly_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_httpOnly_name);

	zval property_sameSite_default_value;
	ZVAL_EMPTY_STRING(&property_sameSite_default_value);
	zend_string *property_sameSite_name = zend_string_init("sameSite", sizeof("sameSite") - 1, 1);
	zend_declare_typed_property(class_entry, property_sameSite_name, &property_sameSite_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_sameSite_name);

	zval property_gcProbability_default_value;
	ZVAL_EMPTY_ARRAY(&property_gcProbability_default_value);
	zend_string *property_gcProbability_name = zend_string_init("gcProbability", sizeof("gcProbability") - 1, 1);
	zend_declare_typed_property(class_entry, property_gcProbability_name, &property_gcProbability_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_gcProbability_name);

	zend_string *property_handler_class_Workerman_Protocols_Http_Session_SessionHandlerInterface = zend_string_init("Workerman\\Protocols\\Http\\Session\\SessionHandlerInterface", sizeof("Workerman\\Protocols\\Http\\Session\\SessionHandlerInterface")-1, 1);
	zval property_handler_default_value;
	ZVAL_NULL(&property_handler_default_value);
	zend_string *property_handler_name = zend_string_init("handler", sizeof("handler") - 1, 1);
	zend_declare_typed_property(class_entry, property_handler_name, &property_handler_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_handler_class_Workerman_Protocols_Http_Session_SessionHandlerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_handler_name);

	zval property_data_default_value;
	ZVAL_EMPTY_ARRAY(&property_data_default_value);
	zend_string *property_data_name = zend_string_init("data", sizeof("data") - 1, 1);
	zend_declare_typed_property(class_entry, property_data_name, &property_data_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_data_name);

	zval property_needSave_default_value;
	ZVAL_FALSE(&property_needSave_default_value);
	zend_string *property_needSave_name = zend_string_init("needSave", sizeof("needSave") - 1, 1);
	zend_declare_typed_property(class_entry, property_needSave_name, &property_needSave_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_needSave_name);

	zval property_sessionId_default_value;
	ZVAL_UNDEF(&property_sessionId_default_value);
	zend_string *property_sessionId_name = zend_string_init("sessionId", sizeof("sessionId") - 1, 1);
	zend_declare_typed_property(class_entry, property_sessionId_name, &property_sessionId_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_sessionId_name);

	zval property_isSafe_default_value;
	ZVAL_TRUE(&property_isSafe_default_value);
	zend_string *property_isSafe_name = zend_string_init("isSafe", sizeof("isSafe") - 1, 1);
	zend_declare_typed_property(class_entry, property_isSafe_name, &property_isSafe_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_isSafe_name);

	zval property_serializer_default_value;
	ZVAL_EMPTY_ARRAY(&property_serializer_default_value);
	zend_string *property_serializer_name = zend_string_init("serializer", sizeof("serializer") - 1, 1);
	zend_declare_typed_property(class_entry, property_serializer_name, &property_serializer_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_serializer_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_SessionHandlerInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "SessionHandlerInterface", class_Workerman_Protocols_Http_Session_SessionHandlerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_FileSessionHandler(zend_class_entry *class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "FileSessionHandler", class_Workerman_Protocols_Http_Session_FileSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface);

	zval property_sessionSavePath_default_value;
	ZVAL_UNDEF(&property_sessionSavePath_default_value);
	zend_string *property_sessionSavePath_name = zend_string_init("sessionSavePath", sizeof("sessionSavePath") - 1, 1);
	zend_declare_typed_property(class_entry, property_sessionSavePath_name, &property_sessionSavePath_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_sessionSavePath_name);

	zval property_sessionFilePrefix_default_value;
	zend_string *property_sessionFilePrefix_default_value_str = zend_string_init("session_", strlen("session_"), 1);
	ZVAL_STR(&property_sessionFilePrefix_default_value, property_sessionFilePrefix_default_value_str);
	zend_string *property_sessionFilePrefix_name = zend_string_init("sessionFilePrefix", sizeof("sessionFilePrefix") - 1, 1);
	zend_declare_typed_property(class_entry, property_sessionFilePrefix_name, &property_sessionFilePrefix_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_sessionFilePrefix_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_RedisSessionHandler(zend_class_entry *class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "RedisSessionHandler", class_Workerman_Protocols_Http_Session_RedisSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Workerman_Protocols_Http_Session_SessionHandlerInterface);

	zend_string *property_connection_class_Redis = zend_string_init("Redis", sizeof("Redis") - 1, 1);
	zend_string *property_connection_class_RedisCluster = zend_string_init("RedisCluster", sizeof("RedisCluster") - 1, 1);
	zend_type_list *property_connection_type_list = malloc(ZEND_TYPE_LIST_SIZE(2));
	property_connection_type_list->num_types = 2;
	property_connection_type_list->types[0] = (zend_type) ZEND_TYPE_INIT_CLASS(property_connection_class_Redis, 0, 0);
	property_connection_type_list->types[1] = (zend_type) ZEND_TYPE_INIT_CLASS(property_connection_class_RedisCluster, 0, 0);
	zend_type property_connection_type = ZEND_TYPE_INIT_UNION(property_connection_type_list, MAY_BE_NULL);
	zval property_connection_default_value;
	ZVAL_NULL(&property_connection_default_value);
	zend_string *property_connection_name = zend_string_init("connection", sizeof("connection") - 1, 1);
	zend_declare_typed_property(class_entry, property_connection_name, &property_connection_default_value, ZEND_ACC_PROTECTED, NULL, property_connection_type);
	zend_string_release(property_connection_name);

	zval property_config_default_value;
	ZVAL_UNDEF(&property_config_default_value);
	zend_string *property_config_name = zend_string_init("config", sizeof("config") - 1, 1);
	zend_declare_typed_property(class_entry, property_config_name, &property_config_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_config_name);

	zend_string *property_pool_class_Workerman_Coroutine_Pool = zend_string_init("Workerman\\Coroutine\\Pool", sizeof("Workerman\\Coroutine\\Pool")-1, 1);
	zval property_pool_default_value;
	ZVAL_NULL(&property_pool_default_value);
	zend_string *property_pool_name = zend_string_init("pool", sizeof("pool") - 1, 1);
	zend_declare_typed_property(class_entry, property_pool_name, &property_pool_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_pool_class_Workerman_Coroutine_Pool, 0, MAY_BE_NULL));
	zend_string_release(property_pool_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler(zend_class_entry *class_entry_Workerman_Protocols_Http_Session_RedisSessionHandler)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols\\Http\\Session", "RedisClusterSessionHandler", class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Protocols_Http_Session_RedisSessionHandler);

	return class_entry;
}
