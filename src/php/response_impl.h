/* SPDX-License-Identifier: MIT */
/* Private to src/php/response.c (Http\Response) and src/php/response_stream.c (Http\Chunk,
 * Http\ServerSentEvents): what both files use. Not for other files: they use php_wm.h. */

#ifndef WM_RESPONSE_IMPL_H
#define WM_RESPONSE_IMPL_H

#include "common.h"
#include "zend_smart_str.h"

/* What a TypeError calls the given value, as the running PHP version words it. */
#if PHP_VERSION_ID >= 80300
# define WM_VALUE_NAME(zv) zend_zval_value_name(zv)
#else
# define WM_VALUE_NAME(zv) zend_zval_type_name(zv)
#endif

/* ---- arguments, as a userland method takes them --------------------------------------------- */

/* Upstream's Response, Chunk and ServerSentEvents are userland PHP (declared with strict_types),
 * so the methods here take their arguments as PHP checks a userland method's, which differs from
 * what ZEND_PARSE_PARAMETERS_START/END do for an internal function in four ways: too few is an
 * ArgumentCountError worded as for userland ("Too few arguments to function %s(), %d passed in %s
 * on line %d and exactly %d expected"), extra arguments are ignored, a TypeError ends with
 * ", called in %s on line %d", and null for a non-nullable scalar is a TypeError in coercive mode
 * too (an internal function takes it with a deprecation). The conversions themselves (and strict
 * mode, decided by the caller) are the same for both.
 *
 * So every method parses with ZPP through these wrappers: ZEND_PARSE_PARAMETERS_START_EX quiet
 * (ZPP reports nothing) and without a maximum, and ZEND_PARSE_PARAMETERS_END_EX reporting the
 * failure with wm_userland_arg_error(). Inside, a parameter declared as a non-nullable scalar is
 * parsed with WM_PARAM_STR/WM_PARAM_LONG/WM_PARAM_BOOL; every other Z_PARAM_* is used as is. */
#define WM_USERLAND_PARAMETERS_START(min_num_args) \
	ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, min_num_args, (uint32_t) -1)

#define WM_USERLAND_PARAMETERS_END() \
	ZEND_PARSE_PARAMETERS_END_EX(wm_userland_arg_error(execute_data, _i, _arg); RETURN_THROWS())

/* A method without parameters: whatever it is given is ignored, as by a userland method. */
#define WM_USERLAND_PARAMETERS_NONE() \
	WM_USERLAND_PARAMETERS_START(0) \
	WM_USERLAND_PARAMETERS_END()

/* Z_PARAM_STR, Z_PARAM_LONG and Z_PARAM_BOOL for a parameter a userland method declares
 * `string`, `int` or `bool`: parsed as the nullable variant (the same conversions, and no
 * deprecation for null), then a null argument fails like a mistyped one. (`_dummy` and
 * `_error_code` are ZPP's own variables, used here as Zend's Z_PARAM_* macros use them.) */
#define WM_PARAM_STR(dest) \
	Z_PARAM_STR_OR_NULL(dest) \
	if (UNEXPECTED(!(dest))) { \
		_error_code = ZPP_ERROR_WRONG_ARG; \
		break; \
	}

#define WM_PARAM_LONG(dest) \
	Z_PARAM_LONG_EX(dest, _dummy, 1, 0) \
	if (UNEXPECTED(_dummy)) { \
		_error_code = ZPP_ERROR_WRONG_ARG; \
		break; \
	}

#define WM_PARAM_BOOL(dest) \
	Z_PARAM_BOOL_EX(dest, _dummy, 1, 0) \
	if (UNEXPECTED(_dummy)) { \
		_error_code = ZPP_ERROR_WRONG_ARG; \
		break; \
	}

/* Throws what PHP throws when a userland method's arguments do not fit its signature: the
 * ArgumentCountError for too few, else the TypeError for argument `arg_num` (`arg`), unless an
 * exception is pending already (a conversion that threw). For WM_USERLAND_PARAMETERS_END. */
ZEND_COLD void wm_userland_arg_error(zend_execute_data *execute_data, uint32_t arg_num, zval *arg);

/* ---- properties -------------------------------------------------------------------------- */

/* The slow half of wm_read(): the slot is uninitialised or was unset(). */
zend_never_inline bool wm_response_read_handler(zend_object *obj, zend_string *name, zval *out);

/* Copies `$this->name` into `out` (owned by the caller). An initialised slot is read directly;
 * otherwise the read goes through the object handler, which throws for an uninitialised typed
 * property (a subclass constructor that skipped parent::__construct()) or calls __get after an
 * unset(). Returns false with the exception pending. */
static zend_always_inline bool wm_read(zend_object *obj, uint32_t slot, zend_string *name, zval *out)
{
	zval *zv = OBJ_PROP(obj, slot);
	if (EXPECTED(Z_TYPE_P(zv) != IS_UNDEF)) {
		ZVAL_COPY_DEREF(out, zv);
		return true;
	}
	return wm_response_read_handler(obj, name, out);
}

/* A declared property's slot, and its name for the handler's slow path (interned: info->name is
 * mangled, "\0*\0name", for protected ones). For MINIT. */
static inline zend_string *wm_prop_name(zend_class_entry *ce, const char *name, uint32_t *slot)
{
	*slot = wm_prop_offset(ce, name);
	return wm_interned(name);
}

/* ---- strings ----------------------------------------------------------------------------- */

/* dechex($n) */
static inline void wm_append_hex(smart_str *s, size_t n)
{
	char buf[sizeof(size_t) * 2];
	char *p = buf + sizeof(buf);
	do {
		*--p = "0123456789abcdef"[n & 15];
		n >>= 4;
	} while (n);
	smart_str_appendl(s, p, buf + sizeof(buf) - p);
}

/* ---- module lifecycle ---------------------------------------------------------------------- */

/* Looks up Chunk's and ServerSentEvents' property slots and names (response_stream.c); called by
 * wm_response_minit() once it has registered the classes. */
void wm_response_stream_minit(void);

#endif /* WM_RESPONSE_IMPL_H */
