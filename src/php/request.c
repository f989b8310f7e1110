/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Request: lazy getters over the raw request bytes.
 * (Placeholder until the native class lands: creates whatever class is configured, through PHP.) */

#include "php/php_wm.h"

void wm_request_create(zval *out, zend_class_entry *ce, zend_string *buffer,
	const wm_http_head *head, zend_object *connection)
{
	(void) head;
	zval arg;
	ZVAL_STR(&arg, buffer);
	if (object_init_ex(out, ce) != SUCCESS) {
		ZVAL_NULL(out);
		return;
	}
	if (ce->constructor) {
		zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ_P(out), NULL, &arg);
	}
	if (EG(exception)) {
		return;
	}
	zend_update_property(Z_OBJCE_P(out), Z_OBJ_P(out), "connection", sizeof("connection") - 1,
		&(zval){.value.obj = connection, .u1.type_info = IS_OBJECT_EX});
}

void wm_request_minit(void)
{
}
