/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Ws: the client side of RFC 6455 for AsyncTcpConnection('ws://...').
 *
 * Not on a hot path (the benchmarked side is the server), so this file favours being observable
 * like upstream's PHP class over speed: every piece of state lives where upstream keeps it (the
 * connection's dynamic properties and $connection->context), the connection is driven through
 * its public methods (send, close, consumeRecvBuffer...), and the methods upstream calls with
 * `static::` are looked up in the called class, so a subclass overriding them is honoured. The
 * framing loop over several frames of one read is iterative here (upstream recurses), so a read
 * full of tiny control frames cannot exhaust the C stack. */

#include "php/async.h"
#include "php/http.h"
#include "php/websocket.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_closures.h"
#include "ext/standard/base64.h"
#include "ext/standard/php_string.h"
#include "ext/standard/php_random.h"
#include "../stubs/ws_arginfo.h"


#define WM_WSC_SEND_FAIL 2 /* ConnectionInterface::SEND_FAIL */

/* ---- property access through the object handlers (so magic, references and subclasses work) */

/* Reads and writes by name are wm_prop_read_named()/wm_prop_write_named() (common.h); these add
 * what they lack. */

/* $obj->name = null; */
static void wm_wsc_set_null(zend_object *obj, const char *name)
{
	zval zv;
	ZVAL_NULL(&zv);
	wm_prop_write_named(obj, name, strlen(name), &zv);
}

/* isset($obj->name) (check_empty false) or !empty($obj->name) (check_empty true). */
static bool wm_wsc_has(zend_object *obj, const char *name, bool check_empty)
{
	zend_string *key = zend_string_init(name, strlen(name), 0);
	zend_class_entry *old = EG(fake_scope);
	EG(fake_scope) = obj->ce;
	bool r = obj->handlers->has_property(obj, key, check_empty ? ZEND_PROPERTY_NOT_EMPTY : ZEND_PROPERTY_ISSET, NULL);
	EG(fake_scope) = old;
	zend_string_release(key);
	return r;
}

/* $connection->context, or NULL when it is not an object (upstream would warn and go on). */
static zend_object *wm_wsc_ctx(zend_object *conn)
{
	zval rv;
	wm_prop_read_named(conn, "context", sizeof("context") - 1, &rv);
	/* Borrowed: the connection's property keeps it alive. */
	zend_object *ctx = Z_TYPE(rv) == IS_OBJECT ? Z_OBJ(rv) : NULL;
	zval_ptr_dtor(&rv);
	return ctx;
}

/* The context values this file reads, null without a context. */
static zval *wm_wsc_ctx_get(zend_object *conn, const char *name, zval *rv)
{
	zend_object *ctx = wm_wsc_ctx(conn);
	if (!ctx) {
		ZVAL_NULL(rv);
		return rv;
	}
	wm_prop_read_named(ctx, name, strlen(name), rv);
	return rv;
}

static bool wm_wsc_ctx_has(zend_object *conn, const char *name, bool check_empty)
{
	zend_object *ctx = wm_wsc_ctx(conn);
	return ctx && wm_wsc_has(ctx, name, check_empty);
}

static void wm_wsc_ctx_set(zend_object *conn, const char *name, zval *value)
{
	zend_object *ctx = wm_wsc_ctx(conn);
	if (ctx) {
		wm_prop_write_named(ctx, name, strlen(name), value);
	}
}

static void wm_wsc_ctx_set_long(zend_object *conn, const char *name, zend_long v)
{
	zval zv;
	ZVAL_LONG(&zv, v);
	wm_wsc_ctx_set(conn, name, &zv);
}

static void wm_wsc_ctx_set_str(zend_object *conn, const char *name, const char *s, size_t len)
{
	zval zv;
	ZVAL_STRINGL(&zv, s, len);
	wm_wsc_ctx_set(conn, name, &zv);
	zval_ptr_dtor(&zv);
}

/* The context value as a string (null → ""), a new reference. */
static zend_string *wm_wsc_ctx_str(zend_object *conn, const char *name)
{
	zval rv, *zv = wm_wsc_ctx_get(conn, name, &rv);
	zend_string *s = zval_get_string(zv);
	zval_ptr_dtor(&rv);
	return s;
}

static zend_long wm_wsc_ctx_long(zend_object *conn, const char *name)
{
	zval rv, *zv = wm_wsc_ctx_get(conn, name, &rv);
	zend_long v = zval_get_long(zv);
	zval_ptr_dtor(&rv);
	return v;
}

/* `$connection->context->handshakeStep === n` */
static bool wm_wsc_step_is(zend_object *conn, zend_long n)
{
	zval rv, *zv = wm_wsc_ctx_get(conn, "handshakeStep", &rv);
	bool r = Z_TYPE_P(zv) == IS_LONG && Z_LVAL_P(zv) == n;
	zval_ptr_dtor(&rv);
	return r;
}

/* ---- calls --------------------------------------------------------------------------------- */

/* $connection->name(...args): the result in `ret` (caller releases). */
static void wm_wsc_method(zend_object *conn, const char *name, zval *ret, uint32_t argc, zval *argv)
{
	zval fn;
	ZVAL_STRING(&fn, name);
	zval obj;
	ZVAL_OBJ(&obj, conn);
	ZVAL_UNDEF(ret);
	call_user_function(NULL, &obj, &fn, ret, argc, argv);
	zval_ptr_dtor(&fn);
}

/* $connection->send($data, $raw) and its result. */
static void wm_wsc_send(zend_object *conn, zend_string *data, bool raw, zval *ret)
{
	zval args[2];
	ZVAL_STR_COPY(&args[0], data);
	ZVAL_BOOL(&args[1], raw);
	wm_wsc_method(conn, "send", ret, 2, args);
	zval_ptr_dtor(&args[0]);
}

static void wm_wsc_close(zend_object *conn)
{
	zval ret;
	wm_wsc_method(conn, "close", &ret, 0, NULL);
	zval_ptr_dtor(&ret);
}

static void wm_wsc_consume(zend_object *conn, zend_long n)
{
	zval ret, arg;
	ZVAL_LONG(&arg, n);
	wm_wsc_method(conn, "consumeRecvBuffer", &ret, 1, &arg);
	zval_ptr_dtor(&ret);
}

/* A static method of `scope` (late static binding for upstream's `static::`). */
static void wm_wsc_static(zend_class_entry *scope, const char *lcname, zval *ret, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(ret);
	zend_function *fn = zend_hash_str_find_ptr(&scope->function_table, lcname, strlen(lcname));
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(scope->name), lcname);
		return;
	}
	zend_call_known_function(fn, NULL, scope, ret, argc, argv, NULL);
}

/* Whether `scope`'s method `lcname` is this class's own (C may then run it directly). */
static bool wm_wsc_is_native(zend_class_entry *scope, const char *lcname)
{
	zend_function *fn = zend_hash_str_find_ptr(&scope->function_table, lcname, strlen(lcname));
	return fn && fn->common.scope == wm_ce_Ws;
}

/* Upstream's `catch (Throwable $e) { Worker::stopAll(250, $e); }` around a user callback.
 * Returns false if the caller must unwind (exit() or an exception from stopAll itself). */
static bool wm_wsc_catch(void)
{
	if (!EG(exception)) {
		return true;
	}
	if (wm_exception_is_exit()) {
		return false;
	}
	zend_object *ex = wm_exception_take();
	zval args[2], ret, fn;
	ZVAL_LONG(&args[0], 250);
	ZVAL_OBJ(&args[1], ex);
	ZVAL_STRING(&fn, "Workerman\\Worker::stopAll");
	call_user_function(NULL, NULL, &fn, &ret, 2, args);
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&ret);
	OBJ_RELEASE(ex);
	return !EG(exception);
}

/* Calls the callable in $connection->prop with ($connection, ...extra) if isset(). Returns
 * false if the caller must unwind. */
static bool wm_wsc_emit(zend_object *conn, const char *prop, uint32_t extra_argc, zval *extra)
{
	if (!wm_wsc_has(conn, prop, false)) {
		return true;
	}
	zval rv, *cb = &rv;
	wm_prop_read_named(conn, prop, strlen(prop), cb);
	zval func, args[3], ret;
	ZVAL_COPY(&func, cb);
	zval_ptr_dtor(&rv);
	ZVAL_OBJ_COPY(&args[0], conn);
	for (uint32_t i = 0; i < extra_argc && i < 2; i++) {
		ZVAL_COPY(&args[i + 1], &extra[i]);
	}
	ZVAL_UNDEF(&ret);
	if (call_user_function(NULL, NULL, &func, &ret, 1 + extra_argc, args) == FAILURE && !EG(exception)) {
		zend_throw_error(NULL, "Value not callable");
	}
	zval_ptr_dtor(&ret);
	for (uint32_t i = 0; i <= extra_argc && i < 3; i++) {
		zval_ptr_dtor(&args[i]);
	}
	zval_ptr_dtor(&func);
	return wm_wsc_catch();
}

static void wm_wsc_echo(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *s = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	wm_safe_echo(ZSTR_VAL(s), ZSTR_LEN(s), false);
	zend_string_release(s);
}

static void wm_wsc_echo_bin(const char *prefix, const char *data, size_t len)
{
	smart_str s = {0};
	smart_str_appends(&s, prefix);
	smart_str_appendl(&s, data, len);
	smart_str_appendc(&s, '\n');
	smart_str_0(&s);
	wm_safe_echo(ZSTR_VAL(s.s), ZSTR_LEN(s.s), false);
	smart_str_free(&s);
}

/* ---- decode -------------------------------------------------------------------------------- */

/* Ws::decode(): the payload after the header (no unmasking: server frames are not masked),
 * joined with what earlier fragments left in context->websocketDataBuffer. */
static zend_string *wm_wsc_decode(zend_object *conn, const char *bytes, size_t len)
{
	unsigned char b1 = len > 1 ? (unsigned char) bytes[1] : 0;
	size_t skip = b1 == 126 ? 4 : (b1 == 127 ? 10 : 2);
	const char *p = skip < len ? bytes + skip : "";
	size_t n = skip < len ? len - skip : 0;

	zval rv, *cur = wm_wsc_ctx_get(conn, "websocketCurrentFrameLength", &rv);
	bool buffering = zend_is_true(cur);
	zval_ptr_dtor(&rv);
	zend_string *buffered = wm_wsc_ctx_str(conn, "websocketDataBuffer");
	zend_string *out = zend_string_concat2(ZSTR_VAL(buffered), ZSTR_LEN(buffered), p, n);
	zend_string_release(buffered);
	if (buffering) {
		zval zv;
		ZVAL_STR_COPY(&zv, out);
		wm_wsc_ctx_set(conn, "websocketDataBuffer", &zv);
		zval_ptr_dtor(&zv);
		return out;
	}
	zval bv, *b = wm_wsc_ctx_get(conn, "websocketDataBuffer", &bv);
	bool reset = !(Z_TYPE_P(b) == IS_STRING && Z_STRLEN_P(b) == 0);
	zval_ptr_dtor(&bv);
	if (reset) {
		wm_wsc_ctx_set_str(conn, "websocketDataBuffer", "", 0);
	}
	return out;
}

/* ---- handshake ----------------------------------------------------------------------------- */

/* Appends `s` without CR and LF (upstream's str_replace(["\r", "\n"], '', ...)). */
static void wm_wsc_append_no_crlf(smart_str *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\r' && s[i] != '\n') {
			smart_str_appendc(out, s[i]);
		}
	}
}

/* $connection->prop ?? null, as a string with CR/LF removed and PHP's truthiness; NULL when
 * falsy. */
static zend_string *wm_wsc_header_opt(zend_object *conn, const char *prop)
{
	zval rv, *zv = &rv;
	wm_prop_read_named(conn, prop, strlen(prop), zv);
	if (Z_TYPE_P(zv) == IS_NULL) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	zend_string *s = zval_get_string(zv);
	zval_ptr_dtor(&rv);
	smart_str clean = {0};
	wm_wsc_append_no_crlf(&clean, ZSTR_VAL(s), ZSTR_LEN(s));
	zend_string_release(s);
	smart_str_0(&clean);
	if (!clean.s || !wm_zstr_truthy(clean.s)) {
		smart_str_free(&clean);
		return NULL;
	}
	return clean.s;
}

static bool wm_wsc_has_any(const char *s, size_t len, const char *set)
{
	for (size_t i = 0; i < len; i++) {
		if (strchr(set, s[i]) && s[i] != '\0') {
			return true;
		}
	}
	return false;
}

static void wm_wsc_send_handshake(zend_object *conn)
{
	if (wm_wsc_ctx_has(conn, "handshakeStep", true)) {
		return;
	}
	zval ret;

	/* Host */
	wm_wsc_method(conn, "getRemotePort", &ret, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&ret);
		return;
	}
	zend_long port = zval_get_long(&ret);
	zval_ptr_dtor(&ret);
	wm_wsc_method(conn, "getRemoteHost", &ret, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&ret);
		return;
	}
	zend_string *rhost = zval_get_string(&ret);
	zval_ptr_dtor(&ret);

	/* Sec-WebSocket-Key */
	unsigned char raw[16];
	if (php_random_bytes_throw(raw, sizeof(raw)) == FAILURE) {
		zend_string_release(rhost);
		return;
	}
	zend_string *key = php_base64_encode(raw, sizeof(raw));
	zval kz;
	ZVAL_STR(&kz, key);
	wm_wsc_ctx_set(conn, "websocketSecKey", &kz);

	/* User headers: names with ':', CR or LF and values with CR or LF are skipped. */
	smart_str user = {0};
	zval hrv, *headers = &hrv;
	wm_prop_read_named(conn, "headers", sizeof("headers") - 1, headers);
	if (Z_TYPE_P(headers) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(headers))) {
		zend_string *k;
		zend_ulong h;
		zval *v;
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(headers), h, k, v) {
			zend_string *name = k ? zend_string_copy(k) : zend_long_to_str((zend_long) h);
			if (wm_wsc_has_any(ZSTR_VAL(name), ZSTR_LEN(name), ":\r\n")) {
				zend_string_release(name);
				continue;
			}
			zend_string *value = zval_try_get_string(v);
			if (!value) {
				zend_string_release(name);
				break;
			}
			if (!wm_wsc_has_any(ZSTR_VAL(value), ZSTR_LEN(value), "\r\n")) {
				smart_str_append(&user, name);
				smart_str_appendl(&user, ": ", 2);
				smart_str_append(&user, value);
				smart_str_appendl(&user, "\r\n", 2);
			}
			zend_string_release(name);
			zend_string_release(value);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&hrv);
	if (EG(exception)) {
		smart_str_free(&user);
		zend_string_release(rhost);
		zval_ptr_dtor(&kz);
		return;
	}
	zend_string *user_str = NULL;
	if (user.s && ZSTR_LEN(user.s)) {
		smart_str_0(&user);
		zend_string *trimmed = php_trim(user.s, NULL, 0, 3);
		user_str = zend_string_concat2("\r\n", 2, ZSTR_VAL(trimmed), ZSTR_LEN(trimmed));
		zend_string_release(trimmed);
	}
	smart_str_free(&user);
	/* A user "Host" header replaces ours: preg_match("/\nHost:/i", $userHeaderStr). */
	bool user_host = false;
	if (user_str) {
		for (size_t i = 0; i + 6 <= ZSTR_LEN(user_str); i++) {
			if (ZSTR_VAL(user_str)[i] == '\n' && zend_binary_strncasecmp(ZSTR_VAL(user_str) + i + 1, 5, "host:", 5, 5) == 0) {
				user_host = true;
				break;
			}
		}
	}

	wm_wsc_method(conn, "getRemoteURI", &ret, 0, NULL);
	zend_string *uri = zval_get_string(&ret);
	zval_ptr_dtor(&ret);
	zend_string *origin = wm_wsc_header_opt(conn, "websocketOrigin");
	zend_string *proto = wm_wsc_header_opt(conn, "websocketClientProtocol");

	smart_str req = {0};
	smart_str_appendl(&req, "GET ", 4);
	wm_wsc_append_no_crlf(&req, ZSTR_VAL(uri), ZSTR_LEN(uri));
	smart_str_appendl(&req, " HTTP/1.1\r\n", sizeof(" HTTP/1.1\r\n") - 1);
	if (!user_host) {
		smart_str_appendl(&req, "Host: ", 6);
		smart_str_append(&req, rhost);
		if (port != 80 && port != 443) {
			smart_str_appendc(&req, ':');
			smart_str_append_long(&req, port);
		}
		smart_str_appendl(&req, "\r\n", 2);
	}
	smart_str_appends(&req, "Connection: Upgrade\r\nUpgrade: websocket\r\n");
	if (origin) {
		smart_str_appends(&req, "Origin: ");
		smart_str_append(&req, origin);
		smart_str_appendl(&req, "\r\n", 2);
	}
	if (proto) {
		smart_str_appends(&req, "Sec-WebSocket-Protocol: ");
		smart_str_append(&req, proto);
		smart_str_appendl(&req, "\r\n", 2);
	}
	smart_str_appends(&req, "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ");
	smart_str_append(&req, key);
	if (user_str) {
		smart_str_append(&req, user_str);
	}
	smart_str_appendl(&req, "\r\n\r\n", 4);
	smart_str_0(&req);

	wm_wsc_send(conn, req.s, true, &ret);
	zval_ptr_dtor(&ret);
	smart_str_free(&req);
	zend_string_release(uri);
	zend_string_release(rhost);
	if (origin) {
		zend_string_release(origin);
	}
	if (proto) {
		zend_string_release(proto);
	}
	if (user_str) {
		zend_string_release(user_str);
	}
	zval_ptr_dtor(&kz);
	if (EG(exception)) {
		return;
	}
	wm_wsc_ctx_set_long(conn, "handshakeStep", 1);
	wm_wsc_ctx_set_long(conn, "websocketCurrentFrameLength", 0);
	wm_wsc_ctx_set_str(conn, "websocketDataBuffer", "", 0);
	wm_wsc_ctx_set_str(conn, "tmpWebsocketData", "", 0);
}

/* static::sendHandshake($connection) */
static void wm_wsc_call_send_handshake(zend_class_entry *scope, zend_object *conn)
{
	if (wm_wsc_is_native(scope, "sendhandshake")) {
		wm_wsc_send_handshake(conn);
		return;
	}
	zval ret, arg;
	ZVAL_OBJ(&arg, conn);
	wm_wsc_static(scope, "sendhandshake", &ret, 1, &arg);
	zval_ptr_dtor(&ret);
}

/* parseResponse(): the response head as a Http\Response (status, reason, headers, version). */
static void wm_wsc_parse_response(const char *buf, size_t len, zval *out)
{
	const char *end = zend_memnstr(buf, "\r\n\r\n", 4, buf + len);
	if (end) {
		len = (size_t) (end - buf);
	}
	const char *line_end = zend_memnstr(buf, "\r\n", 2, buf + len);
	size_t first_len = line_end ? (size_t) (line_end - buf) : len;

	/* [$protocol, $status, $phrase] = explode(' ', $first, 3) */
	const char *sp1 = memchr(buf, ' ', first_len);
	size_t proto_len = sp1 ? (size_t) (sp1 - buf) : first_len;
	zend_long status = 0;
	zend_string *phrase = NULL;
	if (sp1) {
		const char *st = sp1 + 1;
		const char *sp2 = memchr(st, ' ', first_len - (size_t) (st - buf));
		size_t st_len = sp2 ? (size_t) (sp2 - st) : first_len - (size_t) (st - buf);
		zend_string *sts = zend_string_init(st, st_len, 0);
		status = ZEND_STRTOL(ZSTR_VAL(sts), NULL, 10);
		zend_string_release(sts);
		if (sp2) {
			phrase = zend_string_init(sp2 + 1, first_len - (size_t) (sp2 + 1 - buf), 0);
		}
	}

	zval headers;
	array_init(&headers);
	const char *p = line_end ? line_end + 2 : buf + len;
	const char *stop = buf + len;
	while (p < stop) {
		const char *e = zend_memnstr(p, "\r\n", 2, stop);
		size_t l = e ? (size_t) (e - p) : (size_t) (stop - p);
		if (wm_str_truthy(p, l)) {
			const char *colon = memchr(p, ':', l);
			zend_string *name = zend_string_init(p, colon ? (size_t) (colon - p) : l, 0);
			zend_string *value = colon ? zend_string_init(colon + 1, l - (size_t) (colon + 1 - p), 0) : ZSTR_EMPTY_ALLOC();
			zval v;
			ZVAL_STR(&v, php_trim(value, NULL, 0, 3));
			zend_string_release(value);
			zend_symtable_update(Z_ARRVAL(headers), name, &v);
			zend_string_release(name);
		}
		p = e ? e + 2 : stop;
	}

	zval ret, args[2];
	object_init_ex(out, wm_ce_Response);
	if (wm_ce_Response->constructor) {
		zend_call_known_instance_method_with_0_params(wm_ce_Response->constructor, Z_OBJ_P(out), NULL);
	}
	ZVAL_LONG(&args[0], status);
	if (phrase) {
		ZVAL_STR(&args[1], phrase);
	} else {
		ZVAL_NULL(&args[1]);
	}
	wm_wsc_method(Z_OBJ_P(out), "withStatus", &ret, 2, args);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[1]);
	wm_wsc_method(Z_OBJ_P(out), "withHeaders", &ret, 1, &headers);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&headers);
	ZVAL_STRINGL(&args[0], proto_len > 5 ? buf + 5 : "", proto_len > 5 ? proto_len - 5 : 0);
	wm_wsc_method(Z_OBJ_P(out), "withProtocolVersion", &ret, 1, args);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
}

/* The ping timer's callback: one masked empty ping; the timer goes once the send fails. */
static ZEND_NAMED_FUNCTION(wm_ws_ping_tick)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *conn = Z_OBJ_P(connection);
	GC_ADDREF(conn);
	zend_string *ping = zend_string_init("\x89\x80\x00\x00\x00\x00", 6, 0);
	zval ret;
	wm_wsc_send(conn, ping, true, &ret);
	zend_string_release(ping);
	if (!EG(exception) && Z_TYPE(ret) == IS_FALSE) {
		zval rv, *id = wm_wsc_ctx_get(conn, "websocketPingTimer", &rv);
		zval fn, dret, arg;
		ZVAL_COPY(&arg, id);
		zval_ptr_dtor(&rv);
		ZVAL_STRING(&fn, "Workerman\\Timer::del");
		call_user_function(NULL, NULL, &fn, &dret, 1, &arg);
		zval_ptr_dtor(&fn);
		zval_ptr_dtor(&dret);
		zval_ptr_dtor(&arg);
		zval nz;
		ZVAL_NULL(&nz);
		wm_wsc_ctx_set(conn, "websocketPingTimer", &nz);
	}
	zval_ptr_dtor(&ret);
	OBJ_RELEASE(conn);
}

ZEND_BEGIN_ARG_INFO_EX(arginfo_wm_ws_ping_tick, 0, 0, 1)
	ZEND_ARG_INFO(0, connection)
ZEND_END_ARG_INFO()

static zend_internal_function wm_ws_ping_fn;

static zend_long wm_wsc_input(zend_class_entry *scope, zend_object *conn, zend_string *buf, size_t off);

/* dealHandshake(): the server's answer to the handshake (at buf + off). */
static zend_long wm_wsc_deal_handshake(zend_class_entry *scope, zend_object *conn, zend_string *buf, size_t off)
{
	const char *b = ZSTR_VAL(buf) + off;
	size_t len = ZSTR_LEN(buf) - off;
	const char *end = zend_memnstr(b, "\r\n\r\n", 4, b + len);
	if (!end || end == b) {
		return 0;
	}
	size_t pos = (size_t) (end - b);

	/* preg_match("/Sec-WebSocket-Accept: *(.*?)\r\n/i", $buffer) */
	static const char name[] = "sec-websocket-accept:";
	const size_t nlen = sizeof(name) - 1;
	const char *val = NULL;
	size_t val_len = 0;
	for (size_t i = 0; !val && i + nlen <= len; i++) {
		if (zend_binary_strncasecmp(b + i, nlen, name, nlen, nlen) != 0) {
			continue;
		}
		size_t j = i + nlen;
		while (j < len && b[j] == ' ') {
			j++;
		}
		for (size_t k = j; k < len && b[k] != '\n'; k++) {
			if (b[k] == '\r' && k + 1 < len && b[k + 1] == '\n') {
				val = b + j;
				val_len = k - j;
				break;
			}
		}
	}
	if (!val) {
		wm_wsc_echo("Sec-WebSocket-Accept not found. Header:\n%.*s\n", (int) pos, b);
		wm_wsc_close(conn);
		return 0;
	}
	zend_string *key = wm_wsc_ctx_str(conn, "websocketSecKey");
	char expect[28];
	wm_ws_accept_key(ZSTR_VAL(key), ZSTR_LEN(key), expect);
	zend_string_release(key);
	if (val_len != 28 || memcmp(val, expect, 28) != 0) {
		wm_wsc_echo("Sec-WebSocket-Accept not match. Header:\n%.*s\n", (int) pos, b);
		wm_wsc_close(conn);
		return 0;
	}

	wm_wsc_ctx_set_long(conn, "handshakeStep", 2);
	size_t head_len = pos + 4;

	/* static::parseResponse() */
	zval response, arg;
	ZVAL_STRINGL(&arg, b, head_len);
	if (wm_wsc_is_native(scope, "parseresponse")) {
		wm_wsc_parse_response(b, head_len, &response);
	} else {
		wm_wsc_static(scope, "parseresponse", &response, 1, &arg);
	}
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		zval_ptr_dtor(&response);
		return 0;
	}
	bool ok = wm_wsc_emit(conn, "onWebSocketConnect", 1, &response);
	zval_ptr_dtor(&response);
	if (!ok) {
		return 0;
	}

	/* Heartbeat */
	if (wm_wsc_has(conn, "websocketPingInterval", true)) {
		zval irv, *interval = &irv;
		wm_prop_read_named(conn, "websocketPingInterval", sizeof("websocketPingInterval") - 1, interval);
		zval args[3], fn, id;
		ZVAL_COPY(&args[0], interval);
		zval_ptr_dtor(&irv);
		zend_create_fake_closure(&args[1], (zend_function *) &wm_ws_ping_fn, NULL, NULL, NULL);
		array_init(&args[2]);
		GC_ADDREF(conn);
		add_next_index_object(&args[2], conn);
		ZVAL_STRING(&fn, "Workerman\\Timer::add");
		call_user_function(NULL, NULL, &fn, &id, 3, args);
		zval_ptr_dtor(&fn);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
		if (EG(exception)) {
			zval_ptr_dtor(&id);
			return 0;
		}
		wm_wsc_ctx_set(conn, "websocketPingTimer", &id);
		zval_ptr_dtor(&id);
	}

	wm_wsc_consume(conn, (zend_long) head_len);
	if (EG(exception)) {
		return 0;
	}
	zend_string *tmp = wm_wsc_ctx_str(conn, "tmpWebsocketData");
	if (wm_zstr_truthy(tmp)) {
		zval ret;
		wm_wsc_send(conn, tmp, true, &ret);
		zval_ptr_dtor(&ret);
		wm_wsc_ctx_set_str(conn, "tmpWebsocketData", "", 0);
	}
	zend_string_release(tmp);
	if (EG(exception)) {
		return 0;
	}
	/* Frames that came in the same read as the handshake answer. Upstream means to parse them
	 * here but tests the length of the head it has just cut, so they would wait for the next
	 * read; they are parsed now. */
	if (len > head_len) {
		return wm_wsc_input(scope, conn, buf, off + head_len);
	}
	return 0;
}

/* Emits a ping (0x9) or pong (0xa) frame of `flen` bytes at p: decode through static::decode,
 * consume, then the callback (ping: onWebSocketPing or an automatic pong) with websocketType
 * temporarily "\x8a". Returns false if the caller must unwind. */
static bool wm_wsc_control(zend_class_entry *scope, zend_object *conn, const char *p, size_t flen, bool ping)
{
	zval data;
	if (wm_wsc_is_native(scope, "decode")) {
		/* Upstream's decode() would also take (and clear) the fragments of a message this
		 * control frame interrupts (RFC 6455 allows that), losing them from the message:
		 * the payload is this frame's own here. */
		unsigned char b1 = (unsigned char) p[1];
		size_t skip = b1 == 126 ? 4 : (b1 == 127 ? 10 : 2);
		ZVAL_STRINGL(&data, skip < flen ? p + skip : "", skip < flen ? flen - skip : 0);
	} else {
		zval args[2];
		ZVAL_STRINGL(&args[0], p, flen);
		ZVAL_OBJ(&args[1], conn);
		wm_wsc_static(scope, "decode", &data, 2, args);
		zval_ptr_dtor(&args[0]);
		if (EG(exception)) {
			zval_ptr_dtor(&data);
			return false;
		}
	}
	wm_wsc_consume(conn, (zend_long) flen);
	if (EG(exception)) {
		zval_ptr_dtor(&data);
		return false;
	}
	zval trv, *type = &trv;
	wm_prop_read_named(conn, "websocketType", sizeof("websocketType") - 1, type);
	zval saved;
	if (Z_TYPE_P(type) == IS_NULL) {
		ZVAL_STRINGL(&saved, "\x81", 1);
	} else {
		ZVAL_COPY(&saved, type);
	}
	zval_ptr_dtor(&trv);
	wm_prop_write_named_str(conn, "websocketType", sizeof("websocketType") - 1, "\x8a", 1);
	bool ok = true;
	if (ping) {
		if (wm_wsc_has(conn, "onWebSocketPing", false)) {
			ok = wm_wsc_emit(conn, "onWebSocketPing", 1, &data);
		} else {
			zval ret;
			zend_string *s = zval_get_string(&data);
			wm_wsc_send(conn, s, false, &ret);
			zend_string_release(s);
			zval_ptr_dtor(&ret);
			ok = !EG(exception);
		}
	} else {
		ok = wm_wsc_emit(conn, "onWebSocketPong", 1, &data);
	}
	if (ok) {
		wm_prop_write_named(conn, "websocketType", sizeof("websocketType") - 1, &saved);
	}
	zval_ptr_dtor(&saved);
	zval_ptr_dtor(&data);
	return ok && !EG(exception);
}

/* input(): frames at buf + off. Upstream recurses on what follows a consumed frame; this loops
 * (or calls a subclass's input() where upstream's `static::input` would). */
static zend_long wm_wsc_input(zend_class_entry *scope, zend_object *conn, zend_string *buf, size_t off)
{
	for (;;) {
		const char *b = ZSTR_VAL(buf) + off;
		size_t recv_len = ZSTR_LEN(buf) - off;

		if (!wm_wsc_ctx_has(conn, "handshakeStep", false)) {
			smart_str hex = {0};
			wm_hex(smart_str_extend(&hex, 2 * recv_len), (const unsigned char *) b, recv_len);
			smart_str_0(&hex);
			wm_wsc_echo("recv data before handshake. Buffer:%s\n", hex.s ? ZSTR_VAL(hex.s) : "");
			smart_str_free(&hex);
			return -1;
		}
		if (wm_wsc_step_is(conn, 1)) {
			return wm_wsc_deal_handshake(scope, conn, buf, off);
		}
		if (recv_len < 2) {
			return 0;
		}

		zend_long cur = wm_wsc_ctx_long(conn, "websocketCurrentFrameLength");
		if (cur) {
			if (cur > 0 && (uint64_t) cur > recv_len) {
				return 0;
			}
		} else {
			unsigned char b0 = (unsigned char) b[0], b1 = (unsigned char) b[1];
			unsigned int data_len = b1 & 127;
			bool fin = b0 >> 7;
			int opcode = b0 & 0xf;

			if (b1 >> 7) {
				wm_wsc_echo("frame masked so close the connection\n");
				wm_wsc_close(conn);
				return 0;
			}
			switch (opcode) {
				case 0x0: case 0x1: case 0x2: case 0x9: case 0xa:
					break;
				case 0x8: {
					if (wm_wsc_has(conn, "onWebSocketClose", false)) {
						zval payload;
						ZVAL_STR(&payload, wm_wsc_decode(conn, b, recv_len));
						wm_wsc_emit(conn, "onWebSocketClose", 1, &payload);
						zval_ptr_dtor(&payload);
					} else {
						wm_wsc_close(conn);
					}
					return 0;
				}
				default: {
					smart_str msg = {0};
					smart_str_appends(&msg, "error opcode ");
					smart_str_append_long(&msg, opcode);
					smart_str_appends(&msg, " and close websocket connection. Buffer:");
					smart_str_0(&msg);
					wm_wsc_echo_bin(ZSTR_VAL(msg.s), b, recv_len);
					smart_str_free(&msg);
					wm_wsc_close(conn);
					return 0;
				}
			}

			uint64_t flen;
			if (data_len == 126) {
				if (recv_len < 4) {
					return 0;
				}
				flen = (((uint64_t) (unsigned char) b[2] << 8) | (unsigned char) b[3]) + 4;
			} else if (data_len == 127) {
				if (recv_len < 10) {
					return 0;
				}
				uint64_t v = 0;
				for (int i = 2; i < 10; i++) {
					v = (v << 8) | (unsigned char) b[i];
				}
				/* c1 * 4294967296 + c2: no overflow as a float in PHP; saturate here */
				flen = v > UINT64_MAX - 10 ? UINT64_MAX : v + 10;
			} else {
				flen = (uint64_t) data_len + 2;
			}

			zend_string *pending = wm_wsc_ctx_str(conn, "websocketDataBuffer");
			uint64_t total = ZSTR_LEN(pending) + flen;
			zend_string_release(pending);
			zval mrv, *max = &mrv;
			wm_prop_read_named(conn, "maxPackageSize", sizeof("maxPackageSize") - 1, max);
			zend_long max_len = zval_get_long(max);
			zval_ptr_dtor(&mrv);
			if (total < flen || max_len < 0 || total > (uint64_t) max_len) {
				wm_wsc_echo("error package. package_length=%" PRIu64 "\n", total);
				wm_wsc_close(conn);
				return 0;
			}

			if (fin) {
				if (opcode == 0x9 || opcode == 0xa) {
					if (recv_len >= flen) {
						if (!wm_wsc_control(scope, conn, b, (size_t) flen, opcode == 0x9)) {
							return 0;
						}
						if (recv_len > flen) {
							if (!wm_wsc_is_native(scope, "input")) {
								zval ret, args[2];
								ZVAL_STRINGL(&args[0], b + flen, recv_len - flen);
								ZVAL_OBJ(&args[1], conn);
								wm_wsc_static(scope, "input", &ret, 2, args);
								zval_ptr_dtor(&args[0]);
								zend_long r = EG(exception) ? 0 : zval_get_long(&ret);
								zval_ptr_dtor(&ret);
								return r;
							}
							off += (size_t) flen;
							continue;
						}
					}
					return 0;
				}
				return (zend_long) flen;
			}
			wm_wsc_ctx_set_long(conn, "websocketCurrentFrameLength", (zend_long) flen);
			cur = (zend_long) flen;
		}

		/* A whole non-final frame is buffered by decode() and consumed here. */
		if ((uint64_t) cur == recv_len) {
			zend_string_release(wm_wsc_decode(conn, b, recv_len));
			wm_wsc_consume(conn, cur);
			wm_wsc_ctx_set_long(conn, "websocketCurrentFrameLength", 0);
			return 0;
		}
		if ((uint64_t) cur < recv_len) {
			zend_string_release(wm_wsc_decode(conn, b, (size_t) cur));
			wm_wsc_consume(conn, cur);
			wm_wsc_ctx_set_long(conn, "websocketCurrentFrameLength", 0);
			if (EG(exception)) {
				return 0;
			}
			off += (size_t) cur;
			continue;
		}
		return 0;
	}
}

/* ---- methods ------------------------------------------------------------------------------- */

#define WM_WSC_CALLED_SCOPE() \
	(Z_TYPE(EX(This)) == IS_OBJECT ? Z_OBJCE(EX(This)) : (Z_CE(EX(This)) ? Z_CE(EX(This)) : wm_ce_Ws))

/* input() and dealHandshake(): (string $buffer, AsyncTcpConnection $connection) run through `fn`
 * with the object and the buffer held for the duration (callbacks may drop them). */
static void wm_wsc_buffer_method(INTERNAL_FUNCTION_PARAMETERS,
	zend_long (*fn)(zend_class_entry *, zend_object *, zend_string *, size_t))
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *conn = Z_OBJ_P(connection);
	GC_ADDREF(conn);
	zend_string_addref(buffer);
	zend_long r = fn(WM_WSC_CALLED_SCOPE(), conn, buffer, 0);
	zend_string_release(buffer);
	OBJ_RELEASE(conn);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(r);
}

ZEND_METHOD(Workerman_Protocols_Ws, input)
{
	wm_wsc_buffer_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_wsc_input);
}

ZEND_METHOD(Workerman_Protocols_Ws, dealHandshake)
{
	wm_wsc_buffer_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_wsc_deal_handshake);
}

ZEND_METHOD(Workerman_Protocols_Ws, decode)
{
	zend_string *bytes;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(bytes)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(wm_wsc_decode(Z_OBJ_P(connection), ZSTR_VAL(bytes), ZSTR_LEN(bytes)));
}

/* $obj->name ??= value */
static void wm_wsc_default(zend_object *conn, const char *name, const char *s, size_t len)
{
	if (wm_wsc_has(conn, name, false)) {
		return;
	}
	if (s) {
		wm_prop_write_named_str(conn, name, strlen(name), s, len);
	} else {
		wm_wsc_set_null(conn, name);
	}
}

ZEND_METHOD(Workerman_Protocols_Ws, encode)
{
	zend_string *payload;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(payload)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *conn = Z_OBJ_P(connection);
	wm_wsc_default(conn, "websocketType", "\x81", 1);
	wm_wsc_default(conn, "websocketOrigin", NULL, 0);
	wm_wsc_default(conn, "websocketClientProtocol", NULL, 0);
	if (!wm_wsc_ctx_has(conn, "handshakeStep", false)) {
		wm_wsc_call_send_handshake(WM_WSC_CALLED_SCOPE(), conn);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}

	/* type byte(s), length, the all-zero mask key, then the payload (XOR 0: unchanged) */
	size_t len = ZSTR_LEN(payload);
	unsigned char head[14];
	size_t hl;
	if (len < 126) {
		head[0] = (unsigned char) (0x80 | len);
		hl = 1;
	} else if (len < 0xFFFF) {
		head[0] = 0x80 | 126;
		head[1] = (unsigned char) (len >> 8);
		head[2] = (unsigned char) len;
		hl = 3;
	} else {
		head[0] = 0x80 | 127;
		memset(head + 1, 0, 4);
		uint32_t l32 = (uint32_t) len; /* pack("N", $length): the low 32 bits */
		head[5] = (unsigned char) (l32 >> 24);
		head[6] = (unsigned char) (l32 >> 16);
		head[7] = (unsigned char) (l32 >> 8);
		head[8] = (unsigned char) l32;
		hl = 9;
	}
	memset(head + hl, 0, 4);
	hl += 4;
	zval trv, *type = &trv;
	wm_prop_read_named(conn, "websocketType", sizeof("websocketType") - 1, type);
	zend_string *t = zval_get_string(type);
	zval_ptr_dtor(&trv);
	zend_string *frame = zend_string_alloc(ZSTR_LEN(t) + hl + len, 0);
	memcpy(ZSTR_VAL(frame), ZSTR_VAL(t), ZSTR_LEN(t));
	memcpy(ZSTR_VAL(frame) + ZSTR_LEN(t), head, hl);
	memcpy(ZSTR_VAL(frame) + ZSTR_LEN(t) + hl, ZSTR_VAL(payload), len);
	ZSTR_VAL(frame)[ZSTR_LEN(frame)] = '\0';
	zend_string_release(t);

	if (!wm_wsc_step_is(conn, 1)) {
		RETURN_NEW_STR(frame);
	}

	/* The handshake is under way: keep the frame for dealHandshake() to flush. */
	zend_string *tmp = wm_wsc_ctx_str(conn, "tmpWebsocketData");
	zval mrv, *maxz = &mrv;
	wm_prop_read_named(conn, "maxSendBufferSize", sizeof("maxSendBufferSize") - 1, maxz);
	zend_long max = zval_get_long(maxz);
	zval_ptr_dtor(&mrv);
	if ((zend_long) ZSTR_LEN(tmp) > max) {
		zend_string_release(tmp);
		zend_string_release(frame);
		zval erv, *on_error = &erv;
		wm_prop_read_named(conn, "onError", sizeof("onError") - 1, on_error);
		bool set = zend_is_true(on_error);
		zval_ptr_dtor(&erv);
		if (set) {
			zval extra[2];
			ZVAL_LONG(&extra[0], WM_WSC_SEND_FAIL);
			ZVAL_STRING(&extra[1], "send buffer full and drop package");
			wm_wsc_emit(conn, "onError", 2, extra);
			zval_ptr_dtor(&extra[1]);
		}
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	zval nz;
	ZVAL_STR(&nz, zend_string_concat2(ZSTR_VAL(tmp), ZSTR_LEN(tmp), ZSTR_VAL(frame), ZSTR_LEN(frame)));
	size_t now = Z_STRLEN(nz);
	zend_string_release(tmp);
	zend_string_release(frame);
	wm_wsc_ctx_set(conn, "tmpWebsocketData", &nz);
	zval_ptr_dtor(&nz);
	zval brv, *on_full = &brv;
	wm_prop_read_named(conn, "onBufferFull", sizeof("onBufferFull") - 1, on_full);
	bool full_set = zend_is_true(on_full);
	zval_ptr_dtor(&brv);
	if (full_set && max <= (zend_long) now) {
		wm_wsc_emit(conn, "onBufferFull", 0, NULL);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_EMPTY_STRING();
}

ZEND_METHOD(Workerman_Protocols_Ws, onConnect)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *conn = Z_OBJ_P(connection);
	/* $connection->websocketOrigin = $connection->websocketOrigin ?? null, same for the protocol */
	static const char *const props[] = {"websocketOrigin", "websocketClientProtocol"};
	for (int i = 0; i < 2; i++) {
		zval rv, *v = &rv;
		wm_prop_read_named(conn, props[i], strlen(props[i]), v);
		zval copy;
		ZVAL_COPY(&copy, v);
		zval_ptr_dtor(&rv);
		wm_prop_write_named(conn, props[i], strlen(props[i]), &copy);
		zval_ptr_dtor(&copy);
	}
	wm_wsc_call_send_handshake(WM_WSC_CALLED_SCOPE(), conn);
}

ZEND_METHOD(Workerman_Protocols_Ws, onClose)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *conn = Z_OBJ_P(connection);
	zend_object *ctx = wm_wsc_ctx(conn);
	if (ctx) {
		zend_unset_property(ctx->ce, ctx, "handshakeStep", sizeof("handshakeStep") - 1);
	}
	wm_wsc_ctx_set_long(conn, "websocketCurrentFrameLength", 0);
	wm_wsc_ctx_set_str(conn, "tmpWebsocketData", "", 0);
	wm_wsc_ctx_set_str(conn, "websocketDataBuffer", "", 0);
	if (wm_wsc_ctx_has(conn, "websocketPingTimer", true)) {
		zval rv, *id = wm_wsc_ctx_get(conn, "websocketPingTimer", &rv);
		zval fn, ret, arg;
		ZVAL_COPY(&arg, id);
		zval_ptr_dtor(&rv);
		ZVAL_STRING(&fn, "Workerman\\Timer::del");
		call_user_function(NULL, NULL, &fn, &ret, 1, &arg);
		zval_ptr_dtor(&fn);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&arg);
		zval nz;
		ZVAL_NULL(&nz);
		wm_wsc_ctx_set(conn, "websocketPingTimer", &nz);
	}
}

ZEND_METHOD(Workerman_Protocols_Ws, sendHandshake)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_AsyncTcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	wm_wsc_send_handshake(Z_OBJ_P(connection));
}

ZEND_METHOD(Workerman_Protocols_Ws, parseResponse)
{
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();

	wm_wsc_parse_response(ZSTR_VAL(buffer), ZSTR_LEN(buffer), return_value);
}

static void wm_wsc_declare_const(const char *name, const char *value, size_t len)
{
	zval v;
	ZVAL_STR(&v, zend_string_init(value, len, 1));
	zend_string *n = zend_string_init_interned(name, strlen(name), 1);
	zend_declare_class_constant_ex(wm_ce_Ws, n, &v, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(n);
}

void wm_ws_client_minit(void)
{
	wm_ce_Ws = register_class_Workerman_Protocols_Ws();
	wm_wsc_declare_const("BINARY_TYPE_BLOB", "\x81", 1);
	wm_wsc_declare_const("BINARY_TYPE_ARRAYBUFFER", "\x82", 1);

	memset(&wm_ws_ping_fn, 0, sizeof(wm_ws_ping_fn));
	wm_ws_ping_fn.type = ZEND_INTERNAL_FUNCTION;
	wm_ws_ping_fn.fn_flags = ZEND_ACC_PUBLIC;
	wm_ws_ping_fn.function_name = wm_interned("{closure}");
	wm_ws_ping_fn.num_args = 1;
	wm_ws_ping_fn.required_num_args = 1;
	wm_ws_ping_fn.arg_info = (zend_internal_arg_info *) arginfo_wm_ws_ping_tick + 1;
	wm_ws_ping_fn.handler = wm_ws_ping_tick;
}
