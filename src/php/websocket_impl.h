/* SPDX-License-Identifier: MIT */
/* Private to src/php/websocket.c (the fast path, the handshake, the shared helpers) and
 * src/php/websocket_api.c (Websocket's static PHP methods): what both files use. Other files use
 * php_wm.h. */

#ifndef WM_WEBSOCKET_IMPL_H
#define WM_WEBSOCKET_IMPL_H

#include "php/protocol.h"
#include "php/connection.h"
#include "proto/ws.h"
#include "zend_smart_str.h"

#include <zlib.h>

/* Per-connection WebSocket state (a wm_proto_state of the connection), allocated by wm_ws_state(),
 * freed with the connection by the table's state_free. */
/* permessage-deflate's state of a connection, allocated when it is negotiated or a stream is
 * first needed (most connections never compress: 8 bytes of pointer instead of 24). */
typedef struct {
	bool server_no_ctx;      /* negotiated server_no_context_takeover: reset the deflater per message */
	bool client_no_ctx;      /* negotiated client_no_context_takeover: reset the inflater per message */
	uint8_t deflate_bits;    /* window bits of our deflater (15 unless negotiated lower) */
	z_stream *inflater;
	z_stream *deflater;
} wm_ws_pmd;

struct _wm_ws_conn {
	wm_proto_state base;     /* must stay first (a wm_proto_state of the native table, wm_ws_ops) */
	bool handshake;          /* the fast path finished (or found) the handshake */
	bool in_msg;             /* fragments of a message are buffered in `msg` */
	bool msg_rsv1;           /* the message's first frame had RSV1 (compressed) */
	union {
		size_t scan;         /* before the handshake: where the search for the end of its head
		                        resumes (0 once it is done) */
		smart_str msg;       /* after it: unmasked payload of the fragments received so far */
	};
	wm_ws_pmd *pmd;          /* permessage-deflate, or NULL (wm_ws_pmd_of() makes it) */
};
typedef struct _wm_ws_conn wm_ws_conn;

/* The connection's permessage-deflate state, made on first use. */
wm_ws_pmd *wm_ws_pmd_of(wm_ws_conn *ws);

/* ---- per-connection state and permessage-deflate (websocket.c) ---------------------------- */

/* The connection's WebSocket state, allocated on first use. */
wm_ws_conn *wm_ws_state(wm_conn_object *c);

/* Inflates `len` bytes of a compressed message with the stream *pzs (window 15, created on first
 * use), appending 00 00 ff ff when `fin`. NULL on failure: *error 1 (bad data) or 2 (output over
 * `limit`). */
zend_string *wm_ws_inflate(z_stream **pzs, const char *data, size_t len, bool fin, size_t limit, int *error);

/* `in` compressed with the connection's deflater (its negotiated window and context takeover).
 * NULL on a zlib error. */
zend_string *wm_ws_deflate_conn(wm_conn_object *c, zend_string *in);

/* ---- property access (websocket.c) ---------------------------------------------------------- */

/* $connection->context, creating it when it was set to null. Borrowed; NULL with an exception
 * pending if reading it threw. */
zend_object *wm_ws_context(wm_conn_object *c);

/* `$connection->NAME ?? $connection->worker->NAME ?? false`, truthy or not: `out` is the callable
 * (owned) or UNDEF. */
bool wm_ws_callback(wm_conn_object *c, const char *name, size_t len, zval *out);

/* Calls a websocket callback with ($connection, ...args) (at most 2 args); exceptions are
 * reported like those of onMessage. Returns false when an exit() unwinds. */
bool wm_ws_call(wm_conn_object *c, zval *cb, uint32_t argc, zval *argv);

/* $connection->close($data, true), or close() when `data` is NULL, through PHP dispatch
 * (subclasses may override it). */
void wm_ws_close_method(zend_object *conn, const char *data, size_t len);

/* `(int) $obj->name`, through the handlers. */
zend_long wm_ws_long_prop(zend_object *obj, const char *name, size_t len);

/* The first byte of outgoing data frames: $connection->websocketType ??= BINARY_TYPE_BLOB. */
unsigned char wm_ws_type(wm_conn_object *c);

/* ---- outgoing (websocket.c) ----------------------------------------------------------------- */

/* The frame header for `len` payload bytes with first byte `type`, as upstream writes it. */
size_t wm_ws_header(unsigned char out[WM_WS_MAX_HEADER], unsigned char type, size_t len);

/* The payload of send()/encode() as a string: scalars as they are, anything else JSON. NULL with
 * an exception pending on failure. */
zend_string *wm_ws_payload(zval *data);

/* Upstream's encode() before the handshake: the frame (`hdr` and `payload`) waits in
 * context->tmpWebsocketData, with upstream's onError/onBufferFull calls. */
void wm_ws_stash(wm_conn_object *c, const unsigned char *hdr, size_t hlen, zend_string *payload);

/* Whether the handshake is done for sending: the C state, else upstream's context flag (an app
 * that upgraded by hand, or used the static methods). */
bool wm_ws_handshake_done(wm_conn_object *c);

/* ---- handshake and frames (websocket.c) ----------------------------------------------------- */

/* The handshake on `buf` (the connection's buffered bytes). Returns the head length once it was
 * answered (or -1 when the connection was closed / rejected), 0 while incomplete. `fast`: the
 * caller consumed nothing yet and we take the head from the receive buffer ourselves; otherwise
 * (dealHandshake()) consumeRecvBuffer() is called through PHP. */
zend_long wm_ws_handshake_run(wm_conn_object *c, zend_string *buf, bool fast, zend_long max);

/* Upstream's log lines for a frame with an unknown opcode (with the buffer `d` in hex) and for a
 * message over maxPackageSize. */
void wm_ws_echo_bad_opcode(int opcode, const unsigned char *d, size_t n);
void wm_ws_echo_too_big(uint64_t total);

#endif /* WM_WEBSOCKET_IMPL_H */
