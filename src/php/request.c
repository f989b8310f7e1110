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

wm_upload *wm_upload_new(zend_string *content_type)
{
	(void) content_type;
	return NULL;
}

bool wm_upload_feed(wm_upload *u, const char *data, size_t len)
{
	(void) u; (void) data; (void) len;
	return false;
}

void wm_upload_finish(wm_upload *u, zval *post, zval *files)
{
	(void) u;
	array_init(post);
	array_init(files);
}

void wm_upload_free(wm_upload *u)
{
	(void) u;
}

void wm_request_set_body_parsed(zend_object *req, zval *post, zval *files)
{
	(void) req; (void) post; (void) files;
}

void wm_request_minit(void)
{
}
