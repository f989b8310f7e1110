/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5b87e4c2e4639f694dabc01fbd4dcc3477f5d8e4 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_ProtocolInterface_input, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_ProtocolInterface_decode arginfo_class_Workerman_Protocols_ProtocolInterface_input

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_ProtocolInterface_encode, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, connection, Workerman\\Connection\\ConnectionInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Text_input arginfo_class_Workerman_Protocols_ProtocolInterface_input

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Text_encode, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, buffer, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Protocols_Text_decode arginfo_class_Workerman_Protocols_Text_encode

#define arginfo_class_Workerman_Protocols_Frame_input arginfo_class_Workerman_Protocols_Text_encode

#define arginfo_class_Workerman_Protocols_Frame_decode arginfo_class_Workerman_Protocols_Text_encode

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Protocols_Frame_encode, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Workerman_Protocols_Text, input);
ZEND_METHOD(Workerman_Protocols_Text, encode);
ZEND_METHOD(Workerman_Protocols_Text, decode);
ZEND_METHOD(Workerman_Protocols_Frame, input);
ZEND_METHOD(Workerman_Protocols_Frame, decode);
ZEND_METHOD(Workerman_Protocols_Frame, encode);


static const zend_function_entry class_Workerman_Protocols_ProtocolInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_ProtocolInterface, input, arginfo_class_Workerman_Protocols_ProtocolInterface_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_ProtocolInterface, decode, arginfo_class_Workerman_Protocols_ProtocolInterface_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Workerman_Protocols_ProtocolInterface, encode, arginfo_class_Workerman_Protocols_ProtocolInterface_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Text_methods[] = {
	ZEND_ME(Workerman_Protocols_Text, input, arginfo_class_Workerman_Protocols_Text_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Text, encode, arginfo_class_Workerman_Protocols_Text_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Text, decode, arginfo_class_Workerman_Protocols_Text_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Workerman_Protocols_Frame_methods[] = {
	ZEND_ME(Workerman_Protocols_Frame, input, arginfo_class_Workerman_Protocols_Frame_input, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Frame, decode, arginfo_class_Workerman_Protocols_Frame_decode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Protocols_Frame, encode, arginfo_class_Workerman_Protocols_Frame_encode, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Protocols_ProtocolInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "ProtocolInterface", class_Workerman_Protocols_ProtocolInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Text(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Text", class_Workerman_Protocols_Text_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_Workerman_Protocols_Frame(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman\\Protocols", "Frame", class_Workerman_Protocols_Frame_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
