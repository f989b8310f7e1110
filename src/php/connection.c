/* SPDX-License-Identifier: MIT */
/* Workerman\Connection\ConnectionInterface and TcpConnection.
 *
 * A TcpConnection's socket, buffers, transport and I/O are the connection engine's (c->net,
 * src/net/conn.h); this file is the PHP side: the object, its properties and callbacks, the
 * framing loop, send()'s encoding, close/end/destroy, and the upcalls through which the engine
 * reports what happened (wm_conn_upcalls). While it has a socket the connection holds a reference
 * to itself (the event loop is its owner, as upstream's loop callbacks are), and drops it in
 * destroy(). Every user callback is read from its declared property when the event fires, so
 * reassigning one takes effect at once. Address methods: conn_address.c; pipe(): conn_pipe.c. */

#include "php/protocol.h"
#include "core/metrics.h"
#include "php/events.h"
#include "php/connection.h"
#include "php/async.h"
#include "php/worker.h"
#include "core/callback.h"
#include "php/log.h"
#include "php/process.h"
#include "net/socket.h"
#include "main/php_network.h"
#include "main/php_streams.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_var.h"
#include "../stubs/connection_arginfo.h"

#include <unistd.h>

static zend_object_handlers wm_conn_handlers;

/* Declared property slots (offsets are inherited unchanged by subclasses). */
uint32_t wm_conn_slot_on_message, wm_conn_slot_on_close, wm_conn_slot_on_error,
	wm_conn_slot_on_buffer_full, wm_conn_slot_on_buffer_drain, wm_conn_slot_on_connect,
	wm_conn_slot_protocol, wm_conn_slot_transport, wm_conn_slot_worker;
uint32_t wm_conn_slot_id;
static uint32_t slot_event_loop, slot_error_handler, slot_bytes_read, slot_bytes_written,
	slot_real_id, slot_max_send, slot_max_package, slot_context, slot_linger;
/* Worker::$connections, which accepted connections join and leave. */
static uint32_t slot_worker_connections;

/* Static property slots. */
static uint32_t sslot_statistics, sslot_connections, sslot_default_max_send, sslot_default_max_package,
	sslot_default_linger, sslot_id_recorder;

static const wm_net_upcalls wm_conn_upcalls;
static wm_proto *wm_conn_proto(wm_conn_object *c, bool *failed);

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
				wm_loop_stop_on_exit(WM_G(loop));
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
		wm_loop_stop_on_exit(WM_G(loop));
		return;
	}
	zend_object *ex = wm_exception_take();
	wm_conn_report_throwable(&c->std, ex);
	OBJ_RELEASE(ex);
}

/* wm_conn_emit(); `*unhandled` (may be NULL) is set when the callback threw and no errorHandler
 * took the exception (it was logged). */
static bool wm_conn_emit_ex(wm_conn_object *c, uint32_t slot, uint32_t extra_argc, zval *extra, bool *unhandled)
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
		if (unhandled) {
			*unhandled = !is_exit && !wm_is_set(wm_prop(&c->std, slot_error_handler));
		}
		wm_conn_report_exception(c);
		return !is_exit;
	}
	return true;
}

/* Calls the callable in property `slot` with ($connection, ...extra). Returns false if the
 * callback raised an exit() that must unwind. */
bool wm_conn_emit(wm_conn_object *c, uint32_t slot, uint32_t extra_argc, zval *extra)
{
	return wm_conn_emit_ex(c, slot, extra_argc, extra, NULL);
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
	wm_net_init(&c->net, &wm_conn_upcalls, WM_STATUS_ESTABLISHED);
	return &c->std;
}

/* Releases the socket and the loop. Safe to call more than once. */
void wm_conn_release_socket(wm_conn_object *c)
{
	wm_conn_ext *ext = c->ext;
	if (ext && ext->async_ops) {
		/* An outbound connection may still be resolving or connecting. */
		ext->async_ops->stop_connecting(c);
	}
	wm_net_detach(&c->net);
	if (ext && ext->linger_timer && c->net.loop) {
		wm_loop_timer_del(c->net.loop, ext->linger_timer);
		ext->linger_timer = 0;
	}
	if (ext && ext->stream) {
		zval zv;
		ZVAL_RES(&zv, ext->stream);
		ext->stream = NULL;
		zend_list_close(Z_RES(zv));
		zval_ptr_dtor(&zv);
	} else if (c->net.fd >= 0) {
		close(c->net.fd);
	}
	c->net.fd = -1;
	wm_loop_ref_remove(&c->loop_ref);
	if (c->net.loop) {
		zend_object *loop_obj = wm_loop_obj(c->net.loop);
		c->net.loop = NULL;
		OBJ_RELEASE(loop_obj);
	}
}

/* Set once at MINIT (see wm_conn_set_count_hook()). */
static void (*wm_conn_count_hook)(void);

void wm_conn_set_count_hook(void (*fn)(void))
{
	wm_conn_count_hook = fn;
}

static void wm_conn_dtor_obj(zend_object *object)
{
	wm_conn_object *c = wm_conn_from_obj(object);
	if (c->net.oflags & WM_CONN_F_SAFE) {
		c->net.oflags &= ~WM_CONN_F_SAFE;
		WM_STAT_ADD("connection_count", -1);
		if (wm_conn_count_hook) {
			wm_conn_count_hook();
		}
	}
	zend_objects_destroy_object(object);
}

static void wm_conn_free(zend_object *object)
{
	wm_conn_object *c = wm_conn_from_obj(object);
	wm_conn_release_socket(c);
	wm_rbuf_free(&c->net.rbuf);
	wm_outq_clear(&c->net.outq);
	wm_net_transport_free(&c->net);
	if (c->ext) {
		if (c->ext->async_ops) {
			c->ext->async_ops->free(c); /* frees c->ext too */
		} else {
			efree(c->ext);
			c->ext = NULL;
		}
	}
	while (c->proto_states) {
		wm_proto_state *state = c->proto_states;
		c->proto_states = state->next;
		state->ops->state_free(state);
	}
	wm_conn_remote_set(c, NULL);
	if (c->proto_name) {
		zend_string_release(c->proto_name);
	}
	zend_object_std_dtor(object);
}

wm_conn_ext *wm_conn_ext_get(wm_conn_object *c)
{
	if (!c->ext) {
		c->ext = ecalloc(1, sizeof(wm_conn_ext));
	}
	return c->ext;
}

void wm_conn_proto_state_add(wm_conn_object *c, wm_proto_state *state, const wm_proto_ops *ops)
{
	state->ops = ops;
	state->next = c->proto_states;
	c->proto_states = state;
}

void wm_conn_proto_state_drop(wm_conn_object *c, wm_proto_state *state)
{
	for (wm_proto_state **p = &c->proto_states; *p; p = &(*p)->next) {
		if (*p == state) {
			*p = state->next;
			state->ops->state_free(state);
			return;
		}
	}
}

/* ---- construction -------------------------------------------------------------------------- */

/* The loop is being destroyed before this connection (request shutdown): forget its events. */
static void wm_conn_loop_detach(wm_loop_ref *ref)
{
	wm_conn_object *c = (wm_conn_object *) ((char *) ref - XtOffsetOf(wm_conn_object, loop_ref));
	if (c->ext) {
		if (c->ext->async_ops) {
			c->ext->async_ops->stop_connecting(c);
		}
		c->ext->linger_timer = 0;
	}
	wm_net_detach(&c->net);
	c->net.loop = NULL; /* its object's storage is being freed by the engine; no reference to drop */
}

/* Ids, limits, statistics and registries: what every connection gets at construction, with or
 * without a socket (AsyncTcpConnection connects later). */
void wm_conn_init_common(wm_conn_object *c)
{
	zval zv;

	WM_STAT_ADD("connection_count", 1);
	c->net.oflags |= WM_CONN_F_SAFE;

	c->real_id = WM_G(conn_id_seq)++;
	if (WM_G(conn_id_seq) == ZEND_LONG_MAX) {
		WM_G(conn_id_seq) = 0;
	}
	/* TcpConnection::$idRecorder shows the next id (a copy: the counter is WM_G(conn_id_seq)). */
	zval *recorder = wm_static_slot(wm_ce_TcpConnection, sslot_id_recorder);
	zval_ptr_dtor(recorder);
	ZVAL_LONG(recorder, WM_G(conn_id_seq));
	ZVAL_LONG(&zv, c->real_id);
	wm_prop_set(&c->std, wm_conn_slot_id, &zv);
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
	if (c->net.loop) {
		return;
	}
	GC_ADDREF(loop_obj);
	c->net.loop = &wm_loop_from_obj(loop_obj)->loop;
	c->loop_ref.detach = wm_conn_loop_detach;
	wm_loop_ref_add(c->net.loop, &c->loop_ref);
}

/* Attaches a connected socket (the loop is attached already): events, read watcher, the self
 * reference held while open, and a write event when data was queued before it was connected. */
void wm_conn_attach_fd(wm_conn_object *c, php_socket_t fd)
{
	wm_net_attach(&c->net, fd);
	if (!(c->net.oflags & WM_CONN_F_SELF_REF)) {
		GC_ADDREF(&c->std);
		c->net.oflags |= WM_CONN_F_SELF_REF;
	}
}

/* A connection that has a socket from the start (accepted, or built from a stream). */
static void wm_conn_setup(wm_conn_object *c, zend_object *loop_obj, php_socket_t fd, uintptr_t remote)
{
	zval zv;

	c->remote = remote;
	c->net.status = WM_STATUS_ESTABLISHED;
	wm_conn_init_common(c);
	ZVAL_DOUBLE(&zv, zval_get_double(wm_static_slot(wm_ce_TcpConnection, sslot_default_linger)));
	wm_prop_set(&c->std, slot_linger, &zv);
	ZVAL_OBJ_COPY(&zv, loop_obj);
	wm_prop_set(&c->std, slot_event_loop, &zv);

	wm_conn_attach_loop(c, loop_obj);
	wm_conn_attach_fd(c, fd);
}

wm_conn_object *wm_conn_new_accepted(zval *out, php_socket_t fd, uintptr_t remote)
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
	zval *conns = wm_prop(worker, slot_worker_connections);
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

	/* The protocol may start watching the connection (Http: the incomplete-request timeout). */
	if (c->net.status == WM_STATUS_ESTABLISHED && !EG(exception)) {
		bool failed;
		wm_proto *proto = wm_conn_proto(c, &failed);
		if (failed) {
			zend_clear_exception(); /* reported when the first bytes are framed */
		} else if (proto && proto->ops->accepted) {
			proto->ops->accepted(c, proto);
		}
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

void wm_conn_bad_package(wm_conn_object *c, wm_proto *proto, zend_long length)
{
	/* var_export() of the length, as upstream's line (it spells PHP_INT_MIN its own way). */
	zval v;
	smart_str buf = {0};
	ZVAL_LONG(&v, length);
	php_var_export_ex(&v, 1, &buf);
	smart_str_0(&buf);
	wm_logf("Protocol %s Error package. package_length=%s", ZSTR_VAL(proto->ce->name),
		buf.s ? ZSTR_VAL(buf.s) : "");
	smart_str_free(&buf);
	wm_conn_destroy(c);
}

/* Whether another package (complete, where the protocol can tell; any bytes at all otherwise,
 * e.g. for user protocols, whose input() we do not call twice) follows in the buffer right now:
 * then sends are held back and answered with a single write at the end of the read batch, in
 * the same loop iteration. */
static zend_always_inline bool wm_conn_more_pending(wm_conn_object *c, wm_proto *proto)
{
	size_t avail = wm_rbuf_len(&c->net.rbuf);
	if (avail == 0) {
		return false;
	}
	return !proto->ops->more_pending || proto->ops->more_pending(wm_rbuf_data(&c->net.rbuf), avail);
}

/* Delivers one decoded message to onMessage, with output corked if more packages are pending.
 * Returns false when the framing loop must stop: an exit() unwinds, or onMessage threw unhandled
 * and the protocol answered that (on_app_error). */
void wm_conn_batch_step(wm_conn_object *c)
{
	if (!(c->net.oflags & WM_CONN_F_IN_READ)) {
		return; /* not in the framing loop, which ends the batch */
	}
	if (c->net.oflags & WM_CONN_F_BATCH) {
		wm_net_batch_tick();
	} else {
		c->net.oflags |= WM_CONN_F_BATCH;
		wm_net_batch_begin(WM_G(batch_writes));
	}
}

bool wm_conn_deliver(wm_conn_object *c, wm_proto *proto, zval *message)
{
	bool cork = proto && wm_conn_more_pending(c, proto);
	if (cork) {
		c->net.flags |= WM_NET_F_CORK;
		wm_conn_batch_step(c);
	}
	bool unhandled = false;
	bool ok = wm_conn_emit_ex(c, wm_conn_slot_on_message, 1, message, &unhandled);
	c->net.flags &= ~WM_NET_F_CORK;
	if (UNEXPECTED(unhandled) && proto && proto->ops->on_app_error) {
		proto->ops->on_app_error(c, proto);
		return false;
	}
	return ok;
}

/* The framing loop: cuts packages out of the receive buffer with the connection's protocol
 * table and hands each one to onMessage, until the buffer runs dry, the connection pauses or
 * closes. */
static void wm_conn_process(wm_conn_object *c)
{
	if (c->net.oflags & WM_CONN_F_IN_READ) {
		/* An outer frame is running this loop (or is suspended in a Fiber inside onMessage) and
		 * will see the new bytes. Bound what piles up meanwhile: past maxPackageSize, stop
		 * reading until that frame is done. */
		if ((zend_long) wm_rbuf_len(&c->net.rbuf) > wm_conn_long(c, slot_max_package)) {
			wm_net_read_stop(&c->net);
			c->net.oflags |= WM_CONN_F_READ_HELD;
		}
		return;
	}
	c->net.oflags |= WM_CONN_F_IN_READ;

	while (!(c->net.flags & WM_NET_F_PAUSED) && c->net.status < WM_STATUS_CLOSING && !EG(exception)) {
		size_t avail = wm_rbuf_len(&c->net.rbuf);
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
			ZVAL_STR(&msg, wm_rbuf_take(&c->net.rbuf, avail));
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
			avail = wm_rbuf_len(&c->net.rbuf); /* a user input() may have consumed bytes */
			if (len == 0) {
				if ((zend_long) avail >= max && max > 0) {
					/* No package fits under maxPackageSize: bound memory instead of waiting. */
					wm_conn_bad_package(c, proto, 0);
				}
				break;
			}
			if (len < 0 || len > max) {
				wm_conn_bad_package(c, proto, len);
				break;
			}
			c->pkg_len = len;
		}
		if ((size_t) c->pkg_len > avail) {
			break;
		}

		WM_STAT_ADD("total_request", 1);
		zend_string *pkg = wm_rbuf_take(&c->net.rbuf, (size_t) c->pkg_len);
		c->pkg_len = 0;
		ops->decode(c, proto, pkg, &msg);
deliver:
		if (UNEXPECTED(EG(exception))) {
			zval_ptr_dtor(&msg);
			wm_conn_report_exception(c);
			continue;
		}
		bool go_on = wm_conn_deliver(c, proto, &msg);
		zval_ptr_dtor(&msg);
		if (UNEXPECTED(!go_on)) {
			break;
		}
	}

	c->net.oflags &= ~WM_CONN_F_IN_READ;
	if (UNEXPECTED(c->net.oflags & WM_CONN_F_READ_HELD)) {
		c->net.oflags &= ~WM_CONN_F_READ_HELD;
		if (!(c->net.flags & WM_NET_F_PAUSED) && c->net.status < WM_STATUS_CLOSING) {
			wm_net_read_start(&c->net);
		}
	}
	if (c->net.cork_bytes) {
		wm_net_uncork(&c->net);
	}
	if (c->net.oflags & WM_CONN_F_BATCH) {
		c->net.oflags &= ~WM_CONN_F_BATCH;
		wm_net_batch_end();
	}
}

/* ---- writing ------------------------------------------------------------------------------- */

static void wm_conn_check_will_full(wm_conn_object *c)
{
	zend_long max = wm_conn_long(c, slot_max_send);
	if ((zend_long) wm_net_backlog(&c->net) >= max) {
		wm_metrics->buffer_full++;
		wm_conn_emit(c, wm_conn_slot_on_buffer_full, 0, NULL);
	}
}

static bool wm_conn_buffer_is_full(wm_conn_object *c)
{
	zend_long max = wm_conn_long(c, slot_max_send);
	if ((zend_long) wm_net_backlog(&c->net) >= max) {
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

/* ---- the engine's upcalls (src/net/conn.h) ------------------------------------------------- */

static void wm_conn_up_hold(wm_net_conn *nc)
{
	GC_ADDREF(&wm_conn_from_net(nc)->std);
}

static void wm_conn_up_release(wm_net_conn *nc)
{
	OBJ_RELEASE(&wm_conn_from_net(nc)->std);
}

static void wm_conn_up_received(wm_net_conn *nc)
{
	wm_conn_process(wm_conn_from_net(nc));
}

static void wm_conn_up_count_read(wm_net_conn *nc, size_t n)
{
	wm_metrics->bytes_in += n;
	wm_conn_add_long(wm_conn_from_net(nc), slot_bytes_read, (zend_long) n);
}

static void wm_conn_up_count_written(wm_net_conn *nc, zend_long n)
{
	wm_metrics->bytes_out += (uint64_t) n;
	wm_conn_add_long(wm_conn_from_net(nc), slot_bytes_written, n);
}

static void wm_conn_up_closed(wm_net_conn *nc)
{
	wm_conn_destroy(wm_conn_from_net(nc));
}

static void wm_conn_up_send_failed(wm_net_conn *nc)
{
	wm_conn_write_failed(wm_conn_from_net(nc));
}

static void wm_conn_up_flush_failed(wm_net_conn *nc)
{
	WM_STAT_ADD("send_fail", 1);
	wm_conn_destroy(wm_conn_from_net(nc));
}

static bool wm_conn_up_send_full(wm_net_conn *nc)
{
	if (wm_conn_buffer_is_full(wm_conn_from_net(nc))) {
		WM_STAT_ADD("send_fail", 1);
		return true;
	}
	return false;
}

static void wm_conn_up_check_full(wm_net_conn *nc)
{
	wm_conn_check_will_full(wm_conn_from_net(nc));
}

/* The writable event emptied the queue: onBufferDrain, then end()'s shutdown or close()'s
 * destroy that waited for it. */
static void wm_conn_up_drained(wm_net_conn *nc)
{
	wm_conn_object *c = wm_conn_from_net(nc);
	wm_conn_emit(c, wm_conn_slot_on_buffer_drain, 0, NULL);
	if (c->net.status == WM_STATUS_ENDING) {
		wm_conn_end_maybe_shutdown(c);
	}
	if (c->net.status == WM_STATUS_CLOSING && c->net.outq.bytes == 0) {
		wm_conn_destroy(c);
	}
}

/* A server TLS handshake completed: the dynamic property onSslHandshake, if callable. */
static void wm_conn_up_handshake_done(wm_net_conn *nc)
{
	wm_conn_object *c = wm_conn_from_net(nc);
	if (!c->std.properties) {
		return; /* no dynamic property at all */
	}
	zval *cb = zend_hash_str_find_deref(c->std.properties, "onSslHandshake", sizeof("onSslHandshake") - 1);
	if (!cb || !zend_is_callable(cb, 0, NULL)) {
		return;
	}
	zval func, arg;
	ZVAL_COPY(&func, cb);
	ZVAL_OBJ(&arg, &c->std);
	wm_call(&func, NULL, 1, &arg);
	zval_ptr_dtor(&func);
	wm_conn_report_exception(c);
}

/* Transport errors are echoed (not logged) unless daemonized, as upstream's. */
static void wm_conn_up_echo(wm_net_conn *nc, const char *msg, size_t len)
{
	(void) nc;
	if (!wm_log_daemonized()) {
		wm_safe_echo(msg, len, false);
	}
}

static void wm_conn_up_log(wm_net_conn *nc, const char *msg, size_t len)
{
	(void) nc;
	wm_log(msg, len);
}

static const char *wm_conn_up_peer_name(wm_net_conn *nc)
{
	wm_conn_object *c = wm_conn_from_net(nc);
	zend_string *remote = wm_conn_remote_str(c);
	return remote ? ZSTR_VAL(remote) : "";
}

static void wm_conn_up_timed_out(wm_net_conn *nc)
{
	wm_conn_object *c = wm_conn_from_net(nc);
	if (c->net.status != WM_STATUS_ESTABLISHED) {
		return;
	}
	bool failed;
	wm_proto *proto = wm_conn_proto(c, &failed);
	if (!failed && proto && proto->ops->timed_out) {
		proto->ops->timed_out(c, proto);
	}
	wm_conn_report_exception(c);
}

static const wm_net_upcalls wm_conn_upcalls = {
	.hold = wm_conn_up_hold,
	.release = wm_conn_up_release,
	.received = wm_conn_up_received,
	.count_read = wm_conn_up_count_read,
	.count_written = wm_conn_up_count_written,
	.closed = wm_conn_up_closed,
	.send_failed = wm_conn_up_send_failed,
	.flush_failed = wm_conn_up_flush_failed,
	.send_full = wm_conn_up_send_full,
	.check_full = wm_conn_up_check_full,
	.drained = wm_conn_up_drained,
	.handshake_done = wm_conn_up_handshake_done,
	.echo = wm_conn_up_echo,
	.log = wm_conn_up_log,
	.peer_name = wm_conn_up_peer_name,
	.timed_out = wm_conn_up_timed_out,
};

/* send(): encodes through the protocol unless raw, then writes or queues. `result` receives
 * true, null or false. */
static zval *wm_conn_send(wm_conn_object *c, zval *data, bool raw, zval *result)
{
	if (c->net.status == WM_STATUS_ENDING || c->net.status == WM_STATUS_CLOSING || c->net.status == WM_STATUS_CLOSED) {
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
	wm_net_result r = wm_net_write(&c->net, e.payload, e.prefix, e.prefix_len, e.suffix, e.suffix_len);
	wm_encoded_free(&e);
	OBJ_RELEASE(&c->std);
	if (r == WM_NET_SENT) {
		ZVAL_TRUE(result);
	} else if (r == WM_NET_QUEUED) {
		ZVAL_NULL(result);
	} else {
		ZVAL_FALSE(result);
	}
	return result;
}

int wm_conn_write_raw(wm_conn_object *c, const char *prefix, size_t prefix_len, zend_string *s)
{
	if (c->net.status == WM_STATUS_ENDING || c->net.status == WM_STATUS_CLOSING || c->net.status == WM_STATUS_CLOSED) {
		return -1;
	}
	GC_ADDREF(&c->std);
	wm_net_result r = wm_net_write(&c->net, s, prefix, prefix_len, "", 0);
	OBJ_RELEASE(&c->std);
	return r == WM_NET_SENT ? 1 : r == WM_NET_QUEUED ? 0 : -1;
}

/* Files up to this size are read and sent with the head in one sendmsg(): for a small file that
 * is one system call instead of two (head, then sendfile()), and copying a few pages is cheaper
 * than sendfile()'s page references on a loopback or LAN socket. */
#define WM_SMALL_FILE (64 * 1024)

/* The range [off, off+len) of `fd` read whole into a new string, or NULL (short read, error). */
static zend_string *wm_conn_read_small_file(int fd, size_t off, size_t len)
{
	zend_string *body = zend_string_alloc(len, 0);
	size_t got = 0;
	while (got < len) {
		ssize_t n = pread(fd, ZSTR_VAL(body) + got, len - got, (off_t) (off + got));
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			zend_string_efree(body);
			return NULL;
		}
		got += (size_t) n;
	}
	ZSTR_VAL(body)[len] = '\0';
	return body;
}

void wm_conn_send_file(wm_conn_object *c, zend_string *head, int fd, size_t off, size_t len)
{
	if (c->net.status == WM_STATUS_ENDING || c->net.status == WM_STATUS_CLOSING || c->net.status == WM_STATUS_CLOSED) {
		if (fd >= 0) {
			close(fd);
		}
		return;
	}
	zend_string *body = fd >= 0 && len > 0 && len <= WM_SMALL_FILE ? wm_conn_read_small_file(fd, off, len) : NULL;
	if (body) {
		close(fd);
		GC_ADDREF(&c->std);
		wm_net_write(&c->net, body, ZSTR_VAL(head), ZSTR_LEN(head), "", 0);
		zend_string_release(body);
		OBJ_RELEASE(&c->std);
		return;
	}
	GC_ADDREF(&c->std);
	if (ZSTR_LEN(head) && wm_net_write(&c->net, head, "", 0, "", 0) == WM_NET_FAILED) {
		if (fd >= 0) {
			close(fd);
		}
	} else if (fd >= 0 && c->net.status == WM_STATUS_CLOSED) {
		close(fd);
	} else if (fd >= 0) {
		wm_net_queue_file(&c->net, fd, off, len);
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
	if (c->net.status == WM_STATUS_CLOSED) {
		return;
	}
	GC_ADDREF(&c->std);

	zend_object *loop_obj = c->net.loop ? wm_loop_obj(c->net.loop) : NULL;
	if (loop_obj) {
		GC_ADDREF(loop_obj);
	}
	/* Replies corked in this read batch, and TLS close_notify, before the socket goes. */
	wm_net_flush_for_close(&c->net);
	wm_conn_release_socket(c);
	wm_net_transport_free(&c->net); /* as upstream resets sslHandshakeCompleted: a reconnect starts afresh */
	c->net.status = WM_STATUS_CLOSED;

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

	wm_rbuf_free(&c->net.rbuf);
	wm_outq_clear(&c->net.outq);
	c->net.cork_bytes = 0;
	c->pkg_len = 0;
	c->net.flags &= ~WM_NET_F_PAUSED;
	c->net.oflags &= ~WM_CONN_F_WR_SHUT;

	if (c->net.status == WM_STATUS_CLOSED) {
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
			if (instanceof_function(w->ce, wm_ce_Worker)) {
				/* unset($worker->connections[$id]) */
				zval *conns = wm_prop(w, slot_worker_connections);
				if (Z_TYPE_P(conns) == IS_ARRAY) {
					SEPARATE_ARRAY(conns);
					zend_hash_index_del(Z_ARRVAL_P(conns), c->real_id);
				}
			}
			OBJ_RELEASE(w);
		}
		zval *all = wm_static_slot(wm_ce_TcpConnection, sslot_connections);
		if (Z_TYPE_P(all) == IS_ARRAY) {
			SEPARATE_ARRAY(all);
			zend_hash_index_del(Z_ARRVAL_P(all), c->real_id);
		}
		if (c->net.oflags & WM_CONN_F_SELF_REF) {
			c->net.oflags &= ~WM_CONN_F_SELF_REF;
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
	if (c->net.status == WM_STATUS_INITIAL || c->net.status == WM_STATUS_CONNECTING) {
		wm_conn_destroy(c);
		return;
	}
	if (c->net.status == WM_STATUS_CLOSING || c->net.status == WM_STATUS_CLOSED) {
		return;
	}
	GC_ADDREF(&c->std);
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send_dispatch(c, data, raw);
	}
	if (c->net.status != WM_STATUS_CLOSED) {
		c->net.status = WM_STATUS_CLOSING;
		wm_net_uncork(&c->net);
		if (c->net.status != WM_STATUS_CLOSED) {
			if (c->net.outq.bytes == 0) {
				wm_conn_destroy(c);
			} else {
				wm_net_read_stop(&c->net);
				c->net.flags |= WM_NET_F_PAUSED;
			}
		}
	}
	OBJ_RELEASE(&c->std);
}

void wm_conn_end_maybe_shutdown(wm_conn_object *c)
{
	if (c->net.status != WM_STATUS_ENDING || (c->net.oflags & WM_CONN_F_WR_SHUT) || c->net.outq.bytes) {
		return;
	}
	wm_net_shutdown_write(&c->net);
	c->net.oflags |= WM_CONN_F_WR_SHUT;
	zval *linger = wm_prop(&c->std, slot_linger);
	double timeout = zval_get_double(linger);
	if (timeout <= 0 || !c->net.loop) {
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
	wm_conn_ext_get(c)->linger_timer = wm_loop_timer_add(c->net.loop, timeout, &func, NULL, false);
	zval_ptr_dtor(&func);
}

/* ---- TcpConnection methods ----------------------------------------------------------------- */

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
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (c->net.flags & WM_NET_F_EVENTS || c->net.status == WM_STATUS_CLOSED) {
		zend_throw_error(NULL, "TcpConnection is already constructed");
		RETURN_THROWS();
	}
	wm_socket_set_nonblock(fd);
	wm_conn_ext_get(c)->stream = Z_RES_P(socket);
	GC_ADDREF(Z_RES_P(socket));
	wm_conn_setup(c, Z_OBJ_P(loop_zv), fd, (uintptr_t) (remote ? zend_string_copy(remote) : ZSTR_EMPTY_ALLOC()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus)
{
	bool raw = true;
	static const char *names[] = {"INITIAL", "CONNECTING", "ESTABLISHED", "ENDING", "CLOSING", "CLOSED"};

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (raw) {
		RETURN_LONG(c->net.status);
	}
	switch (c->net.status) {
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

	wm_conn_send(Z_WM_CONN_P(ZEND_THIS), data, raw, return_value);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getSendBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) wm_net_backlog(&Z_WM_CONN_P(ZEND_THIS)->net));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRecvBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long) wm_rbuf_len(&Z_WM_CONN_P(ZEND_THIS)->net.rbuf));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, pauseRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	wm_net_read_stop(&c->net);
	c->net.flags |= WM_NET_F_PAUSED;
}

ZEND_METHOD(Workerman_Connection_TcpConnection, resumeRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (!(c->net.flags & WM_NET_F_PAUSED)) {
		return;
	}
	c->net.flags &= ~WM_NET_F_PAUSED;
	if (c->net.status < WM_STATUS_CLOSING) {
		wm_net_read_start(&c->net);
	}
	if (!(c->net.oflags & WM_CONN_F_IN_READ)) {
		wm_net_read(&c->net, false);
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
	wm_net_read(&Z_WM_CONN_P(ZEND_THIS)->net, check_eof);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, baseWrite)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (c->net.fd >= 0 && c->net.outq.bytes) {
		wm_net_writable(&c->net);
	}
}

ZEND_METHOD(Workerman_Connection_TcpConnection, consumeRecvBuffer)
{
	zend_long length;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (length > 0) {
		wm_rbuf_consume(&Z_WM_CONN_P(ZEND_THIS)->net.rbuf, (size_t) length);
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
	wm_conn_close(Z_WM_CONN_P(ZEND_THIS), data, raw);
}

void wm_conn_end(wm_conn_object *c, zval *data, bool raw)
{
	if (c->net.status == WM_STATUS_INITIAL || c->net.status == WM_STATUS_CONNECTING) {
		wm_conn_destroy(c);
		return;
	}
	if (c->net.status == WM_STATUS_ENDING || c->net.status == WM_STATUS_CLOSING || c->net.status == WM_STATUS_CLOSED) {
		return;
	}
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send_dispatch(c, data, raw);
	}
	if (c->net.status == WM_STATUS_CLOSED) {
		return;
	}
	c->net.status = WM_STATUS_ENDING;
	wm_conn_set_null(c, wm_conn_slot_on_message);
	wm_rbuf_free(&c->net.rbuf);
	c->pkg_len = 0;
	wm_net_uncork(&c->net);
	if (c->net.status == WM_STATUS_ENDING && c->net.outq.bytes == 0) {
		wm_conn_end_maybe_shutdown(c);
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

	wm_conn_end(Z_WM_CONN_P(ZEND_THIS), data, raw);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (!c->ext || !c->ext->stream) {
		if (c->net.fd < 0) {
			RETURN_NULL();
		}
		php_stream *stream = php_stream_sock_open_from_socket(c->net.fd, NULL);
		if (!stream) {
			RETURN_NULL();
		}
		wm_conn_ext_get(c)->stream = stream->res;
	}
	GC_ADDREF(c->ext->stream);
	RETURN_RES(c->ext->stream);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsEmpty)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(!wm_net_pending_write(&Z_WM_CONN_P(ZEND_THIS)->net));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsFull)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_conn_buffer_is_full(Z_WM_CONN_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, checkBufferWillFull)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_check_will_full(Z_WM_CONN_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_destroy(Z_WM_CONN_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, __unserialize)
{
	HashTable *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	/* An unserialized connection has no socket and is not counted. */
	Z_WM_CONN_P(ZEND_THIS)->net.oflags &= ~WM_CONN_F_SAFE;
	Z_WM_CONN_P(ZEND_THIS)->net.oflags |= WM_CONN_F_UNSERIALIZED;
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
	wm_conn_props_minit(&wm_conn_handlers);

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
	slot_worker_connections = wm_prop_offset(wm_ce_Worker, "connections"); /* Worker is registered first */
	slot_event_loop = wm_prop_offset(ce, "eventLoop");
	slot_error_handler = wm_prop_offset(ce, "errorHandler");
	slot_bytes_read = wm_prop_offset(ce, "bytesRead");
	slot_bytes_written = wm_prop_offset(ce, "bytesWritten");
	wm_conn_slot_id = wm_prop_offset(ce, "id");
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
	sslot_id_recorder = wm_static_offset(ce, "idRecorder");

	wm_conn_pipe_minit();
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
