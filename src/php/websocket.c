/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Websocket: the server side of RFC 6455. */

#include "php/php_wm.h"

zend_class_entry *wm_ce_Websocket;

void wm_ws_conn_free(wm_conn_object *c)
{
	(void) c;
}

void wm_websocket_minit(void)
{
}
