/* SPDX-License-Identifier: MIT */
/* Workerman\Worker: construction, listening and accepting, run()/stop(), and the static helpers.
 * The process model behind runAll() (master, children, signals) lives in src/php/process.c. */

#include "php/protocol.h"
#include "core/metrics.h"
#include "core/fiber.h"
#include "php/connection.h"
#include "php/tls_context.h"
#include "php/udp.h"
#include "php/worker.h"
#include "php/process.h"
#include "core/callback.h"
#include "php/log.h"
#include "net/socket.h"
#include "main/php_streams.h"
#include "main/php_network.h"
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/php_spl.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_var.h"
#include "ext/standard/file.h"
#include "../stubs/worker_arginfo.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

static zend_object_handlers wm_worker_handlers;

uint32_t wm_worker_slot_connections;
uint32_t wm_worker_slot_id, wm_worker_slot_name, wm_worker_slot_count, wm_worker_slot_user,
	wm_worker_slot_group, wm_worker_slot_reloadable, wm_worker_slot_reuse_port, wm_worker_slot_transport,
	wm_worker_slot_protocol, wm_worker_slot_socket_name, wm_worker_slot_main_socket, wm_worker_slot_context,
	wm_worker_slot_worker_id, wm_worker_slot_on_worker_start, wm_worker_slot_on_worker_stop,
	wm_worker_slot_on_worker_reload, wm_worker_slot_stopping, wm_worker_slot_event_loop;
static uint32_t slot_socket_context, slot_pause_accept, slot_on_message;

/* ---- object handlers ----------------------------------------------------------------------- */

static zend_object *wm_worker_create(zend_class_entry *ce)
{
	wm_worker_object *w = zend_object_alloc(sizeof(wm_worker_object), ce);
	zend_object_std_init(&w->std, ce);
	object_properties_init(&w->std, ce);
	w->std.handlers = &wm_worker_handlers;
	w->listen_fd = -1;
	return &w->std;
}

static void wm_worker_accept_detach(wm_worker_object *w)
{
	if (w->ev_assigned) {
		event_del(&w->ev_accept);
		wm_loop_ref_remove(&w->loop_ref);
		w->ev_assigned = false;
		w->accepting = false;
		w->accept_loop = NULL;
	}
}

static void wm_worker_loop_detach(wm_loop_ref *ref)
{
	wm_worker_object *w = (wm_worker_object *) ((char *) ref - XtOffsetOf(wm_worker_object, loop_ref));
	event_del(&w->ev_accept);
	w->ev_assigned = false;
	w->accepting = false;
	w->accept_loop = NULL;
}

static void wm_worker_free(zend_object *object)
{
	wm_worker_object *w = wm_worker_from_obj(object);
	wm_worker_accept_detach(w);
	wm_tls_worker_free(w->tls);
	w->tls = NULL;
	zend_object_std_dtor(object);
}

/* ---- property helpers ---------------------------------------------------------------------- */

static void wm_worker_set_bool_or_null(zend_object *w, uint32_t slot, int value)
{
	zval zv;
	if (value < 0) {
		ZVAL_NULL(&zv);
	} else {
		ZVAL_BOOL(&zv, value);
	}
	wm_prop_set(w, slot, &zv);
}

/* ---- constructor --------------------------------------------------------------------------- */

ZEND_BEGIN_ARG_INFO_EX(arginfo_wm_worker_discard, 0, 0, 0)
	ZEND_ARG_VARIADIC_INFO(0, args)
ZEND_END_ARG_INFO()

/* The default onMessage: upstream's constructor sets an empty closure, so the data of a worker
 * without its own onMessage is read and dropped. Accepts and ignores any arguments. */
static ZEND_FUNCTION(wm_worker_discard)
{
}

static zend_internal_function wm_worker_discard_fn;

ZEND_METHOD(Workerman_Worker, __construct)
{
	zend_string *socket_name = NULL;
	HashTable *context = NULL;
	zval zv;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(socket_name)
		Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_string *id = php_spl_object_hash(obj);

	ZVAL_STR_COPY(&zv, id);
	wm_prop_set(obj, wm_worker_slot_worker_id, &zv);
	object_init(&zv);
	wm_prop_set(obj, wm_worker_slot_context, &zv);

	/* static::$workers[$workerId] = $this; static::$pidMap[$workerId] = []; */
	zval *workers = wm_static_prop(wm_ce_Worker, "workers", sizeof("workers") - 1);
	if (workers && Z_TYPE_P(workers) == IS_ARRAY) {
		SEPARATE_ARRAY(workers);
		ZVAL_OBJ_COPY(&zv, obj);
		zend_hash_update(Z_ARRVAL_P(workers), id, &zv);
	}
	zval *pid_map = wm_static_prop(wm_ce_Worker, "pidMap", sizeof("pidMap") - 1);
	if (pid_map && Z_TYPE_P(pid_map) == IS_ARRAY) {
		SEPARATE_ARRAY(pid_map);
		ZVAL_EMPTY_ARRAY(&zv);
		zend_hash_update(Z_ARRVAL_P(pid_map), id, &zv);
	}
	zend_string_release(id);

	if (socket_name && ZSTR_LEN(socket_name) > 0) {
		ZVAL_STR_COPY(&zv, socket_name);
		wm_prop_set(obj, wm_worker_slot_socket_name, &zv);

		/* $socketContext['socket']['backlog'] ??= DEFAULT_BACKLOG; stream_context_create(...) */
		zval options, fn, ret;
		if (context) {
			ZVAL_ARR(&options, zend_array_dup(context));
		} else {
			array_init(&options);
		}
		zval *sock = zend_hash_str_find(Z_ARRVAL(options), "socket", sizeof("socket") - 1);
		if (!sock) {
			zval tmp;
			array_init(&tmp);
			sock = zend_hash_str_update(Z_ARRVAL(options), "socket", sizeof("socket") - 1, &tmp);
		}
		ZVAL_DEREF(sock);
		if (Z_TYPE_P(sock) == IS_ARRAY) {
			SEPARATE_ARRAY(sock);
			zval *backlog = zend_hash_str_find(Z_ARRVAL_P(sock), "backlog", sizeof("backlog") - 1);
			if (!backlog || Z_TYPE_P(backlog) == IS_NULL) {
				zval b;
				ZVAL_LONG(&b, 102400);
				zend_hash_str_update(Z_ARRVAL_P(sock), "backlog", sizeof("backlog") - 1, &b);
			}
		}
		ZVAL_STRING(&fn, "stream_context_create");
		call_user_function(NULL, NULL, &fn, &ret, 1, &options);
		zval_ptr_dtor(&fn);
		zval_ptr_dtor(&options);
		if (EG(exception)) {
			zval_ptr_dtor(&ret);
			RETURN_THROWS();
		}
		wm_prop_set(obj, slot_socket_context, &ret);
	}

	zend_create_closure(&zv, (zend_function *) &wm_worker_discard_fn, wm_ce_Worker, wm_ce_Worker, NULL);
	wm_prop_set(obj, slot_on_message, &zv);
}

/* ---- listening ----------------------------------------------------------------------------- */

static const char *wm_transport_socket(const char *transport, size_t len)
{
	if (len == 3 && memcmp(transport, "tcp", 3) == 0) {
		return "tcp";
	}
	if (len == 3 && memcmp(transport, "udp", 3) == 0) {
		return "udp";
	}
	if (len == 4 && memcmp(transport, "unix", 4) == 0) {
		return "unix";
	}
	if (len == 3 && memcmp(transport, "ssl", 3) == 0) {
		return "tcp";
	}
	return NULL;
}

/* parseSocketAddress(): resolves the protocol class and transport from the socket name and
 * returns the address to bind ("tcp://host:port", "unix:///path", ...), or NULL with an exception. */
zend_string *wm_worker_parse_socket_address(zend_object *obj)
{
	zval *name = wm_prop(obj, wm_worker_slot_socket_name);
	if (Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0) {
		return NULL;
	}
	const char *s = Z_STRVAL_P(name);
	const char *colon = memchr(s, ':', Z_STRLEN_P(name));
	if (!colon) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Invalid socket name '%s'", s);
		return NULL;
	}
	size_t scheme_len = colon - s;
	const char *address = colon + 1;
	size_t address_len = Z_STRLEN_P(name) - scheme_len - 1;
	zval zv;

	if (!wm_transport_socket(s, scheme_len)) {
		zend_string *cls = wm_proto_class_for_scheme(s, scheme_len);
		if (!cls) {
			return NULL;
		}
		ZVAL_STR(&zv, cls);
		wm_prop_set(obj, wm_worker_slot_protocol, &zv);
		zval *transport = wm_prop(obj, wm_worker_slot_transport);
		if (Z_TYPE_P(transport) != IS_STRING || !wm_transport_socket(Z_STRVAL_P(transport), Z_STRLEN_P(transport))) {
			smart_str buf = {0};
			php_var_export_ex(transport, 1, &buf);
			smart_str_0(&buf);
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Bad worker->transport %s", buf.s ? ZSTR_VAL(buf.s) : "");
			smart_str_free(&buf);
			return NULL;
		}
	} else {
		zval *transport = wm_prop(obj, wm_worker_slot_transport);
		if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "tcp")) {
			ZVAL_STRINGL(&zv, s, scheme_len);
			wm_prop_set(obj, wm_worker_slot_transport, &zv);
		}
	}
	zval *transport = wm_prop(obj, wm_worker_slot_transport);
	const char *kind = wm_transport_socket(Z_STRVAL_P(transport), Z_STRLEN_P(transport));
	return zend_strpprintf(0, "%s:%.*s", kind, (int) address_len, address);
}

static bool wm_worker_is_transport(zend_object *obj, const char *t)
{
	zval *transport = wm_prop(obj, wm_worker_slot_transport);
	return Z_TYPE_P(transport) == IS_STRING && strcmp(Z_STRVAL_P(transport), t) == 0;
}

static void wm_worker_on_accept(evutil_socket_t fd, short what, void *arg);
static void wm_worker_on_datagram(evutil_socket_t fd, short what, void *arg);

/* listen(false): creates the listening socket if it does not exist yet. */
static zend_result wm_worker_bind(zend_object *obj)
{
	wm_worker_object *w = wm_worker_from_obj(obj);
	zval *main = wm_prop(obj, wm_worker_slot_main_socket);
	if (Z_TYPE_P(main) == IS_RESOURCE) {
		return SUCCESS;
	}

	zend_string *local = wm_worker_parse_socket_address(obj);
	if (!local) {
		return EG(exception) ? FAILURE : SUCCESS;
	}

	php_stream_context *ctx = NULL;
	zval *context = wm_prop(obj, slot_socket_context);
	if (Z_TYPE_P(context) == IS_RESOURCE) {
		ctx = zend_fetch_resource_ex(context, NULL, php_le_stream_context());
	}
	zval *reuse = wm_prop(obj, wm_worker_slot_reuse_port);
	if (ctx && Z_TYPE_P(reuse) == IS_TRUE) {
		zval one;
		ZVAL_LONG(&one, 1);
		php_stream_context_set_option(ctx, "socket", "so_reuseport", &one);
	}

	bool udp = wm_worker_is_transport(obj, "udp");
	int flags = STREAM_XPORT_SERVER | STREAM_XPORT_BIND | (udp ? 0 : STREAM_XPORT_LISTEN);
	zend_string *errstr = NULL;
	int err = 0;
	php_stream *stream = php_stream_xport_create(ZSTR_VAL(local), ZSTR_LEN(local), 0, flags, NULL, NULL, ctx, &errstr, &err);
	if (!stream) {
		/* $this->mainSocket = stream_socket_server(...) is false now, and the exception is
		 * new RuntimeException($errMsg): empty when the stream layer gave no message (a unix
		 * socket path that exists already, which upstream does not remove either). */
		zval no;
		ZVAL_FALSE(&no);
		wm_prop_set(obj, wm_worker_slot_main_socket, &no);
		zend_throw_exception(spl_ce_RuntimeException, errstr ? ZSTR_VAL(errstr) : "", err);
		if (errstr) {
			zend_string_release(errstr);
		}
		zend_string_release(local);
		return FAILURE;
	}
	if (errstr) {
		zend_string_release(errstr);
	}

	php_socket_t fd = -1;
	if (php_stream_cast(stream, PHP_STREAM_AS_SOCKETD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 1) != SUCCESS) {
		fd = -1;
	}

	if (zend_string_starts_with_literal(local, "unix:")) {
		/* The socket file belongs to the worker's user and group, as upstream chowns it. */
		const char *path = ZSTR_VAL(local) + sizeof("unix://") - 1;
		zval *user = wm_prop(obj, wm_worker_slot_user), *group = wm_prop(obj, wm_worker_slot_group);
		if (Z_TYPE_P(user) == IS_STRING && Z_STRLEN_P(user)) {
			struct passwd *pw = getpwnam(Z_STRVAL_P(user));
			if (pw && chown(path, pw->pw_uid, (gid_t) -1) != 0) {
				wm_logf("Warning: chown %s to %s failed: %s", path, Z_STRVAL_P(user), strerror(errno));
			}
		}
		if (Z_TYPE_P(group) == IS_STRING && Z_STRLEN_P(group)) {
			struct group *gr = getgrnam(Z_STRVAL_P(group));
			if (gr && chown(path, (uid_t) -1, gr->gr_gid) != 0) {
				wm_logf("Warning: chgrp %s to %s failed: %s", path, Z_STRVAL_P(group), strerror(errno));
			}
		}
	} else if (!udp && fd >= 0) {
		wm_socket_set_tcp_options(fd);
	}
	zend_string_release(local);

	php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, 0, NULL);
	if (fd >= 0) {
		wm_socket_set_nonblock(fd);
	}
	zval res;
	php_stream_to_zval(stream, &res);
	wm_prop_set(obj, wm_worker_slot_main_socket, &res);
	w->listen_fd = fd;
	return SUCCESS;
}

ZEND_METHOD(Workerman_Worker, listen)
{
	bool auto_accept = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(auto_accept)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *name = wm_prop(obj, wm_worker_slot_socket_name);
	if (Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0) {
		return;
	}
	if (wm_worker_bind(obj) == FAILURE) {
		RETURN_THROWS();
	}
	if (auto_accept) {
		wm_call_method(obj, "resumeaccept", sizeof("resumeaccept") - 1, NULL, 0, NULL);
	}
}

ZEND_METHOD(Workerman_Worker, unlisten)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wm_worker_object *w = wm_worker_from_obj(obj);

	wm_call_method(obj, "pauseaccept", sizeof("pauseaccept") - 1, NULL, 0, NULL);
	wm_worker_accept_detach(w);
	zval *main = wm_prop(obj, wm_worker_slot_main_socket);
	if (Z_TYPE_P(main) == IS_RESOURCE) {
		zend_list_close(Z_RES_P(main));
		zval nv;
		ZVAL_NULL(&nv);
		wm_prop_set(obj, wm_worker_slot_main_socket, &nv);
	}
	w->listen_fd = -1;
}

ZEND_METHOD(Workerman_Worker, pauseAccept)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wm_worker_object *w = wm_worker_from_obj(obj);
	zval *paused = wm_prop(obj, slot_pause_accept);
	zval *main = wm_prop(obj, wm_worker_slot_main_socket);

	if (WM_G(loop) && Z_TYPE_P(paused) != IS_TRUE && Z_TYPE_P(main) == IS_RESOURCE) {
		if (w->accepting) {
			event_del(&w->ev_accept);
			w->accepting = false;
		}
		wm_worker_set_bool_or_null(obj, slot_pause_accept, 1);
	}
}

ZEND_METHOD(Workerman_Worker, resumeAccept)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wm_worker_object *w = wm_worker_from_obj(obj);
	zval *paused = wm_prop(obj, slot_pause_accept);
	zval *main = wm_prop(obj, wm_worker_slot_main_socket);
	wm_loop *loop = WM_G(loop);

	if (!loop || Z_TYPE_P(paused) == IS_FALSE || Z_TYPE_P(main) != IS_RESOURCE || w->listen_fd < 0) {
		return;
	}
	if (w->ev_assigned && w->accept_loop != loop) {
		wm_worker_accept_detach(w);
	}
	if (!w->ev_assigned) {
		event_assign(&w->ev_accept, loop->base, w->listen_fd, EV_READ | EV_PERSIST,
			wm_worker_is_transport(obj, "udp") ? wm_worker_on_datagram : wm_worker_on_accept, w);
		w->ev_assigned = true;
		w->accept_loop = loop;
		w->loop_ref.detach = wm_worker_loop_detach;
		wm_loop_ref_add(loop, &w->loop_ref);
	}
	if (!w->accepting) {
		event_add(&w->ev_accept, NULL);
		w->accepting = true;
	}
	wm_worker_set_bool_or_null(obj, slot_pause_accept, 0);
}

/* Re-arms accepting after running out of file descriptors. */
static void wm_worker_accept_retry(evutil_socket_t fd, short what, void *arg)
{
	wm_worker_object *w = arg;
	if (w->ev_assigned && !w->accepting && Z_TYPE_P(wm_prop(&w->std, slot_pause_accept)) == IS_FALSE) {
		event_add(&w->ev_accept, NULL);
		w->accepting = true;
	}
	OBJ_RELEASE(&w->std); /* taken when the retry was scheduled */
}

/* Accepts one connection from `fd` and attaches it to the worker (onConnect). False when there is
 * none to take (EAGAIN, an error: after EMFILE and the like accepting pauses for a second). */
static bool wm_worker_accept_one(wm_worker_object *w, evutil_socket_t fd)
{
	for (;;) {
		php_sockaddr_storage ss;
		socklen_t len = sizeof(ss);
#ifdef HAVE_ACCEPT4
		int cfd = accept4(fd, (struct sockaddr *) &ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
#else
		int cfd = accept(fd, (struct sockaddr *) &ss, &len);
		if (cfd >= 0) {
			wm_socket_set_nonblock(cfd);
		}
#endif
		if (cfd < 0) {
			if (errno == EINTR) {
				continue;
			}
			if ((errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) && w->accepting) {
				/* Level-triggered readiness would spin: stop accepting for a moment. */
				wm_logf("accept() failed: %s; pausing accept for 1 second", strerror(errno));
				event_del(&w->ev_accept);
				w->accepting = false;
				struct timeval tv = {1, 0};
				GC_ADDREF(&w->std);
				event_base_once(w->accept_loop->base, -1, EV_TIMEOUT, wm_worker_accept_retry, w, &tv);
			}
			return false; /* EAGAIN: another process won the race, or the queue is empty */
		}
		wm_metrics->accepted++;
		zval conn;
		wm_conn_object *c = wm_conn_new_accepted(&conn, cfd, wm_conn_remote_pack((struct sockaddr *) &ss, len));
		/* TLS starts before onConnect so that what it sends waits for the handshake. */
		bool tls_ok = !wm_worker_is_transport(&w->std, "ssl") || wm_tls_server_start(c, &w->std);
		wm_conn_attach_worker(c, &w->std);
		if (!tls_ok) {
			wm_conn_destroy(c);
		}
		zval_ptr_dtor(&conn);
		return true;
	}
}

static void wm_worker_on_accept(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_worker_on_accept, fd, what, arg);
	wm_worker_object *w = arg;
	GC_ADDREF(&w->std);

	/* A few accepts per wake-up: enough to drain bursts, few enough to share a socket fairly
	 * between processes that inherited it. */
	for (int i = 0; i < 16 && w->accepting && !EG(exception); i++) {
		if (!wm_worker_accept_one(w, fd)) {
			break;
		}
	}
	OBJ_RELEASE(&w->std);
}

/* A udp worker's socket is readable: a bounded batch of datagrams (upstream reads one per
 * wake-up; draining a few saves loop iterations under load and still shares the socket). */
static void wm_worker_on_datagram(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_worker_on_datagram, fd, what, arg);
	wm_worker_object *w = arg;
	GC_ADDREF(&w->std);
	for (int i = 0; i < 64 && w->accepting && w->listen_fd == fd && !EG(exception); i++) {
		if (!wm_udp_worker_recv(&w->std, fd)) {
			break;
		}
	}
	OBJ_RELEASE(&w->std);
}

/* acceptTcpConnection($socket) / acceptUdpConnection($socket): what the listening socket's read
 * event does, once: accept one connection (onConnect), or receive one datagram (onMessage). */
static php_socket_t wm_worker_socket_fd(zval *socket)
{
	php_stream *stream;
	php_socket_t fd = -1;
	if (Z_TYPE_P(socket) != IS_RESOURCE) {
		zend_argument_type_error(1, "must be a socket resource, %s given", zend_zval_type_name(socket));
		return -1;
	}
	php_stream_from_zval_no_verify(stream, socket);
	if (!stream || php_stream_cast(stream, PHP_STREAM_AS_SOCKETD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) != SUCCESS
		|| fd < 0) {
		zend_argument_type_error(1, "must be a socket resource");
		return -1;
	}
	return fd;
}

ZEND_METHOD(Workerman_Worker, acceptTcpConnection)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	php_socket_t fd = wm_worker_socket_fd(socket);
	if (fd < 0) {
		return;
	}
	wm_worker_object *w = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	GC_ADDREF(&w->std);
	wm_worker_accept_one(w, fd);
	OBJ_RELEASE(&w->std);
}

ZEND_METHOD(Workerman_Worker, acceptUdpConnection)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	php_socket_t fd = wm_worker_socket_fd(socket);
	if (fd < 0) {
		return;
	}
	GC_ADDREF(Z_OBJ_P(ZEND_THIS));
	wm_udp_worker_recv(Z_OBJ_P(ZEND_THIS), fd);
	OBJ_RELEASE(Z_OBJ_P(ZEND_THIS));
}

/* ---- run / stop ---------------------------------------------------------------------------- */

/* onWorkerStart and what upstream's run() does in the `finally` after it: accept starts once it
 * returned (listen() was told not to), also when it suspended its Fiber and finishes later. */
static void wm_worker_start_job(evutil_socket_t fd, short what, void *arg)
{
	zend_object *obj = arg;
	zval *start = wm_prop(obj, wm_worker_slot_on_worker_start);
	if (wm_is_set(start)) {
		zval func, self;
		ZVAL_COPY(&func, start);
		ZVAL_OBJ(&self, obj);
		wm_call(&func, NULL, 1, &self);
		zval_ptr_dtor(&func);
	}
	if (EG(exception)) {
		if (wm_exception_is_exit()) {
			OBJ_RELEASE(obj);
			return;
		}
		/* In a worker process the process exits (250) without accepting; the master restarts it
		 * after a back-off. Elsewhere (run() without runAll()) it is logged and accept starts. */
		zend_object *ex = wm_exception_take();
		bool exiting = wm_process_start_failed(ex);
		if (!exiting) {
			wm_log_throwable(ex);
		}
		OBJ_RELEASE(ex);
		if (exiting) {
			OBJ_RELEASE(obj);
			return;
		}
	}
	wm_process_start_phase(NULL);
	if (Z_TYPE_P(wm_prop(obj, slot_pause_accept)) == IS_NULL) {
		wm_call_method(obj, "resumeaccept", sizeof("resumeaccept") - 1, NULL, 0, NULL);
	}
	OBJ_RELEASE(obj);
}

ZEND_METHOD(Workerman_Worker, run)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	bool has_start = wm_is_set(wm_prop(obj, wm_worker_slot_on_worker_start));
	zval arg;

	ZVAL_BOOL(&arg, !has_start);
	wm_call_method(obj, "listen", sizeof("listen") - 1, NULL, 1, &arg);
	if (EG(exception) || !has_start) {
		return;
	}
	/* As upstream 5.x: onWorkerStart runs in a Fiber, so it may suspend (a Revolt suspension,
	 * Timer::sleep() on the Fiber loop) while the loop starts. The job owns a reference. */
	wm_process_start_phase("onWorkerStart");
	GC_ADDREF(obj);
	if (!wm_fiber_run(wm_worker_start_job, -1, 0, obj)) {
		wm_worker_start_job(-1, 0, obj);
	}
}

ZEND_METHOD(Workerman_Worker, stop)
{
	bool force = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(force)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (Z_TYPE_P(wm_prop(obj, wm_worker_slot_stopping)) == IS_TRUE) {
		return;
	}
	zval *cb = wm_prop(obj, wm_worker_slot_on_worker_stop);
	if (wm_is_set(cb)) {
		zval func, self;
		ZVAL_COPY(&func, cb);
		ZVAL_OBJ(&self, obj);
		wm_call(&func, NULL, 1, &self);
		zval_ptr_dtor(&func);
		if (wm_log_pending_exception()) {
			return;
		}
	}
	wm_call_method(obj, "unlisten", sizeof("unlisten") - 1, NULL, 0, NULL);
	if (EG(exception)) {
		return;
	}

	if (!wm_process_graceful()) {
		zval *conns = wm_prop(obj, wm_worker_slot_connections);
		if (Z_TYPE_P(conns) == IS_ARRAY) {
			zval copy, *conn;
			ZVAL_COPY(&copy, conns);
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL(copy), conn) {
				if (Z_TYPE_P(conn) != IS_OBJECT) {
					continue;
				}
				bool close_it = force;
				if (!close_it && instanceof_function(Z_OBJCE_P(conn), wm_ce_TcpConnection)) {
					close_it = wm_rbuf_len(&Z_WM_CONN_P(conn)->net.rbuf) == 0;
				}
				if (close_it) {
					wm_call_method(Z_OBJ_P(conn), "close", sizeof("close") - 1, NULL, 0, NULL);
					if (EG(exception)) {
						break;
					}
				}
			} ZEND_HASH_FOREACH_END();
			zval_ptr_dtor(&copy);
		}
	}

	static const char *clear[] = {"onMessage", "onClose", "onError", "onBufferDrain", "onBufferFull"};
	for (size_t i = 0; i < sizeof(clear) / sizeof(clear[0]); i++) {
		zend_update_property_null(obj->ce, obj, clear[i], strlen(clear[i]));
	}
	zval t;
	ZVAL_TRUE(&t);
	wm_prop_set(obj, wm_worker_slot_stopping, &t);
}

ZEND_METHOD(Workerman_Worker, getSocketName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *name = wm_prop(Z_OBJ_P(ZEND_THIS), wm_worker_slot_socket_name);
	if (Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0) {
		RETURN_STRING("none");
	}
	zend_string *s = zend_string_init(Z_STRVAL_P(name), Z_STRLEN_P(name), 0);
	ZSTR_VAL(s)[0] = tolower((unsigned char) ZSTR_VAL(s)[0]);
	RETURN_NEW_STR(s);
}

ZEND_METHOD(Workerman_Worker, getMainSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wm_prop(Z_OBJ_P(ZEND_THIS), wm_worker_slot_main_socket));
}

ZEND_METHOD(Workerman_Worker, setUserAndGroup)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *user = wm_prop(obj, wm_worker_slot_user);
	zval *group = wm_prop(obj, wm_worker_slot_group);
	const char *uname = Z_TYPE_P(user) == IS_STRING ? Z_STRVAL_P(user) : "";

	struct passwd *pw = getpwnam(uname);
	if (!pw) {
		wm_logf("Warning: User %s not exists", uname);
		return;
	}
	uid_t uid = pw->pw_uid;
	gid_t gid = pw->pw_gid;
	char *name = estrdup(pw->pw_name);
	if (Z_TYPE_P(group) == IS_STRING && Z_STRLEN_P(group)) {
		struct group *gr = getgrnam(Z_STRVAL_P(group));
		if (!gr) {
			wm_logf("Warning: Group %s not exists", Z_STRVAL_P(group));
			efree(name);
			return;
		}
		gid = gr->gr_gid;
	}
	if (uid != getuid() || gid != getgid()) {
		if (setgid(gid) != 0 || initgroups(name, gid) != 0 || setuid(uid) != 0) {
			wm_logf("Warning: change gid or uid fail.");
		}
	}
	efree(name);
}

/* ---- static helpers ------------------------------------------------------------------------ */

ZEND_METHOD(Workerman_Worker, getAllWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *workers = wm_static_prop(wm_ce_Worker, "workers", sizeof("workers") - 1);
	if (workers && Z_TYPE_P(workers) == IS_ARRAY) {
		RETURN_COPY(workers);
	}
	RETURN_EMPTY_ARRAY();
}

ZEND_METHOD(Workerman_Worker, getEventLoop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *ev = wm_static_prop(wm_ce_Worker, "globalEvent", sizeof("globalEvent") - 1);
	if (ev && Z_TYPE_P(ev) == IS_OBJECT) {
		RETURN_COPY(ev);
	}
	zend_throw_error(NULL, "No event loop exists in this process yet");
}

ZEND_METHOD(Workerman_Worker, getStatus)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wm_process_status());
}

ZEND_METHOD(Workerman_Worker, getGracefulStop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_process_graceful());
}

ZEND_METHOD(Workerman_Worker, isRunning)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_process_status() != 0);
}

ZEND_METHOD(Workerman_Worker, getArgv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_process_argv(return_value);
}

ZEND_METHOD(Workerman_Worker, log)
{
	zend_string *msg;
	zend_object *obj = NULL;
	bool decorated = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, zend_ce_stringable, msg)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(decorated)
	ZEND_PARSE_PARAMETERS_END();

	if (obj) {
		zval zv, str;
		ZVAL_OBJ(&zv, obj);
		ZVAL_STR(&str, zval_get_string(&zv));
		if (!EG(exception)) {
			wm_log(Z_STRVAL(str), Z_STRLEN(str));
		}
		zval_ptr_dtor(&str);
		return;
	}
	wm_log(ZSTR_VAL(msg), ZSTR_LEN(msg));
}

ZEND_METHOD(Workerman_Worker, safeEcho)
{
	zend_string *msg;
	bool decorated = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(msg)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(decorated)
	ZEND_PARSE_PARAMETERS_END();
	wm_safe_echo(ZSTR_VAL(msg), ZSTR_LEN(msg), decorated);
}

/* ---- module -------------------------------------------------------------------------------- */

void wm_worker_minit(void)
{
	wm_ce_Worker = register_class_Workerman_Worker();
	wm_ce_Worker->create_object = wm_worker_create;

	memcpy(&wm_worker_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_worker_handlers.offset = XtOffsetOf(wm_worker_object, std);
	wm_worker_handlers.free_obj = wm_worker_free;
	wm_worker_handlers.clone_obj = NULL;

	zend_class_entry *ce = wm_ce_Worker;
	wm_worker_slot_connections = wm_prop_offset(ce, "connections");
	wm_conn_set_count_hook(wm_process_connection_gone);
	wm_worker_slot_id = wm_prop_offset(ce, "id");
	wm_worker_slot_name = wm_prop_offset(ce, "name");
	wm_worker_slot_count = wm_prop_offset(ce, "count");
	wm_worker_slot_user = wm_prop_offset(ce, "user");
	wm_worker_slot_group = wm_prop_offset(ce, "group");
	wm_worker_slot_reloadable = wm_prop_offset(ce, "reloadable");
	wm_worker_slot_reuse_port = wm_prop_offset(ce, "reusePort");
	wm_worker_slot_transport = wm_prop_offset(ce, "transport");
	wm_worker_slot_protocol = wm_prop_offset(ce, "protocol");
	wm_worker_slot_socket_name = wm_prop_offset(ce, "socketName");
	wm_worker_slot_main_socket = wm_prop_offset(ce, "mainSocket");
	wm_worker_slot_context = wm_prop_offset(ce, "context");
	wm_worker_slot_worker_id = wm_prop_offset(ce, "workerId");
	wm_worker_slot_on_worker_start = wm_prop_offset(ce, "onWorkerStart");
	wm_worker_slot_on_worker_stop = wm_prop_offset(ce, "onWorkerStop");
	wm_worker_slot_on_worker_reload = wm_prop_offset(ce, "onWorkerReload");
	wm_worker_slot_stopping = wm_prop_offset(ce, "stopping");
	wm_worker_slot_event_loop = wm_prop_offset(ce, "eventLoop");
	slot_socket_context = wm_prop_offset(ce, "socketContext");
	slot_pause_accept = wm_prop_offset(ce, "pauseAccept");
	slot_on_message = wm_prop_offset(ce, "onMessage");

	zend_internal_function *f = &wm_worker_discard_fn;
	memset(f, 0, sizeof(*f));
	f->type = ZEND_INTERNAL_FUNCTION;
	f->handler = ZEND_FN(wm_worker_discard);
	f->function_name = zend_string_init_interned("{closure}", sizeof("{closure}") - 1, 1);
	f->scope = wm_ce_Worker;
	f->fn_flags = ZEND_ACC_PUBLIC | ZEND_ACC_STATIC | ZEND_ACC_VARIADIC;
	f->arg_info = (zend_internal_arg_info *) arginfo_wm_worker_discard + 1;
}
