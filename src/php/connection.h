/* SPDX-License-Identifier: MIT */
/* ConnectionInterface and TcpConnection (src/php/connection.c, conn_address.c, conn_pipe.c): the
 * PHP side of a connection around its engine (src/net/conn.h), and what the protocols, workers
 * and outbound connections call on it. */

#ifndef WM_PHP_CONNECTION_H
#define WM_PHP_CONNECTION_H

#include "common.h"
#include "core/loop.h"
#include "net/conn.h"
#include "php/protocol.h"

extern zend_class_entry *wm_ce_ConnectionInterface;
extern zend_class_entry *wm_ce_TcpConnection;

void wm_connection_minit(void);
void wm_connection_rinit(void);

/* A TcpConnection: the engine (src/net/conn.h: socket, events, buffers, transport, status) and
 * what the PHP side keeps beside it. */
typedef struct _wm_conn_object {
	wm_net_conn net;            /* the connection engine */
	wm_loop_ref loop_ref;       /* membership in the loop's list of event holders; while net.loop
	                               is set, a reference to its object (wm_loop_obj()) is held */
	zend_long real_id;
	zend_long pkg_len;          /* length of the package being received, 0 if unknown */
	uintptr_t remote;           /* the peer's address: a zend_string *, or 0; or, for an IPv4
	                               peer that nobody has asked about yet, the address itself
	                               (wm_conn_remote_pack(), low bit set): read it with
	                               wm_conn_remote_str() */
	zend_string *proto_name;    /* the $protocol value `proto` was resolved for */
	wm_proto *proto;
	wm_proto_state *proto_states; /* per-connection state of the protocols used (see protocol.h) */
	struct _wm_conn_ext *ext;   /* what few connections need, allocated when first needed
	                               (wm_conn_ext_get()), else NULL */
	zend_object std;            /* must stay last */
} wm_conn_object;

/* What a connection keeps beside the engine only when it needs it (c->ext): the stream of
 * getSocket(), end()'s linger timer, and an outbound connection's state (src/php/async.c's, which
 * begins with this struct and is then always there). Most connections never need any, and save
 * the room. */
typedef struct _wm_conn_ext {
	const struct _wm_conn_async_ops *async_ops; /* set for an AsyncTcpConnection (below) */
	zend_resource *stream;      /* PHP stream resource owning net.fd (getSocket()), or NULL */
	zend_long linger_timer;     /* end(): timer that closes after lingerTimeout, or 0 */
} wm_conn_ext;

/* The state an outbound connection keeps beside the engine (wm_conn_async()) is src/php/async.c's;
 * the connection reaches it only through these entries, set with it. */
typedef struct _wm_conn_async_ops {
	/** Abandons a connect in progress (DNS request, connecting socket, proxy handshake) when the
	 * connection releases its socket or the loop goes away. No callbacks. */
	void (*stop_connecting)(wm_conn_object *c);
	/** Frees c->async (the object is being freed). */
	void (*free)(wm_conn_object *c);
} wm_conn_async_ops;

/** An outbound connection's state (src/php/async.c), NULL for any other connection. */
static zend_always_inline struct _wm_async_conn *wm_conn_async(wm_conn_object *c)
{
	return c->ext && c->ext->async_ops ? (struct _wm_async_conn *) (void *) c->ext : NULL;
}

/** The remote address to keep for a peer (accept()'s): an IPv4 one packed into the word, with
 * no string made until someone asks (most never do), any other one as a string. */
uintptr_t wm_conn_remote_pack(const struct sockaddr *sa, socklen_t len);
/** The remote address as a string (made now if it was packed), or NULL when there is none.
 * Borrowed. */
zend_string *wm_conn_remote_str(wm_conn_object *c);
/** Replaces the remote address with `addr` (taken over; may be NULL). */
void wm_conn_remote_set(wm_conn_object *c, zend_string *addr);

/** c->ext, allocated (zeroed) if the connection has none yet. */
wm_conn_ext *wm_conn_ext_get(wm_conn_object *c);

/** Sets the function called whenever a connection stops counting in
 * $statistics['connection_count'] (the process model's graceful-stop bookkeeping; set at MINIT). */
void wm_conn_set_count_hook(void (*fn)(void));

/* TcpConnection's flags, in net.oflags (the engine's own are in net.flags). */
#define WM_CONN_F_IN_READ   (1u << 0)  /* the framing loop is on the stack */
#define WM_CONN_F_SELF_REF  (1u << 1)  /* holds a reference to itself while open */
#define WM_CONN_F_SAFE      (1u << 2)  /* counted in $statistics['connection_count'] */
#define WM_CONN_F_WR_SHUT   (1u << 3)  /* end(): write side shut down */
#define WM_CONN_F_READ_HELD (1u << 4)  /* reading stopped while the framing loop was busy (a Fiber
                                          suspended in onMessage) with maxPackageSize buffered */
#define WM_CONN_F_UNSERIALIZED (1u << 5) /* made by unserialize(): no socket (upstream's !$isSafe) */
#define WM_CONN_F_BATCH     (1u << 6)  /* the framing loop began a write batch (wm_net_batch_begin) */
#define WM_CONN_F_PROTO     (1u << 7)  /* kept by the connection's protocol for itself (Http: a reply
                                          went out for the request being handled) */
#define WM_CONN_F_WS_TYPE   (1u << 8)  /* $websocketType is the one-byte string net.obyte, kept
                                          here instead of in a dynamic property (conn_props.c) */

/* The connection whose engine is `nc`. */
static zend_always_inline wm_conn_object *wm_conn_from_net(wm_net_conn *nc)
{
	return (wm_conn_object *) ((char *) nc - XtOffsetOf(wm_conn_object, net));
}

static zend_always_inline wm_conn_object *wm_conn_from_obj(zend_object *obj)
{
	return (wm_conn_object *) ((char *) obj - XtOffsetOf(wm_conn_object, std));
}
#define Z_WM_CONN_P(zv) wm_conn_from_obj(Z_OBJ_P(zv))

/** The state `ops`'s protocol keeps for `c`, or NULL if it has none yet. */
static zend_always_inline void *wm_conn_proto_state(wm_conn_object *c, const wm_proto_ops *ops)
{
	for (wm_proto_state *s = c->proto_states; s; s = s->next) {
		if (s->ops == ops) {
			return s;
		}
	}
	return NULL;
}
/** Attaches `state` (allocated by the protocol, freed by its ops->state_free) to `c`. */
void wm_conn_proto_state_add(wm_conn_object *c, wm_proto_state *state, const wm_proto_ops *ops);
/** Detaches and frees `state` (with its ops->state_free), which is attached to `c`. */
void wm_conn_proto_state_drop(wm_conn_object *c, wm_proto_state *state);

/** Creates a TcpConnection for an accepted socket `fd` on the process loop; `out` receives the
 * object. Takes ownership of `fd` and of `remote` (wm_conn_remote_pack()). */
wm_conn_object *wm_conn_new_accepted(zval *out, php_socket_t fd, uintptr_t remote);
/** Sets the accepted connection's worker, protocol, transport and callbacks from `worker`,
 * registers it in $worker->connections and calls onConnect. */
void wm_conn_attach_worker(wm_conn_object *c, zend_object *worker);
/** After end(): once the queue is empty, shuts the write side and closes after lingerTimeout
 * (upstream's endMaybeShutdownWrite()). */
void wm_conn_end_maybe_shutdown(wm_conn_object *c);
/** Upstream's protected state read through from the engine by subclasses (src/php/conn_props.c):
 * installs the property handlers in `h` (MINIT). */
void wm_conn_props_minit(zend_object_handlers *h);
/** TcpConnection::end() semantics: send `data` (may be NULL), shut the write side, close after
 * lingerTimeout. */
void wm_conn_end(wm_conn_object *c, zval *data, bool raw);
/** Sends `head` then `len` bytes of the open file `fd` (may be -1: head only) from `off`, the
 * file with sendfile(); takes ownership of `fd`. A failure is handled as send()'s (onError,
 * destroy). */
void wm_conn_send_file(wm_conn_object *c, zend_string *head, int fd, size_t off, size_t len);
/** TcpConnection::close() semantics. */
void wm_conn_close(wm_conn_object *c, zval *data, bool raw);
/** TcpConnection::destroy() semantics. */
void wm_conn_destroy(wm_conn_object *c);
/** Reports an exception raised in a connection callback: $connection->errorHandler, else the
 * Worker log. Leaves an exit() unwind pending (and stops the loop). */
void wm_conn_report_exception(wm_conn_object *c);
/** Calls the callable in the connection's property `slot` (if set) with ($connection, ...extra)
 * (at most 2 extra, borrowed), reporting an exception as above. Returns false if an exit()
 * must unwind. */
bool wm_conn_emit(wm_conn_object *c, uint32_t slot, uint32_t extra_argc, zval *extra);
/** Logs upstream's "Error package" line for `proto` with `length` and destroys the connection. */
void wm_conn_bad_package(wm_conn_object *c, wm_proto *proto, zend_long length);
/** More packages of this read are pending: the framing loop of `c` begins a write batch (see
 * src/net/conn.h) if it has none yet, or lets the running one flush if it is old. */
void wm_conn_batch_step(wm_conn_object *c);
/** Hands a decoded message to onMessage, corking replies while more packages are pending;
 * false when the framing loop must stop (an exit() unwinds, or the protocol answered an
 * exception onMessage left unhandled). */
bool wm_conn_deliver(wm_conn_object *c, wm_proto *proto, zval *message);
/** Reports the Throwable `ex` the same way (borrows `ex`). */
void wm_conn_report_throwable(zend_object *obj, zend_object *ex);

/* Property slot offsets of TcpConnection (shared with worker.c, conn_address.c, conn_pipe.c). */
extern uint32_t wm_conn_slot_on_message, wm_conn_slot_on_close, wm_conn_slot_on_error,
	wm_conn_slot_on_buffer_full, wm_conn_slot_on_buffer_drain, wm_conn_slot_on_connect,
	wm_conn_slot_protocol, wm_conn_slot_transport, wm_conn_slot_worker, wm_conn_slot_id;

/** Builds the internal functions behind pipe()'s closures (src/php/conn_pipe.c). */
void wm_conn_pipe_minit(void);

/* The steps an outbound connection (src/php/async.c) is built from (see wm_conn_setup()). */
/** Id/realId, buffer limits, connection_count (and the matching decrement at destruction),
 * TcpConnection::$connections registration, context. */
void wm_conn_init_common(wm_conn_object *c);
/** TcpConnection::$connections[$realId] = $connection */
void wm_conn_register(wm_conn_object *c);
/** Takes a reference to the loop object and registers for its detach (no-op if held). */
void wm_conn_attach_loop(wm_conn_object *c, zend_object *loop_obj);
/** Attaches a connected non-blocking socket (loop attached first) to the engine
 * (wm_net_attach(): events, reading, a write event if data was queued while connecting) and
 * takes the self reference held while open. */
void wm_conn_attach_fd(wm_conn_object *c, php_socket_t fd);
/** Removes the events, closes the socket and drops the loop reference (no callbacks). */
void wm_conn_release_socket(wm_conn_object *c);
/** Writes `prefix` then `s` with no protocol encoding, like send($raw, true): 1 written, 0 queued,
 * -1 failed or the connection is closing. */
int wm_conn_write_raw(wm_conn_object *c, const char *prefix, size_t prefix_len, zend_string *s);

/** Adds `delta` to ConnectionInterface::$statistics[key] in place. */
void wm_stat_add(const char *key, size_t len, zend_long delta);
#define WM_STAT_ADD(key, delta) wm_stat_add(key, sizeof(key) - 1, delta)
/** Reads ConnectionInterface::$statistics[key]. */
zend_long wm_stat_get(const char *key, size_t len);

#endif /* WM_PHP_CONNECTION_H */
