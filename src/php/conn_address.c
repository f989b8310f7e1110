/* SPDX-License-Identifier: MIT */
/* TcpConnection's address methods (getRemoteIp/Port/Address, getLocalIp/Port/Address,
 * isIpV4/isIpV6) and jsonSerialize(): what a connection reports about its two ends. The remote
 * address is the one accept() or the connect gave (wm_conn_object.remote, kept packed for an
 * IPv4 peer until a string is asked for, below); the local one is asked of the socket each
 * time. */

#include "php/connection.h"
#include "net/socket.h"

/* ---- the remote address --------------------------------------------------------------------- */

/* An IPv4 peer is kept as (address << 32) | (port << 16) | 1 until its string is asked for: the
 * 40-byte string would otherwise be made at every accept, and most connections never use it. */
#define WM_REMOTE_PACKED 1u

uintptr_t wm_conn_remote_pack(const struct sockaddr *sa, socklen_t len)
{
#if SIZEOF_SIZE_T >= 8
	if (sa->sa_family == AF_INET && len >= (socklen_t) sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const struct sockaddr_in *) sa;
		return ((uintptr_t) ntohl(in->sin_addr.s_addr) << 32) | ((uintptr_t) ntohs(in->sin_port) << 16)
			| WM_REMOTE_PACKED;
	}
#endif
	return (uintptr_t) wm_socket_name(sa, len);
}

zend_string *wm_conn_remote_str(wm_conn_object *c)
{
#if SIZEOF_SIZE_T >= 8
	if (UNEXPECTED(c->remote & WM_REMOTE_PACKED)) {
		struct sockaddr_in in;
		memset(&in, 0, sizeof(in));
		in.sin_family = AF_INET;
		in.sin_addr.s_addr = htonl((uint32_t) (c->remote >> 32));
		in.sin_port = htons((uint16_t) (c->remote >> 16));
		c->remote = (uintptr_t) wm_socket_name((struct sockaddr *) &in, sizeof(in));
	}
#endif
	return (zend_string *) c->remote;
}

void wm_conn_remote_set(wm_conn_object *c, zend_string *addr)
{
	if (c->remote && !(c->remote & WM_REMOTE_PACKED)) {
		zend_string_release((zend_string *) c->remote);
	}
	c->remote = (uintptr_t) addr;
}

static zend_string *wm_conn_remote(wm_conn_object *c)
{
	zend_string *remote = wm_conn_remote_str(c);
	return remote ? remote : ZSTR_EMPTY_ALLOC();
}

/* Text before the last ':' (keeps IPv6 brackets, as upstream's TCP getRemoteIp() does). */
static void wm_addr_ip(zend_string *addr, zval *return_value)
{
	const char *colon = zend_memrchr(ZSTR_VAL(addr), ':', ZSTR_LEN(addr));
	if (colon && colon != ZSTR_VAL(addr)) {
		RETURN_STRINGL(ZSTR_VAL(addr), colon - ZSTR_VAL(addr));
	}
	RETURN_EMPTY_STRING();
}

static zend_long wm_addr_port(zend_string *addr)
{
	const char *colon = zend_memrchr(ZSTR_VAL(addr), ':', ZSTR_LEN(addr));
	if (!colon || colon == ZSTR_VAL(addr)) {
		return 0;
	}
	return ZEND_STRTOL(colon + 1, NULL, 10);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_addr_ip(wm_conn_remote(Z_WM_CONN_P(ZEND_THIS)), return_value);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_conn_remote(Z_WM_CONN_P(ZEND_THIS));
	RETURN_LONG(ZSTR_LEN(addr) ? wm_addr_port(addr) : 0);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_conn_remote(Z_WM_CONN_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_socket_local_name(Z_WM_CONN_P(ZEND_THIS)->net.fd));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_socket_local_name(Z_WM_CONN_P(ZEND_THIS)->net.fd);
	wm_addr_ip(addr, return_value);
	zend_string_release(addr);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_socket_local_name(Z_WM_CONN_P(ZEND_THIS)->net.fd);
	zend_long port = wm_addr_port(addr);
	zend_string_release(addr);
	RETURN_LONG(port);
}

/* The remote IP's family: 4, 6, or 0 for a unix-domain connection (transport 'unix'). */
static int wm_conn_ip_version(wm_conn_object *c)
{
	zend_string *transport = zval_get_string(wm_prop(&c->std, wm_conn_slot_transport));
	bool unix_sock = zend_string_equals_literal(transport, "unix");
	zend_string_release(transport);
	if (unix_sock) {
		return 0;
	}
	zval ip;
	wm_addr_ip(wm_conn_remote(c), &ip);
	bool v6 = memchr(Z_STRVAL(ip), ':', Z_STRLEN(ip)) != NULL;
	zval_ptr_dtor(&ip);
	return v6 ? 6 : 4;
}

ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_conn_ip_version(Z_WM_CONN_P(ZEND_THIS)) == 4);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_conn_ip_version(Z_WM_CONN_P(ZEND_THIS)) == 6);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	zval tmp;
	zend_string *local = wm_socket_local_name(c->net.fd);
	zend_string *remote = wm_conn_remote(c);

	array_init(return_value);
	ZVAL_COPY(&tmp, wm_prop(&c->std, wm_conn_slot_id));
	zend_hash_str_add_new(Z_ARRVAL_P(return_value), "id", sizeof("id") - 1, &tmp);
	add_assoc_long(return_value, "status", c->net.status);
	ZVAL_COPY(&tmp, wm_prop(&c->std, wm_conn_slot_transport));
	zend_hash_str_add_new(Z_ARRVAL_P(return_value), "transport", sizeof("transport") - 1, &tmp);
	wm_addr_ip(remote, &tmp);
	zend_hash_str_add_new(Z_ARRVAL_P(return_value), "getRemoteIp", sizeof("getRemoteIp") - 1, &tmp);
	add_assoc_long(return_value, "remotePort", ZSTR_LEN(remote) ? wm_addr_port(remote) : 0);
	add_assoc_str(return_value, "getRemoteAddress", zend_string_copy(remote));
	wm_addr_ip(local, &tmp);
	zend_hash_str_add_new(Z_ARRVAL_P(return_value), "getLocalIp", sizeof("getLocalIp") - 1, &tmp);
	add_assoc_long(return_value, "getLocalPort", wm_addr_port(local));
	add_assoc_str(return_value, "getLocalAddress", local);
	wm_addr_ip(remote, &tmp);
	bool v6 = memchr(Z_STRVAL(tmp), ':', Z_STRLEN(tmp)) != NULL;
	zval_ptr_dtor(&tmp);
	bool unix_sock = (c->net.flags & WM_NET_F_UNIX) != 0;
	add_assoc_bool(return_value, "isIpV4", !unix_sock && !v6);
	add_assoc_bool(return_value, "isIpV6", !unix_sock && v6);
}
