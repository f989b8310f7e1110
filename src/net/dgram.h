/* SPDX-License-Identifier: MIT */
/* Datagram I/O for UdpConnection, AsyncUdpConnection and udp:// workers: one datagram per call,
 * no buffering or queueing (a datagram is whole or lost, as upstream's stream_socket_sendto()
 * and stream_socket_recvfrom() treat them). The stream engine (net/conn.h) is for byte streams. */

#ifndef WM_NET_DGRAM_H
#define WM_NET_DGRAM_H

#include "common.h"
#include "main/php_network.h"

/* The largest datagram received (upstream's UdpConnection::MAX_UDP_PACKAGE_SIZE). */
#define WM_NET_DGRAM_MAX 65535

/** Receives one datagram from `fd` into a new string (read through a per-process scratch buffer),
 * the sender into `from` / `*from_len` (in: its size). NULL when nothing is there (EAGAIN: drained,
 * or another process took it) or on an error reported for an earlier datagram. */
zend_string *wm_net_dgram_recv(php_socket_t fd, struct sockaddr *from, socklen_t *from_len);

/** Sends one datagram on `fd`: to `to` (`to_len` bytes), or to the connected peer when `to` is
 * NULL. Returns whether all of it went out. */
bool wm_net_dgram_send(php_socket_t fd, const char *data, size_t len, const struct sockaddr *to, socklen_t to_len);

#endif /* WM_NET_DGRAM_H */
