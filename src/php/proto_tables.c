/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\{ProtocolInterface, Text, Frame}, and the protocol tables
 * (src/php/protocol.h) of Text, Frame and user protocols. A connection whose protocol is exactly
 * Text or Frame is framed in C; any other class without a native table (a subclass included,
 * Ws, an application's class) gets the user table, which calls its static methods through PHP. */

#include "php/protocol.h"
#include "php/connection.h"
#include "core/callback.h"
#include "php/log.h"
#include "proto/text.h"
#include "proto/frame.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "../stubs/protocols_arginfo.h"

/* ---- the tables of Text, Frame and user protocols ------------------------------------------ */

/* Text itself: a line. An overlong buffer closes the connection, as Text::input() does. */
static wm_in wm_text_op_input(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg)
{
	size_t avail = wm_rbuf_len(&c->net.rbuf);
	if ((zend_long) avail >= max) {
		wm_conn_close(c, NULL, false);
		return WM_IN_STOP;
	}
	*len = (zend_long) wm_text_input(wm_rbuf_data(&c->net.rbuf), avail);
	return WM_IN_LENGTH;
}

/* Decodes a package in place when we own the only reference: drops `skip` leading bytes and
 * keeps `len`. */
static zend_always_inline zend_string *wm_native_cut(zend_string *pkg, size_t skip, size_t len)
{
	if (skip == 0 && len == ZSTR_LEN(pkg)) {
		return pkg;
	}
	if (!ZSTR_IS_INTERNED(pkg) && GC_REFCOUNT(pkg) == 1) {
		if (skip) {
			memmove(ZSTR_VAL(pkg), ZSTR_VAL(pkg) + skip, len);
		}
		ZSTR_LEN(pkg) = len;
		ZSTR_VAL(pkg)[len] = '\0';
		zend_string_forget_hash_val(pkg);
		return pkg;
	}
	zend_string *out = zend_string_init(ZSTR_VAL(pkg) + skip, len, 0);
	zend_string_release(pkg);
	return out;
}

static void wm_text_op_decode(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out)
{
	ZVAL_STR(out, wm_native_cut(pkg, 0, wm_text_decoded_len(ZSTR_VAL(pkg), ZSTR_LEN(pkg))));
}

static bool wm_text_op_more(const char *data, size_t len)
{
	return wm_text_input(data, len) > 0;
}

static wm_enc wm_text_op_encode(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out)
{
	out->payload = zval_try_get_string(data);
	if (!out->payload) {
		wm_conn_report_exception(c);
		return WM_ENC_FALSE;
	}
	out->suffix = "\n";
	out->suffix_len = 1;
	return WM_ENC_WRITE;
}

static zend_long wm_text_op_dgram_input(const char *data, size_t len)
{
	return (zend_long) wm_text_input(data, len);
}

static zend_string *wm_text_op_dgram_decode(zend_string *pkg)
{
	size_t len = wm_text_decoded_len(ZSTR_VAL(pkg), ZSTR_LEN(pkg));
	return len == ZSTR_LEN(pkg) ? zend_string_copy(pkg) : zend_string_init(ZSTR_VAL(pkg), len, 0);
}

static zend_string *wm_text_op_dgram_encode(zval *data)
{
	if (Z_TYPE_P(data) != IS_STRING) {
		return NULL;
	}
	return zend_string_concat2(Z_STRVAL_P(data), Z_STRLEN_P(data), "\n", 1);
}

static const wm_proto_ops wm_text_ops = {
	.input = wm_text_op_input,
	.decode = wm_text_op_decode,
	.more_pending = wm_text_op_more,
	.encode = wm_text_op_encode,
	.dgram_input = wm_text_op_dgram_input,
	.dgram_decode = wm_text_op_dgram_decode,
	.dgram_encode = wm_text_op_dgram_encode,
};

/* Frame itself: a 4-byte big-endian total length, then the payload. */
static wm_in wm_frame_op_input(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg)
{
	int64_t total = wm_frame_input(wm_rbuf_data(&c->net.rbuf), wm_rbuf_len(&c->net.rbuf));
	if (total >= 0 && total < WM_FRAME_HEADER) {
		/* Upstream would wait forever on a length under 4; treat it as a bad package. */
		wm_conn_bad_package(c, p, (zend_long) total);
		return WM_IN_STOP;
	}
	*len = total < 0 ? 0 : (zend_long) total;
	return WM_IN_LENGTH;
}

static void wm_frame_op_decode(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out)
{
	size_t len = ZSTR_LEN(pkg) > WM_FRAME_HEADER ? ZSTR_LEN(pkg) - WM_FRAME_HEADER : 0;
	ZVAL_STR(out, wm_native_cut(pkg, WM_FRAME_HEADER, len));
}

static bool wm_frame_op_more(const char *data, size_t len)
{
	int64_t total = wm_frame_input(data, len);
	return total >= WM_FRAME_HEADER && (size_t) total <= len;
}

static wm_enc wm_frame_op_encode(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out)
{
	out->payload = zval_try_get_string(data);
	if (!out->payload) {
		wm_conn_report_exception(c);
		return WM_ENC_FALSE;
	}
	if (!wm_frame_header(out->hdr, ZSTR_LEN(out->payload))) {
		return WM_ENC_FALSE;
	}
	out->prefix = (const char *) out->hdr;
	out->prefix_len = WM_FRAME_HEADER;
	return WM_ENC_WRITE;
}

static const wm_proto_ops wm_frame_ops = {
	.input = wm_frame_op_input,
	.decode = wm_frame_op_decode,
	.more_pending = wm_frame_op_more,
	.encode = wm_frame_op_encode,
};

/* Any other class: its static input/decode/encode through PHP. */
static wm_in wm_user_op_input(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg)
{
	zval ret, args[2];
	ZVAL_STR_COPY(&args[0], wm_rbuf_string(&c->net.rbuf));
	ZVAL_OBJ(&args[1], &c->std);
	wm_proto_call(p, p->input, "input", &ret, 2, args);
	zval_ptr_dtor(&args[0]);
	if (EG(exception)) {
		bool is_exit = wm_exception_is_exit();
		wm_conn_report_exception(c);
		zval_ptr_dtor(&ret);
		if (!is_exit) {
			wm_conn_bad_package(c, p, -1);
		}
		return WM_IN_STOP;
	}
	if (Z_TYPE(ret) != IS_LONG) {
		/* Upstream stores the result in an int property under strict_types: any other type is
		 * a TypeError there, echoed, then handled as -1. */
		wm_logf("TypeError: Cannot assign %s to property %s::$currentPackageLength of type int",
			zend_zval_type_name(&ret), ZSTR_VAL(wm_ce_TcpConnection->name));
		zval_ptr_dtor(&ret);
		wm_conn_bad_package(c, p, -1);
		return WM_IN_STOP;
	}
	if (c->net.status >= WM_STATUS_CLOSING) {
		return WM_IN_STOP; /* input() replied and closed */
	}
	*len = Z_LVAL(ret);
	return WM_IN_LENGTH;
}

static void wm_user_op_decode(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out)
{
	zval args[2];
	ZVAL_STR(&args[0], pkg);
	ZVAL_OBJ(&args[1], &c->std);
	wm_proto_call(p, p->decode, "decode", out, 2, args);
	zend_string_release(pkg);
}

static wm_enc wm_user_op_encode(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out)
{
	zval encoded, args[2];
	ZVAL_COPY_VALUE(&args[0], data);
	ZVAL_OBJ(&args[1], &c->std);
	wm_proto_call(p, p->encode, "encode", &encoded, 2, args);
	if (EG(exception)) {
		zval_ptr_dtor(&encoded);
		wm_conn_report_exception(c);
		if (EG(exception) || Z_TYPE_P(data) != IS_STRING) {
			return WM_ENC_FALSE;
		}
		/* Upstream's assignment never happened: it goes on with the data as given. */
		ZVAL_COPY(&encoded, data);
	}
	out->payload = zval_try_get_string(&encoded);
	zval_ptr_dtor(&encoded);
	if (!out->payload) {
		wm_conn_report_exception(c);
		return WM_ENC_FALSE;
	}
	if (ZSTR_LEN(out->payload) == 0) {
		return WM_ENC_NULL;
	}
	return WM_ENC_WRITE;
}

static void wm_user_op_on_close(wm_conn_object *c, wm_proto *p)
{
	if (!p->on_close) {
		return;
	}
	zval ret, arg;
	ZVAL_OBJ(&arg, &c->std);
	wm_proto_call(p, p->on_close, "onClose", &ret, 1, &arg);
	zval_ptr_dtor(&ret);
	wm_conn_report_exception(c);
}

static const wm_proto_ops wm_proto_user_ops = {
	.input = wm_user_op_input,
	.decode = wm_user_op_decode,
	.encode = wm_user_op_encode,
	.on_close = wm_user_op_on_close,
};

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
	wm_proto_register(wm_ce_Text, &wm_text_ops);
	wm_proto_register(wm_ce_Frame, &wm_frame_ops);
	wm_proto_register(NULL, &wm_proto_user_ops);
}
