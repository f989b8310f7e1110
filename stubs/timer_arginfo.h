/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f8e1e037d7a86a591fe6170faf25f41d3a253978 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_init, 0, 0, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, event, Workerman\\Events\\EventInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_repeat, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, timeInterval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Timer_delay arginfo_class_Workerman_Timer_repeat

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_signalHandle, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_add, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, timeInterval, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 1, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, persistent, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_sleep, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, delay, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Timer_del, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, timerId, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Timer_delAll arginfo_class_Workerman_Timer_signalHandle

#define arginfo_class_Workerman_Timer_tick arginfo_class_Workerman_Timer_signalHandle


ZEND_METHOD(Workerman_Timer, init);
ZEND_METHOD(Workerman_Timer, repeat);
ZEND_METHOD(Workerman_Timer, delay);
ZEND_METHOD(Workerman_Timer, signalHandle);
ZEND_METHOD(Workerman_Timer, add);
ZEND_METHOD(Workerman_Timer, sleep);
ZEND_METHOD(Workerman_Timer, del);
ZEND_METHOD(Workerman_Timer, delAll);
ZEND_METHOD(Workerman_Timer, tick);


static const zend_function_entry class_Workerman_Timer_methods[] = {
	ZEND_ME(Workerman_Timer, init, arginfo_class_Workerman_Timer_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, repeat, arginfo_class_Workerman_Timer_repeat, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, delay, arginfo_class_Workerman_Timer_delay, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, signalHandle, arginfo_class_Workerman_Timer_signalHandle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, add, arginfo_class_Workerman_Timer_add, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, sleep, arginfo_class_Workerman_Timer_sleep, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, del, arginfo_class_Workerman_Timer_del, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, delAll, arginfo_class_Workerman_Timer_delAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Timer, tick, arginfo_class_Workerman_Timer_tick, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Lib_Timer_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Timer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman", "Timer", class_Workerman_Timer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zend_string *property_event_class_Workerman_Events_EventInterface = zend_string_init("Workerman\\Events\\EventInterface", sizeof("Workerman\\Events\\EventInterface")-1, 1);
	zval property_event_default_value;
	ZVAL_NULL(&property_event_default_value);
	zend_string *property_event_name = zend_string_init("event", sizeof("event") - 1, 1);
	zend_declare_typed_property(class_entry, property_event_name, &property_event_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_event_class_Workerman_Events_EventInterface, 0, MAY_BE_NULL));
	zend_string_release(property_event_name);

	zval property_tasks_default_value;
	ZVAL_EMPTY_ARRAY(&property_tasks_default_value);
	zend_string *property_tasks_name = zend_string_init("tasks", sizeof("tasks") - 1, 1);
	zend_declare_typed_property(class_entry, property_tasks_name, &property_tasks_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_tasks_name);

	zval property_status_default_value;
	ZVAL_EMPTY_ARRAY(&property_status_default_value);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_status_name);

	zval property_timerId_default_value;
	ZVAL_LONG(&property_timerId_default_value, 0);
	zend_string *property_timerId_name = zend_string_init("timerId", sizeof("timerId") - 1, 1);
	zend_declare_typed_property(class_entry, property_timerId_name, &property_timerId_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_timerId_name);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Lib_Timer(zend_class_entry *class_entry_Workerman_Timer)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Lib", "Timer", class_Workerman_Lib_Timer_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Workerman_Timer);

	return class_entry;
}
