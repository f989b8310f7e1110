/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\{ProtocolInterface, Text, Frame} and protocol class resolution.
 * The framing loop uses the C framing of Text and Frame when a connection's protocol is exactly
 * one of those classes; any other class (a subclass included) is called through PHP. */

#include "php/php_wm.h"
#include "proto/text.h"
#include "proto/frame.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "../stubs/protocols_arginfo.h"

zend_class_entry *wm_ce_ProtocolInterface;
zend_class_entry *wm_ce_Text;
zend_class_entry *wm_ce_Frame;

/* ---- resolution ---------------------------------------------------------------------------- */

static void wm_proto_cache_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static zend_function *wm_proto_method(zend_class_entry *ce, const char *name, size_t len)
{
	return zend_hash_str_find_ptr_lc(&ce->function_table, name, len);
}

wm_proto *wm_proto_resolve(zend_string *name)
{
	wm_proto *proto;

	if (!WM_G(proto_cache)) {
		ALLOC_HASHTABLE(WM_G(proto_cache));
		zend_hash_init(WM_G(proto_cache), 8, NULL, wm_proto_cache_dtor, 0);
	}
	proto = zend_hash_find_ptr(WM_G(proto_cache), name);
	if (proto) {
		return proto;
	}

	zend_class_entry *ce = zend_lookup_class(name);
	if (!ce) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Class \"%s\" not found", ZSTR_VAL(name));
		}
		return NULL;
	}

	proto = ecalloc(1, sizeof(*proto));
	proto->ce = ce;
	if (ce == wm_ce_Text) {
		proto->kind = WM_PROTO_TEXT;
	} else if (ce == wm_ce_Frame) {
		proto->kind = WM_PROTO_FRAME;
	} else if (ce == wm_ce_Http) {
		proto->kind = WM_PROTO_HTTP;
	} else if (ce == wm_ce_Websocket) {
		proto->kind = WM_PROTO_WS;
	} else {
		proto->kind = WM_PROTO_USER;
	}
	proto->input = wm_proto_method(ce, "input", sizeof("input") - 1);
	proto->decode = wm_proto_method(ce, "decode", sizeof("decode") - 1);
	proto->encode = wm_proto_method(ce, "encode", sizeof("encode") - 1);
	proto->on_connect = wm_proto_method(ce, "onconnect", sizeof("onconnect") - 1);
	proto->on_close = wm_proto_method(ce, "onclose", sizeof("onclose") - 1);
	zend_hash_add_new_ptr(WM_G(proto_cache), name, proto);
	return proto;
}

void wm_proto_call(wm_proto *proto, zend_function *fn, const char *name, zval *retval, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(retval);
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(proto->ce->name), name);
		return;
	}
	if (!(fn->common.fn_flags & ZEND_ACC_STATIC)) {
		zend_throw_error(NULL, "Non-static method %s::%s() cannot be called statically",
			ZSTR_VAL(proto->ce->name), ZSTR_VAL(fn->common.function_name));
		return;
	}
	zend_call_known_function(fn, NULL, proto->ce, retval, argc, argv, NULL);
}

void wm_protocols_rshutdown(void)
{
	wm_websocket_rshutdown();
	if (WM_G(proto_cache)) {
		zend_hash_destroy(WM_G(proto_cache));
		FREE_HASHTABLE(WM_G(proto_cache));
		WM_G(proto_cache) = NULL;
	}
}

static bool wm_is_simple_scheme(const char *s, size_t len)
{
	if (len == 0 || !isalpha((unsigned char) s[0])) {
		return false;
	}
	for (size_t i = 1; i < len; i++) {
		if (!isalnum((unsigned char) s[i])) {
			return false;
		}
	}
	return true;
}

/* A class name such as \think\worker\protocols\FlexHttp (Workerman 4.x and 5.0 accept those). */
static bool wm_is_class_name(const char *s, size_t len)
{
	size_t i = 0;
	bool seen_sep = false;
	if (len > 0 && s[0] == '\\') {
		i = 1;
		seen_sep = true;
	}
	if (i >= len) {
		return false;
	}
	bool at_start = true;
	for (; i < len; i++) {
		unsigned char ch = (unsigned char) s[i];
		if (ch == '\\') {
			if (at_start) {
				return false;
			}
			seen_sep = true;
			at_start = true;
		} else if (isalpha(ch) || ch == '_' || ch >= 0x80 || (!at_start && isdigit(ch))) {
			at_start = false;
		} else {
			return false;
		}
	}
	return seen_sep && !at_start;
}

zend_string *wm_proto_class_for_scheme(const char *scheme, size_t len)
{
	if (wm_is_simple_scheme(scheme, len)) {
		zend_string *first = zend_strpprintf(0, "Protocols\\%c%.*s", toupper((unsigned char) scheme[0]), (int) len - 1, scheme + 1);
		if (zend_lookup_class(first)) {
			return first;
		}
		zend_string_release(first);
		if (EG(exception)) {
			return NULL;
		}
		zend_string *second = zend_strpprintf(0, "Workerman\\Protocols\\%c%.*s", toupper((unsigned char) scheme[0]), (int) len - 1, scheme + 1);
		if (zend_lookup_class(second)) {
			return second;
		}
		zend_string_release(second);
		if (!EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "class \\Protocols\\%c%.*s not exist",
				toupper((unsigned char) scheme[0]), (int) len - 1, scheme + 1);
		}
		return NULL;
	}
	if (wm_is_class_name(scheme, len)) {
		zend_string *name = zend_string_init(scheme, len, 0);
		if (zend_lookup_class(name)) {
			return name;
		}
		zend_string_release(name);
		if (!EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "class %.*s not exist", (int) len, scheme);
		}
		return NULL;
	}
	zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Invalid protocol scheme '%.*s'", (int) len, scheme);
	return NULL;
}

/* ---- Text ---------------------------------------------------------------------------------- */

/* The static methods declare upstream's parameter lists (so that subclasses written like
 * upstream's compile) but, like upstream's PHP methods, ignore extra arguments: code that calls
 * e.g. Frame::decode($buffer, $connection) keeps working. Too few arguments still throw. */
#define WM_PARAMS_IGNORING_EXTRA(required, params) \
	zval *wm_extra_args; \
	uint32_t wm_extra_count; \
	ZEND_PARSE_PARAMETERS_START(required, -1) \
		params \
		Z_PARAM_VARIADIC('*', wm_extra_args, wm_extra_count) \
	ZEND_PARSE_PARAMETERS_END(); \
	(void) wm_extra_args; \
	(void) wm_extra_count

ZEND_METHOD(Workerman_Protocols_Text, input)
{
	zend_string *buffer;
	zval *connection;

	WM_PARAMS_IGNORING_EXTRA(2,
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface));

	zval rv, *max = zend_read_property(Z_OBJCE_P(connection), Z_OBJ_P(connection), "maxPackageSize",
		sizeof("maxPackageSize") - 1, 1, &rv);
	if (Z_TYPE_P(max) != IS_NULL && (zend_long) ZSTR_LEN(buffer) >= zval_get_long(max)) {
		zend_call_method_with_0_params(Z_OBJ_P(connection), Z_OBJCE_P(connection), NULL, "close", NULL);
		RETURN_LONG(0);
	}
	RETURN_LONG((zend_long) wm_text_input(ZSTR_VAL(buffer), ZSTR_LEN(buffer)));
}

ZEND_METHOD(Workerman_Protocols_Text, encode)
{
	zend_string *buffer;

	WM_PARAMS_IGNORING_EXTRA(1,
		Z_PARAM_STR(buffer));

	zend_string *out = zend_string_safe_alloc(1, ZSTR_LEN(buffer), 1, 0);
	memcpy(ZSTR_VAL(out), ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	ZSTR_VAL(out)[ZSTR_LEN(buffer)] = '\n';
	ZSTR_VAL(out)[ZSTR_LEN(buffer) + 1] = '\0';
	RETURN_NEW_STR(out);
}

ZEND_METHOD(Workerman_Protocols_Text, decode)
{
	zend_string *buffer;

	WM_PARAMS_IGNORING_EXTRA(1,
		Z_PARAM_STR(buffer));

	size_t len = wm_text_decoded_len(ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	if (len == ZSTR_LEN(buffer)) {
		RETURN_STR_COPY(buffer);
	}
	RETURN_STRINGL(ZSTR_VAL(buffer), len);
}

/* ---- Frame --------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Frame, input)
{
	zend_string *buffer;

	WM_PARAMS_IGNORING_EXTRA(1,
		Z_PARAM_STR(buffer));

	int64_t total = wm_frame_input(ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	RETURN_LONG(total < 0 ? 0 : (zend_long) total);
}

ZEND_METHOD(Workerman_Protocols_Frame, decode)
{
	zend_string *buffer;

	WM_PARAMS_IGNORING_EXTRA(1,
		Z_PARAM_STR(buffer));

	if (ZSTR_LEN(buffer) <= WM_FRAME_HEADER) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL(ZSTR_VAL(buffer) + WM_FRAME_HEADER, ZSTR_LEN(buffer) - WM_FRAME_HEADER);
}

ZEND_METHOD(Workerman_Protocols_Frame, encode)
{
	zend_string *data;
	unsigned char header[WM_FRAME_HEADER];

	WM_PARAMS_IGNORING_EXTRA(1,
		Z_PARAM_STR(data));

	if (!wm_frame_header(header, ZSTR_LEN(data))) {
		zend_argument_value_error(1, "is too long for a Frame package");
		RETURN_THROWS();
	}
	zend_string *out = zend_string_alloc(ZSTR_LEN(data) + WM_FRAME_HEADER, 0);
	memcpy(ZSTR_VAL(out), header, WM_FRAME_HEADER);
	memcpy(ZSTR_VAL(out) + WM_FRAME_HEADER, ZSTR_VAL(data), ZSTR_LEN(data));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	RETURN_NEW_STR(out);
}

void wm_protocols_minit(void)
{
	wm_ce_ProtocolInterface = register_class_Workerman_Protocols_ProtocolInterface();
	wm_ce_Text = register_class_Workerman_Protocols_Text();
	wm_ce_Frame = register_class_Workerman_Protocols_Frame();
}
