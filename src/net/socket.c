/* SPDX-License-Identifier: MIT */
/* Socket option and address helpers. */

#include "net/socket.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

void wm_socket_set_nonblock(php_socket_t fd)
{
	int flags = fcntl(fd, F_GETFL, 0);
	if (flags >= 0 && !(flags & O_NONBLOCK)) {
		fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	}
}

void wm_socket_set_tcp_options(php_socket_t fd)
{
	int one = 1;
	setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
#if defined(TCP_KEEPIDLE) && defined(TCP_KEEPINTVL) && defined(TCP_KEEPCNT)
	int interval = 55, count = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &interval, sizeof(interval));
	setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof(interval));
	setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof(count));
#endif
}

zend_string *wm_socket_name(const struct sockaddr *sa, socklen_t len)
{
	zend_string *name = NULL;
	if (len > 0) {
		/* A zeroed copy: for an unnamed unix peer the kernel fills in only the family, and PHP
		 * reads sun_path as a C string. */
		struct sockaddr_storage ss;
		memset(&ss, 0, sizeof(ss));
		memcpy(&ss, sa, len < (socklen_t) sizeof(ss) ? len : (socklen_t) sizeof(ss));
		php_network_populate_name_from_sockaddr((struct sockaddr *) &ss, len, &name, NULL, NULL);
	}
	return name ? name : ZSTR_EMPTY_ALLOC();
}

zend_string *wm_socket_local_name(php_socket_t fd)
{
	php_sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	if (fd < 0 || getsockname(fd, (struct sockaddr *) &ss, &len) != 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	return wm_socket_name((struct sockaddr *) &ss, len);
}

int wm_socket_family(php_socket_t fd)
{
	php_sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	if (fd < 0 || getsockname(fd, (struct sockaddr *) &ss, &len) != 0) {
		return AF_UNSPEC;
	}
	return ((struct sockaddr *) &ss)->sa_family;
}
