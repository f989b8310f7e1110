/* SPDX-License-Identifier: MIT */
/* Private to src/php/response.c (Http\Response) and src/php/response_stream.c (Http\Chunk,
 * Http\ServerSentEvents): what both files use. Not for other files: they use php_wm.h. */

#ifndef WM_RESPONSE_IMPL_H
#define WM_RESPONSE_IMPL_H

#include "php/php_wm.h"
#include "zend_smart_str.h"

/* What a TypeError calls the given value, as the running PHP version words it. */
#if PHP_VERSION_ID >= 80300
# define WM_VALUE_NAME(zv) zend_zval_value_name(zv)
#else
# define WM_VALUE_NAME(zv) zend_zval_type_name(zv)
#endif

/* ---- arguments, as a userland method takes them --------------------------------------------- */

/* Checks the running method's arguments the way PHP checks a userland method with the same
 * signature: too few is an ArgumentCountError worded as for userland, extra ones are ignored,
 * and each one is checked (and coerced in place in coercive mode) against its declared type with
 * userland rules, so null is a TypeError for a non-nullable scalar instead of the deprecation
 * internal functions give. Afterwards every passed argument has its declared type. */
bool wm_userland_args(zend_execute_data *execute_data);

#define WM_ARGS() do { \
		if (UNEXPECTED(!wm_userland_args(execute_data))) { \
			RETURN_THROWS(); \
		} \
	} while (0)
#define WM_ARG(n) ZEND_CALL_ARG(execute_data, n)
#define WM_HAS_ARG(n) (EX_NUM_ARGS() >= (n))

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
