/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Websocket: the server side of RFC 6455.
 *
 * Two roads share the helpers of this file:
 * - the fast path (wm_ws_process(), wm_ws_send_encode()): a connection whose $protocol is this
 *   class itself is framed here, straight from its receive buffer; per-frame state lives in C
 *   (struct _wm_ws_conn, websocket_impl.h), payloads are unmasked once (in place when the buffer
 *   is ours), and the only PHP called per message is onMessage;
 * - the static methods (input/decode/encode/dealHandshake/inflate/deflate, websocket_api.c),
 *   callable from PHP and overridable, which run upstream's algorithm on $connection->context.
 * The handshake is one function for both; at its end $connection->context holds upstream's
 * fields, so code that reads them (or upgrades by hand and then switches $protocol) agrees. */

#include "php/protocol.h"
#include "php/connection.h"
#include "php/http.h"
#include "php/websocket.h"
#include "php/websocket_impl.h"
#include "core/callback.h"
#include "php/log.h"
#include "proto/ws.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/sha1.h"
#include "ext/standard/base64.h"
#include "ext/json/php_json.h"
#include "../stubs/websocket_arginfo.h"

#include <zlib.h>


#define WM_WS_GUID "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
#define WM_WS_400 "HTTP/1.1 400 Bad Request\r\n\r\n<div style=\"text-align:center\"><h1>400 Bad Request</h1><hr>workerman</div>"

/* Interned "websocketType" with its hash computed once: looked up at every send. */
static zend_string *wm_ws_key_type;

static const wm_proto_ops wm_ws_ops;

/* The connection's WebSocket state, or NULL before its first frame or handshake. */
static zend_always_inline wm_ws_conn *wm_ws_find(wm_conn_object *c)
{
	return wm_conn_proto_state(c, &wm_ws_ops);
}

wm_ws_conn *wm_ws_state(wm_conn_object *c)
{
	wm_ws_conn *ws = wm_ws_find(c);
	if (!ws) {
		ws = ecalloc(1, sizeof(wm_ws_conn));
		wm_conn_proto_state_add(c, &ws->base, &wm_ws_ops);
	}
	return ws;
}

/* Frees a stream made by wm_ws_deflate() (inflater false) or wm_ws_inflate() (inflater true). */
static void wm_ws_zstream_free(z_stream **zs, bool inflater)
{
	if (*zs) {
		if (inflater) {
			inflateEnd(*zs);
		} else {
			deflateEnd(*zs);
		}
		efree(*zs);
		*zs = NULL;
	}
}

wm_ws_pmd *wm_ws_pmd_of(wm_ws_conn *ws)
{
	if (!ws->pmd) {
		ws->pmd = ecalloc(1, sizeof(wm_ws_pmd));
		ws->pmd->deflate_bits = 15;
	}
	return ws->pmd;
}

static void wm_ws_state_free(wm_proto_state *state)
{
	wm_ws_conn *ws = (wm_ws_conn *) state;
	if (ws->handshake) {
		smart_str_free(&ws->msg); /* before it, the first word is `scan` */
	}
	if (ws->pmd) {
		wm_ws_zstream_free(&ws->pmd->inflater, true);
		wm_ws_zstream_free(&ws->pmd->deflater, false);
		efree(ws->pmd);
	}
	efree(ws);
}

/* ---- the accept key (shared with the Ws client) and permessage-deflate ---------------------- */

void wm_ws_accept_key(const char *key, size_t len, char out[28])
{
	PHP_SHA1_CTX ctx;
	unsigned char digest[20];
	PHP_SHA1Init(&ctx);
	PHP_SHA1Update(&ctx, (const unsigned char *) key, len);
	PHP_SHA1Update(&ctx, (const unsigned char *) WM_WS_GUID, sizeof(WM_WS_GUID) - 1);
	PHP_SHA1Final(digest, &ctx);
	zend_string *b = php_base64_encode(digest, 20);
	memcpy(out, ZSTR_VAL(b), 28);
	zend_string_release(b);
}

static voidpf wm_ws_zalloc(voidpf opaque, uInt items, uInt size)
{
	(void) opaque;
	return ecalloc(items, size);
}

static void wm_ws_zfree_cb(voidpf opaque, voidpf p)
{
	(void) opaque;
	efree(p);
}

/* permessage-deflate compression of one message with the raw-deflate stream *pzs (created on
 * first use with `window_bits` 9..15): a sync flush with its trailing 00 00 ff ff removed
 * (RFC 7692). `reset_after`: no context takeover. NULL on a zlib error. */
static zend_string *wm_ws_deflate(z_stream **pzs, int window_bits, bool reset_after, const char *data, size_t len)
{
	if (!*pzs) {
		z_stream *zs = ecalloc(1, sizeof(z_stream));
		zs->zalloc = wm_ws_zalloc;
		zs->zfree = wm_ws_zfree_cb;
		if (deflateInit2(zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
			efree(zs);
			return NULL;
		}
		*pzs = zs;
	}
	z_stream *zs = *pzs;
	smart_str out = {0};
	zs->next_in = (Bytef *) data;
	zs->avail_in = (uInt) len;
	int r;
	do {
		smart_str_alloc(&out, len / 2 + 64, 0);
		size_t room = out.a - ZSTR_LEN(out.s);
		zs->next_out = (Bytef *) ZSTR_VAL(out.s) + ZSTR_LEN(out.s);
		zs->avail_out = (uInt) room;
		r = deflate(zs, Z_SYNC_FLUSH);
		ZSTR_LEN(out.s) += room - zs->avail_out;
		if (r != Z_OK && r != Z_BUF_ERROR) {
			smart_str_free(&out);
			return NULL;
		}
	} while (zs->avail_out == 0 || zs->avail_in > 0);
	if (reset_after) {
		deflateReset(zs);
	}
	/* A sync flush ends with 00 00 ff ff: RFC 7692 drops it from the message. */
	size_t n = out.s ? ZSTR_LEN(out.s) : 0;
	if (n >= 4) {
		ZSTR_LEN(out.s) = n - 4;
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* Inflates `len` bytes of a compressed message with the stream *pzs (window 15), appending
 * 00 00 ff ff when `fin`. NULL on failure: *error 1 (bad data) or 2 (output over `limit`). */
zend_string *wm_ws_inflate(z_stream **pzs, const char *data, size_t len, bool fin, size_t limit, int *error)
{
	static const unsigned char tail[4] = {0x00, 0x00, 0xff, 0xff};
	*error = 0;
	if (!*pzs) {
		z_stream *zs = ecalloc(1, sizeof(z_stream));
		zs->zalloc = wm_ws_zalloc;
		zs->zfree = wm_ws_zfree_cb;
		if (inflateInit2(zs, -15) != Z_OK) {
			efree(zs);
			*error = 1;
			return NULL;
		}
		*pzs = zs;
	}
	z_stream *zs = *pzs;
	smart_str out = {0};
	for (int part = 0; part < 2; part++) {
		if (part == 0) {
			zs->next_in = (Bytef *) data;
			zs->avail_in = (uInt) len;
		} else if (fin) {
			zs->next_in = (Bytef *) tail;
			zs->avail_in = 4;
		} else {
			break;
		}
		for (;;) {
			/* Grow geometrically: a small input may inflate to much more. */
			size_t want = len * 2 + 256;
			if (out.s && ZSTR_LEN(out.s) > want) {
				want = ZSTR_LEN(out.s);
			}
			smart_str_alloc(&out, want, 0);
			size_t room = out.a - ZSTR_LEN(out.s);
			zs->next_out = (Bytef *) ZSTR_VAL(out.s) + ZSTR_LEN(out.s);
			zs->avail_out = (uInt) room;
			int r = inflate(zs, Z_SYNC_FLUSH);
			ZSTR_LEN(out.s) += room - zs->avail_out;
			if (ZSTR_LEN(out.s) > limit) {
				smart_str_free(&out);
				*error = 2;
				return NULL;
			}
			if (r == Z_STREAM_END) {
				inflateReset(zs);
				if (zs->avail_in == 0) {
					break;
				}
				continue;
			}
			if (r != Z_OK && r != Z_BUF_ERROR) {
				smart_str_free(&out);
				*error = 1;
				return NULL;
			}
			if (zs->avail_in == 0 && zs->avail_out > 0) {
				break;
			}
			if (r == Z_BUF_ERROR && zs->avail_out > 0) {
				break;
			}
		}
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* ---- property access ---------------------------------------------------------------------- */

/* Upstream's names of the handshake's fields in $connection->context (interned at MINIT). */
static zend_string *wm_ws_key_dbuf, *wm_ws_key_flen, *wm_ws_key_fbuf, *wm_ws_key_hs;

/* The context's property table after the handshake's two steps ([0]: the three buffers; [1]:
 * websocketHandshake too), shared by every plain context nobody else has written to: PHP
 * separates a shared table on the first write (copy on write), so each connection does not pay
 * for a table and four key strings (~600 bytes). Built per process on first use, released at
 * RSHUTDOWN (connections still using one keep it alive). */
static HashTable *wm_ws_ctx_tpl[2];

static HashTable *wm_ws_ctx_template(int step)
{
	if (!wm_ws_ctx_tpl[step]) {
		HashTable *ht = zend_new_array(4);
		zval z;
		ZVAL_EMPTY_STRING(&z);
		zend_hash_add_new(ht, wm_ws_key_dbuf, &z);
		ZVAL_LONG(&z, 0);
		zend_hash_add_new(ht, wm_ws_key_flen, &z);
		ZVAL_EMPTY_STRING(&z);
		zend_hash_add_new(ht, wm_ws_key_fbuf, &z);
		if (step) {
			ZVAL_TRUE(&z);
			zend_hash_add_new(ht, wm_ws_key_hs, &z);
		}
		GC_ADD_FLAGS(ht, GC_NOT_COLLECTABLE); /* scalars only: never part of a cycle */
		wm_ws_ctx_tpl[step] = ht;
	}
	return wm_ws_ctx_tpl[step];
}

/* The handshake's fields on the context, as upstream writes them: step 0 websocketDataBuffer,
 * websocketCurrentFrameLength, websocketCurrentFrameBuffer; step 1 websocketHandshake = true. A
 * plain stdClass left as the previous step made it gets the shared table of this step; any other
 * context (a subclass, one the application wrote to) gets ordinary property writes. */
static void wm_ws_ctx_fields(zend_object *ctx, int step)
{
	if (ctx->ce == zend_standard_class_def && ctx->handlers == &std_object_handlers
		&& ctx->properties == (step ? wm_ws_ctx_tpl[0] : NULL) && (!step || ctx->properties)) {
		HashTable *t = wm_ws_ctx_template(step);
		if (ctx->properties) {
			GC_DELREF(ctx->properties); /* step 0's table: this file still holds it */
		}
		GC_ADDREF(t);
		ctx->properties = t;
		return;
	}
	zval z;
	if (step) {
		ZVAL_TRUE(&z);
		zend_update_property_ex(ctx->ce, ctx, wm_ws_key_hs, &z);
		return;
	}
	ZVAL_EMPTY_STRING(&z);
	zend_update_property_ex(ctx->ce, ctx, wm_ws_key_dbuf, &z);
	ZVAL_LONG(&z, 0);
	zend_update_property_ex(ctx->ce, ctx, wm_ws_key_flen, &z);
	ZVAL_EMPTY_STRING(&z);
	zend_update_property_ex(ctx->ce, ctx, wm_ws_key_fbuf, &z);
}

/* $connection->context, creating it when it was set to null. Borrowed. */
zend_object *wm_ws_context(wm_conn_object *c)
{
	zval ctx;
	wm_prop_read_named(&c->std, "context", sizeof("context") - 1, &ctx);
	if (Z_TYPE(ctx) != IS_OBJECT) {
		zval_ptr_dtor(&ctx);
		if (EG(exception)) {
			return NULL;
		}
		object_init(&ctx);
		wm_prop_write_named(&c->std, "context", sizeof("context") - 1, &ctx);
	}
	zend_object *o = Z_OBJ(ctx);
	zval_ptr_dtor(&ctx); /* the property keeps it alive */
	return o;
}

/* `$connection->NAME ?? $connection->worker->NAME ?? false`, truthy or not: `out` is the callable
 * (owned) or UNDEF. */
bool wm_ws_callback(wm_conn_object *c, const char *name, size_t len, zval *out)
{
	wm_prop_read_named(&c->std, name, len, out);
	if (Z_TYPE_P(out) == IS_NULL) {
		zval *worker = wm_prop(&c->std, wm_conn_slot_worker);
		if (Z_TYPE_P(worker) == IS_OBJECT) {
			wm_prop_read_named(Z_OBJ_P(worker), name, len, out);
		}
	}
	if (!zend_is_true(out)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

/* Calls a websocket callback with ($connection, ...args); exceptions are reported like those of
 * onMessage. Returns false when an exit() unwinds. */
bool wm_ws_call(wm_conn_object *c, zval *cb, uint32_t argc, zval *argv)
{
	zval args[3];
	ZVAL_OBJ(&args[0], &c->std);
	for (uint32_t i = 0; i < argc && i < 2; i++) {
		ZVAL_COPY_VALUE(&args[i + 1], &argv[i]);
	}
	wm_call(cb, NULL, 1 + argc, args);
	if (EG(exception)) {
		bool is_exit = wm_exception_is_exit();
		wm_conn_report_exception(c);
		return !is_exit;
	}
	return true;
}

static void wm_ws_close_with(wm_conn_object *c, const char *data, size_t len)
{
	if (data) {
		zval d;
		ZVAL_STRINGL(&d, data, len);
		wm_conn_close(c, &d, true);
		zval_ptr_dtor(&d);
	} else {
		wm_conn_close(c, NULL, false);
	}
}

/* $connection->send($data, true) / close() through PHP dispatch (subclasses may override them). */
static void wm_ws_send_raw_method(zend_object *conn, zend_string *s)
{
	zval args[2];
	ZVAL_STR_COPY(&args[0], s);
	ZVAL_TRUE(&args[1]);
	wm_call_method(conn, "send", 4, NULL, 2, args);
	zval_ptr_dtor(&args[0]);
}

void wm_ws_close_method(zend_object *conn, const char *data, size_t len)
{
	if (data) {
		zval args[2];
		ZVAL_STRINGL(&args[0], data, len);
		ZVAL_TRUE(&args[1]);
		wm_call_method(conn, "close", 5, NULL, 2, args);
		zval_ptr_dtor(&args[0]);
	} else {
		wm_call_method(conn, "close", 5, NULL, 0, NULL);
	}
}

zend_long wm_ws_long_prop(zend_object *obj, const char *name, size_t len)
{
	zval v;
	wm_prop_read_named(obj, name, len, &v);
	zend_long l = zval_get_long(&v);
	zval_ptr_dtor(&v);
	return l;
}

/* The first byte of a websocketType value (blob when empty). */
static unsigned char wm_ws_type_byte(zval *t)
{
	if (Z_TYPE_P(t) == IS_STRING) {
		return Z_STRLEN_P(t) ? (unsigned char) Z_STRVAL_P(t)[0] : 0x81;
	}
	zend_string *s = zval_get_string(t);
	unsigned char b = ZSTR_LEN(s) ? (unsigned char) ZSTR_VAL(s)[0] : 0x81;
	zend_string_release(s);
	return b;
}

/* The first byte of outgoing data frames: $connection->websocketType ??= BINARY_TYPE_BLOB. */
unsigned char wm_ws_type(wm_conn_object *c)
{
	if (EXPECTED(c->net.oflags & WM_CONN_F_WS_TYPE) && EXPECTED(!c->std.properties)) {
		return c->net.obyte; /* a one-byte string kept by the connection (conn_props.c) */
	}
	if (c->std.properties) {
		zval *t = zend_hash_find_known_hash(c->std.properties, wm_ws_key_type);
		if (t) {
			ZVAL_DEINDIRECT(t);
			ZVAL_DEREF(t);
			if (Z_TYPE_P(t) != IS_NULL && Z_TYPE_P(t) != IS_UNDEF) {
				return wm_ws_type_byte(t);
			}
		}
	}
	/* Not a dynamic property yet: a subclass may declare it, or __get() may provide it. */
	zval v;
	wm_prop_read_named(&c->std, "websocketType", sizeof("websocketType") - 1, &v);
	if (Z_TYPE(v) != IS_NULL) {
		unsigned char b = wm_ws_type_byte(&v);
		zval_ptr_dtor(&v);
		return b;
	}
	if (EG(exception)) {
		return 0x81;
	}
	wm_prop_write_named_str(&c->std, "websocketType", sizeof("websocketType") - 1, "\x81", 1);
	return 0x81;
}

/* The frame header for `len` payload bytes with first byte `type`, as upstream writes it. */
size_t wm_ws_header(unsigned char out[WM_WS_MAX_HEADER], unsigned char type, size_t len)
{
	size_t n = wm_ws_write_header(out, 1, 0, 0, (uint64_t) len, NULL);
	out[0] = type;
	return n;
}

/* ---- outgoing ------------------------------------------------------------------------------ */

/* The payload of send()/encode() as a string: scalars as they are, anything else JSON. NULL with
 * an exception pending on failure. */
zend_string *wm_ws_payload(zval *data)
{
	ZVAL_DEREF(data);
	switch (Z_TYPE_P(data)) {
	case IS_STRING:
		return zend_string_copy(Z_STR_P(data));
	case IS_LONG:
	case IS_DOUBLE:
	case IS_TRUE:
	case IS_FALSE:
		return zval_get_string(data);
	default: {
		smart_str buf = {0};
		if (php_json_encode(&buf, data, PHP_JSON_UNESCAPED_UNICODE) == FAILURE) {
			smart_str_free(&buf);
			if (EG(exception)) {
				return NULL;
			}
			return ZSTR_EMPTY_ALLOC();
		}
		smart_str_0(&buf);
		return buf.s ? buf.s : ZSTR_EMPTY_ALLOC();
	}
	}
}

zend_string *wm_ws_deflate_conn(wm_conn_object *c, zend_string *in)
{
	wm_ws_pmd *pmd = wm_ws_pmd_of(wm_ws_state(c));
	return wm_ws_deflate(&pmd->deflater, pmd->deflate_bits, pmd->server_no_ctx, ZSTR_VAL(in), ZSTR_LEN(in));
}

/* Upstream's encode() before the handshake: the frame waits in context->tmpWebsocketData. */
void wm_ws_stash(wm_conn_object *c, const unsigned char *hdr, size_t hlen, zend_string *payload)
{
	zend_object *ctx = wm_ws_context(c);
	if (!ctx) {
		return;
	}
	zval tmp;
	wm_prop_read_lit(ctx, "tmpWebsocketData", &tmp);
	zend_string *cur = zend_is_true(&tmp) ? zval_get_string(&tmp) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&tmp);
	zend_long max_send = wm_ws_long_prop(&c->std, "maxSendBufferSize", sizeof("maxSendBufferSize") - 1);
	if ((zend_long) ZSTR_LEN(cur) > max_send) {
		zend_string_release(cur);
		zval cb;
		wm_prop_read_named(&c->std, "onError", sizeof("onError") - 1, &cb);
		if (zend_is_true(&cb)) {
			zval args[2];
			ZVAL_LONG(&args[0], 2);
			ZVAL_STRING(&args[1], "send buffer full and drop package");
			wm_ws_call(c, &cb, 2, args);
			zval_ptr_dtor(&args[1]);
		}
		zval_ptr_dtor(&cb);
		return;
	}
	size_t old = ZSTR_LEN(cur);
	zend_string *s = zend_string_alloc(old + hlen + ZSTR_LEN(payload), 0);
	memcpy(ZSTR_VAL(s), ZSTR_VAL(cur), old);
	memcpy(ZSTR_VAL(s) + old, hdr, hlen);
	memcpy(ZSTR_VAL(s) + old + hlen, ZSTR_VAL(payload), ZSTR_LEN(payload));
	ZSTR_VAL(s)[ZSTR_LEN(s)] = '\0';
	zend_string_release(cur);
	zval v;
	ZVAL_STR(&v, s);
	wm_prop_write_lit(ctx, "tmpWebsocketData", &v);
	size_t total = ZSTR_LEN(s);
	zval_ptr_dtor(&v);
	zval cb;
	wm_prop_read_named(&c->std, "onBufferFull", sizeof("onBufferFull") - 1, &cb);
	if (zend_is_true(&cb) && max_send <= (zend_long) total) {
		wm_ws_call(c, &cb, 0, NULL);
	}
	zval_ptr_dtor(&cb);
}

/* Whether the handshake is done for sending: the C state, else upstream's context flag (an app
 * that upgraded by hand, or used the static methods). */
bool wm_ws_handshake_done(wm_conn_object *c)
{
	wm_ws_conn *ws = wm_ws_find(c);
	if (ws && ws->handshake) {
		return true;
	}
	zend_object *ctx = wm_ws_context(c);
	if (!ctx) {
		return false;
	}
	zval v;
	wm_prop_read_lit(ctx, "websocketHandshake", &v);
	bool done = zend_is_true(&v);
	zval_ptr_dtor(&v);
	return done;
}

/* send() through the native protocol: 1 = write `hdr[0..*hdr_len)` then `*payload` (a new
 * reference); 0 = nothing to write (kept for after the handshake, or dropped); -1 = exception. */
static int wm_ws_send_encode(wm_conn_object *c, zval *data, unsigned char hdr[WM_WS_MAX_HEADER], size_t *hdr_len,
	zend_string **payload)
{
	zend_string *s = wm_ws_payload(data);
	if (!s) {
		return -1;
	}
	unsigned char type = wm_ws_type(c);
	if (type & 0x40) {
		zend_string *z = wm_ws_deflate_conn(c, s);
		zend_string_release(s);
		if (!z) {
			return 0;
		}
		s = z;
	}
	*hdr_len = wm_ws_header(hdr, type, ZSTR_LEN(s));
	if (!wm_ws_handshake_done(c)) {
		wm_ws_stash(c, hdr, *hdr_len, s);
		zend_string_release(s);
		return EG(exception) ? -1 : 0;
	}
	*payload = s;
	return 1;
}

/* ---- handshake ----------------------------------------------------------------------------- */

/* Upstream's preg_match("/NAME *(.*?)\r\n/i"): the first place `name` occurs (any case), then
 * spaces, then the value up to the next CRLF. */
static bool wm_ws_find_header(const char *s, size_t n, const char *name, size_t nlen, const char **v, size_t *vlen)
{
	for (size_t i = 0; i + nlen <= n; i++) {
		if ((s[i] | 0x20) != (name[0] | 0x20) || zend_binary_strncasecmp(s + i, nlen, name, nlen, nlen) != 0) {
			continue;
		}
		size_t j = i + nlen;
		while (j < n && s[j] == ' ') {
			j++;
		}
		const char *e = zend_memnstr(s + j, "\r\n", 2, s + n);
		if (!e || memchr(s + j, '\n', (size_t) (e - (s + j)))) {
			continue;
		}
		*v = s + j;
		*vlen = (size_t) (e - (s + j));
		return true;
	}
	return false;
}

static bool wm_ws_token_eq(const char *s, size_t n, const char *lit)
{
	size_t l = strlen(lit);
	return n == l && zend_binary_strncasecmp(s, n, lit, l, l) == 0;
}

static void wm_ws_trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) {
		(*n)--;
	}
}

/* permessage-deflate (RFC 7692) from the client's offers: the first offer we can honour. Appends
 * our answer to `reply` and configures `ws`; false when no offer fits. */
static bool wm_ws_negotiate(wm_ws_conn *ws, const char *offers, size_t len, smart_str *reply)
{
	const char *p = offers, *end = offers + len;
	while (p < end) {
		const char *comma = memchr(p, ',', (size_t) (end - p));
		const char *oe = comma ? comma : end;
		bool ok = true, sctx = false, cctx = false;
		int sbits = 0;
		const char *q = p;
		int idx = 0;
		while (q <= oe && ok) {
			const char *semi = memchr(q, ';', (size_t) (oe - q));
			const char *pe = semi ? semi : oe;
			const char *t = q;
			size_t tn = (size_t) (pe - q);
			wm_ws_trim(&t, &tn);
			const char *eq = memchr(t, '=', tn);
			const char *k = t, *val = NULL;
			size_t kn = tn, vn = 0;
			if (eq) {
				kn = (size_t) (eq - t);
				val = eq + 1;
				vn = tn - kn - 1;
				wm_ws_trim(&k, &kn);
				wm_ws_trim(&val, &vn);
				if (vn >= 2 && val[0] == '"' && val[vn - 1] == '"') {
					val++;
					vn -= 2;
				}
			}
			if (idx == 0) {
				ok = !eq && wm_ws_token_eq(k, kn, "permessage-deflate");
			} else if (wm_ws_token_eq(k, kn, "server_no_context_takeover") && !eq) {
				sctx = true;
			} else if (wm_ws_token_eq(k, kn, "client_no_context_takeover") && !eq) {
				cctx = true;
			} else if (wm_ws_token_eq(k, kn, "server_max_window_bits") && eq) {
				int b = 0;
				for (size_t i = 0; i < vn && b < 100; i++) {
					b = (val[i] >= '0' && val[i] <= '9') ? b * 10 + (val[i] - '0') : 100;
				}
				ok = vn > 0 && b >= 9 && b <= 15;
				sbits = b;
			} else if (wm_ws_token_eq(k, kn, "client_max_window_bits")) {
				/* We inflate with a 15-bit window, which reads any smaller one: nothing to say. */
			} else if (kn == 0 && idx > 0) {
				/* an empty parameter ("a;;b"): tolerate */
			} else {
				ok = false;
			}
			idx++;
			if (!semi) {
				break;
			}
			q = semi + 1;
		}
		if (ok) {
			smart_str_appends(reply, "Sec-WebSocket-Extensions: permessage-deflate");
			if (sctx) {
				smart_str_appends(reply, "; server_no_context_takeover");
			}
			if (cctx) {
				smart_str_appends(reply, "; client_no_context_takeover");
			}
			if (sbits) {
				smart_str_appends(reply, "; server_max_window_bits=");
				smart_str_append_long(reply, sbits);
			}
			smart_str_appends(reply, "\r\n");
			wm_ws_pmd *pmd = wm_ws_pmd_of(ws);
			pmd->server_no_ctx = sctx;
			pmd->client_no_ctx = cctx;
			pmd->deflate_bits = (uint8_t) (sbits ? sbits : 15);
			return true;
		}
		if (!comma) {
			break;
		}
		p = comma + 1;
	}
	return false;
}

/* Fills the 4.x superglobals ($_SERVER, $_GET, $_COOKIE) from the request, as Workerman 4.x did
 * before calling onWebSocketConnect, so that code written for it keeps working. */
static void wm_ws_superglobals_fill(zval *request)
{
	zval server, get, cookie, ret;
	array_init(&server);
	zend_string *buf = NULL;
	if (Z_TYPE_P(request) == IS_OBJECT) {
		zval s;
		if (wm_call_method(Z_OBJ_P(request), "__tostring", sizeof("__tostring") - 1, &s, 0, NULL) == SUCCESS
			&& Z_TYPE(s) == IS_STRING) {
			buf = zend_string_copy(Z_STR(s));
		}
		zval_ptr_dtor(&s);
	}
	if (EG(exception)) {
		zend_clear_exception();
	}
	if (buf) {
		const char *p = ZSTR_VAL(buf), *end = p + ZSTR_LEN(buf);
		const char *hend = zend_memnstr(p, "\r\n\r\n", 4, end);
		if (hend) {
			end = hend;
		}
		const char *le = zend_memnstr(p, "\r\n", 2, end);
		if (!le) {
			le = end;
		}
		/* request line: METHOD URI PROTOCOL */
		const char *sp1 = memchr(p, ' ', (size_t) (le - p));
		const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', (size_t) (le - sp1 - 1)) : NULL;
		if (sp1 && sp2) {
			add_assoc_stringl(&server, "REQUEST_METHOD", p, (size_t) (sp1 - p));
			add_assoc_stringl(&server, "REQUEST_URI", sp1 + 1, (size_t) (sp2 - sp1 - 1));
			add_assoc_stringl(&server, "SERVER_PROTOCOL", sp2 + 1, (size_t) (le - sp2 - 1));
		}
		add_assoc_string(&server, "SERVER_NAME", "");
		add_assoc_string(&server, "SERVER_PORT", "");
		add_assoc_string(&server, "QUERY_STRING", "");
		p = le < end ? le + 2 : end;
		while (p < end) {
			const char *e = zend_memnstr(p, "\r\n", 2, end);
			if (!e) {
				e = end;
			}
			const char *colon = memchr(p, ':', (size_t) (e - p));
			if (colon) {
				const char *v = colon + 1;
				size_t vn = (size_t) (e - v);
				wm_ws_trim(&v, &vn);
				smart_str key = {0};
				smart_str_appends(&key, "HTTP_");
				for (const char *k = p; k < colon; k++) {
					char ch = *k == '-' ? '_' : (char) toupper((unsigned char) *k);
					if (ch != ' ') {
						smart_str_appendc(&key, ch);
					}
				}
				smart_str_0(&key);
				add_assoc_stringl_ex(&server, ZSTR_VAL(key.s), ZSTR_LEN(key.s), v, vn);
				if (ZSTR_LEN(key.s) == sizeof("HTTP_HOST") - 1 && memcmp(ZSTR_VAL(key.s), "HTTP_HOST", 9) == 0) {
					const char *pc = memchr(v, ':', vn);
					add_assoc_stringl(&server, "SERVER_NAME", v, pc ? (size_t) (pc - v) : vn);
					if (pc) {
						add_assoc_stringl(&server, "SERVER_PORT", pc + 1, (size_t) (v + vn - pc - 1));
					}
				}
				smart_str_free(&key);
			}
			p = e + 2;
		}
		zend_string_release(buf);
	}
	array_init(&get);
	array_init(&cookie);
	if (Z_TYPE_P(request) == IS_OBJECT && instanceof_function(Z_OBJCE_P(request), wm_ce_Request)) {
		if (wm_call_method(Z_OBJ_P(request), "querystring", sizeof("querystring") - 1, &ret, 0, NULL) == SUCCESS
			&& Z_TYPE(ret) == IS_STRING) {
			add_assoc_str(&server, "QUERY_STRING", zend_string_copy(Z_STR(ret)));
		}
		zval_ptr_dtor(&ret);
		if (wm_call_method(Z_OBJ_P(request), "get", 3, &ret, 0, NULL) == SUCCESS && Z_TYPE(ret) == IS_ARRAY) {
			zval_ptr_dtor(&get);
			ZVAL_COPY(&get, &ret);
		}
		zval_ptr_dtor(&ret);
		if (wm_call_method(Z_OBJ_P(request), "cookie", 6, &ret, 0, NULL) == SUCCESS && Z_TYPE(ret) == IS_ARRAY) {
			zval_ptr_dtor(&cookie);
			ZVAL_COPY(&cookie, &ret);
		}
		zval_ptr_dtor(&ret);
		if (EG(exception)) {
			zend_clear_exception();
		}
	}
	zend_is_auto_global_str("_SERVER", sizeof("_SERVER") - 1);
	zend_hash_str_update(&EG(symbol_table), "_SERVER", sizeof("_SERVER") - 1, &server);
	zend_hash_str_update(&EG(symbol_table), "_GET", sizeof("_GET") - 1, &get);
	zend_hash_str_update(&EG(symbol_table), "_COOKIE", sizeof("_COOKIE") - 1, &cookie);
}

/* After the callback: $_GET, $_COOKIE and $_SESSION become empty arrays as in 4.x; $_SERVER gets
 * back what it held before (4.x emptied it, which would lose argv and the environment for the
 * rest of the process). `saved` is consumed. */
static void wm_ws_superglobals_reset(zval *saved)
{
	static const char *names[] = {"_GET", "_SESSION", "_COOKIE"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		zval empty;
		array_init(&empty);
		zend_hash_str_update(&EG(symbol_table), names[i], strlen(names[i]), &empty);
	}
	if (Z_TYPE_P(saved) == IS_UNDEF) {
		array_init(saved);
	}
	zend_hash_str_update(&EG(symbol_table), "_SERVER", sizeof("_SERVER") - 1, saved);
}

/* A copy of the current $_SERVER (UNDEF when there is none). */
static void wm_ws_superglobals_save(zval *saved)
{
	zend_is_auto_global_str("_SERVER", sizeof("_SERVER") - 1);
	zval *cur = zend_hash_str_find(&EG(symbol_table), "_SERVER", sizeof("_SERVER") - 1);
	if (cur) {
		ZVAL_COPY_DEREF(saved, cur);
	} else {
		ZVAL_UNDEF(saved);
	}
}

/* The handshake on `buf` (the connection's buffered bytes). Returns the head length once it was
 * answered (or -1 when the connection was closed / rejected), 0 while incomplete. `fast`: the
 * caller consumed nothing yet and we take the head from the receive buffer ourselves; otherwise
 * (dealHandshake()) consumeRecvBuffer() is called through PHP. */
zend_long wm_ws_handshake_run(wm_conn_object *c, zend_string *buf, bool fast, zend_long max)
{
	const char *d = ZSTR_VAL(buf);
	size_t n = ZSTR_LEN(buf);
	wm_ws_conn *ws = wm_ws_state(c);

	if (n < 3 || memcmp(d, "GET", 3) != 0) {
		if (fast) {
			wm_ws_close_with(c, WM_WS_400, sizeof(WM_WS_400) - 1);
		} else {
			wm_ws_close_method(&c->std, WM_WS_400, sizeof(WM_WS_400) - 1);
		}
		return -1;
	}
	size_t from = fast && ws->scan < n ? ws->scan : 0;
	const char *end = zend_memnstr(d + from, "\r\n\r\n", 4, d + n);
	if (!end) {
		ws->scan = n > 3 ? n - 3 : 0;
		if (fast && max > 0 && (zend_long) n >= max) {
			/* Upstream buffers a handshake head without limit; we close once it cannot fit. */
			wm_logf("Protocol %s: WebSocket handshake head still without its end (CRLFCRLF) after %zu bytes, "
				"over maxPackageSize (" ZEND_LONG_FMT "); connection closed",
				ZSTR_VAL(wm_ce_Websocket->name), n, max);
			wm_conn_destroy(c);
			return -1;
		}
		return 0;
	}
	ws->scan = 0;
	if (fast) {
		wm_net_deadline_clear(&c->net); /* the head is complete: no incomplete-request timeout */
	}
	size_t head_len = (size_t) (end - d) + 4;
	if (fast && max > 0 && head_len > (size_t) max) {
		/* The same limit when the whole head came in one read. */
		wm_logf("Protocol %s: WebSocket handshake head of %zu bytes is over maxPackageSize (" ZEND_LONG_FMT
			"); connection closed", ZSTR_VAL(wm_ce_Websocket->name), head_len, max);
		wm_conn_destroy(c);
		return -1;
	}

	const char *v;
	size_t vn;
	if (wm_ws_find_header(d, n, "Sec-WebSocket-Version:", sizeof("Sec-WebSocket-Version:") - 1, &v, &vn)) {
		if (vn != 2 || memcmp(v, "13", 2) != 0) {
			static const char r426[] = "HTTP/1.1 426 Upgrade Required\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n\r\n";
			if (fast) {
				wm_ws_close_with(c, r426, sizeof(r426) - 1);
			} else {
				wm_ws_close_method(&c->std, r426, sizeof(r426) - 1);
			}
			return -1;
		}
	} else {
		static const char r400v[] = "HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n\r\n";
		if (fast) {
			wm_ws_close_with(c, r400v, sizeof(r400v) - 1);
		} else {
			wm_ws_close_method(&c->std, r400v, sizeof(r400v) - 1);
		}
		return -1;
	}
	if (!wm_ws_find_header(d, n, "Sec-WebSocket-Key:", sizeof("Sec-WebSocket-Key:") - 1, &v, &vn)) {
		if (fast) {
			wm_ws_close_with(c, WM_WS_400, sizeof(WM_WS_400) - 1);
		} else {
			wm_ws_close_method(&c->std, WM_WS_400, sizeof(WM_WS_400) - 1);
		}
		return -1;
	}
	char accept[28];
	wm_ws_accept_key(v, vn, accept);

	/* The client's extension offers, kept for the negotiation after onWebSocketConnect. */
	zend_string *offers = NULL;
	if (wm_ws_find_header(d, head_len, "Sec-WebSocket-Extensions:", sizeof("Sec-WebSocket-Extensions:") - 1, &v, &vn)) {
		offers = zend_string_init(v, vn, 0);
	}

	GC_ADDREF(&c->std);
	zend_object *ctx = wm_ws_context(c);
	if (ctx) {
		wm_ws_ctx_fields(ctx, 0);
	}
	zend_string *head;
	if (fast) {
		head = wm_rbuf_take(&c->net.rbuf, head_len);
	} else {
		zval arg;
		ZVAL_LONG(&arg, (zend_long) head_len);
		wm_call_method(&c->std, "consumerecvbuffer", sizeof("consumerecvbuffer") - 1, NULL, 1, &arg);
		head = zend_string_copy(buf);
	}

	zval request;
	wm_request_create(&request, wm_ce_Request, head, NULL, &c->std);
	zend_string_release(head);
	zend_long result = (zend_long) head_len;
	if (EG(exception)) {
		wm_conn_report_exception(c);
	}

	zval cb;
	if (wm_ws_callback(c, "onWebSocketConnect", sizeof("onWebSocketConnect") - 1, &cb)) {
		zval saved_server;
		wm_ws_superglobals_save(&saved_server);
		wm_ws_superglobals_fill(&request);
		bool go = wm_ws_call(c, &cb, 1, &request);
		wm_ws_superglobals_reset(&saved_server);
		zval_ptr_dtor(&cb);
		if (!go) {
			result = -1;
			goto done;
		}
	}
	if (c->net.status >= WM_STATUS_CLOSING || c->net.status == WM_STATUS_ENDING) {
		/* Rejected: the callback closed the connection. */
		result = -1;
		goto done;
	}

	unsigned char type = wm_ws_type(c);
	smart_str reply = {0};
	smart_str_appends(&reply, "HTTP/1.1 101 Switching Protocol\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
		"Connection: Upgrade\r\nSec-WebSocket-Accept: ");
	smart_str_appendl(&reply, accept, 28);
	smart_str_appends(&reply, "\r\n");
	bool app_ext = false;
	zval headers;
	wm_prop_read_named(&c->std, "headers", sizeof("headers") - 1, &headers);
	if (Z_TYPE(headers) == IS_ARRAY) {
		zval *h;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(headers), h) {
			zend_string *line = zval_try_get_string(h);
			if (!line) {
				zend_clear_exception();
				continue;
			}
			if (!memchr(ZSTR_VAL(line), '\r', ZSTR_LEN(line)) && !memchr(ZSTR_VAL(line), '\n', ZSTR_LEN(line))) {
				smart_str_append(&reply, line);
				smart_str_appends(&reply, "\r\n");
				if (ZSTR_LEN(line) >= 25 && zend_binary_strncasecmp(ZSTR_VAL(line), 25, "Sec-WebSocket-Extensions:", 25, 25) == 0) {
					app_ext = true;
				}
			}
			zend_string_release(line);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&headers);
	if ((type & 0x40) && !app_ext) {
		/* The app opted in to compression: negotiate it, or fall back to plain frames. */
		if (!offers || !wm_ws_negotiate(ws, ZSTR_VAL(offers), ZSTR_LEN(offers), &reply)) {
			char plain = (char) (type & ~0x40);
			wm_prop_write_named_str(&c->std, "websocketType", sizeof("websocketType") - 1, &plain, 1);
		}
	}
	smart_str_appends(&reply, "\r\n");
	smart_str_0(&reply);
	if (fast) {
		wm_conn_write_raw(c, "", 0, reply.s);
	} else {
		wm_ws_send_raw_method(&c->std, reply.s);
	}
	smart_str_free(&reply);
	if (EG(exception)) {
		wm_conn_report_exception(c);
	}
	ws->scan = 0; /* `msg` from now on */
	ws->handshake = true;
	ctx = wm_ws_context(c);
	if (ctx) {
		wm_ws_ctx_fields(ctx, 1);
	}

	if (wm_ws_callback(c, "onWebSocketConnected", sizeof("onWebSocketConnected") - 1, &cb)) {
		bool go = wm_ws_call(c, &cb, 1, &request);
		zval_ptr_dtor(&cb);
		if (!go) {
			result = -1;
			goto done;
		}
	}

	ctx = wm_ws_context(c);
	if (ctx) {
		zval tmp;
		wm_prop_read_lit(ctx, "tmpWebsocketData", &tmp);
		if (zend_is_true(&tmp)) {
			zend_string *s = zval_get_string(&tmp);
			if (fast) {
				wm_conn_write_raw(c, "", 0, s);
			} else {
				wm_ws_send_raw_method(&c->std, s);
			}
			zend_string_release(s);
			zval e;
			ZVAL_EMPTY_STRING(&e);
			wm_prop_write_lit(ctx, "tmpWebsocketData", &e);
		}
		zval_ptr_dtor(&tmp);
	}
	if (EG(exception)) {
		wm_conn_report_exception(c);
	}

done:
	if (offers) {
		zend_string_release(offers);
	}
	zval_ptr_dtor(&request);
	OBJ_RELEASE(&c->std);
	return result;
}

/* ---- the fast path: frames ----------------------------------------------------------------- */

/* Whether a complete frame is buffered (then replies to the current one are corked). */
static bool wm_ws_frame_ready(wm_conn_object *c)
{
	size_t avail = wm_rbuf_len(&c->net.rbuf);
	if (avail < 6) {
		return false;
	}
	wm_ws_frame f;
	int h = wm_ws_parse_header((const unsigned char *) wm_rbuf_data(&c->net.rbuf), avail, &f);
	return h > 0 && f.payload_len <= avail - (size_t) h;
}

/* The unmasked payload of the frame at the front of the receive buffer, which leaves it. Zero
 * copy when the frame is the whole buffer (shifted and unmasked in one pass). */
static zend_string *wm_ws_take_payload(wm_conn_object *c, size_t hlen, size_t n, const unsigned char mask[4])
{
	wm_rbuf *b = &c->net.rbuf;
	/* Not when the buffer is much larger than the payload (the tail of a batch): the message
	 * would keep the whole allocation alive. */
	if (hlen + n == wm_rbuf_len(b) && !ZSTR_IS_INTERNED(b->str) && GC_REFCOUNT(b->str) == 1 && b->cap <= 2 * n + 256) {
		zend_string *s = b->str;
		unsigned char *base = (unsigned char *) ZSTR_VAL(s);
		wm_ws_mask(base, base + b->pos + hlen, n, mask, 0);
		ZSTR_LEN(s) = n;
		ZSTR_VAL(s)[n] = '\0';
		zend_string_forget_hash_val(s);
		b->str = NULL;
		b->pos = b->cap = 0;
		return s;
	}
	zend_string *s = zend_string_alloc(n, 0);
	wm_ws_mask((unsigned char *) ZSTR_VAL(s), (const unsigned char *) wm_rbuf_data(b) + hlen, n, mask, 0);
	ZSTR_VAL(s)[n] = '\0';
	wm_rbuf_consume(b, hlen + n);
	return s;
}

static void wm_ws_deliver(wm_conn_object *c, zend_string *msg)
{
	WM_STAT_ADD("total_request", 1);
	zval zv;
	ZVAL_STR(&zv, msg);
	if (wm_ws_frame_ready(c)) {
		c->net.flags |= WM_NET_F_CORK;
		wm_conn_batch_step(c);
	}
	wm_conn_emit(c, wm_conn_slot_on_message, 1, &zv);
	c->net.flags &= ~WM_NET_F_CORK;
	zval_ptr_dtor(&zv);
}

/* Inflates a complete compressed message (the connection's inflater); NULL when the connection
 * was closed for it. */
static zend_string *wm_ws_inflate_msg(wm_conn_object *c, zend_string *in, zend_long max)
{
	wm_ws_pmd *pmd = wm_ws_pmd_of(wm_ws_find(c));
	int err;
	zend_string *out = wm_ws_inflate(&pmd->inflater, ZSTR_VAL(in), ZSTR_LEN(in), true,
		max > 0 ? (size_t) max : SIZE_MAX, &err);
	if (pmd->client_no_ctx && pmd->inflater) {
		inflateReset(pmd->inflater);
	}
	if (!out) {
		if (err == 2) {
			const char m[] = "WebSocket inflate data exceeds maxPackageSize limit\n";
			wm_safe_echo(m, sizeof(m) - 1, false);
		}
		wm_conn_close(c, NULL, false);
	}
	return out;
}

/* A ping or pong: onWebSocketPing/onWebSocketPong with websocketType set to a pong meanwhile (so
 * that send() in it answers with a pong, as upstream), or the automatic pong. */
static void wm_ws_control(wm_conn_object *c, int opcode, zend_string *payload)
{
	zval cb;
	const char *name = opcode == WM_WS_OP_PING ? "onWebSocketPing" : "onWebSocketPong";
	if (wm_ws_callback(c, name, strlen(name), &cb)) {
		unsigned char saved = wm_ws_type(c);
		wm_prop_write_named_str(&c->std, "websocketType", sizeof("websocketType") - 1, "\x8a", 1);
		zval arg;
		ZVAL_STR_COPY(&arg, payload);
		wm_ws_call(c, &cb, 1, &arg);
		zval_ptr_dtor(&arg);
		zval_ptr_dtor(&cb);
		if (c->net.status != WM_STATUS_CLOSED) {
			char t = (char) saved;
			wm_prop_write_named_str(&c->std, "websocketType", sizeof("websocketType") - 1, &t, 1);
		}
	} else if (opcode == WM_WS_OP_PING) {
		unsigned char hdr[WM_WS_MAX_HEADER];
		size_t hl = wm_ws_header(hdr, 0x8a, ZSTR_LEN(payload));
		wm_conn_write_raw(c, (const char *) hdr, hl, payload);
	}
}

void wm_ws_echo_bad_opcode(int opcode, const unsigned char *d, size_t n)
{
	smart_str m = {0};
	smart_str_append_printf(&m, "error opcode %d and close websocket connection. Buffer:", opcode);
	wm_hex(smart_str_extend(&m, 2 * n), d, n);
	smart_str_appendc(&m, '\n');
	smart_str_0(&m);
	wm_safe_echo(ZSTR_VAL(m.s), ZSTR_LEN(m.s), false);
	smart_str_free(&m);
}

void wm_ws_echo_too_big(uint64_t total)
{
	char m[96];
	int l = snprintf(m, sizeof(m), "error package. package_length=%" PRIu64 "\n", total);
	wm_safe_echo(m, (size_t) l, false);
}

/* One frame from the receive buffer. 1: go on; 0: wait for more bytes or stop. */
static int wm_ws_frame_step(wm_conn_object *c, wm_ws_conn *ws, zend_long max)
{
	size_t avail = wm_rbuf_len(&c->net.rbuf);
	if (avail < 6) {
		return 0; /* upstream waits for 6 bytes (the smallest masked frame) */
	}
	const unsigned char *d = (const unsigned char *) wm_rbuf_data(&c->net.rbuf);
	if (!(d[1] & 0x80)) {
		const char m[] = "frame not masked so close the connection\n";
		wm_safe_echo(m, sizeof(m) - 1, false);
		wm_conn_close(c, NULL, false);
		return 0;
	}
	wm_ws_frame f;
	int h = wm_ws_parse_header(d, avail, &f);
	if (h == WM_WS_E_OPCODE) {
		wm_ws_echo_bad_opcode(d[0] & 0x0f, d, avail);
		wm_conn_close(c, NULL, false);
		return 0;
	}
	if (f.opcode == WM_WS_OP_CLOSE && h != WM_WS_NEED_MORE) {
		/* Reply with the client's status code (upstream always says 1000), 1002 for a code that
		 * must not be received or a broken frame, 1007 for a reason that is not UTF-8 (RFC 6455
		 * 7.4), or let the app. */
		unsigned code = WM_WS_CLOSE_PROTOCOL_ERROR;  /* fragmented, or over 125 bytes */
		if (h > 0) {
			if (avail < (size_t) h + f.payload_len) {
				return 0;
			}
			unsigned char payload[125];  /* a close frame with h > 0 has at most 125 */
			wm_ws_mask(payload, d + h, (size_t) f.payload_len, f.mask, 0);
			code = wm_ws_close_reply_code(payload, (size_t) f.payload_len);
			wm_rbuf_consume(&c->net.rbuf, (size_t) h + (size_t) f.payload_len);
		} else {
			wm_rbuf_consume(&c->net.rbuf, avail);
		}
		unsigned char reply[4] = {0x88, 0x02, (unsigned char) (code >> 8), (unsigned char) code};
		zval cb;
		if (wm_ws_callback(c, "onWebSocketClose", sizeof("onWebSocketClose") - 1, &cb)) {
			wm_ws_call(c, &cb, 0, NULL);
			zval_ptr_dtor(&cb);
		} else {
			wm_ws_close_with(c, (const char *) reply, 4);
		}
		return 0;
	}
	if (h == WM_WS_NEED_MORE) {
		return 0;
	}
	if (h == WM_WS_E_LENGTH) {
		/* A 64-bit length with its top bit set: over any maxPackageSize. */
		wm_ws_echo_too_big(UINT64_MAX);
		wm_conn_close(c, NULL, false);
		return 0;
	}
	if (h < 0) {
		/* A fragmented ping/pong or one over 125 bytes (RFC 6455 5.5): fail the connection. */
		wm_conn_close(c, NULL, false);
		return 0;
	}
	uint64_t total = (uint64_t) (ws->in_msg ? ZSTR_LEN(ws->msg.s) : 0) + (uint64_t) h + f.payload_len;
	if (total > (uint64_t) (max < 0 ? 0 : max)) {
		wm_ws_echo_too_big(total);
		wm_conn_close(c, NULL, false);
		return 0;
	}
	if (avail - (size_t) h < f.payload_len) {
		return 0;
	}
	size_t n = (size_t) f.payload_len;

	if (f.opcode == WM_WS_OP_PING || f.opcode == WM_WS_OP_PONG) {
		zend_string *p = wm_ws_take_payload(c, (size_t) h, n, f.mask);
		wm_ws_control(c, f.opcode, p);
		zend_string_release(p);
		return 1;
	}

	bool rsv1 = (f.rsv & 4) != 0;
	if (!f.fin) {
		/* A fragment: collect it unmasked. */
		if (!ws->in_msg) {
			ws->in_msg = true;
			ws->msg_rsv1 = rsv1;
			if (ws->msg.s) {
				ZSTR_LEN(ws->msg.s) = 0;
			}
		} else if (rsv1) {
			ws->msg_rsv1 = true;
		}
		smart_str_alloc(&ws->msg, n, 0);
		wm_ws_mask((unsigned char *) ZSTR_VAL(ws->msg.s) + ZSTR_LEN(ws->msg.s), d + h, n, f.mask, 0);
		ZSTR_LEN(ws->msg.s) += n;
		wm_rbuf_consume(&c->net.rbuf, (size_t) h + n);
		return 1;
	}

	zend_string *msg;
	if (ws->in_msg) {
		smart_str_alloc(&ws->msg, n, 0);
		wm_ws_mask((unsigned char *) ZSTR_VAL(ws->msg.s) + ZSTR_LEN(ws->msg.s), d + h, n, f.mask, 0);
		ZSTR_LEN(ws->msg.s) += n;
		wm_rbuf_consume(&c->net.rbuf, (size_t) h + n);
		rsv1 = rsv1 || ws->msg_rsv1;
		smart_str_0(&ws->msg);
		msg = ws->msg.s;
		ws->msg.s = NULL;
		ws->msg.a = 0;
		ws->in_msg = false;
		ws->msg_rsv1 = false;
	} else {
		msg = wm_ws_take_payload(c, (size_t) h, n, f.mask);
	}
	if (rsv1) {
		zend_string *plain = wm_ws_inflate_msg(c, msg, max);
		zend_string_release(msg);
		if (!plain) {
			return 0;
		}
		msg = plain;
	}
	wm_ws_deliver(c, msg);
	return 1;
}

/* The native protocol's step on the connection's receive buffer (the handshake, or one frame,
 * delivered to onMessage): 1 to go on, 0 to wait for more bytes (or the connection closed). */
static int wm_ws_process(wm_conn_object *c, zend_long max)
{
	wm_ws_conn *ws = wm_ws_state(c);
	if (UNEXPECTED(!ws->handshake)) {
		if (wm_ws_handshake_done(c)) {
			ws->scan = 0; /* `msg` from now on */
			ws->handshake = true; /* upgraded by hand (context), then switched to this protocol */
			wm_net_deadline_clear(&c->net);
		} else {
			if (wm_rbuf_len(&c->net.rbuf) < 6) {
				return 0;
			}
			zend_string *buf = wm_rbuf_string(&c->net.rbuf);
			zend_string_addref(buf);
			zend_long r = wm_ws_handshake_run(c, buf, true, max);
			zend_string_release(buf);
			return r > 0 && c->net.status < WM_STATUS_CLOSING && c->net.status != WM_STATUS_ENDING;
		}
	}
	return wm_ws_frame_step(c, ws, max);
}

/* ---- the protocol table (src/php/protocol.h) ----------------------------------------------- */

/* Handshake and frames straight from the buffer: messages are delivered by the step itself. */
static wm_in wm_ws_op_input(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg)
{
	return wm_ws_process(c, max) ? WM_IN_AGAIN : WM_IN_STOP;
}

static void wm_ws_op_decode(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out)
{
	ZVAL_STR(out, pkg); /* not reached: input() never reports a length */
}

/* Frame header as the prefix, the payload string by reference. */
static wm_enc wm_ws_op_encode(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out)
{
	int r = wm_ws_send_encode(c, data, out->hdr, &out->prefix_len, &out->payload);
	if (r < 0) {
		wm_conn_report_exception(c);
		return WM_ENC_FALSE;
	}
	if (r == 0) {
		return WM_ENC_NULL;
	}
	out->prefix = (const char *) out->hdr;
	return WM_ENC_WRITE;
}

/* The handshake head has Http's incomplete-request timeout (workerman.http_header_timeout), from
 * accept until the head is complete; frames have none (an idle WebSocket is the application's). */
static void wm_ws_op_accepted(wm_conn_object *c, wm_proto *p)
{
	wm_http_wait_head(c);
}

/* As Http: closed without a word when nothing came, else 408 and close. */
static void wm_ws_op_timed_out(wm_conn_object *c, wm_proto *p)
{
	wm_ws_conn *ws = wm_ws_find(c);
	if ((ws && ws->handshake) || wm_ws_handshake_done(c)) {
		return;
	}
	if (c->net.flags & WM_NET_F_PAUSED) {
		wm_http_wait_head(c);
		return;
	}
	if (wm_rbuf_len(&c->net.rbuf) == 0) {
		wm_conn_destroy(c);
		return;
	}
	size_t len;
	const char *reply = wm_http_error_reply(WM_HTTP_E408, &len);
	wm_ws_close_with(c, reply, len);
}

static const wm_proto_ops wm_ws_ops = {
	.input = wm_ws_op_input,
	.decode = wm_ws_op_decode,
	.encode = wm_ws_op_encode,
	.accepted = wm_ws_op_accepted,
	.timed_out = wm_ws_op_timed_out,
	.state_free = wm_ws_state_free,
	.rshutdown = wm_websocket_rshutdown,
};

void wm_websocket_rshutdown(void)
{
	for (int i = 0; i < 2; i++) {
		if (wm_ws_ctx_tpl[i]) {
			zend_array_release(wm_ws_ctx_tpl[i]);
			wm_ws_ctx_tpl[i] = NULL;
		}
	}
	if (WM_G(ws_cache_in)) {
		zend_string_release(WM_G(ws_cache_in));
		zend_string_release(WM_G(ws_cache_out));
		WM_G(ws_cache_in) = WM_G(ws_cache_out) = NULL;
	}
}

static void wm_ws_const(const char *name, char byte)
{
	zval v;
	ZVAL_STR(&v, zend_string_init(&byte, 1, 1));
	zend_string *n = zend_string_init_interned(name, strlen(name), 1);
	zend_declare_class_constant_ex(wm_ce_Websocket, n, &v, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(n);
}

void wm_websocket_minit(void)
{
	wm_ce_Websocket = register_class_Workerman_Protocols_Websocket();
	wm_proto_register(wm_ce_Websocket, &wm_ws_ops);
	wm_ws_key_type = zend_string_init_interned("websocketType", sizeof("websocketType") - 1, 1);
	zend_string_hash_val(wm_ws_key_type);
	wm_ws_key_dbuf = zend_string_init_interned("websocketDataBuffer", sizeof("websocketDataBuffer") - 1, 1);
	wm_ws_key_flen = zend_string_init_interned("websocketCurrentFrameLength", sizeof("websocketCurrentFrameLength") - 1, 1);
	wm_ws_key_fbuf = zend_string_init_interned("websocketCurrentFrameBuffer", sizeof("websocketCurrentFrameBuffer") - 1, 1);
	wm_ws_key_hs = zend_string_init_interned("websocketHandshake", sizeof("websocketHandshake") - 1, 1);
	wm_ws_const("BINARY_TYPE_BLOB", (char) 0x81);
	wm_ws_const("BINARY_TYPE_BLOB_DEFLATE", (char) 0xc1);
	wm_ws_const("BINARY_TYPE_ARRAYBUFFER", (char) 0x82);
	wm_ws_const("BINARY_TYPE_ARRAYBUFFER_DEFLATE", (char) 0xc2);
}
