/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Ws: the client side of RFC 6455 for AsyncTcpConnection('ws://...'). */

#include "php/php_wm.h"

zend_class_entry *wm_ce_Ws;

void wm_ws_client_minit(void)
{
}
