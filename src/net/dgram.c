/* SPDX-License-Identifier: MIT */
/* Datagram I/O (see dgram.h). */

#include "net/dgram.h"

#include <errno.h>
#include <sys/socket.h>

/* Receive scratch: a datagram is copied out into a string of its own size. */
static char wm_net_dgram_buf[WM_NET_DGRAM_MAX];

zend_string *wm_net_dgram_recv(php_socket_t fd, struct sockaddr *from, socklen_t *from_len)
{
	ssize_t n;
	do {
		n = recvfrom(fd, wm_net_dgram_buf, sizeof(wm_net_dgram_buf), 0, from, from_len);
	} while (n < 0 && errno == EINTR);
	if (n < 0) {
		return NULL;
	}
	return zend_string_init(wm_net_dgram_buf, (size_t) n, 0);
}

bool wm_net_dgram_send(php_socket_t fd, const char *data, size_t len, const struct sockaddr *to, socklen_t to_len)
{
	ssize_t n = to ? sendto(fd, data, len, 0, to, to_len) : send(fd, data, len, 0);
	return n >= 0 && (size_t) n == len;
}
