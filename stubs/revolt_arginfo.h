/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3b6236024960840385515079b0cf49e3dae944a6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, driver, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_activate, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callbacks, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_deactivate, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_cancel, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callbackId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_dispatch, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, blocking, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, force, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_nested, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_wake, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, tick, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_now, 0, 0, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Workerman_Events_RevoltBackend_getHandle, 0, 0, Workerman\\Events\\Event, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Workerman_Events_RevoltBackend, __construct);
ZEND_METHOD(Workerman_Events_RevoltBackend, activate);
ZEND_METHOD(Workerman_Events_RevoltBackend, deactivate);
ZEND_METHOD(Workerman_Events_RevoltBackend, cancel);
ZEND_METHOD(Workerman_Events_RevoltBackend, dispatch);
ZEND_METHOD(Workerman_Events_RevoltBackend, nested);
ZEND_METHOD(Workerman_Events_RevoltBackend, wake);
ZEND_METHOD(Workerman_Events_RevoltBackend, now);
ZEND_METHOD(Workerman_Events_RevoltBackend, getHandle);


static const zend_function_entry class_Workerman_Events_RevoltBackend_methods[] = {
	ZEND_ME(Workerman_Events_RevoltBackend, __construct, arginfo_class_Workerman_Events_RevoltBackend___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, activate, arginfo_class_Workerman_Events_RevoltBackend_activate, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, deactivate, arginfo_class_Workerman_Events_RevoltBackend_deactivate, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, cancel, arginfo_class_Workerman_Events_RevoltBackend_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, dispatch, arginfo_class_Workerman_Events_RevoltBackend_dispatch, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, nested, arginfo_class_Workerman_Events_RevoltBackend_nested, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, wake, arginfo_class_Workerman_Events_RevoltBackend_wake, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, now, arginfo_class_Workerman_Events_RevoltBackend_now, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Events_RevoltBackend, getHandle, arginfo_class_Workerman_Events_RevoltBackend_getHandle, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Events_RevoltBackend(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Events", "RevoltBackend", class_Workerman_Events_RevoltBackend_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
