/* SPDX-License-Identifier: MIT */
/* Workerman\Connection\ConnectionInterface and TcpConnection.
 *
 * A TcpConnection owns its socket, receive buffer and send queue in C. While it has a socket it
 * holds a reference to itself (the event loop is its owner, as upstream's loop callbacks are), and
 * drops it in destroy(). Every user callback is read from its declared property when the event
 * fires, so reassigning one takes effect at once. */

#include "php/php_wm.h"
#include "core/callback.h"
#include "php/log.h"
#include "php/process.h"
#include "net/socket.h"
#include "main/php_network.h"
#include "main/php_streams.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_attributes.h"
#include "zend_closures.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_var.h"
#include "../stubs/connection_arginfo.h"

#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

zend_class_entry *wm_ce_ConnectionInterface;
zend_class_entry *wm_ce_TcpConnection;
static zend_object_handlers wm_conn_handlers;

/* Declared property slots (offsets are inherited unchanged by subclasses). */
uint32_t wm_conn_slot_on_message, wm_conn_slot_on_close, wm_conn_slot_on_error,
	wm_conn_slot_on_buffer_full, wm_conn_slot_on_buffer_drain, wm_conn_slot_on_connect,
	wm_conn_slot_protocol, wm_conn_slot_transport, wm_conn_slot_worker;
static uint32_t slot_event_loop, slot_error_handler, slot_bytes_read, slot_bytes_written, slot_id,
	slot_real_id, slot_max_send, slot_max_package, slot_context, slot_linger;

/* Static property slots. */
static uint32_t sslot_statistics, sslot_connections, sslot_default_max_send, sslot_default_max_package,
	sslot_default_linger;

/* Sends larger than this are not held back while a pipelined batch is being answered. */
#define WM_CORK_LIMIT (64 * 1024)

static void wm_conn_on_readable(evutil_socket_t fd, short what, void *arg);
static void wm_conn_on_writable(evutil_socket_t fd, short what, void *arg);
static void wm_conn_base_read(wm_conn_object *c, bool check_eof);
static zval *wm_conn_send(wm_conn_object *c, zval *data, bool raw, zval *result);

/* ---- statistics ---------------------------------------------------------------------------- */

static zval *wm_stats_array(void)
{
	zval *stats = wm_static_slot(wm_ce_ConnectionInterface, sslot_statistics);
	if (Z_TYPE_P(stats) != IS_ARRAY) {
		return NULL;
	}
	SEPARATE_ARRAY(stats);
	return stats;
}

void wm_stat_add(const char *key, size_t len, zend_long delta)
{
	zval *stats = wm_stats_array();
	if (!stats) {
		return;
	}
	zval *v = zend_hash_str_find(Z_ARRVAL_P(stats), key, len);
	if (!v) {
		zval nv;
		ZVAL_LONG(&nv, delta);
		zend_hash_str_update(Z_ARRVAL_P(stats), key, len, &nv);
		return;
	}
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_LONG) {
		Z_LVAL_P(v) += delta;
	} else {
		zend_long old = zval_get_long(v);
		zval_ptr_dtor(v);
		ZVAL_LONG(v, old + delta);
	}
}

zend_long wm_stat_get(const char *key, size_t len)
{
	zval *stats = wm_static_slot(wm_ce_ConnectionInterface, sslot_statistics);
	if (Z_TYPE_P(stats) != IS_ARRAY) {
		return 0;
	}
	zval *v = zend_hash_str_find(Z_ARRVAL_P(stats), key, len);
	return v ? zval_get_long(v) : 0;
}

/* ---- small helpers ------------------------------------------------------------------------- */

static zend_always_inline zend_long wm_conn_long(wm_conn_object *c, uint32_t slot)
{
	zval *zv = wm_prop(&c->std, slot);
	return Z_TYPE_P(zv) == IS_LONG ? Z_LVAL_P(zv) : zval_get_long(zv);
}

static zend_always_inline void wm_conn_add_long(wm_conn_object *c, uint32_t slot, zend_long delta)
{
	zval *zv = OBJ_PROP(&c->std, slot);
	if (EXPECTED(Z_TYPE_P(zv) == IS_LONG)) {
		Z_LVAL_P(zv) += delta;
	} else {
		zval nv;
		ZVAL_LONG(&nv, zval_get_long(zv) + delta);
		wm_prop_set(&c->std, slot, &nv);
	}
}

static void wm_conn_set_null(wm_conn_object *c, uint32_t slot)
{
	zval nv;
	ZVAL_NULL(&nv);
	wm_prop_set(&c->std, slot, &nv);
}

static void wm_conn_read_start(wm_conn_object *c)
{
	if (!(c->flags & WM_CONN_F_READING) && (c->flags & WM_CONN_F_EVENTS)) {
		event_add(&c->ev_read, NULL);
		c->flags |= WM_CONN_F_READING;
	}
}

static void wm_conn_read_stop(wm_conn_object *c)
{
	if (c->flags & WM_CONN_F_READING) {
		event_del(&c->ev_read);
		c->flags &= ~WM_CONN_F_READING;
	}
}

static void wm_conn_write_start(wm_conn_object *c)
{
	if (!(c->flags & WM_CONN_F_WRITING) && (c->flags & WM_CONN_F_EVENTS)) {
		event_add(&c->ev_write, NULL);
		c->flags |= WM_CONN_F_WRITING;
	}
}

static void wm_conn_write_stop(wm_conn_object *c)
{
	if (c->flags & WM_CONN_F_WRITING) {
		event_del(&c->ev_write);
		c->flags &= ~WM_CONN_F_WRITING;
	}
}

/* Bytes held in memory waiting for the socket to become writable (corked bytes count as
 * written; file chunks of HTTP file responses are not in memory and do not count). */
static zend_always_inline size_t wm_conn_backlog(wm_conn_object *c)
{
	return c->outq.bytes - c->outq.file_bytes - c->cork_bytes;
}

/* Whether anything at all waits for the socket (new bytes must then queue behind it). */
static zend_always_inline bool wm_conn_pending_write(wm_conn_object *c)
{
	return c->outq.bytes > c->cork_bytes;
}

/* Whether the object is a TcpConnection itself (methods may then be run in C directly) rather
 * than a subclass or a test double, whose overrides must see the call. */
static zend_always_inline bool wm_conn_is_plain(wm_conn_object *c)
{
	return c->std.ce == wm_ce_TcpConnection;
}

/* ---- callbacks ----------------------------------------------------------------------------- */

void wm_conn_report_throwable(zend_object *obj, zend_object *ex)
{
	zval *handler = NULL;
	if (obj && instanceof_function(obj->ce, wm_ce_ConnectionInterface)) {
		handler = wm_prop(obj, slot_error_handler);
	}
	if (handler && wm_is_set(handler)) {
		zval h, arg;
		ZVAL_COPY(&h, handler);
		ZVAL_OBJ(&arg, ex);
		wm_call(&h, NULL, 1, &arg);
		zval_ptr_dtor(&h);
		if (EG(exception)) {
			if (wm_exception_is_exit()) {
				if (WM_G(loop)) {
					wm_loop_stop(WM_G(loop));
				}
				return;
			}
			zend_object *ex2 = wm_exception_take();
			wm_log_throwable(ex2);
			OBJ_RELEASE(ex2);
		}
		return;
	}
	wm_log_throwable(ex);
}

void wm_conn_report_exception(wm_conn_object *c)
{
	if (!EG(exception)) {
		return;
	}
	if (wm_exception_is_exit()) {
		if (WM_G(loop)) {
			wm_loop_stop(WM_G(loop));
		}
		return;
	}
	zend_object *ex = wm_exception_take();
	wm_conn_report_throwable(&c->std, ex);
	OBJ_RELEASE(ex);
}

/* Calls the callable in property `slot` with ($connection, ...extra). Returns false if the
 * callback raised an exit() that must unwind. */
bool wm_conn_emit(wm_conn_object *c, uint32_t slot, uint32_t extra_argc, zval *extra)
{
	zval *cb = wm_prop(&c->std, slot);
	if (!wm_is_set(cb)) {
		return true;
	}
	zval func, args[3];
	ZVAL_COPY(&func, cb);
	ZVAL_OBJ(&args[0], &c->std);
	for (uint32_t i = 0; i < extra_argc && i < 2; i++) {
		ZVAL_COPY_VALUE(&args[i + 1], &extra[i]);
	}
	wm_call(&func, NULL, 1 + extra_argc, args);
	zval_ptr_dtor(&func);
	if (EG(exception)) {
		bool is_exit = wm_exception_is_exit();
		wm_conn_report_exception(c);
		return !is_exit;
	}
	return true;
}

static void wm_conn_emit_error(wm_conn_object *c, zend_long code, const char *msg)
{
	zval extra[2];
	ZVAL_LONG(&extra[0], code);
	ZVAL_STRING(&extra[1], msg);
	wm_conn_emit(c, wm_conn_slot_on_error, 2, extra);
	zval_ptr_dtor(&extra[1]);
}

/* ---- object handlers ----------------------------------------------------------------------- */

static zend_object *wm_conn_create(zend_class_entry *ce)
{
	wm_conn_object *c = zend_object_alloc(sizeof(wm_conn_object), ce);
	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &wm_conn_handlers;
	c->fd = -1;
	ZVAL_UNDEF(&c->stream);
	c->status = WM_STATUS_ESTABLISHED;
	return &c->std;
}

/* Releases the socket and the loop. Safe to call more than once. */
void wm_conn_release_socket(wm_conn_object *c)
{
	if (c->async) {
		/* An outbound connection may still be resolving or connecting. */
		wm_async_stop_connecting(c);
	}
	if (c->flags & WM_CONN_F_EVENTS) {
		event_del(&c->ev_read);
		event_del(&c->ev_write);
		c->flags &= ~(WM_CONN_F_EVENTS | WM_CONN_F_READING | WM_CONN_F_WRITING);
	}
	if (c->linger_timer && c->loop) {
		wm_loop_timer_del(c->loop, c->linger_timer);
		c->linger_timer = 0;
	}
	if (Z_TYPE(c->stream) == IS_RESOURCE) {
		zend_list_close(Z_RES(c->stream));
		zval_ptr_dtor(&c->stream);
		ZVAL_UNDEF(&c->stream);
	} else if (c->fd >= 0) {
		close(c->fd);
	}
	c->fd = -1;
	wm_loop_ref_remove(&c->loop_ref);
	if (c->loop_obj) {
		zend_object *loop_obj = c->loop_obj;
		c->loop_obj = NULL;
		c->loop = NULL;
		OBJ_RELEASE(loop_obj);
	}
}

static void wm_conn_dtor_obj(zend_object *object)
{
	wm_conn_object *c = wm_conn_from_obj(object);
	if (c->flags & WM_CONN_F_SAFE) {
		c->flags &= ~WM_CONN_F_SAFE;
		WM_STAT_ADD("connection_count", -1);
		wm_process_connection_gone();
	}
	zend_objects_destroy_object(object);
}

static void wm_conn_free(zend_object *object)
{
	wm_conn_object *c = wm_conn_from_obj(object);
	wm_conn_release_socket(c);
	wm_rbuf_free(&c->rbuf);
	wm_outq_clear(&c->outq);
	wm_tls_conn_free(c);
	wm_async_conn_free(c);
	while (c->proto_states) {
		wm_proto_state *state = c->proto_states;
		c->proto_states = state->next;
		state->ops->state_free(state);
	}
	if (c->remote_address) {
		zend_string_release(c->remote_address);
	}
	if (c->proto_name) {
		zend_string_release(c->proto_name);
	}
	zend_object_std_dtor(object);
}

void wm_conn_proto_state_add(wm_conn_object *c, wm_proto_state *state, const wm_proto_ops *ops)
{
	state->ops = ops;
	state->next = c->proto_states;
	c->proto_states = state;
}

/* ---- construction -------------------------------------------------------------------------- */

/* The loop is being destroyed before this connection (request shutdown): forget its events. */
static void wm_conn_loop_detach(wm_loop_ref *ref)
{
	wm_conn_object *c = (wm_conn_object *) ((char *) ref - XtOffsetOf(wm_conn_object, loop_ref));
	if (c->async) {
		wm_async_stop_connecting(c);
	}
	if (c->flags & WM_CONN_F_EVENTS) {
		event_del(&c->ev_read);
		event_del(&c->ev_write);
		c->flags &= ~(WM_CONN_F_EVENTS | WM_CONN_F_READING | WM_CONN_F_WRITING);
	}
	c->linger_timer = 0;
	c->loop = NULL;
	c->loop_obj = NULL; /* its storage is being freed by the engine; no reference to drop */
}

/* Ids, limits, statistics and registries: what every connection gets at construction, with or
 * without a socket (AsyncTcpConnection connects later). */
void wm_conn_init_common(wm_conn_object *c)
{
	zval zv;

	WM_STAT_ADD("connection_count", 1);
	c->flags |= WM_CONN_F_SAFE;

	c->real_id = WM_G(conn_id_seq)++;
	if (WM_G(conn_id_seq) == ZEND_LONG_MAX) {
		WM_G(conn_id_seq) = 0;
	}
	ZVAL_LONG(&zv, c->real_id);
	wm_prop_set(&c->std, slot_id, &zv);
	ZVAL_LONG(&zv, c->real_id);
	wm_prop_set(&c->std, slot_real_id, &zv);

	ZVAL_COPY(&zv, wm_static_slot(wm_ce_TcpConnection, sslot_default_max_send));
	wm_prop_set(&c->std, slot_max_send, &zv);
	ZVAL_COPY(&zv, wm_static_slot(wm_ce_TcpConnection, sslot_default_max_package));
	wm_prop_set(&c->std, slot_max_package, &zv);

	wm_conn_register(c);
	object_init(&zv);
	wm_prop_set(&c->std, slot_context, &zv);
}

/* TcpConnection::$connections[$id] = $this */
void wm_conn_register(wm_conn_object *c)
{
	zval zv;
	zval *all = wm_static_slot(wm_ce_TcpConnection, sslot_connections);
	if (Z_TYPE_P(all) == IS_ARRAY) {
		SEPARATE_ARRAY(all);
		ZVAL_OBJ_COPY(&zv, &c->std);
		zend_hash_index_update(Z_ARRVAL_P(all), c->real_id, &zv);
	}
}

/* Takes a reference to the loop and registers for its detach, unless the connection holds one. */
void wm_conn_attach_loop(wm_conn_object *c, zend_object *loop_obj)
{
	if (c->loop_obj) {
		return;
	}
	c->loop_obj = loop_obj;
	GC_ADDREF(loop_obj);
	c->loop = &wm_loop_from_obj(loop_obj)->loop;
	c->loop_ref.detach = wm_conn_loop_detach;
	wm_loop_ref_add(c->loop, &c->loop_ref);
}

/* Attaches a connected socket (the loop is attached already): events, read watcher, the self
 * reference held while open, and a write event when data was queued before it was connected. */
void wm_conn_attach_fd(wm_conn_object *c, php_socket_t fd)
{
	c->fd = fd;
	if (wm_socket_family(fd) == AF_UNIX) {
		c->flags |= WM_CONN_F_UNIX;
	} else {
		c->flags &= ~WM_CONN_F_UNIX;
	}
	event_assign(&c->ev_read, c->loop->base, fd, EV_READ | EV_PERSIST, wm_conn_on_readable, c);
	event_assign(&c->ev_write, c->loop->base, fd, EV_WRITE | EV_PERSIST, wm_conn_on_writable, c);
	c->flags |= WM_CONN_F_EVENTS;
	if (!(c->flags & WM_CONN_F_PAUSED)) {
		wm_conn_read_start(c);
	}
	if (c->outq.bytes) {
		wm_conn_write_start(c);
	}
	if (!(c->flags & WM_CONN_F_SELF_REF)) {
		GC_ADDREF(&c->std);
		c->flags |= WM_CONN_F_SELF_REF;
	}
}

/* A connection that has a socket from the start (accepted, or built from a stream). */
static void wm_conn_setup(wm_conn_object *c, zend_object *loop_obj, php_socket_t fd, zend_string *remote)
{
	zval zv;

	c->remote_address = remote;
	c->status = WM_STATUS_ESTABLISHED;
	wm_conn_init_common(c);
	ZVAL_DOUBLE(&zv, zval_get_double(wm_static_slot(wm_ce_TcpConnection, sslot_default_linger)));
	wm_prop_set(&c->std, slot_linger, &zv);
	ZVAL_OBJ_COPY(&zv, loop_obj);
	wm_prop_set(&c->std, slot_event_loop, &zv);

	wm_conn_attach_loop(c, loop_obj);
	wm_conn_attach_fd(c, fd);
}

wm_conn_object *wm_conn_new_accepted(zval *out, php_socket_t fd, zend_string *remote)
{
	wm_process_loop();
	object_init_ex(out, wm_ce_TcpConnection);
	wm_conn_object *c = Z_WM_CONN_P(out);
	wm_conn_setup(c, WM_G(loop_obj), fd, remote);
	return c;
}

void wm_conn_attach_worker(wm_conn_object *c, zend_object *worker)
{
	static const struct { const char *name; uint32_t *slot; } copy[] = {
		{"protocol", &wm_conn_slot_protocol}, {"transport", &wm_conn_slot_transport},
		{"onMessage", &wm_conn_slot_on_message}, {"onClose", &wm_conn_slot_on_close},
		{"onError", &wm_conn_slot_on_error}, {"onBufferDrain", &wm_conn_slot_on_buffer_drain},
		{"onBufferFull", &wm_conn_slot_on_buffer_full},
	};
	zval zv, rv;

	ZVAL_OBJ_COPY(&zv, worker);
	wm_prop_set(&c->std, wm_conn_slot_worker, &zv);

	for (size_t i = 0; i < sizeof(copy) / sizeof(copy[0]); i++) {
		zval *src = zend_read_property(worker->ce, worker, copy[i].name, strlen(copy[i].name), 1, &rv);
		ZVAL_COPY_DEREF(&zv, src);
		if (*copy[i].slot == wm_conn_slot_transport && Z_TYPE(zv) != IS_STRING) {
			zval_ptr_dtor(&zv);
			ZVAL_STRING(&zv, "tcp");
		} else if (*copy[i].slot == wm_conn_slot_protocol && Z_TYPE(zv) != IS_STRING && Z_TYPE(zv) != IS_NULL) {
			zval_ptr_dtor(&zv);
			ZVAL_NULL(&zv);
		}
		wm_prop_set(&c->std, *copy[i].slot, &zv);
	}

	/* $worker->connections[$id] = $connection */
	zval *conns = wm_prop(worker, wm_worker_slot_connections);
	if (Z_TYPE_P(conns) == IS_ARRAY) {
		SEPARATE_ARRAY(conns);
		ZVAL_OBJ_COPY(&zv, &c->std);
		zend_hash_index_update(Z_ARRVAL_P(conns), c->real_id, &zv);
	}

	zval *on_connect = zend_read_property(worker->ce, worker, "onConnect", sizeof("onConnect") - 1, 1, &rv);
	if (wm_is_set(on_connect)) {
		zval func, arg;
		ZVAL_COPY_DEREF(&func, on_connect);
		ZVAL_OBJ(&arg, &c->std);
		wm_call(&func, NULL, 1, &arg);
		zval_ptr_dtor(&func);
		wm_conn_report_exception(c);
	}
}

/* ---- protocol resolution ------------------------------------------------------------------- */

/* The handler for the connection's current $protocol, NULL for a raw stream. Sets an exception
 * if the class cannot be found. */
static wm_proto *wm_conn_proto(wm_conn_object *c, bool *failed)
{
	zval *p = wm_prop(&c->std, wm_conn_slot_protocol);
	*failed = false;
	if (Z_TYPE_P(p) != IS_STRING || Z_STRLEN_P(p) == 0) {
		return NULL;
	}
	if (c->proto_name == Z_STR_P(p)) {
		return c->proto;
	}
	wm_proto *proto = wm_proto_resolve(Z_STR_P(p));
	if (!proto) {
		*failed = true;
		return NULL;
	}
	if (c->proto_name) {
		zend_string_release(c->proto_name);
	}
	c->proto_name = zend_string_copy(Z_STR_P(p));
	c->proto = proto;
	return proto;
}

/* ---- reading and framing ------------------------------------------------------------------- */

void wm_conn_bad_package(wm_conn_object *c, wm_proto *proto, zval *length)
{
	smart_str buf = {0};
	php_var_export_ex(length, 1, &buf);
	smart_str_0(&buf);
	wm_logf("Protocol %s Error package. package_length=%s", ZSTR_VAL(proto->ce->name),
		buf.s ? ZSTR_VAL(buf.s) : "");
	smart_str_free(&buf);
	wm_conn_destroy(c);
}

static void wm_conn_bad_length(wm_conn_object *c, wm_proto *proto, zend_long len)
{
	zval v;
	ZVAL_LONG(&v, len);
	wm_conn_bad_package(c, proto, &v);
}

/* Whether another package (complete, where the protocol can tell; any bytes at all otherwise,
 * e.g. for user protocols, whose input() we do not call twice) follows in the buffer right now:
 * then sends are held back and answered with a single write at the end of the read batch, in
 * the same loop iteration. */
static zend_always_inline bool wm_conn_more_pending(wm_conn_object *c, wm_proto *proto)
{
	size_t avail = wm_rbuf_len(&c->rbuf);
	if (avail == 0) {
		return false;
	}
	return !proto->ops->more_pending || proto->ops->more_pending(wm_rbuf_data(&c->rbuf), avail);
}

static void wm_conn_uncork(wm_conn_object *c);

/* Delivers one decoded message to onMessage, with output corked if more packages are pending. */
bool wm_conn_deliver(wm_conn_object *c, wm_proto *proto, zval *message)
{
	bool cork = proto && wm_conn_more_pending(c, proto);
	if (cork) {
		c->flags |= WM_CONN_F_CORK;
	}
	bool ok = wm_conn_emit(c, wm_conn_slot_on_message, 1, message);
	c->flags &= ~WM_CONN_F_CORK;
	return ok;
}

/* The framing loop: cuts packages out of the receive buffer with the connection's protocol
 * table and hands each one to onMessage, until the buffer runs dry, the connection pauses or
 * closes. */
static void wm_conn_process(wm_conn_object *c)
{
	if (c->flags & WM_CONN_F_IN_READ) {
		return; /* an outer frame is running this loop and will see any change */
	}
	c->flags |= WM_CONN_F_IN_READ;

	while (!(c->flags & WM_CONN_F_PAUSED) && c->status < WM_STATUS_CLOSING && !EG(exception)) {
		size_t avail = wm_rbuf_len(&c->rbuf);
		if (avail == 0) {
			break;
		}
		bool failed;
		wm_proto *proto = wm_conn_proto(c, &failed);
		if (failed) {
			wm_conn_report_exception(c);
			wm_conn_destroy(c);
			break;
		}

		zval msg;
		if (!proto) {
			/* Raw stream: the whole buffer is one message. */
			WM_STAT_ADD("total_request", 1);
			ZVAL_STR(&msg, wm_rbuf_take(&c->rbuf, avail));
			wm_conn_emit(c, wm_conn_slot_on_message, 1, &msg);
			zval_ptr_dtor(&msg);
			continue;
		}

		const wm_proto_ops *ops = proto->ops;
		zend_long max = wm_conn_long(c, slot_max_package);
		if (c->pkg_len == 0) {
			zend_long len = 0;
			wm_in in = ops->input(c, proto, max, &len, &msg);
			if (in == WM_IN_STOP) {
				break;
			}
			if (in == WM_IN_AGAIN) {
				continue;
			}
			if (in == WM_IN_MESSAGE) {
				WM_STAT_ADD("total_request", 1);
				goto deliver;
			}
			avail = wm_rbuf_len(&c->rbuf); /* a user input() may have consumed bytes */
			if (len == 0) {
				if ((zend_long) avail >= max && max > 0) {
					/* No package fits under maxPackageSize: bound memory instead of waiting. */
					wm_conn_bad_length(c, proto, 0);
				}
				break;
			}
			if (len < 0 || len > max) {
				wm_conn_bad_length(c, proto, len);
				break;
			}
			c->pkg_len = len;
		}
		if ((size_t) c->pkg_len > avail) {
			break;
		}

		WM_STAT_ADD("total_request", 1);
		zend_string *pkg = wm_rbuf_take(&c->rbuf, (size_t) c->pkg_len);
		c->pkg_len = 0;
		ops->decode(c, proto, pkg, &msg);
deliver:
		if (UNEXPECTED(EG(exception))) {
			zval_ptr_dtor(&msg);
			wm_conn_report_exception(c);
			continue;
		}
		wm_conn_deliver(c, proto, &msg);
		zval_ptr_dtor(&msg);
	}

	c->flags &= ~WM_CONN_F_IN_READ;
	if (c->cork_bytes) {
		wm_conn_uncork(c);
	}
}

/* baseRead() of a TLS connection: the handshake first, then decrypted bytes into the same
 * framing loop, again while OpenSSL holds bytes that no readiness event would announce. */
static void wm_conn_tls_read(wm_conn_object *c, bool check_eof)
{
	if (!wm_tls_established(c)) {
		int r = wm_tls_handshake(c);
		if (r < 0) {
			wm_conn_destroy(c);
			return;
		}
		if (r == 0 || c->status == WM_STATUS_CLOSED || !c->tls) {
			return;
		}
		if (c->outq.bytes) {
			wm_conn_write_start(c); /* what was sent meanwhile */
		}
	}
	for (;;) {
		size_t got = 0;
		ssize_t n = 0;
		while (got < WM_READ_BUFFER_SIZE) {
			n = wm_tls_recv(c, WM_G(read_buf) + got, WM_READ_BUFFER_SIZE - got);
			if (n <= 0) {
				break;
			}
			got += (size_t) n;
			if (!wm_tls_pending(c)) {
				break; /* OpenSSL holds nothing more: the next readiness event says when */
			}
		}
		if (got) {
			wm_conn_add_long(c, slot_bytes_read, (zend_long) got);
			if (c->status != WM_STATUS_ENDING) { /* end(): incoming bytes are counted and dropped */
				wm_rbuf_append(&c->rbuf, WM_G(read_buf), got);
			}
		}
		if (c->status != WM_STATUS_ENDING) {
			wm_conn_process(c);
		}
		/* Callbacks may have closed the connection, or destroyed it and reconnect()ed (its TLS
		 * state is then new, or gone): what was read here belonged to the old socket. */
		if (c->status < WM_STATUS_ESTABLISHED || c->status == WM_STATUS_CLOSED || !c->tls || !wm_tls_established(c)) {
			return;
		}
		if (n < 0) {
			if (check_eof) {
				wm_conn_destroy(c);
			}
			return;
		}
		if (got == 0 || c->status >= WM_STATUS_CLOSING || (c->flags & WM_CONN_F_PAUSED) || !wm_tls_pending(c)) {
			return;
		}
	}
}

static void wm_conn_base_read(wm_conn_object *c, bool check_eof)
{
	if (c->status == WM_STATUS_CLOSED || c->fd < 0) {
		return;
	}
	if (c->tls) {
		wm_conn_tls_read(c, check_eof);
		return;
	}
	ssize_t n;
	do {
		n = recv(c->fd, WM_G(read_buf), WM_READ_BUFFER_SIZE, 0);
	} while (n < 0 && errno == EINTR);

	if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
		if (check_eof) {
			wm_conn_destroy(c);
			return;
		}
	} else if (n > 0) {
		wm_conn_add_long(c, slot_bytes_read, n);
		if (c->status == WM_STATUS_ENDING) {
			return; /* end(): incoming bytes are counted and dropped */
		}
		wm_rbuf_append(&c->rbuf, WM_G(read_buf), (size_t) n);
	}
	wm_conn_process(c);
}

static void wm_conn_on_readable(evutil_socket_t fd, short what, void *arg)
{
	wm_conn_object *c = arg;
	GC_ADDREF(&c->std);
	wm_conn_base_read(c, true);
	OBJ_RELEASE(&c->std);
}

/* ---- writing ------------------------------------------------------------------------------- */

static void wm_conn_check_will_full(wm_conn_object *c)
{
	zend_long max = wm_conn_long(c, slot_max_send);
	if ((zend_long) wm_conn_backlog(c) >= max) {
		wm_conn_emit(c, wm_conn_slot_on_buffer_full, 0, NULL);
	}
}

static bool wm_conn_buffer_is_full(wm_conn_object *c)
{
	zend_long max = wm_conn_long(c, slot_max_send);
	if ((zend_long) wm_conn_backlog(c) >= max) {
		wm_conn_emit_error(c, 2, "send buffer full and drop package");
		return true;
	}
	return false;
}

/* The socket is gone while writing: upstream's "client closed" path. */
static void wm_conn_write_failed(wm_conn_object *c)
{
	WM_STAT_ADD("send_fail", 1);
	wm_conn_emit_error(c, 2, "client closed");
	wm_conn_destroy(c);
}

/* end(): once everything is written, shut the write side and close after lingerTimeout. */
static void wm_conn_end_shutdown(wm_conn_object *c);

/* Writes the send queue as far as the socket takes it, through TLS when the connection has it. */
static zend_always_inline ssize_t wm_conn_flush(wm_conn_object *c)
{
	return c->tls ? wm_tls_flush(c) : wm_outq_flush(&c->outq, c->fd);
}

static void wm_conn_uncork(wm_conn_object *c)
{
	if (!c->cork_bytes) {
		return;
	}
	size_t corked = c->cork_bytes;
	c->cork_bytes = 0;
	if (c->status == WM_STATUS_CLOSED || c->fd < 0) {
		wm_outq_clear(&c->outq);
		return;
	}
	ssize_t w = wm_conn_flush(c);
	if (w < 0) {
		wm_conn_write_failed(c);
		return;
	}
	/* Corked bytes were counted as written by send(). */
	wm_conn_add_long(c, slot_bytes_written, w - (ssize_t) corked);
	if (c->outq.bytes > 0) {
		wm_conn_write_start(c);
		wm_conn_check_will_full(c);
	}
}

/* Queues or writes encoded bytes: `s` followed by `suffix` (which may be empty). Returns
 * true (written), NULL-ish via *queued (queued) or false (failed), as send() does. */
typedef enum { WM_SENT, WM_QUEUED, WM_FAILED } wm_send_result;

static wm_send_result wm_conn_write(wm_conn_object *c, zend_string *s, const char *prefix, size_t prefix_len,
	const char *suffix, size_t suffix_len)
{
	size_t total = prefix_len + ZSTR_LEN(s) + suffix_len;

	if (c->status != WM_STATUS_ESTABLISHED || (c->tls && !wm_tls_established(c))) {
		/* Not connected yet (AsyncTcpConnection) or TLS handshake running: queue. */
		if (c->outq.bytes && wm_conn_buffer_is_full(c)) {
			WM_STAT_ADD("send_fail", 1);
			return WM_FAILED;
		}
		wm_outq_push_bytes(&c->outq, prefix, prefix_len);
		wm_outq_push_str(&c->outq, s, 0, ZSTR_LEN(s));
		wm_outq_push_bytes(&c->outq, suffix, suffix_len);
		wm_conn_check_will_full(c);
		return WM_QUEUED;
	}

	if (wm_conn_pending_write(c)) {
		if (wm_conn_buffer_is_full(c)) {
			WM_STAT_ADD("send_fail", 1);
			return WM_FAILED;
		}
		wm_outq_push_bytes(&c->outq, prefix, prefix_len);
		wm_outq_push_str(&c->outq, s, 0, ZSTR_LEN(s));
		wm_outq_push_bytes(&c->outq, suffix, suffix_len);
		wm_conn_check_will_full(c);
		return WM_QUEUED;
	}

	if ((c->flags & WM_CONN_F_CORK) && c->cork_bytes + total <= WM_CORK_LIMIT) {
		wm_outq_push_bytes(&c->outq, prefix, prefix_len);
		wm_outq_push_str(&c->outq, s, 0, ZSTR_LEN(s));
		wm_outq_push_bytes(&c->outq, suffix, suffix_len);
		c->cork_bytes += total;
		/* send() reports these as written (true), so they count as written now, as upstream's. */
		wm_conn_add_long(c, slot_bytes_written, (zend_long) total);
		return c->tls ? WM_QUEUED : WM_SENT; /* upstream's TLS send() always queues (null) */
	}

	ssize_t w;
	size_t corked = c->cork_bytes;
	if (c->cork_bytes || c->tls) {
		/* Earlier answers of this batch go out in the same write; TLS writes from the queue
		 * (records are cut from it, and a retried SSL_write needs the same bytes). */
		wm_outq_push_bytes(&c->outq, prefix, prefix_len);
		wm_outq_push_str(&c->outq, s, 0, ZSTR_LEN(s));
		wm_outq_push_bytes(&c->outq, suffix, suffix_len);
		total = c->outq.bytes;
		c->cork_bytes = 0;
		w = wm_conn_flush(c);
		if (w < 0) {
			wm_conn_write_failed(c);
			return WM_FAILED;
		}
	} else {
		struct iovec iov[3];
		int n = 0;
		if (prefix_len) {
			iov[n].iov_base = (void *) prefix;
			iov[n++].iov_len = prefix_len;
		}
		iov[n].iov_base = ZSTR_VAL(s);
		iov[n++].iov_len = ZSTR_LEN(s);
		if (suffix_len) {
			iov[n].iov_base = (void *) suffix;
			iov[n++].iov_len = suffix_len;
		}
		w = wm_sock_writev(c->fd, iov, n);
		if (w < 0) {
			wm_conn_write_failed(c);
			return WM_FAILED;
		}
		if ((size_t) w < total) {
			/* Queue what the socket did not take. */
			size_t done = (size_t) w;
			if (done < prefix_len) {
				wm_outq_push_bytes(&c->outq, prefix + done, prefix_len - done);
				done = 0;
			} else {
				done -= prefix_len;
			}
			if (done < ZSTR_LEN(s)) {
				wm_outq_push_str(&c->outq, s, done, ZSTR_LEN(s) - done);
				done = 0;
			} else {
				done -= ZSTR_LEN(s);
			}
			wm_outq_push_bytes(&c->outq, suffix + done, suffix_len - done);
		}
	}
	wm_conn_add_long(c, slot_bytes_written, w - (ssize_t) corked);
	if ((size_t) w == total) {
		return c->tls ? WM_QUEUED : WM_SENT;
	}
	wm_conn_write_start(c);
	wm_conn_check_will_full(c);
	return WM_QUEUED;
}

static void wm_conn_on_writable(evutil_socket_t fd, short what, void *arg)
{
	wm_conn_object *c = arg;
	GC_ADDREF(&c->std);

	if (c->tls && !wm_tls_established(c)) {
		int r = wm_tls_handshake(c);
		if (r < 0) {
			wm_conn_destroy(c);
		} else if (r > 0) {
			if (wm_tls_pending(c) && (c->flags & WM_CONN_F_READING)) {
				/* Records that came with the end of the handshake wait in OpenSSL (read-ahead),
				 * not in the kernel: no readiness event would announce them. */
				event_active(&c->ev_read, EV_READ, 0);
			}
			if (c->outq.bytes == 0) {
				wm_conn_write_stop(c);
			}
		}
		if (r <= 0 || c->outq.bytes == 0 || c->status == WM_STATUS_CLOSED) {
			OBJ_RELEASE(&c->std);
			return;
		}
	}
	ssize_t w = wm_conn_flush(c);
	if (w < 0) {
		WM_STAT_ADD("send_fail", 1);
		wm_conn_destroy(c);
	} else {
		wm_conn_add_long(c, slot_bytes_written, w);
		if (c->outq.bytes == 0) {
			wm_conn_write_stop(c);
			wm_conn_emit(c, wm_conn_slot_on_buffer_drain, 0, NULL);
			if (c->status == WM_STATUS_ENDING) {
				wm_conn_end_shutdown(c);
			}
			if (c->status == WM_STATUS_CLOSING && c->outq.bytes == 0) {
				wm_conn_destroy(c);
			}
		}
	}
	OBJ_RELEASE(&c->std);
}

/* send(): encodes through the protocol unless raw, then writes or queues. `result` receives
 * true, null or false. */
static zval *wm_conn_send(wm_conn_object *c, zval *data, bool raw, zval *result)
{
	if (c->status == WM_STATUS_ENDING || c->status == WM_STATUS_CLOSING || c->status == WM_STATUS_CLOSED) {
		ZVAL_FALSE(result);
		return result;
	}

	wm_proto *proto = NULL;
	if (!raw) {
		bool failed;
		proto = wm_conn_proto(c, &failed);
		if (failed) {
			wm_conn_report_exception(c);
			ZVAL_FALSE(result);
			return result;
		}
	}

	wm_encoded e;
	wm_encoded_init(&e);
	if (proto) {
		wm_enc r = proto->ops->encode(c, proto, data, &e);
		if (r != WM_ENC_WRITE) {
			wm_encoded_free(&e);
			if (r == WM_ENC_NULL) {
				ZVAL_NULL(result);
			} else {
				ZVAL_FALSE(result);
			}
			return result;
		}
	} else {
		e.payload = zval_try_get_string(data);
		if (!e.payload) {
			wm_conn_report_exception(c);
			ZVAL_FALSE(result);
			return result;
		}
	}

	if (e.prefix_len + ZSTR_LEN(e.payload) + e.suffix_len == 0) {
		/* Nothing to write: upstream's fwrite of '' "succeeds". */
		wm_encoded_free(&e);
		ZVAL_TRUE(result);
		return result;
	}
	GC_ADDREF(&c->std);
	wm_send_result r = wm_conn_write(c, e.payload, e.prefix, e.prefix_len, e.suffix, e.suffix_len);
	wm_encoded_free(&e);
	OBJ_RELEASE(&c->std);
	if (r == WM_SENT) {
		ZVAL_TRUE(result);
	} else if (r == WM_QUEUED) {
		ZVAL_NULL(result);
	} else {
		ZVAL_FALSE(result);
	}
	return result;
}

int wm_conn_write_raw(wm_conn_object *c, const char *prefix, size_t prefix_len, zend_string *s)
{
	if (c->status == WM_STATUS_ENDING || c->status == WM_STATUS_CLOSING || c->status == WM_STATUS_CLOSED) {
		return -1;
	}
	GC_ADDREF(&c->std);
	wm_send_result r = wm_conn_write(c, s, prefix, prefix_len, "", 0);
	OBJ_RELEASE(&c->std);
	return r == WM_SENT ? 1 : r == WM_QUEUED ? 0 : -1;
}

void wm_conn_send_file(wm_conn_object *c, zend_string *head, int fd, size_t off, size_t len)
{
	if (c->status == WM_STATUS_ENDING || c->status == WM_STATUS_CLOSING || c->status == WM_STATUS_CLOSED) {
		if (fd >= 0) {
			close(fd);
		}
		return;
	}
	GC_ADDREF(&c->std);
	if (ZSTR_LEN(head) && wm_conn_write(c, head, "", 0, "", 0) == WM_FAILED) {
		if (fd >= 0) {
			close(fd);
		}
	} else if (fd >= 0 && c->status == WM_STATUS_CLOSED) {
		close(fd);
	} else if (fd >= 0) {
		wm_outq_push_file(&c->outq, fd, off, len);
		if (c->status == WM_STATUS_ESTABLISHED && c->cork_bytes == 0) {
			/* Not part of a corked batch (that one is flushed at its end): write now. */
			ssize_t w = wm_conn_flush(c);
			if (w < 0) {
				wm_conn_write_failed(c);
			} else {
				wm_conn_add_long(c, slot_bytes_written, w);
				if (c->outq.bytes > 0) {
					wm_conn_write_start(c);
				}
			}
		}
	}
	OBJ_RELEASE(&c->std);
}

/* Calls $connection->send() through PHP when a subclass may override it. */
static void wm_conn_send_dispatch(wm_conn_object *c, zval *data, bool raw)
{
	if (wm_conn_is_plain(c)) {
		zval r;
		wm_conn_send(c, data, raw, &r);
		return;
	}
	zval args[2], ret;
	ZVAL_COPY_VALUE(&args[0], data);
	ZVAL_BOOL(&args[1], raw);
	zend_call_method(&c->std, c->std.ce, NULL, "send", sizeof("send") - 1, &ret, 2, &args[0], &args[1]);
	zval_ptr_dtor(&ret);
}

/* ---- closing ------------------------------------------------------------------------------- */

void wm_conn_destroy(wm_conn_object *c)
{
	if (c->status == WM_STATUS_CLOSED) {
		return;
	}
	GC_ADDREF(&c->std);

	zend_object *loop_obj = c->loop_obj;
	if (loop_obj) {
		GC_ADDREF(loop_obj);
	}
	if (c->cork_bytes && c->fd >= 0) {
		/* Replies corked in this read batch were reported as sent: give them to the kernel, as
		 * upstream's direct writes would have been, before the socket goes. */
		(void) wm_conn_flush(c);
		c->cork_bytes = 0;
	}
	if (c->tls) {
		wm_tls_close_notify(c);
	}
	wm_conn_release_socket(c);
	wm_tls_conn_free(c); /* as upstream resets sslHandshakeCompleted: a reconnect starts afresh */
	c->status = WM_STATUS_CLOSED;

	wm_conn_emit(c, wm_conn_slot_on_close, 0, NULL);
	if (!EG(exception)) {
		bool failed;
		wm_proto *proto = wm_conn_proto(c, &failed);
		if (failed) {
			zend_clear_exception();
		} else if (proto && proto->ops->on_close) {
			proto->ops->on_close(c, proto);
		}
	}

	wm_rbuf_free(&c->rbuf);
	wm_outq_clear(&c->outq);
	c->cork_bytes = 0;
	c->pkg_len = 0;
	c->flags &= ~(WM_CONN_F_PAUSED | WM_CONN_F_WR_SHUT);

	if (c->status == WM_STATUS_CLOSED) {
		wm_conn_set_null(c, wm_conn_slot_on_message);
		wm_conn_set_null(c, wm_conn_slot_on_close);
		wm_conn_set_null(c, wm_conn_slot_on_error);
		wm_conn_set_null(c, wm_conn_slot_on_buffer_full);
		wm_conn_set_null(c, wm_conn_slot_on_buffer_drain);
		wm_conn_set_null(c, slot_event_loop);
		wm_conn_set_null(c, slot_error_handler);

		zval *worker = wm_prop(&c->std, wm_conn_slot_worker);
		if (Z_TYPE_P(worker) == IS_OBJECT) {
			zend_object *w = Z_OBJ_P(worker);
			GC_ADDREF(w);
			wm_conn_set_null(c, wm_conn_slot_worker);
			wm_worker_forget_connection(w, c->real_id);
			OBJ_RELEASE(w);
		}
		zval *all = wm_static_slot(wm_ce_TcpConnection, sslot_connections);
		if (Z_TYPE_P(all) == IS_ARRAY) {
			SEPARATE_ARRAY(all);
			zend_hash_index_del(Z_ARRVAL_P(all), c->real_id);
		}
		if (c->flags & WM_CONN_F_SELF_REF) {
			c->flags &= ~WM_CONN_F_SELF_REF;
			OBJ_RELEASE(&c->std);
		}
	}
	if (loop_obj) {
		OBJ_RELEASE(loop_obj);
	}
	OBJ_RELEASE(&c->std);
}

void wm_conn_close(wm_conn_object *c, zval *data, bool raw)
{
	if (c->status == WM_STATUS_INITIAL || c->status == WM_STATUS_CONNECTING) {
		wm_conn_destroy(c);
		return;
	}
	if (c->status == WM_STATUS_CLOSING || c->status == WM_STATUS_CLOSED) {
		return;
	}
	GC_ADDREF(&c->std);
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send_dispatch(c, data, raw);
	}
	if (c->status != WM_STATUS_CLOSED) {
		c->status = WM_STATUS_CLOSING;
		wm_conn_uncork(c);
		if (c->status != WM_STATUS_CLOSED) {
			if (c->outq.bytes == 0) {
				wm_conn_destroy(c);
			} else {
				wm_conn_read_stop(c);
				c->flags |= WM_CONN_F_PAUSED;
			}
		}
	}
	OBJ_RELEASE(&c->std);
}

static void wm_conn_end_shutdown(wm_conn_object *c)
{
	if (c->status != WM_STATUS_ENDING || (c->flags & WM_CONN_F_WR_SHUT) || c->outq.bytes) {
		return;
	}
	if (c->fd >= 0) {
		if (c->tls) {
			wm_tls_close_notify(c);
		}
		shutdown(c->fd, SHUT_WR);
	}
	c->flags |= WM_CONN_F_WR_SHUT;
	zval *linger = wm_prop(&c->std, slot_linger);
	double timeout = zval_get_double(linger);
	if (timeout <= 0 || !c->loop) {
		wm_conn_close(c, NULL, false);
		return;
	}
	/* A one-shot timer whose callable is the connection's own close(). */
	zval func, method;
	array_init_size(&func, 2);
	ZVAL_OBJ_COPY(&method, &c->std);
	zend_hash_next_index_insert_new(Z_ARRVAL(func), &method);
	ZVAL_STRINGL(&method, "close", sizeof("close") - 1);
	zend_hash_next_index_insert_new(Z_ARRVAL(func), &method);
	c->linger_timer = wm_loop_timer_add(c->loop, timeout, &func, NULL, false);
	zval_ptr_dtor(&func);
}

/* ---- TcpConnection methods ----------------------------------------------------------------- */

#define WM_THIS_CONN() Z_WM_CONN_P(ZEND_THIS)

ZEND_METHOD(Workerman_Connection_TcpConnection, __construct)
{
	zval *loop_zv, *socket;
	zend_string *remote = NULL;
	php_stream *stream;
	php_socket_t fd = -1;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(loop_zv, wm_ce_EventInterface)
		Z_PARAM_RESOURCE(socket)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(remote)
	ZEND_PARSE_PARAMETERS_END();

	if (!wm_loop_from_zval(loop_zv)) {
		zend_argument_type_error(1, "must be the native Workerman event loop");
		RETURN_THROWS();
	}
	php_stream_from_zval(stream, socket);
	if (php_stream_cast(stream, PHP_STREAM_AS_SOCKETD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 1) != SUCCESS || fd < 0) {
		zend_argument_type_error(2, "must be a socket stream");
		RETURN_THROWS();
	}
	wm_conn_object *c = WM_THIS_CONN();
	if (c->flags & WM_CONN_F_EVENTS || c->status == WM_STATUS_CLOSED) {
		zend_throw_error(NULL, "TcpConnection is already constructed");
		RETURN_THROWS();
	}
	wm_socket_set_nonblock(fd);
	ZVAL_COPY(&c->stream, socket);
	wm_conn_setup(c, Z_OBJ_P(loop_zv), fd, remote ? zend_string_copy(remote) : ZSTR_EMPTY_ALLOC());
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus)
{
	bool raw = true;
	static const char *names[] = {"INITIAL", "CONNECTING", "ESTABLISHED", "ENDING", "CLOSING", "CLOSED"};

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = WM_THIS_CONN();
	if (raw) {
		RETURN_LONG(c->status);
	}
	switch (c->status) {
		case WM_STATUS_INITIAL: RETURN_STRING(names[0]);
		case WM_STATUS_CONNECTING: RETURN_STRING(names[1]);
		case WM_STATUS_ESTABLISHED: RETURN_STRING(names[2]);
		case WM_STATUS_ENDING: RETURN_STRING(names[3]);
		case WM_STATUS_CLOSING: RETURN_STRING(names[4]);
		default: RETURN_STRING(names[5]);
	}
}

ZEND_METHOD(Workerman_Connection_TcpConnection, send)
{
	zval *data;
	bool raw = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_send(WM_THIS_CONN(), data, raw, return_value);
}

static zend_string *wm_conn_remote(wm_conn_object *c)
{
	return c->remote_address ? c->remote_address : ZSTR_EMPTY_ALLOC();
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
	wm_addr_ip(wm_conn_remote(WM_THIS_CONN()), return_value);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_conn_remote(WM_THIS_CONN());
	RETURN_LONG(ZSTR_LEN(addr) ? wm_addr_port(addr) : 0);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_conn_remote(WM_THIS_CONN()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_socket_local_name(WM_THIS_CONN()->fd));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_socket_local_name(WM_THIS_CONN()->fd);
	wm_addr_ip(addr, return_value);
	zend_string_release(addr);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *addr = wm_socket_local_name(WM_THIS_CONN()->fd);
	zend_long port = wm_addr_port(addr);
	zend_string_release(addr);
	RETURN_LONG(port);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getSendBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) wm_conn_backlog(WM_THIS_CONN()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRecvBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) wm_rbuf_len(&WM_THIS_CONN()->rbuf));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, pauseRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	wm_conn_read_stop(c);
	c->flags |= WM_CONN_F_PAUSED;
}

ZEND_METHOD(Workerman_Connection_TcpConnection, resumeRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	if (!(c->flags & WM_CONN_F_PAUSED)) {
		return;
	}
	c->flags &= ~WM_CONN_F_PAUSED;
	if (c->status < WM_STATUS_CLOSING) {
		wm_conn_read_start(c);
	}
	if (!(c->flags & WM_CONN_F_IN_READ)) {
		wm_conn_base_read(c, false);
	}
}

ZEND_METHOD(Workerman_Connection_TcpConnection, baseRead)
{
	zval *socket = NULL;
	bool check_eof = true;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(socket)
		Z_PARAM_BOOL(check_eof)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_base_read(WM_THIS_CONN(), check_eof);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, baseWrite)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	if (c->fd >= 0 && c->outq.bytes) {
		wm_conn_on_writable(c->fd, EV_WRITE, c);
	}
}

/* pipe(): $this->onMessage forwards to $dest, close follows, back-pressure pauses $this. The
 * four callbacks are closures over native helpers, stored in the declared properties. */
enum { WM_PIPE_FORWARD, WM_PIPE_CLOSE, WM_PIPE_PAUSE, WM_PIPE_RESUME, WM_PIPE_COUNT };
static void wm_pipe_closure(zval *out, zend_object *bound, int which);

ZEND_METHOD(Workerman_Connection_TcpConnection, pipe)
{
	zval *dest;
	zval cb;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(dest, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = WM_THIS_CONN();
	wm_conn_object *d = Z_WM_CONN_P(dest);

	/* $this->onMessage = fn($source, $data) => $dest->send($data) */
	wm_pipe_closure(&cb, &d->std, WM_PIPE_FORWARD);
	wm_prop_set(&c->std, wm_conn_slot_on_message, &cb);
	/* $this->onClose = fn() => $dest->close() */
	wm_pipe_closure(&cb, &d->std, WM_PIPE_CLOSE);
	wm_prop_set(&c->std, wm_conn_slot_on_close, &cb);
	/* $dest->onBufferFull = fn() => $this->pauseRecv() */
	wm_pipe_closure(&cb, &c->std, WM_PIPE_PAUSE);
	wm_prop_set(&d->std, wm_conn_slot_on_buffer_full, &cb);
	/* $dest->onBufferDrain = fn() => $this->resumeRecv() */
	wm_pipe_closure(&cb, &c->std, WM_PIPE_RESUME);
	wm_prop_set(&d->std, wm_conn_slot_on_buffer_drain, &cb);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, consumeRecvBuffer)
{
	zend_long length;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (length > 0) {
		wm_rbuf_consume(&WM_THIS_CONN()->rbuf, (size_t) length);
	}
}

ZEND_METHOD(Workerman_Connection_TcpConnection, close)
{
	zval *data = NULL;
	bool raw = false;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_close(WM_THIS_CONN(), data, raw);
}

void wm_conn_end(wm_conn_object *c, zval *data, bool raw)
{
	if (c->status == WM_STATUS_INITIAL || c->status == WM_STATUS_CONNECTING) {
		wm_conn_destroy(c);
		return;
	}
	if (c->status == WM_STATUS_ENDING || c->status == WM_STATUS_CLOSING || c->status == WM_STATUS_CLOSED) {
		return;
	}
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send_dispatch(c, data, raw);
	}
	if (c->status == WM_STATUS_CLOSED) {
		return;
	}
	c->status = WM_STATUS_ENDING;
	wm_conn_set_null(c, wm_conn_slot_on_message);
	wm_rbuf_free(&c->rbuf);
	c->pkg_len = 0;
	wm_conn_uncork(c);
	if (c->status == WM_STATUS_ENDING && c->outq.bytes == 0) {
		wm_conn_end_shutdown(c);
	}
}

ZEND_METHOD(Workerman_Connection_TcpConnection, end)
{
	zval *data = NULL;
	bool raw = false;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_end(WM_THIS_CONN(), data, raw);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	zval ip;
	zend_string *transport = zval_get_string(wm_prop(&c->std, wm_conn_slot_transport));
	bool unix_sock = zend_string_equals_literal(transport, "unix");
	zend_string_release(transport);
	if (unix_sock) {
		RETURN_FALSE;
	}
	wm_addr_ip(wm_conn_remote(c), &ip);
	bool v6 = memchr(Z_STRVAL(ip), ':', Z_STRLEN(ip)) != NULL;
	zval_ptr_dtor(&ip);
	RETURN_BOOL(!v6);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	zval ip;
	zend_string *transport = zval_get_string(wm_prop(&c->std, wm_conn_slot_transport));
	bool unix_sock = zend_string_equals_literal(transport, "unix");
	zend_string_release(transport);
	if (unix_sock) {
		RETURN_FALSE;
	}
	wm_addr_ip(wm_conn_remote(c), &ip);
	bool v6 = memchr(Z_STRVAL(ip), ':', Z_STRLEN(ip)) != NULL;
	zval_ptr_dtor(&ip);
	RETURN_BOOL(v6);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	if (Z_TYPE(c->stream) == IS_UNDEF) {
		if (c->fd < 0) {
			RETURN_NULL();
		}
		php_stream *stream = php_stream_sock_open_from_socket(c->fd, NULL);
		if (!stream) {
			RETURN_NULL();
		}
		php_stream_to_zval(stream, &c->stream);
	}
	RETURN_COPY(&c->stream);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsEmpty)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(!wm_conn_pending_write(WM_THIS_CONN()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsFull)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_conn_buffer_is_full(WM_THIS_CONN()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, checkBufferWillFull)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_check_will_full(WM_THIS_CONN());
}

ZEND_METHOD(Workerman_Connection_TcpConnection, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_destroy(WM_THIS_CONN());
}

ZEND_METHOD(Workerman_Connection_TcpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = WM_THIS_CONN();
	zval tmp;
	zend_string *local = wm_socket_local_name(c->fd);
	zend_string *remote = wm_conn_remote(c);

	array_init(return_value);
	ZVAL_COPY(&tmp, wm_prop(&c->std, slot_id));
	zend_hash_str_add_new(Z_ARRVAL_P(return_value), "id", sizeof("id") - 1, &tmp);
	add_assoc_long(return_value, "status", c->status);
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
	bool unix_sock = (c->flags & WM_CONN_F_UNIX) != 0;
	add_assoc_bool(return_value, "isIpV4", !unix_sock && !v6);
	add_assoc_bool(return_value, "isIpV6", !unix_sock && v6);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, __unserialize)
{
	HashTable *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	/* An unserialized connection has no socket and is not counted. */
	WM_THIS_CONN()->flags &= ~WM_CONN_F_SAFE;
}

/* ConnectionInterface::error(): the errorHandler, else the Worker log. */
ZEND_METHOD(Workerman_Connection_ConnectionInterface, error)
{
	zval *ex;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(ex, zend_ce_throwable)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_report_throwable(Z_OBJ_P(ZEND_THIS), Z_OBJ_P(ex));
}

/* ---- pipe() helpers: internal functions bound as closures to a connection ------------------ */

ZEND_BEGIN_ARG_INFO_EX(arginfo_wm_pipe_helper, 0, 0, 0)
	ZEND_ARG_VARIADIC_INFO(0, args)
ZEND_END_ARG_INFO()

/* One handler for the four helpers; the bound $this is the connection acted on and the function
 * name says what to do. Each forwards through PHP method dispatch, as upstream's closures do. */
static ZEND_FUNCTION(wm_pipe_helper)
{
	zval *args = NULL;
	uint32_t argc = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE(EX(This)) != IS_OBJECT) {
		return;
	}
	zend_object *target = Z_OBJ(EX(This));
	zend_string *name = EX(func)->common.function_name;
	zval ret;
	if (zend_string_equals_literal(name, "pipeForward")) {
		if (argc >= 2) {
			zend_call_method_with_1_params(target, target->ce, NULL, "send", &ret, &args[1]);
			zval_ptr_dtor(&ret);
		}
	} else if (zend_string_equals_literal(name, "pipeClose")) {
		zend_call_method_with_0_params(target, target->ce, NULL, "close", NULL);
	} else if (zend_string_equals_literal(name, "pipePause")) {
		zend_call_method_with_0_params(target, target->ce, NULL, "pauserecv", NULL);
	} else {
		zend_call_method_with_0_params(target, target->ce, NULL, "resumerecv", NULL);
	}
}

static zend_internal_function wm_pipe_fns[WM_PIPE_COUNT];

static void wm_pipe_closure(zval *out, zend_object *bound, int which)
{
	zval this_zv;
	ZVAL_OBJ(&this_zv, bound);
	zend_create_closure(out, (zend_function *) &wm_pipe_fns[which], wm_ce_TcpConnection, bound->ce, &this_zv);
}

static void wm_pipe_minit(void)
{
	static const char *names[WM_PIPE_COUNT] = {"pipeForward", "pipeClose", "pipePause", "pipeResume"};
	for (int i = 0; i < WM_PIPE_COUNT; i++) {
		zend_internal_function *f = &wm_pipe_fns[i];
		memset(f, 0, sizeof(*f));
		f->type = ZEND_INTERNAL_FUNCTION;
		f->handler = ZEND_FN(wm_pipe_helper);
		f->function_name = zend_string_init_interned(names[i], strlen(names[i]), 1);
		f->scope = wm_ce_TcpConnection;
		f->fn_flags = ZEND_ACC_PUBLIC | ZEND_ACC_VARIADIC;
		f->arg_info = (zend_internal_arg_info *) arginfo_wm_pipe_helper + 1;
	}
}

/* ---- module ---------------------------------------------------------------------------------- */

void wm_connection_minit(void)
{
	wm_ce_ConnectionInterface = register_class_Workerman_Connection_ConnectionInterface();
	wm_ce_TcpConnection = register_class_Workerman_Connection_TcpConnection(wm_ce_ConnectionInterface, php_json_serializable_ce);
	wm_ce_TcpConnection->create_object = wm_conn_create;

	memcpy(&wm_conn_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_conn_handlers.offset = XtOffsetOf(wm_conn_object, std);
	wm_conn_handlers.free_obj = wm_conn_free;
	wm_conn_handlers.dtor_obj = wm_conn_dtor_obj;
	wm_conn_handlers.clone_obj = NULL;

	zend_class_entry *ce = wm_ce_TcpConnection;
	wm_conn_slot_on_message = wm_prop_offset(ce, "onMessage");
	wm_conn_slot_on_close = wm_prop_offset(ce, "onClose");
	wm_conn_slot_on_error = wm_prop_offset(ce, "onError");
	wm_conn_slot_on_buffer_full = wm_prop_offset(ce, "onBufferFull");
	wm_conn_slot_on_buffer_drain = wm_prop_offset(ce, "onBufferDrain");
	wm_conn_slot_on_connect = wm_prop_offset(ce, "onConnect");
	wm_conn_slot_protocol = wm_prop_offset(ce, "protocol");
	wm_conn_slot_transport = wm_prop_offset(ce, "transport");
	wm_conn_slot_worker = wm_prop_offset(ce, "worker");
	slot_event_loop = wm_prop_offset(ce, "eventLoop");
	slot_error_handler = wm_prop_offset(ce, "errorHandler");
	slot_bytes_read = wm_prop_offset(ce, "bytesRead");
	slot_bytes_written = wm_prop_offset(ce, "bytesWritten");
	slot_id = wm_prop_offset(ce, "id");
	slot_real_id = wm_prop_offset(ce, "realId");
	slot_max_send = wm_prop_offset(ce, "maxSendBufferSize");
	slot_max_package = wm_prop_offset(ce, "maxPackageSize");
	slot_context = wm_prop_offset(ce, "context");
	slot_linger = wm_prop_offset(ce, "lingerTimeout");

	sslot_statistics = wm_static_offset(wm_ce_ConnectionInterface, "statistics");
	sslot_connections = wm_static_offset(ce, "connections");
	sslot_default_max_send = wm_static_offset(ce, "defaultMaxSendBufferSize");
	sslot_default_max_package = wm_static_offset(ce, "defaultMaxPackageSize");
	sslot_default_linger = wm_static_offset(ce, "defaultLingerTimeout");

	wm_pipe_minit();
}

void wm_connection_rinit(void)
{
	zval stats;
	array_init_size(&stats, 4);
	add_assoc_long(&stats, "connection_count", 0);
	add_assoc_long(&stats, "total_request", 0);
	add_assoc_long(&stats, "throw_exception", 0);
	add_assoc_long(&stats, "send_fail", 0);
	zend_update_static_property(wm_ce_ConnectionInterface, "statistics", sizeof("statistics") - 1, &stats);
	zval_ptr_dtor(&stats);
	WM_G(conn_id_seq) = 1;
}
