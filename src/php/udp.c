/* SPDX-License-Identifier: MIT */
/* Workerman\Connection\UdpConnection and AsyncUdpConnection, and the receive path of udp://
 * workers (one UdpConnection per datagram, as upstream's Worker::acceptUdpConnection()).
 *
 * The socket stays a PHP stream resource in the `socket` property (getSocket() returns it, and
 * a server-side connection shares the worker's $mainSocket); C takes the descriptor from it when
 * sending. A connection made by the worker also keeps its peer's sockaddr, so a reply is one
 * sendto() without parsing the address string again. */

#include "php/protocol.h"
#include "core/fiber.h"
#include "php/events.h"
#include "php/connection.h"
#include "php/udp.h"
#include "php/worker.h"
#include "php/process.h"
#include "core/callback.h"
#include "php/log.h"
#include "net/socket.h"
#include "net/dgram.h"
#include "main/php_streams.h"
#include "main/php_network.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/json/php_json.h"
#include "ext/standard/file.h"
#include "../stubs/udp_arginfo.h"

#include <sys/socket.h>

static zend_object_handlers wm_udp_handlers;

typedef struct _wm_udp_object {
	php_sockaddr_storage peer;  /* the datagram's sender (server side), valid when peer_len > 0 */
	socklen_t peer_len;
	php_socket_t fd;            /* AsyncUdpConnection: descriptor ev_read watches, -1 if none */
	struct event ev_read;
	wm_loop *loop;              /* loop ev_read is assigned on */
	wm_loop_ref loop_ref;       /* membership in that loop's list of event holders */
	bool server;                /* made by a udp worker: the socket is the worker's */
	bool ev_assigned;
	bool reading;               /* ev_read is added (and the object holds a reference to itself) */
	zend_object std;            /* must stay last */
} wm_udp_object;

static zend_always_inline wm_udp_object *wm_udp_from_obj(zend_object *obj)
{
	return (wm_udp_object *) ((char *) obj - XtOffsetOf(wm_udp_object, std));
}

static uint32_t slot_protocol, slot_on_message, slot_error_handler, slot_event_loop, slot_transport,
	slot_connected, slot_socket, slot_remote_address, slot_on_connect, slot_on_close, slot_context_option;

/* Receive scratch: one datagram of upstream's MAX_UDP_PACKAGE_SIZE. */

/* ---- object handlers ----------------------------------------------------------------------- */

static zend_object *wm_udp_create(zend_class_entry *ce)
{
	wm_udp_object *u = zend_object_alloc(sizeof(wm_udp_object), ce);
	u->peer_len = 0;
	u->fd = -1;
	u->loop = NULL;
	u->server = false;
	u->ev_assigned = false;
	u->reading = false;
	zend_object_std_init(&u->std, ce);
	object_properties_init(&u->std, ce);
	u->std.handlers = &wm_udp_handlers;
	return &u->std;
}

/* Removes the read watcher and drops the reference it held (the caller must hold another one
 * when the object may still be used afterwards). */
static void wm_udp_read_stop(wm_udp_object *u)
{
	if (u->ev_assigned) {
		event_del(&u->ev_read);
		wm_loop_ref_remove(&u->loop_ref);
		u->ev_assigned = false;
		u->loop = NULL;
	}
	u->fd = -1;
	if (u->reading) {
		u->reading = false;
		OBJ_RELEASE(&u->std);
	}
}

/* The loop is going away first (request shutdown): forget its events, keep the object. */
static void wm_udp_loop_detach(wm_loop_ref *ref)
{
	wm_udp_object *u = (wm_udp_object *) ((char *) ref - XtOffsetOf(wm_udp_object, loop_ref));
	event_del(&u->ev_read);
	u->ev_assigned = false;
	u->loop = NULL;
}

static void wm_udp_free(zend_object *obj)
{
	wm_udp_object *u = wm_udp_from_obj(obj);
	if (u->ev_assigned) {
		event_del(&u->ev_read);
		wm_loop_ref_remove(&u->loop_ref);
		u->ev_assigned = false;
	}
	zend_object_std_dtor(obj);
}

/* clone: the properties (socket resource included) and the recorded peer; a clone of a watched
 * AsyncUdpConnection does not watch (as a clone of upstream's is not the object its loop calls). */
static zend_object *wm_udp_clone(zend_object *old)
{
	zend_object *obj = wm_udp_create(old->ce);
	wm_udp_object *u = wm_udp_from_obj(obj), *o = wm_udp_from_obj(old);
	memcpy(&u->peer, &o->peer, sizeof(u->peer));
	u->peer_len = o->peer_len;
	u->server = o->server;
	zend_objects_clone_members(obj, old);
	return obj;
}

/* ---- helpers ------------------------------------------------------------------------------- */

/* Descriptor behind a stream resource, or -1 (closed, not a stream, not a socket). */
static php_socket_t wm_udp_stream_fd(zval *sock)
{
	if (Z_TYPE_P(sock) != IS_RESOURCE) {
		return -1;
	}
	php_stream *stream = zend_fetch_resource2_ex(sock, NULL, php_file_le_stream(), php_file_le_pstream());
	php_socket_t fd = -1;
	if (!stream || php_stream_cast(stream, PHP_STREAM_AS_SOCKETD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) != SUCCESS) {
		return -1;
	}
	return fd;
}

static zend_string *wm_udp_remote(zend_object *obj)
{
	zval *zv = wm_prop(obj, slot_remote_address);
	return Z_TYPE_P(zv) == IS_STRING ? Z_STR_P(zv) : ZSTR_EMPTY_ALLOC();
}

/* Position of the last ':' in `s`, or 0 when there is none (upstream tests `if ($pos)`, so a
 * ':' at offset 0 counts as none too). */
static size_t wm_udp_last_colon(zend_string *s)
{
	const char *p = zend_memrchr(ZSTR_VAL(s), ':', ZSTR_LEN(s));
	return p ? (size_t) (p - ZSTR_VAL(s)) : 0;
}

/* (int) substr(strrchr($address, ':'), 1); without a ':' upstream's strict substr(false, 1)
 * throws, and so does this (returns 0 with the TypeError pending). */
static zend_long wm_udp_port_of(zend_string *s)
{
	const char *p = zend_memrchr(ZSTR_VAL(s), ':', ZSTR_LEN(s));
	if (!p) {
		zend_type_error("substr(): Argument #1 ($string) must be of type string, bool given");
		return 0;
	}
	zval tmp;
	ZVAL_STRINGL(&tmp, p + 1, ZSTR_VAL(s) + ZSTR_LEN(s) - p - 1);
	zend_long port = zval_get_long(&tmp);
	zval_ptr_dtor_str(&tmp);
	return port;
}

/* getRemoteIp(): the text before the last ':', '[' and ']' trimmed from both ends. */
static zend_string *wm_udp_remote_ip(zend_object *obj)
{
	zend_string *addr = wm_udp_remote(obj);
	size_t pos = wm_udp_last_colon(addr);
	if (!pos) {
		return ZSTR_EMPTY_ALLOC();
	}
	const char *b = ZSTR_VAL(addr), *e = b + pos;
	while (b < e && (*b == '[' || *b == ']')) {
		b++;
	}
	while (e > b && (e[-1] == '[' || e[-1] == ']')) {
		e--;
	}
	return zend_string_init(b, e - b, 0);
}

static zend_string *wm_udp_local_address(zend_object *obj)
{
	return wm_socket_local_name(wm_udp_stream_fd(wm_prop(obj, slot_socket)));
}

/* isIpV6(); isIpV4() is its negation, both false for the unix transport. */
static int wm_udp_is_v6(zend_object *obj)
{
	zval *t = wm_prop(obj, slot_transport);
	if (Z_TYPE_P(t) == IS_STRING && zend_string_equals_literal(Z_STR_P(t), "unix")) {
		return -1;
	}
	zend_string *ip = wm_udp_remote_ip(obj);
	bool v6 = memchr(ZSTR_VAL(ip), ':', ZSTR_LEN(ip)) != NULL;
	zend_string_release(ip);
	return v6;
}

/* Resolves the connection's protocol when it is set (a truthy string), else NULL. NULL with
 * an exception pending when the class does not exist. */
static wm_proto *wm_udp_proto(zend_object *obj)
{
	zval *p = wm_prop(obj, slot_protocol);
	if (Z_TYPE_P(p) != IS_STRING || !wm_zstr_truthy(Z_STR_P(p))) {
		return NULL;
	}
	return wm_proto_resolve(Z_STR_P(p));
}

static bool wm_udp_has_proto(zend_object *obj)
{
	zval *p = wm_prop(obj, slot_protocol);
	return Z_TYPE_P(p) == IS_STRING && wm_zstr_truthy(Z_STR_P(p));
}

/* $protocol::decode($buffer, $this) into `out` (natively where the protocol table has a datagram
 * decoder). Exception left pending. */
static void wm_udp_decode(wm_proto *proto, zend_object *obj, zend_string *buf, zval *out)
{
	if (proto->ops->dgram_decode) {
		ZVAL_STR(out, proto->ops->dgram_decode(buf));
		return;
	}
	zval args[2];
	ZVAL_STR(&args[0], buf);
	ZVAL_OBJ(&args[1], obj);
	wm_proto_call(proto, proto->decode, "decode", out, 2, args);
}

/* send()'s encoding step: `out` receives the bytes to send. Returns 1 to send, 0 when the
 * protocol encoded to '' (send() returns null), -1 with an exception pending. */
static int wm_udp_encode(zend_object *obj, zval *data, bool raw, zend_string **out)
{
	zval encoded;
	if (!raw && wm_udp_has_proto(obj)) {
		wm_proto *proto = wm_udp_proto(obj);
		if (!proto) {
			return -1;
		}
		zend_string *native = proto->ops->dgram_encode ? proto->ops->dgram_encode(data) : NULL;
		if (native) {
			ZVAL_STR(&encoded, native);
		} else {
			zval args[2];
			ZVAL_COPY_VALUE(&args[0], data);
			ZVAL_OBJ(&args[1], obj);
			wm_proto_call(proto, proto->encode, "encode", &encoded, 2, args);
			if (EG(exception)) {
				zval_ptr_dtor(&encoded);
				return -1;
			}
		}
		if (Z_TYPE(encoded) == IS_STRING && Z_STRLEN(encoded) == 0) {
			zval_ptr_dtor_str(&encoded);
			return 0;
		}
	} else {
		ZVAL_COPY(&encoded, data);
	}
	/* strlen($sendBuffer) under upstream's strict_types: anything but a string is a TypeError. */
	if (Z_TYPE(encoded) != IS_STRING) {
		zend_type_error("strlen(): Argument #1 ($string) must be of type string, %s given", zend_zval_type_name(&encoded));
		zval_ptr_dtor(&encoded);
		return -1;
	}
	*out = Z_STR(encoded);
	return 1;
}

/* Sends one datagram on `fd`: to the connected peer, the recorded sender, or the address in
 * $remoteAddress. Returns whether all of it went out. */
static bool wm_udp_sendto(wm_udp_object *u, php_socket_t fd, zend_string *buf)
{
	if (fd < 0) {
		return false;
	}
	if (Z_TYPE_P(wm_prop(&u->std, slot_connected)) == IS_TRUE) {
		return wm_net_dgram_send(fd, ZSTR_VAL(buf), ZSTR_LEN(buf), NULL, 0);
	}
	if (u->peer_len > 0) {
		return wm_net_dgram_send(fd, ZSTR_VAL(buf), ZSTR_LEN(buf), (struct sockaddr *) &u->peer, u->peer_len);
	}
	zend_string *addr = wm_udp_remote(&u->std);
	php_sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	if (php_network_parse_network_address_with_port(ZSTR_VAL(addr), ZSTR_LEN(addr), (struct sockaddr *) &ss, &sl) != SUCCESS) {
		return false;
	}
	return wm_net_dgram_send(fd, ZSTR_VAL(buf), ZSTR_LEN(buf), (struct sockaddr *) &ss, sl);
}

/* Reports the pending exception, if any, like $this->error($e). False when it is an exit(). */
static bool wm_udp_report(zend_object *obj)
{
	if (!EG(exception)) {
		return true;
	}
	if (wm_exception_is_exit()) {
		wm_loop_stop_on_exit(WM_G(loop));
		return false;
	}
	zend_object *ex = wm_exception_take();
	wm_conn_report_throwable(obj, ex);
	OBJ_RELEASE(ex);
	return !(EG(exception) && wm_exception_is_exit());
}

/* Calls property callback `slot` with ($this); a Throwable goes to $this->errorHandler, else
 * the log (the native runtime's choice for connection callbacks, see wm_conn_report_throwable).
 * Returns false when an exit() is unwinding. */
static bool wm_udp_emit(zend_object *obj, uint32_t slot, zval *extra)
{
	zval *cb = wm_prop(obj, slot);
	if (!wm_is_set(cb)) {
		return true;
	}
	zval func, args[2];
	ZVAL_COPY(&func, cb);
	ZVAL_OBJ(&args[0], obj);
	if (extra) {
		ZVAL_COPY_VALUE(&args[1], extra);
	}
	wm_call(&func, NULL, extra ? 2 : 1, args);
	zval_ptr_dtor(&func);
	return wm_udp_report(obj);
}

/* ---- udp:// workers ------------------------------------------------------------------------ */

static uint32_t slot_worker_on_message, slot_worker_main_socket, slot_worker_protocol;

/* One package of a datagram (already cut out) through decode() and onMessage. Returns false
 * with an exception pending. `*dropped` is set when decode() returned false. */
static bool wm_udp_worker_package(wm_proto *proto, zend_object *conn, zend_string *pkg, zval *func, bool *dropped)
{
	zval args[2];
	ZVAL_OBJ(&args[0], conn);
	wm_udp_decode(proto, conn, pkg, &args[1]);
	if (EG(exception)) {
		zval_ptr_dtor(&args[1]);
		return false;
	}
	if (Z_TYPE(args[1]) == IS_FALSE) {
		*dropped = true;
		return true;
	}
	wm_call(func, NULL, 2, args);
	zval_ptr_dtor(&args[1]);
	return !EG(exception);
}

/* Frames and delivers one datagram the way upstream's acceptUdpConnection() does. Returns
 * whether total_request counts it (false when input() said 0 or decode() dropped it, as
 * upstream returns early there); an exception may be pending. */
static bool wm_udp_worker_dispatch(zend_object *conn, zend_string *data, zval *func)
{
	zval args[2];
	if (!wm_udp_has_proto(conn)) {
		ZVAL_OBJ(&args[0], conn);
		ZVAL_STR(&args[1], data);
		wm_call(func, NULL, 2, args);
		return true;
	}
	wm_proto *proto = wm_udp_proto(conn);
	if (!proto) {
		return false;
	}
	bool dropped = false;
	if (!proto->input && !proto->ops->dgram_input) {
		return wm_udp_worker_package(proto, conn, data, func, &dropped) && !dropped;
	}
	/* while ($recvBuffer !== '') { $len = input(); cut; decode; onMessage } */
	size_t off = 0, total = ZSTR_LEN(data);
	while (off < total) {
		size_t avail = total - off;
		zend_long len;
		if (proto->ops->dgram_input) {
			len = proto->ops->dgram_input(ZSTR_VAL(data) + off, avail);
		} else {
			zval rv;
			ZVAL_STR(&args[0], off ? zend_string_init(ZSTR_VAL(data) + off, avail, 0) : zend_string_copy(data));
			ZVAL_OBJ(&args[1], conn);
			wm_proto_call(proto, proto->input, "input", &rv, 2, args);
			zval_ptr_dtor_str(&args[0]);
			if (EG(exception)) {
				zval_ptr_dtor(&rv);
				return false;
			}
			if (Z_TYPE(rv) != IS_LONG) {
				/* substr($recvBuffer, 0, $len) under upstream's strict_types */
				zend_type_error("substr(): Argument #3 ($length) must be of type ?int, %s given", zend_zval_type_name(&rv));
				zval_ptr_dtor(&rv);
				return false;
			}
			len = Z_LVAL(rv);
		}
		if (len <= 0) {
			/* 0: the rest is incomplete and dropped. A negative length would make upstream's
			 * substr() slicing loop from the end; the datagram is dropped instead. */
			return false;
		}
		size_t plen = (size_t) len < avail ? (size_t) len : avail;
		zend_string *pkg = plen == total ? zend_string_copy(data) : zend_string_init(ZSTR_VAL(data) + off, plen, 0);
		off += plen;
		dropped = false;
		bool ok = wm_udp_worker_package(proto, conn, pkg, func, &dropped);
		zend_string_release(pkg);
		if (!ok) {
			return false;
		}
	}
	return true;
}

bool wm_udp_worker_recv(zend_object *worker, php_socket_t fd)
{
	php_sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	zend_string *data = wm_net_dgram_recv(fd, (struct sockaddr *) &ss, &sl);
	if (!data) {
		return false; /* EAGAIN: drained, or another process took it */
	}
	zval *cb = wm_prop(worker, slot_worker_on_message);
	if (sl == 0 || !wm_is_set(cb)) {
		zend_string_release(data);
		return true;
	}

	zval conn, zv, func;
	object_init_ex(&conn, wm_ce_UdpConnection);
	zend_object *obj = Z_OBJ(conn);
	wm_udp_object *u = wm_udp_from_obj(obj);
	u->server = true;
	memcpy(&u->peer, &ss, sl);
	u->peer_len = sl;
	ZVAL_COPY(&zv, wm_prop(worker, slot_worker_main_socket));
	wm_prop_set(obj, slot_socket, &zv);
	ZVAL_STR(&zv, wm_socket_name((struct sockaddr *) &ss, sl));
	wm_prop_set(obj, slot_remote_address, &zv);
	zval *proto = wm_prop(worker, slot_worker_protocol);
	if (Z_TYPE_P(proto) == IS_STRING) {
		ZVAL_STR_COPY(&zv, Z_STR_P(proto));
		wm_prop_set(obj, slot_protocol, &zv);
	}

	ZVAL_COPY(&func, cb);
	bool counted = wm_udp_worker_dispatch(obj, data, &func);
	zval_ptr_dtor(&func);
	zend_string_release(data);
	zval_ptr_dtor(&conn);

	if (EG(exception)) {
		if (wm_exception_is_exit()) {
			wm_loop_stop_on_exit(WM_G(loop));
			return false;
		}
		/* Upstream stopAll(250, $e)s the process; the native runtime logs it and goes on, as it
		 * does for TCP connection callbacks. */
		zend_object *ex = wm_exception_take();
		wm_log_throwable(ex);
		OBJ_RELEASE(ex);
		return true;
	}
	if (counted) {
		WM_STAT_ADD("total_request", 1);
	}
	return true;
}

/* ---- UdpConnection ------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Connection_UdpConnection, __construct)
{
	zval *socket;
	zend_string *remote;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(socket)
		Z_PARAM_STR(remote)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval zv;
	ZVAL_COPY_DEREF(&zv, socket);
	wm_prop_set(obj, slot_socket, &zv);
	ZVAL_STR_COPY(&zv, remote);
	wm_prop_set(obj, slot_remote_address, &zv);

	/* stream_socket_get_name($socket, true) !== false: a connected socket sends without an
	 * address (sendto() with one fails with EISCONN on BSDs). */
	php_socket_t fd = wm_udp_stream_fd(socket);
	if (fd >= 0) {
		php_sockaddr_storage ss;
		socklen_t sl = sizeof(ss);
		if (getpeername(fd, (struct sockaddr *) &ss, &sl) == 0) {
			ZVAL_TRUE(&zv);
			wm_prop_set(obj, slot_connected, &zv);
		}
	}
}

/* send($data, $raw = false) of both classes: encode, connect first if asked (AsyncUdpConnection
 * auto-connects), one datagram. */
static void wm_udp_send_method(INTERNAL_FUNCTION_PARAMETERS, bool auto_connect)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_string *buf;
	int r = wm_udp_encode(obj, data, raw, &buf);
	if (r < 0) {
		RETURN_THROWS();
	}
	if (r == 0) {
		RETURN_NULL();
	}
	if (auto_connect && Z_TYPE_P(wm_prop(obj, slot_connected)) != IS_TRUE) {
		wm_call_method(obj, "connect", sizeof("connect") - 1, NULL, 0, NULL);
		if (EG(exception)) {
			zend_string_release(buf);
			RETURN_THROWS();
		}
	}
	RETVAL_BOOL(wm_udp_sendto(wm_udp_from_obj(obj), wm_udp_stream_fd(wm_prop(obj, slot_socket)), buf));
	zend_string_release(buf);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, send)
{
	wm_udp_send_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_udp_remote_ip(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_udp_remote(Z_OBJ_P(ZEND_THIS));
	zend_long port = wm_zstr_truthy(addr) ? wm_udp_port_of(addr) : 0;
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(port);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_udp_remote(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_udp_local_address(Z_OBJ_P(ZEND_THIS));
	size_t pos = wm_udp_last_colon(addr);
	RETVAL_STRINGL(ZSTR_VAL(addr), pos);
	zend_string_release(addr);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_udp_local_address(Z_OBJ_P(ZEND_THIS));
	RETVAL_LONG(wm_udp_last_colon(addr) ? wm_udp_port_of(addr) : 0);
	zend_string_release(addr);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_udp_local_address(Z_OBJ_P(ZEND_THIS)));
}

/* The optional last send of close(): $this->send($data, $raw), through PHP so an override runs. */
static bool wm_udp_close_send(zend_object *obj, zval *data, bool raw)
{
	if (!data || Z_TYPE_P(data) == IS_NULL) {
		return true;
	}
	zval args[2], rv;
	ZVAL_COPY_VALUE(&args[0], data);
	ZVAL_BOOL(&args[1], raw);
	wm_call_method(obj, "send", sizeof("send") - 1, &rv, 2, args);
	zval_ptr_dtor(&rv);
	return !EG(exception);
}

static void wm_udp_set_null(zend_object *obj, uint32_t slot)
{
	zval nv;
	ZVAL_NULL(&nv);
	wm_prop_set(obj, slot, &nv);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (!wm_udp_close_send(obj, data, raw)) {
		RETURN_THROWS();
	}
	zval *loop = wm_prop(obj, slot_event_loop);
	zval *sock = wm_prop(obj, slot_socket);
	if (Z_TYPE_P(loop) == IS_OBJECT && Z_TYPE_P(sock) == IS_RESOURCE) {
		zval arg;
		ZVAL_COPY(&arg, sock);
		wm_call_method(Z_OBJ_P(loop), "offreadable", sizeof("offreadable") - 1, NULL, 1, &arg);
		zval_ptr_dtor(&arg);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		sock = wm_prop(obj, slot_socket);
	}
	/* Deliberate difference from upstream 5.1+: a connection the worker made for a datagram
	 * shares the worker's listening socket, which upstream fcloses here (the worker then dies
	 * on its next read). Only a socket of the connection's own is closed. */
	if (!wm_udp_from_obj(obj)->server && Z_TYPE_P(sock) == IS_RESOURCE) {
		zend_list_close(Z_RES_P(sock));
	}
	wm_udp_set_null(obj, slot_socket);
	wm_udp_set_null(obj, slot_event_loop);
	wm_udp_set_null(obj, slot_error_handler);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_udp_is_v6(Z_OBJ_P(ZEND_THIS)) == 0);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_udp_is_v6(Z_OBJ_P(ZEND_THIS)) == 1);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wm_prop(Z_OBJ_P(ZEND_THIS), slot_socket));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_string *remote = wm_udp_remote(obj);
	zend_long rport = wm_zstr_truthy(remote) ? wm_udp_port_of(remote) : 0;
	if (EG(exception)) {
		RETURN_THROWS();
	}
	zend_string *local = wm_udp_local_address(obj);
	size_t lpos = wm_udp_last_colon(local);
	int v6 = wm_udp_is_v6(obj);
	zval tmp;

	array_init_size(return_value, 9);
	ZVAL_COPY(&tmp, wm_prop(obj, slot_transport));
	add_assoc_zval(return_value, "transport", &tmp);
	add_assoc_str(return_value, "getRemoteIp", wm_udp_remote_ip(obj));
	add_assoc_long(return_value, "remotePort", rport);
	add_assoc_str(return_value, "getRemoteAddress", zend_string_copy(remote));
	add_assoc_stringl(return_value, "getLocalIp", ZSTR_VAL(local), lpos);
	add_assoc_long(return_value, "getLocalPort", lpos ? wm_udp_port_of(local) : 0);
	add_assoc_str(return_value, "getLocalAddress", local);
	add_assoc_bool(return_value, "isIpV4", v6 == 0);
	add_assoc_bool(return_value, "isIpV6", v6 == 1);
}

/* ---- AsyncUdpConnection -------------------------------------------------------------------- */

/* Reads one datagram from the connected socket: decode() through the protocol (no input()
 * splitting), total_request, onMessage. Returns false when nothing was read or an exit()
 * is unwinding. */
static bool wm_udp_async_read(wm_udp_object *u, php_socket_t fd)
{
	php_sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	zend_string *got = wm_net_dgram_recv(fd, (struct sockaddr *) &ss, &sl);
	if (!got) {
		return false; /* EAGAIN, or ECONNREFUSED reported for an earlier datagram */
	}
	zend_object *obj = &u->std;
	if (sl == 0 || !wm_is_set(wm_prop(obj, slot_on_message))) {
		zend_string_release(got);
		return true;
	}
	zval data;
	ZVAL_STR(&data, got);
	if (wm_udp_has_proto(obj)) {
		wm_proto *proto = wm_udp_proto(obj);
		zval decoded;
		ZVAL_UNDEF(&decoded);
		if (proto) {
			wm_udp_decode(proto, obj, Z_STR(data), &decoded);
		}
		zval_ptr_dtor_str(&data);
		if (EG(exception)) {
			zval_ptr_dtor(&decoded);
			return wm_udp_report(obj);
		}
		ZVAL_COPY_VALUE(&data, &decoded);
	}
	WM_STAT_ADD("total_request", 1);
	bool ok = wm_udp_emit(obj, slot_on_message, &data);
	zval_ptr_dtor(&data);
	return ok;
}

static void wm_udp_on_readable(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_udp_on_readable, fd, what, arg);
	wm_udp_object *u = arg;
	GC_ADDREF(&u->std);
	/* A few datagrams per wake-up; stop as soon as close() ran or an exit() unwinds. */
	for (int i = 0; i < 64 && u->reading && u->fd == fd && !EG(exception); i++) {
		if (!wm_udp_async_read(u, fd)) {
			break;
		}
	}
	OBJ_RELEASE(&u->std);
}

/* Watches `fd` for datagrams. While watched the object holds a reference to itself, as
 * upstream's loop holds the baseRead closure. */
static void wm_udp_read_start(wm_udp_object *u, php_socket_t fd)
{
	wm_loop *loop = wm_process_loop();
	if (u->ev_assigned) {
		event_del(&u->ev_read);
		wm_loop_ref_remove(&u->loop_ref);
	}
	event_assign(&u->ev_read, loop->base, fd, EV_READ | EV_PERSIST, wm_udp_on_readable, u);
	u->ev_assigned = true;
	u->loop = loop;
	u->loop_ref.detach = wm_udp_loop_detach;
	wm_loop_ref_add(loop, &u->loop_ref);
	event_add(&u->ev_read, NULL);
	u->fd = fd;
	if (!u->reading) {
		u->reading = true;
		GC_ADDREF(&u->std);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, __construct)
{
	zend_string *remote;
	zval *context = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(remote)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(context)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (context) {
		ZVAL_DEREF(context);
		if (Z_TYPE_P(context) != IS_ARRAY) {
			zend_type_error("Cannot assign %s to property Workerman\\Connection\\AsyncUdpConnection::$contextOption of type array",
				zend_zval_type_name(context));
			RETURN_THROWS();
		}
	}

	/* [$scheme, $address] = explode(':', $remoteAddress, 2) */
	const char *s = ZSTR_VAL(remote);
	const char *colon = memchr(s, ':', ZSTR_LEN(remote));
	size_t scheme_len = colon ? (size_t) (colon - s) : ZSTR_LEN(remote);
	const char *address = colon ? colon + 1 : "";
	size_t address_len = colon ? ZSTR_LEN(remote) - scheme_len - 1 : 0;
	zval zv;

	if (!(scheme_len == 3 && memcmp(s, "udp", 3) == 0)) {
		zend_string *cls = wm_proto_class_for_scheme(s, scheme_len);
		if (!cls) {
			RETURN_THROWS();
		}
		/* Upstream names the class with a leading backslash here ('\Workerman\Protocols\Text'). */
		ZVAL_STR(&zv, ZSTR_VAL(cls)[0] == '\\' ? zend_string_copy(cls) : zend_string_concat2("\\", 1, ZSTR_VAL(cls), ZSTR_LEN(cls)));
		zend_string_release(cls);
		wm_prop_set(obj, slot_protocol, &zv);
	}
	/* substr($address, 2): what follows "//" */
	ZVAL_STRINGL(&zv, address_len > 2 ? address + 2 : "", address_len > 2 ? address_len - 2 : 0);
	wm_prop_set(obj, slot_remote_address, &zv);
	if (context) {
		ZVAL_COPY(&zv, context);
		wm_prop_set(obj, slot_context_option, &zv);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, baseRead)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	php_socket_t fd = wm_udp_stream_fd(socket);
	if (fd >= 0) {
		wm_udp_async_read(wm_udp_from_obj(Z_OBJ_P(ZEND_THIS)), fd);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wm_udp_object *u = wm_udp_from_obj(obj);
	if (!wm_udp_close_send(obj, data, raw)) {
		RETURN_THROWS();
	}
	wm_udp_read_stop(u);
	zval *sock = wm_prop(obj, slot_socket);
	if (Z_TYPE_P(sock) == IS_RESOURCE) {
		zend_list_close(Z_RES_P(sock));
	}
	wm_udp_set_null(obj, slot_socket);
	zval zv;
	ZVAL_FALSE(&zv);
	wm_prop_set(obj, slot_connected, &zv);
	if (!wm_udp_emit(obj, slot_on_close, NULL)) {
		return;
	}
	wm_udp_set_null(obj, slot_on_connect);
	wm_udp_set_null(obj, slot_on_message);
	wm_udp_set_null(obj, slot_on_close);
	wm_udp_set_null(obj, slot_event_loop);
	wm_udp_set_null(obj, slot_error_handler);
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, send)
{
	wm_udp_send_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* Upstream echoes (string) new Exception($errmsg) when the client socket cannot be made. */
static void wm_udp_echo_exception(const char *msg)
{
	zval ex, str;
	object_init_ex(&ex, zend_ce_exception);
	zend_update_property_string(zend_ce_exception, Z_OBJ(ex), "message", sizeof("message") - 1, msg);
	ZVAL_UNDEF(&str);
	if (zend_std_cast_object_tostring(Z_OBJ(ex), &str, IS_STRING) == SUCCESS && Z_TYPE(str) == IS_STRING) {
		wm_safe_echo(Z_STRVAL(str), Z_STRLEN(str), false);
	}
	zval_ptr_dtor(&str);
	zval_ptr_dtor(&ex);
	if (EG(exception) && !wm_exception_is_exit()) {
		zend_clear_exception();
	}
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wm_udp_object *u = wm_udp_from_obj(obj);
	if (Z_TYPE_P(wm_prop(obj, slot_connected)) == IS_TRUE) {
		return;
	}
	zval zv;
	/* $this->eventLoop ??= Worker::getEventLoop() */
	wm_process_loop();
	if (Z_TYPE_P(wm_prop(obj, slot_event_loop)) == IS_NULL && WM_G(loop_obj)) {
		ZVAL_OBJ_COPY(&zv, WM_G(loop_obj));
		wm_prop_set(obj, slot_event_loop, &zv);
	}

	zend_string *addr = zend_strpprintf(0, "udp://%s", ZSTR_VAL(wm_udp_remote(obj)));
	php_stream_context *ctx = NULL;
	zval ctx_res;
	ZVAL_UNDEF(&ctx_res);
	zval *opts = wm_prop(obj, slot_context_option);
	if (Z_TYPE_P(opts) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(opts))) {
		zval arg;
		ZVAL_COPY(&arg, opts);
		bool ok = wm_call_function("stream_context_create", sizeof("stream_context_create") - 1, &ctx_res, 1, &arg);
		zval_ptr_dtor(&arg);
		if (!ok) {
			zend_string_release(addr);
			zval_ptr_dtor(&ctx_res);
			RETURN_THROWS();
		}
		if (Z_TYPE(ctx_res) == IS_RESOURCE) {
			ctx = zend_fetch_resource_ex(&ctx_res, NULL, php_le_stream_context());
		}
	}
	struct timeval tv = {30, 0};
	zend_string *errstr = NULL;
	int err = 0;
	php_stream *stream = php_stream_xport_create(ZSTR_VAL(addr), ZSTR_LEN(addr), REPORT_ERRORS,
		STREAM_XPORT_CLIENT | STREAM_XPORT_CONNECT, NULL, &tv, ctx, &errstr, &err);
	zval_ptr_dtor(&ctx_res);
	if (!stream) {
		/* as stream_socket_client() reports it, then upstream's echo of the message */
		php_error_docref(NULL, E_WARNING, "Unable to connect to %s (%s)", ZSTR_VAL(addr),
			errstr ? ZSTR_VAL(errstr) : "Unknown error");
		wm_udp_echo_exception(errstr ? ZSTR_VAL(errstr) : "");
		if (errstr) {
			zend_string_release(errstr);
		}
		zend_string_release(addr);
		wm_udp_set_null(obj, slot_event_loop);
		return;
	}
	if (errstr) {
		zend_string_release(errstr);
	}
	zend_string_release(addr);

	php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, 0, NULL);
	php_stream_to_zval(stream, &zv);
	wm_prop_set(obj, slot_socket, &zv);
	php_socket_t fd = wm_udp_stream_fd(wm_prop(obj, slot_socket));
	if (fd >= 0 && wm_is_set(wm_prop(obj, slot_on_message))) {
		wm_udp_read_start(u, fd);
	}
	ZVAL_TRUE(&zv);
	wm_prop_set(obj, slot_connected, &zv);
	wm_udp_emit(obj, slot_on_connect, NULL);
}

/* ---- module -------------------------------------------------------------------------------- */

void wm_udp_minit(void)
{
	wm_ce_UdpConnection = register_class_Workerman_Connection_UdpConnection(wm_ce_ConnectionInterface, php_json_serializable_ce);
	wm_ce_UdpConnection->create_object = wm_udp_create;
	wm_ce_AsyncUdpConnection = register_class_Workerman_Connection_AsyncUdpConnection(wm_ce_UdpConnection);

	memcpy(&wm_udp_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_udp_handlers.offset = XtOffsetOf(wm_udp_object, std);
	wm_udp_handlers.free_obj = wm_udp_free;
	wm_udp_handlers.clone_obj = wm_udp_clone;

	zend_class_entry *ce = wm_ce_UdpConnection;
	slot_protocol = wm_prop_offset(ce, "protocol");
	slot_on_message = wm_prop_offset(ce, "onMessage");
	slot_error_handler = wm_prop_offset(ce, "errorHandler");
	slot_event_loop = wm_prop_offset(ce, "eventLoop");
	slot_transport = wm_prop_offset(ce, "transport");
	slot_connected = wm_prop_offset(ce, "connected");
	slot_socket = wm_prop_offset(ce, "socket");
	slot_remote_address = wm_prop_offset(ce, "remoteAddress");
	/* Redeclared properties keep their parent's slot; onConnect and contextOption are new. */
	ce = wm_ce_AsyncUdpConnection;
	slot_on_close = wm_prop_offset(ce, "onClose");
	ZEND_ASSERT(slot_on_close == wm_prop_offset(wm_ce_UdpConnection, "onClose"));
	ZEND_ASSERT(slot_connected == wm_prop_offset(ce, "connected"));
	slot_on_connect = wm_prop_offset(ce, "onConnect");
	slot_context_option = wm_prop_offset(ce, "contextOption");

	slot_worker_on_message = wm_prop_offset(wm_ce_Worker, "onMessage");
	slot_worker_main_socket = wm_prop_offset(wm_ce_Worker, "mainSocket");
	slot_worker_protocol = wm_prop_offset(wm_ce_Worker, "protocol");
}
