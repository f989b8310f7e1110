/* SPDX-License-Identifier: MIT */
/* AsyncTcpConnection (src/php/async.c): resolving, connecting, proxies and reconnect of outbound
 * connections, handed to the same engine as accepted ones. */

#ifndef WM_PHP_ASYNC_H
#define WM_PHP_ASYNC_H

#include "php/connection.h"

extern zend_class_entry *wm_ce_AsyncTcpConnection;

void wm_async_minit(void);
void wm_async_mshutdown(void);

#endif /* WM_PHP_ASYNC_H */
