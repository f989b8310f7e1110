/* SPDX-License-Identifier: MIT */
/* Shared includes and small helpers for every C file of the extension that uses the Zend API
 * (L1 and L2). The out-of-line helpers declared here are defined in src/core/props.c. */

#ifndef WM_COMMON_H
#define WM_COMMON_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_workerman.h"

/* Naming: inside a method the current object is Z_OBJ_P(ZEND_THIS), and its C struct is the
 * class's Z_WM_*_P(ZEND_THIS) (e.g. Z_WM_CONN_P); there are no other aliases for $this. */

#define WM_LIKELY(x)   EXPECTED(x)
#define WM_UNLIKELY(x) UNEXPECTED(x)

/* Upstream TcpConnection::READ_BUFFER_SIZE (5.x). */
#define WM_READ_BUFFER_SIZE 87380

/* Reads a declared property slot, following a reference if user code made one. */
static zend_always_inline zval *wm_prop(zend_object *obj, uint32_t offset)
{
	zval *zv = OBJ_PROP(obj, offset);
	ZVAL_DEREF(zv);
	return zv;
}

/* Looks up the slot offset of a declared property once, at MINIT. */
static inline uint32_t wm_prop_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

/* Writes a declared property slot, replacing the old value (takes ownership of `value`); an
 * uninitialized typed slot becomes initialized, as the engine's own write leaves it. */
void wm_prop_set(zend_object *obj, uint32_t offset, zval *value);

/* `$target = $value` for a property slot or array element (takes ownership of `value`): through
 * a reference if it is one (typed references check the type); the old value is released last,
 * in case its destructor runs code. */
void wm_assign(zval *target, zval *value);

/* `$GLOBALS[name] = $value` (takes ownership of `value`): a superglobal ($_GET, $_SERVER, ...;
 * JIT-created ones are created first, so the engine cannot overwrite the value later), a global
 * variable of the main script (its compiled slot) or a new entry, through a reference if it is
 * one. */
void wm_global_set(const char *name, size_t len, zval *value);
#define wm_global_set_lit(name, value) wm_global_set(name, sizeof(name) - 1, value)

/* `$obj->name` by name, through the object's handlers (dynamic and declared properties, __get,
 * subclasses) and without a notice when undefined: a new reference in `out`, null when missing
 * or when the read threw. */
void wm_prop_read_named(zend_object *obj, const char *name, size_t len, zval *out);
/* `$obj->name = $value` by name, through the handlers (`value` is copied). */
void wm_prop_write_named(zend_object *obj, const char *name, size_t len, zval *value);
void wm_prop_write_named_str(zend_object *obj, const char *name, size_t len, const char *s, size_t slen);
/* The two above with a string literal for the name. */
#define wm_prop_read_lit(obj, name, out) wm_prop_read_named(obj, name, sizeof(name) - 1, out)
#define wm_prop_write_lit(obj, name, value) wm_prop_write_named(obj, name, sizeof(name) - 1, value)

/* Marks a persistent array immutable like opcache's: copied by reference, separated on write,
 * never freed by the engine (its owner frees it at MSHUTDOWN). */
void wm_make_immutable(HashTable *ht);

/* PHP's truthiness of a string: false for "" and "0". */
static zend_always_inline bool wm_str_truthy(const char *s, size_t len)
{
	return len > 1 || (len == 1 && s[0] != '0');
}

/* The same for a zend_string that may be NULL (NULL is false). */
static zend_always_inline bool wm_zstr_truthy(const zend_string *s)
{
	return s && wm_str_truthy(ZSTR_VAL(s), ZSTR_LEN(s));
}

/* An interned (persistent) string, for names made at MINIT. */
static inline zend_string *wm_interned(const char *s)
{
	return zend_string_init_interned(s, strlen(s), 1);
}

/* The method `lcname` (lower-case, interned) of class `ce` when `ce` overrides `base`'s own,
 * else NULL: C may then run `base`'s implementation without a PHP call. */
static zend_always_inline zend_function *wm_override(zend_class_entry *ce, zend_class_entry *base, zend_string *lcname)
{
	if (EXPECTED(ce == base)) {
		return NULL;
	}
	zend_function *fn = zend_hash_find_ptr(&ce->function_table, lcname);
	return fn && fn->common.scope != base ? fn : NULL;
}

/* Pointer to a static property's value by name (cold paths), or NULL. */
zval *wm_static_prop(zend_class_entry *ce, const char *name, size_t len);

/* Index of a declared static property in its class's static members table (looked up at MINIT). */
static inline uint32_t wm_static_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info && (info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

/* Pointer to a static property's value by cached index (hot paths); follows references. */
static zend_always_inline zval *wm_static_slot(zend_class_entry *ce, uint32_t offset)
{
	zval *table = CE_STATIC_MEMBERS(ce);
	if (UNEXPECTED(!table)) {
		zend_class_init_statics(ce);
		table = CE_STATIC_MEMBERS(ce);
	}
	zval *zv = &table[offset];
	ZVAL_DEINDIRECT(zv);
	ZVAL_DEREF(zv);
	return zv;
}

/* Lower-case hex of the `n` bytes at `in` into `out` (2n characters, no NUL). */
static inline void wm_hex(char *out, const unsigned char *in, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
}

/* True when a zval holds something an event could call (non-null, non-false). */
static zend_always_inline bool wm_is_set(zval *zv)
{
	return Z_TYPE_P(zv) > IS_FALSE;
}

#endif /* WM_COMMON_H */
