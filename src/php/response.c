/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\{Response, Chunk, ServerSentEvents}.
 * (Placeholder until the native classes land.) */

#include "php/php_wm.h"

zend_class_entry *wm_ce_Response, *wm_ce_Chunk, *wm_ce_ServerSentEvents;

zend_string *wm_response_build(zend_object *resp, smart_str *head, const char **tail, size_t *tail_len)
{
	(void) resp; (void) head;
	*tail = "";
	*tail_len = 0;
	return NULL;
}

bool wm_response_tostring_is_native(zend_class_entry *ce)
{
	(void) ce;
	return false;
}

void wm_response_minit(void)
{
}
