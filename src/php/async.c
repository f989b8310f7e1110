/* SPDX-License-Identifier: MIT */
/* Workerman\Connection\AsyncTcpConnection. Placeholder until the class lands. */

#include "php/php_wm.h"

zend_class_entry *wm_ce_AsyncTcpConnection;

void wm_async_conn_free(wm_conn_object *c)
{
}

void wm_async_minit(void)
{
}
