/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Websocket's static methods (input, decode, encode, dealHandshake, inflate,
 * deflate): callable from PHP and overridable, they run upstream's algorithm on
 * $connection->context. They serve a subclass of Websocket (a user protocol, called through
 * PHP) and code that calls them directly; a connection whose protocol is Websocket itself is
 * framed by the fast path in websocket.c instead. Calls they make to one another go through the
 * called class (static::), so an override wins. The handshake is websocket.c's, shared with the
 * fast path. */

#include "php/websocket_impl.h"
#include "php/websocket.h"
#include "core/callback.h"
#include "php/log.h"

static zend_class_entry *wm_ws_called_scope(void)
{
	zend_class_entry *scope = zend_get_called_scope(EG(current_execute_data));
	return scope ? scope : wm_ce_Websocket;
}

static zend_long wm_ws_call_static_long(zend_class_entry *scope, const char *lcname, size_t len, zend_string *buf,
	zend_object *conn)
{
	zval args[2], ret;
	ZVAL_STR_COPY(&args[0], buf);
	ZVAL_OBJ(&args[1], conn);
	wm_call_static(scope, lcname, len, &ret, 2, args);
	zval_ptr_dtor(&args[0]);
	zend_long r = Z_TYPE(ret) == IS_LONG ? Z_LVAL(ret) : zval_get_long(&ret);
	zval_ptr_dtor(&ret);
	return r;
}

static zend_string *wm_ws_call_decode(zend_class_entry *scope, const char *p, size_t n, zend_object *conn)
{
	zval args[2], ret;
	ZVAL_STRINGL(&args[0], p, n);
	ZVAL_OBJ(&args[1], conn);
	wm_call_static(scope, "decode", 6, &ret, 2, args);
	zval_ptr_dtor(&args[0]);
	zend_string *s = Z_TYPE(ret) == IS_STRING ? zend_string_copy(Z_STR(ret)) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&ret);
	return s;
}

ZEND_METHOD(Workerman_Protocols_Websocket, input)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_class_entry *scope = wm_ws_called_scope();
	wm_conn_object *c = Z_WM_CONN_P(connection);
	zend_object *conn = Z_OBJ_P(connection);
	size_t recv_len = ZSTR_LEN(buffer);
	const unsigned char *d = (const unsigned char *) ZSTR_VAL(buffer);
	if (recv_len < 6) {
		RETURN_LONG(0);
	}
	zend_object *ctx = wm_ws_context(c);
	if (!ctx) {
		RETURN_THROWS();
	}
	zval v;
	wm_prop_read_lit(ctx, "websocketHandshake", &v);
	bool hs = zend_is_true(&v);
	zval_ptr_dtor(&v);
	if (!hs) {
		RETURN_LONG(wm_ws_call_static_long(scope, "dealhandshake", sizeof("dealhandshake") - 1, buffer, conn));
	}
	wm_prop_read_lit(ctx, "websocketCurrentFrameLength", &v);
	zend_long cur_len = zval_get_long(&v);
	zval_ptr_dtor(&v);
	if (cur_len) {
		if (cur_len > (zend_long) recv_len) {
			RETURN_LONG(0);
		}
	} else {
		bool fin = d[0] >> 7;
		int opcode = d[0] & 0xf;
		uint64_t data_len = d[1] & 127;
		if (!(d[1] >> 7)) {
			const char m[] = "frame not masked so close the connection\n";
			wm_safe_echo(m, sizeof(m) - 1, false);
			wm_ws_close_method(conn, NULL, 0);
			RETURN_LONG(0);
		}
		switch (opcode) {
		case 0x0: case 0x1: case 0x2: case 0x9: case 0xa:
			break;
		case 0x8: {
			zval cb;
			if (wm_ws_callback(c, "onWebSocketClose", sizeof("onWebSocketClose") - 1, &cb)) {
				wm_ws_call(c, &cb, 0, NULL);
				zval_ptr_dtor(&cb);
			} else {
				wm_ws_close_method(conn, "\x88\x02\x03\xe8", 4);
			}
			RETURN_LONG(0);
		}
		default:
			wm_ws_echo_bad_opcode(opcode, d, recv_len);
			wm_ws_close_method(conn, NULL, 0);
			RETURN_LONG(0);
		}
		size_t head_len = 6;
		if (data_len == 126) {
			head_len = 8;
			if (head_len > recv_len) {
				RETURN_LONG(0);
			}
			data_len = ((uint64_t) d[2] << 8) | d[3];
		} else if (data_len == 127) {
			head_len = 14;
			if (head_len > recv_len) {
				RETURN_LONG(0);
			}
			data_len = ((uint64_t) d[2] << 56) | ((uint64_t) d[3] << 48) | ((uint64_t) d[4] << 40) | ((uint64_t) d[5] << 32)
				| ((uint64_t) d[6] << 24) | ((uint64_t) d[7] << 16) | ((uint64_t) d[8] << 8) | d[9];
		}
		uint64_t frame_len = head_len + data_len;
		wm_prop_read_lit(ctx, "websocketDataBuffer", &v);
		size_t buffered = Z_TYPE(v) == IS_STRING ? Z_STRLEN(v) : 0;
		zval_ptr_dtor(&v);
		uint64_t total = buffered + frame_len;
		zend_long max = wm_ws_long_prop(conn, "maxPackageSize", sizeof("maxPackageSize") - 1);
		if (total > (uint64_t) (max < 0 ? 0 : max)) {
			wm_ws_echo_too_big(total);
			wm_ws_close_method(conn, NULL, 0);
			RETURN_LONG(0);
		}
		if (fin) {
			if (opcode == 0x9 || opcode == 0xa) {
				if (recv_len >= frame_len) {
					zend_string *pl = wm_ws_call_decode(scope, ZSTR_VAL(buffer), (size_t) frame_len, conn);
					zval arg;
					ZVAL_LONG(&arg, (zend_long) frame_len);
					wm_call_method(conn, "consumerecvbuffer", sizeof("consumerecvbuffer") - 1, NULL, 1, &arg);
					zval saved;
					wm_prop_read_named(conn, "websocketType", sizeof("websocketType") - 1, &saved);
					if (Z_TYPE(saved) == IS_NULL) {
						ZVAL_STRINGL(&saved, "\x81", 1);
					}
					wm_prop_write_named_str(conn, "websocketType", sizeof("websocketType") - 1, "\x8a", 1);
					zval cb;
					const char *name = opcode == 0x9 ? "onWebSocketPing" : "onWebSocketPong";
					if (wm_ws_callback(c, name, strlen(name), &cb)) {
						zval a;
						ZVAL_STR_COPY(&a, pl);
						wm_ws_call(c, &cb, 1, &a);
						zval_ptr_dtor(&a);
						zval_ptr_dtor(&cb);
					} else if (opcode == 0x9) {
						zval a;
						ZVAL_STR_COPY(&a, pl);
						wm_call_method(conn, "send", 4, NULL, 1, &a);
						zval_ptr_dtor(&a);
					}
					wm_prop_write_named(conn, "websocketType", sizeof("websocketType") - 1, &saved);
					zval_ptr_dtor(&saved);
					zend_string_release(pl);
					if (EG(exception)) {
						RETURN_THROWS();
					}
					if (recv_len > frame_len) {
						zend_string *rest = zend_string_init(ZSTR_VAL(buffer) + frame_len, recv_len - (size_t) frame_len, 0);
						zend_long r = wm_ws_call_static_long(scope, "input", 5, rest, conn);
						zend_string_release(rest);
						RETURN_LONG(r);
					}
				}
				RETURN_LONG(0);
			}
			RETURN_LONG((zend_long) frame_len);
		}
		cur_len = (zend_long) frame_len;
		ZVAL_LONG(&v, cur_len);
		wm_prop_write_lit(ctx, "websocketCurrentFrameLength", &v);
	}
	if (cur_len == (zend_long) recv_len) {
		zend_string *r = wm_ws_call_decode(scope, ZSTR_VAL(buffer), recv_len, conn);
		zend_string_release(r);
		zval arg;
		ZVAL_LONG(&arg, cur_len);
		wm_call_method(conn, "consumerecvbuffer", sizeof("consumerecvbuffer") - 1, NULL, 1, &arg);
		ZVAL_LONG(&v, 0);
		wm_prop_write_lit(ctx, "websocketCurrentFrameLength", &v);
		RETURN_LONG(0);
	}
	if (cur_len < (zend_long) recv_len) {
		zend_string *r = wm_ws_call_decode(scope, ZSTR_VAL(buffer), (size_t) cur_len, conn);
		zend_string_release(r);
		zval arg;
		ZVAL_LONG(&arg, cur_len);
		wm_call_method(conn, "consumerecvbuffer", sizeof("consumerecvbuffer") - 1, NULL, 1, &arg);
		ZVAL_LONG(&v, 0);
		wm_prop_write_lit(ctx, "websocketCurrentFrameLength", &v);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		zend_string *rest = zend_string_init(ZSTR_VAL(buffer) + cur_len, recv_len - (size_t) cur_len, 0);
		zend_long res = wm_ws_call_static_long(scope, "input", 5, rest, conn);
		zend_string_release(rest);
		RETURN_LONG(res);
	}
	RETURN_LONG(0);
}

static void wm_ws_call_inflate(zend_class_entry *scope, zend_object *conn, zend_string *buf, bool fin, zval *return_value)
{
	zval args[3];
	ZVAL_OBJ(&args[0], conn);
	ZVAL_STR_COPY(&args[1], buf);
	ZVAL_BOOL(&args[2], fin);
	wm_call_static(scope, "inflate", 7, return_value, 3, args);
	zval_ptr_dtor(&args[1]);
}

ZEND_METHOD(Workerman_Protocols_Websocket, decode)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(connection);
	size_t n = ZSTR_LEN(buffer);
	const unsigned char *d = (const unsigned char *) ZSTR_VAL(buffer);
	if (n < 2) {
		zend_throw_error(NULL, "Uninitialized string offset %d", (int) n);
		RETURN_THROWS();
	}
	unsigned len = d[1] & 127;
	bool fin = d[0] >> 7;
	bool rsv1 = (d[0] & 64) != 0;
	size_t mo = len == 126 ? 4 : len == 127 ? 10 : 2;
	size_t data_off = mo + 4;
	unsigned char mask[4] = {0, 0, 0, 0};
	size_t mlen = n > mo ? (n - mo < 4 ? n - mo : 4) : 0;
	memcpy(mask, d + mo, mlen);
	size_t dn = n > data_off ? n - data_off : 0;
	/* Upstream XORs with the mask repeated to the data length: a shorter mask string (a
	 * truncated frame) shortens the result the same way. */
	size_t out_n = mlen == 4 ? dn : (dn < mlen ? dn : mlen);
	zend_string *decoded = zend_string_alloc(out_n, 0);
	wm_ws_mask((unsigned char *) ZSTR_VAL(decoded), d + data_off, out_n, mask, 0);
	ZSTR_VAL(decoded)[out_n] = '\0';

	zend_object *ctx = wm_ws_context(c);
	if (!ctx) {
		zend_string_release(decoded);
		RETURN_THROWS();
	}
	zend_class_entry *scope = wm_ws_called_scope();
	zval v;
	wm_prop_read_lit(ctx, "websocketCurrentFrameLength", &v);
	bool partial = zend_is_true(&v);
	zval_ptr_dtor(&v);
	wm_prop_read_lit(ctx, "websocketDataBuffer", &v);
	zend_string *db = Z_TYPE(v) == IS_STRING ? zend_string_copy(Z_STR(v)) : zval_get_string(&v);
	zval_ptr_dtor(&v);
	if (partial) {
		zend_string *all = zend_string_concat2(ZSTR_VAL(db), ZSTR_LEN(db), ZSTR_VAL(decoded), ZSTR_LEN(decoded));
		zend_string_release(db);
		zend_string_release(decoded);
		ZVAL_STR_COPY(&v, all);
		wm_prop_write_lit(ctx, "websocketDataBuffer", &v);
		zval_ptr_dtor(&v);
		if (rsv1) {
			wm_ws_call_inflate(scope, Z_OBJ_P(connection), all, fin, return_value);
			zend_string_release(all);
			return;
		}
		RETURN_STR(all);
	}
	if (ZSTR_LEN(db)) {
		zend_string *all = zend_string_concat2(ZSTR_VAL(db), ZSTR_LEN(db), ZSTR_VAL(decoded), ZSTR_LEN(decoded));
		zend_string_release(decoded);
		decoded = all;
		ZVAL_EMPTY_STRING(&v);
		wm_prop_write_lit(ctx, "websocketDataBuffer", &v);
	}
	zend_string_release(db);
	if (rsv1) {
		wm_ws_call_inflate(scope, Z_OBJ_P(connection), decoded, fin, return_value);
		zend_string_release(decoded);
		return;
	}
	RETURN_STR(decoded);
}

ZEND_METHOD(Workerman_Protocols_Websocket, inflate)
{
	zval *connection;
	zend_string *buffer;
	bool fin;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
		Z_PARAM_STR(buffer)
		Z_PARAM_BOOL(fin)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(connection);
	wm_ws_conn *ws = wm_ws_state(c);
	zend_long max = wm_ws_long_prop(Z_OBJ_P(connection), "maxPackageSize", sizeof("maxPackageSize") - 1);
	int err;
	zend_string *out = wm_ws_inflate(&wm_ws_pmd_of(ws)->inflater, ZSTR_VAL(buffer), ZSTR_LEN(buffer), fin,
		max > 0 ? (size_t) max : 0, &err);
	if (!out) {
		if (err == 2) {
			const char m[] = "WebSocket inflate data exceeds maxPackageSize limit\n";
			wm_safe_echo(m, sizeof(m) - 1, false);
			wm_ws_close_method(Z_OBJ_P(connection), NULL, 0);
		}
		RETURN_FALSE;
	}
	RETURN_STR(out);
}

ZEND_METHOD(Workerman_Protocols_Websocket, deflate)
{
	zval *connection;
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
		Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *out = wm_ws_deflate_conn(Z_WM_CONN_P(connection), buffer);
	if (!out) {
		RETURN_FALSE;
	}
	RETURN_STR(out);
}

ZEND_METHOD(Workerman_Protocols_Websocket, encode)
{
	zval *data, *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(connection);
	zend_class_entry *scope = wm_ws_called_scope();
	zend_string *s = wm_ws_payload(data);
	if (!s) {
		RETURN_THROWS();
	}
	unsigned char type = wm_ws_type(c);
	if (type & 0x40) {
		/* Compressed per connection (its deflater), through static::deflate(). */
		zval args[2], ret;
		ZVAL_OBJ(&args[0], Z_OBJ_P(connection));
		ZVAL_STR(&args[1], s);
		wm_call_static(scope, "deflate", 7, &ret, 2, args);
		zend_string_release(s);
		if (EG(exception)) {
			zval_ptr_dtor(&ret);
			RETURN_THROWS();
		}
		s = Z_TYPE(ret) == IS_STRING ? zend_string_copy(Z_STR(ret)) : ZSTR_EMPTY_ALLOC();
		zval_ptr_dtor(&ret);
	} else if (WM_G(ws_cache_in) == s && WM_G(ws_cache_type) == type && wm_ws_handshake_done(c)) {
		zend_string_release(s);
		RETURN_STR_COPY(WM_G(ws_cache_out));
	}
	unsigned char hdr[WM_WS_MAX_HEADER];
	size_t hl = wm_ws_header(hdr, type, ZSTR_LEN(s));
	if (!wm_ws_handshake_done(c)) {
		wm_ws_stash(c, hdr, hl, s);
		zend_string_release(s);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	zend_string *out = zend_string_alloc(hl + ZSTR_LEN(s), 0);
	memcpy(ZSTR_VAL(out), hdr, hl);
	memcpy(ZSTR_VAL(out) + hl, ZSTR_VAL(s), ZSTR_LEN(s));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	if (!(type & 0x40)) {
		if (WM_G(ws_cache_in)) {
			zend_string_release(WM_G(ws_cache_in));
			zend_string_release(WM_G(ws_cache_out));
		}
		WM_G(ws_cache_in) = zend_string_copy(s);
		WM_G(ws_cache_out) = zend_string_copy(out);
		WM_G(ws_cache_type) = type;
	}
	zend_string_release(s);
	RETURN_NEW_STR(out);
}

ZEND_METHOD(Workerman_Protocols_Websocket, dealHandshake)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_class_entry *scope = wm_ws_called_scope();
	wm_conn_object *c = Z_WM_CONN_P(connection);
	zend_long head_len = wm_ws_handshake_run(c, buffer, false, 0);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (head_len > 0 && ZSTR_LEN(buffer) > (size_t) head_len) {
		zend_string *rest = zend_string_init(ZSTR_VAL(buffer) + head_len, ZSTR_LEN(buffer) - (size_t) head_len, 0);
		zend_long r = wm_ws_call_static_long(scope, "input", 5, rest, Z_OBJ_P(connection));
		zend_string_release(rest);
		RETURN_LONG(r);
	}
	RETURN_LONG(0);
}
