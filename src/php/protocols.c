/* SPDX-License-Identifier: MIT */
/* Protocol resolution: a class name (a connection's $protocol, a socket name's scheme) to its
 * class, static methods and protocol table (src/php/protocol.h). The tables are registered at
 * MINIT by the files that implement them: Text, Frame and the user-protocol table
 * (src/php/proto_tables.c), Http (src/php/http.c), Websocket (src/php/websocket.c). */

#include "php/protocol.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

/* ---- resolution ---------------------------------------------------------------------------- */

/* Classes with a native table (set at MINIT, immutable afterwards). */
static struct {
	zend_class_entry *ce;
	const wm_proto_ops *ops;
} wm_natives[8];
static uint32_t wm_natives_count;
/* The table of every other class (the user-protocol table), registered with a NULL class. */
static const wm_proto_ops *wm_default_ops;

void wm_proto_register(zend_class_entry *ce, const wm_proto_ops *ops)
{
	if (!ce) {
		wm_default_ops = ops;
		return;
	}
	ZEND_ASSERT(wm_natives_count < sizeof(wm_natives) / sizeof(wm_natives[0]));
	wm_natives[wm_natives_count].ce = ce;
	wm_natives[wm_natives_count].ops = ops;
	wm_natives_count++;
}

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
	proto->ops = wm_default_ops;
	for (uint32_t i = 0; i < wm_natives_count; i++) {
		if (wm_natives[i].ce == ce) {
			proto->ops = wm_natives[i].ops->select ? wm_natives[i].ops->select() : wm_natives[i].ops;
			break;
		}
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
	for (uint32_t i = 0; i < wm_natives_count; i++) {
		if (wm_natives[i].ops->rshutdown) {
			wm_natives[i].ops->rshutdown();
		}
	}
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
