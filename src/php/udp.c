/* SPDX-License-Identifier: MIT */
/* Workerman\Connection\UdpConnection and AsyncUdpConnection. Placeholder until the classes land. */

#include "php/php_wm.h"

zend_class_entry *wm_ce_UdpConnection;
zend_class_entry *wm_ce_AsyncUdpConnection;

void wm_udp_minit(void)
{
}
