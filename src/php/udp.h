/* SPDX-License-Identifier: MIT */
/* UdpConnection and AsyncUdpConnection (src/php/udp.c), and the receive path of udp:// workers. */

#ifndef WM_PHP_UDP_H
#define WM_PHP_UDP_H

#include "common.h"

extern zend_class_entry *wm_ce_UdpConnection;
extern zend_class_entry *wm_ce_AsyncUdpConnection;

void wm_udp_minit(void);
/** A udp worker's listening socket `fd` is readable: receives one datagram and hands it to the
 * worker's onMessage through a new UdpConnection (protocol framing as upstream's
 * acceptUdpConnection()). Returns false when there was nothing to read or an exit() unwinds. */
bool wm_udp_worker_recv(zend_object *worker, php_socket_t fd);

#endif /* WM_PHP_UDP_H */
