/* SPDX-License-Identifier: MIT */
/* Small socket helpers: option setting and address formatting as PHP's stream layer does it. */

#ifndef WM_NET_SOCKET_H
#define WM_NET_SOCKET_H

#include "common.h"
#include "main/php_network.h"

/** Puts `fd` in non-blocking mode. */
void wm_socket_set_nonblock(php_socket_t fd);
/** SO_KEEPALIVE, TCP_NODELAY and upstream's keep-alive timings (55 s idle/interval, 1 probe). */
void wm_socket_set_tcp_options(php_socket_t fd);
/** "ip:port", "[ipv6]:port" or a unix path, exactly as stream_socket_accept() reports it.
 * Returns a new string (possibly empty). */
zend_string *wm_socket_name(const struct sockaddr *sa, socklen_t len);
/** Local address of `fd` as wm_socket_name() formats it, or an empty string. */
zend_string *wm_socket_local_name(php_socket_t fd);
/** Address family of a connected or listening socket (AF_UNSPEC on error). */
int wm_socket_family(php_socket_t fd);

#endif /* WM_NET_SOCKET_H */
