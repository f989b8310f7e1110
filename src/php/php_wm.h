/* SPDX-License-Identifier: MIT */
/* Private header of the binding layer (L2): class entries, object structs and the functions the
 * binding files call in each other. Only the files under src/php and src/workerman.c include it. */

#ifndef WM_PHP_WM_H
#define WM_PHP_WM_H

#include "common.h"
#include "core/loop.h"
#include "net/conn.h"
#include "php/protocol.h"
#include "proto/http.h"
#include "zend_smart_str.h"

/* ---- class entries (set in the *_minit functions) ---------------------------------------- */
extern zend_class_entry *wm_ce_Worker;
extern zend_class_entry *wm_ce_Timer;
extern zend_class_entry *wm_ce_EventInterface;
extern zend_class_entry *wm_ce_Event;
extern zend_class_entry *wm_ce_ConnectionInterface;
extern zend_class_entry *wm_ce_TcpConnection;
extern zend_class_entry *wm_ce_ProtocolInterface;
extern zend_class_entry *wm_ce_Text;
extern zend_class_entry *wm_ce_Frame;

void wm_events_minit(void);
void wm_timer_minit(void);
void wm_protocols_minit(void);
void wm_connection_minit(void);
void wm_worker_minit(void);
void wm_response_minit(void);   /* src/php/response.c */
void wm_session_minit(void);    /* src/php/session.c */
void wm_request_minit(void);    /* src/php/request.c */
void wm_http_minit(void);       /* src/php/http.c */
void wm_constants_minit(int module_number);
void wm_constants_mshutdown(void);

void wm_connection_rinit(void);
void wm_worker_rinit(void);
void wm_protocols_rshutdown(void);
void wm_timer_rshutdown(void);
/** Runs master-mode timers (added before any loop existed) that are due. */
void wm_timer_master_tick(void);
/** Drops every master-mode timer. */
void wm_timer_master_clear(void);

/* ---- event loop objects (src/php/events.c) ------------------------------------------------- */
typedef struct _wm_loop_object {
	wm_loop loop;
	zend_object std;    /* must stay last */
} wm_loop_object;

static zend_always_inline wm_loop_object *wm_loop_from_obj(zend_object *obj)
{
	return (wm_loop_object *) ((char *) obj - XtOffsetOf(wm_loop_object, std));
}

/** The native loop behind `zv` if it holds a native Event object, else NULL. */
wm_loop *wm_loop_from_zval(zval *zv);
/** Makes `obj` (a native loop object) the process loop used by connections and timers.
 * NULL clears it. */
void wm_set_process_loop(zend_object *obj);
/** The process loop, creating it (and setting Worker::$globalEvent) if there is none yet. */
wm_loop *wm_process_loop(void);

/* ---- connections (src/php/connection.c) ---------------------------------------------------- */
/* A TcpConnection: the engine (src/net/conn.h: socket, events, buffers, transport, status) and
 * what the PHP side keeps beside it. */
typedef struct _wm_conn_object {
	wm_net_conn net;            /* the connection engine */
	zend_object *loop_obj;      /* reference held while the connection has a socket (net.loop) */
	wm_loop_ref loop_ref;       /* membership in the loop's list of event holders */
	zval stream;                /* PHP stream resource owning net.fd (getSocket()), or UNDEF */
	zend_long real_id;
	zend_long pkg_len;          /* length of the package being received, 0 if unknown */
	zend_string *remote_address;
	zend_string *proto_name;    /* the $protocol value `proto` was resolved for */
	wm_proto *proto;
	zend_long linger_timer;     /* end(): timer that closes after lingerTimeout */
	wm_proto_state *proto_states; /* per-connection state of the protocols used (see protocol.h) */
	struct _wm_async_conn *async; /* AsyncTcpConnection state (src/php/async.c), NULL otherwise */
	uint32_t flags;             /* WM_CONN_F_* (the engine's own flags are in net.flags) */
	zend_object std;            /* must stay last */
} wm_conn_object;

#define WM_CONN_F_IN_READ   (1u << 0)  /* the framing loop is on the stack */
#define WM_CONN_F_SELF_REF  (1u << 1)  /* holds a reference to itself while open */
#define WM_CONN_F_SAFE      (1u << 2)  /* counted in $statistics['connection_count'] */
#define WM_CONN_F_WR_SHUT   (1u << 3)  /* end(): write side shut down */

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

/** Creates a TcpConnection for an accepted socket `fd` on the process loop; `out` receives the
 * object. Takes ownership of `fd` and of `remote`. */
wm_conn_object *wm_conn_new_accepted(zval *out, php_socket_t fd, zend_string *remote);
/** Sets the accepted connection's worker, protocol, transport and callbacks from `worker`,
 * registers it in $worker->connections and calls onConnect. */
void wm_conn_attach_worker(wm_conn_object *c, zend_object *worker);
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
/** Logs upstream's "Error package" line for `proto` with the var_export() of `length` and
 * destroys the connection. */
void wm_conn_bad_package(wm_conn_object *c, wm_proto *proto, zval *length);
/** Hands a decoded message to onMessage, corking replies while more packages are pending. */
bool wm_conn_deliver(wm_conn_object *c, wm_proto *proto, zval *message);
/** Reports the Throwable `ex` the same way (borrows `ex`). */
void wm_conn_report_throwable(zend_object *obj, zend_object *ex);

/* Property slot offsets of TcpConnection (shared with worker.c, conn_address.c, conn_pipe.c). */
extern uint32_t wm_conn_slot_on_message, wm_conn_slot_on_close, wm_conn_slot_on_error,
	wm_conn_slot_on_buffer_full, wm_conn_slot_on_buffer_drain, wm_conn_slot_on_connect,
	wm_conn_slot_protocol, wm_conn_slot_transport, wm_conn_slot_worker, wm_conn_slot_id;

/** Builds the internal functions behind pipe()'s closures (src/php/conn_pipe.c). */
void wm_conn_pipe_minit(void);

/* ---- TLS contexts (src/php/tls_context.c; the I/O is the engine's, src/net/tls.c) -------- */
struct _wm_tls_listener;
/** Starts a server-side TLS handshake on a connection just accepted by `worker` (transport
 * 'ssl'): an SSL from the listener's shared SSL_CTX, handed to the engine's TLS transport.
 * Returns false when TLS cannot be set up (logged; the caller destroys the connection). */
bool wm_tls_server_start(wm_conn_object *c, zend_object *worker);
/** Starts a client-side TLS handshake on a connected socket (AsyncTcpConnection with transport
 * 'ssl'); `context` is the connection's stream context options array (its 'ssl' entry is
 * used) or NULL; `host` is the name sent as SNI and checked against the certificate. The
 * handshake then runs from the connection's read/write events; data sent meanwhile is queued
 * and flushed when it completes. Returns false with a message in *error (caller frees) when
 * TLS cannot be set up. */
bool wm_tls_client_start(wm_conn_object *c, zval *context, zend_string *host, zend_string **error);
/** Frees a listener's TLS contexts (wm_worker_object.tls). */
void wm_tls_worker_free(struct _wm_tls_listener *l);
void wm_tls_minit(void);
void wm_tls_mshutdown(void);

/* ---- AsyncTcpConnection (src/php/async.c), UdpConnection/AsyncUdpConnection (src/php/udp.c) - */
extern zend_class_entry *wm_ce_AsyncTcpConnection;
extern zend_class_entry *wm_ce_UdpConnection;
extern zend_class_entry *wm_ce_AsyncUdpConnection;
void wm_async_minit(void);
void wm_udp_minit(void);
/** Frees a connection's AsyncTcpConnection state (no-op for accepted connections). */
void wm_async_conn_free(wm_conn_object *c);
void wm_async_mshutdown(void);
/** Abandons a connect in progress (DNS request, connecting socket, proxy handshake): called when
 * the connection releases its socket or the loop goes away. No callbacks. */
void wm_async_stop_connecting(wm_conn_object *c);
/* connection.c helpers the outbound connection is built from (see wm_conn_setup()). */
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
/** A udp worker's listening socket `fd` is readable: receives one datagram and hands it to the
 * worker's onMessage through a new UdpConnection (protocol framing as upstream's
 * acceptUdpConnection()). Returns false when there was nothing to read or an exit() unwinds. */
bool wm_udp_worker_recv(zend_object *worker, php_socket_t fd);

/* ---- workers (src/php/worker.c) ------------------------------------------------------------ */
typedef struct _wm_worker_object {
	php_socket_t listen_fd;     /* fd of $mainSocket (borrowed from the stream), -1 if none */
	struct event ev_accept;
	bool accepting;             /* ev_accept is added */
	bool ev_assigned;
	wm_loop *accept_loop;       /* loop ev_accept was assigned on */
	wm_loop_ref loop_ref;       /* membership in accept_loop's list of event holders */
	struct _wm_tls_listener *tls; /* transport 'ssl': the listener's SSL_CTX (src/php/tls.c), built
	                               * at the first accept of this process, NULL until then */
	zend_object std;            /* must stay last */
} wm_worker_object;

static zend_always_inline wm_worker_object *wm_worker_from_obj(zend_object *obj)
{
	return (wm_worker_object *) ((char *) obj - XtOffsetOf(wm_worker_object, std));
}

/** Removes a closed connection from $worker->connections. */
void wm_worker_forget_connection(zend_object *worker, zend_long real_id);

/* Worker property slots used by connection.c. */
extern uint32_t wm_worker_slot_connections;

/* ---- statistics (TcpConnection/ConnectionInterface statics) -------------------------------- */
/** Adds `delta` to ConnectionInterface::$statistics[key] in place. */
void wm_stat_add(const char *key, size_t len, zend_long delta);
#define WM_STAT_ADD(key, delta) wm_stat_add(key, sizeof(key) - 1, delta)
/** Reads ConnectionInterface::$statistics[key]. */
zend_long wm_stat_get(const char *key, size_t len);

/* ---- HTTP: Response (src/php/response.c) ------------------------------------------------- */
extern zend_class_entry *wm_ce_Response, *wm_ce_Chunk, *wm_ce_ServerSentEvents;

/** Serialises a Response whose class does not override __toString, exactly as __toString would,
 * but without copying the body: appends everything before the body to `head` and returns the
 * body to write right after it (a new reference, or NULL when there is none), and in `*tail` the
 * bytes that follow the body ("\r\n" after a first chunk, else ""). File responses: only the head
 * (createHeadForFile(), the subclass's if it overrides it), NULL body (the encoder streams the
 * file). When user code run on the way throws (a header value's __toString, an uninitialised
 * property, an overridden createHeadForFile()/getMimeType()), returns NULL with the exception
 * pending, `*tail` empty and `head` possibly holding part of the head: check EG(exception). */
zend_string *wm_response_build(zend_object *resp, smart_str *head, const char **tail, size_t *tail_len);
/** True when `ce` is Response or a subclass that does not override __toString. */
bool wm_response_tostring_is_native(zend_class_entry *ce);
/** Frees the persistent arrays behind Response::PHRASES and the default $mimeTypeMap. */
void wm_response_mshutdown(void);


/* ---- HTTP: Session (src/php/session.c) --------------------------------------------------- */
extern zend_class_entry *wm_ce_Session;
/** Applies upstream's load-time Session::init() and FileSessionHandler::init() (php.ini values). */
void wm_session_rinit(void);
/** Frees the persistent default arrays of Session. */
void wm_session_mshutdown(void);

/* ---- HTTP: Request (src/php/request.c, upload.c) ----------------------------------------- */
extern zend_class_entry *wm_ce_Request;

/** Creates a request like upstream's `new $class($buffer)` followed by `->connection = $conn`.
 * `ce` is Http::requestClass(): Request, a subclass, or any class. A constructor declared below
 * Request is called through PHP with `buffer`; otherwise the object is filled in directly.
 * `head` (may be NULL) is what wm_http_parse_head() found in `buffer`: its offsets are reused.
 * `connection` may be NULL. On failure `out` is null and an exception is pending. */
void wm_request_create(zval *out, zend_class_entry *ce, zend_string *buffer,
	const wm_http_head *head, zend_object *connection);

/** For a request whose multipart body was streamed through a wm_upload (its buffer then holds
 * only the head): sets data['post'] and data['files'] (copies of `post` and `files`), which
 * parsePost() brings back instead of parsing the buffer, and makes the request own the temp
 * files named in `files` (removed when it is freed). No-op unless `req` is a Request. */
void wm_request_set_body_parsed(zend_object *req, zval *post, zval *files);

/* Upload collector (src/php/upload.c): multipart/form-data bodies parsed as they arrive, files
 * streamed to temp files named like upstream's (Http::uploadTmpDir()/workerman.upload.XXXXXX).
 * The same code parses in-memory bodies for Request::post()/file(). */
typedef struct wm_upload wm_upload;
/** NULL unless `content_type` carries a boundary (Request::parsePost()'s rule). Parses at most
 * Request::$maxFileUploads parts. */
wm_upload *wm_upload_new(zend_string *content_type);
/** Body bytes as they arrive. False once parsing stopped (bad part, or an exception from
 * Http::uploadTmpDir(), left pending); later feeds are ignored. */
bool wm_upload_feed(wm_upload *u, const char *data, size_t len);
/** The body is complete: `post` and `files` receive new arrays shaped like data['post'] and
 * data['files']. The temp files in `files` are the caller's from now on. */
void wm_upload_finish(wm_upload *u, zval *post, zval *files);
/** Frees the collector and removes the temp files that finish() did not hand out. */
void wm_upload_free(wm_upload *u);

/* ---- HTTP: Http protocol (src/php/http.c) ------------------------------------------------ */
extern zend_class_entry *wm_ce_Http;

/* ---- WebSocket: server protocol (src/php/websocket.c), Ws client (src/php/ws_client.c) ----- */
extern zend_class_entry *wm_ce_Websocket;
extern zend_class_entry *wm_ce_Ws;
void wm_websocket_minit(void);
void wm_ws_client_minit(void);
void wm_websocket_rshutdown(void);
/** Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(sha1(key . GUID)), 28 bytes, no NUL. */
void wm_ws_accept_key(const char *key, size_t len, char out[28]);
/** Writes `prefix` then `s` with no protocol encoding, like send($raw, true): 1 written, 0 queued,
 * -1 failed or the connection is closing. */
int wm_conn_write_raw(wm_conn_object *c, const char *prefix, size_t prefix_len, zend_string *s);

#endif /* WM_PHP_WM_H */
