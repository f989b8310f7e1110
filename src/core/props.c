/* SPDX-License-Identifier: MIT */
/* Property and static-property helpers over the Zend API, shared by every layer above (declared
 * in common.h). They know no Workerman class. */

#include "common.h"

void wm_assign(zval *target, zval *value)
{
	if (UNEXPECTED(Z_ISREF_P(target))) {
		zend_reference *ref = Z_REF_P(target);
		if (ZEND_REF_HAS_TYPE_SOURCES(ref)) {
			zend_try_assign_typed_ref(ref, value);
			return;
		}
		target = &ref->val;
	}
	zval garbage;
	ZVAL_COPY_VALUE(&garbage, target);
	ZVAL_COPY_VALUE(target, value);
	zval_ptr_dtor(&garbage);
}

void wm_global_set(const char *name, size_t len, zval *value)
{
	zend_is_auto_global_str((char *) name, len);
	zval *slot = zend_hash_str_find_ind(&EG(symbol_table), name, len);
	if (slot) {
		wm_assign(slot, value);
	} else {
		zend_hash_str_update_ind(&EG(symbol_table), name, len, value);
	}
}

void wm_prop_set(zend_object *obj, uint32_t offset, zval *value)
{
	zval *slot = OBJ_PROP(obj, offset);
	if (UNEXPECTED(Z_TYPE_P(slot) == IS_UNDEF)) {
		ZVAL_COPY_VALUE(slot, value);
		Z_PROP_FLAG_P(slot) &= ~IS_PROP_UNINIT;
		return;
	}
	wm_assign(slot, value);
}

void wm_prop_read_named(zend_object *obj, const char *name, size_t len, zval *out)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	zval *v = zend_read_property(obj->ce, obj, name, len, 1, &rv);
	if (!v || EG(exception)) {
		ZVAL_NULL(out);
	} else {
		ZVAL_COPY_DEREF(out, v);
	}
	if (v == &rv) {
		zval_ptr_dtor(&rv);
	}
}

void wm_prop_write_named(zend_object *obj, const char *name, size_t len, zval *value)
{
	zend_update_property(obj->ce, obj, name, len, value);
}

void wm_prop_write_named_str(zend_object *obj, const char *name, size_t len, const char *s, size_t slen)
{
	zval v;
	ZVAL_STRINGL(&v, s, slen);
	zend_update_property(obj->ce, obj, name, len, &v);
	zval_ptr_dtor(&v);
}

void wm_make_immutable(HashTable *ht)
{
	GC_SET_REFCOUNT(ht, 2);
	GC_ADD_FLAGS(ht, IS_ARRAY_IMMUTABLE | GC_NOT_COLLECTABLE);
}

zval *wm_static_prop(zend_class_entry *ce, const char *name, size_t len)
{
	zend_string *key = zend_string_init(name, len, 0);
	zend_property_info *info = NULL;
	/* In the scope of `ce`, so that protected and private statics are found from any caller
	 * (e.g. Worker::$workers from Timer::add()). */
	zend_class_entry *old_scope = EG(fake_scope);
	EG(fake_scope) = ce;
	zval *zv = zend_std_get_static_property_with_info(ce, key, BP_VAR_IS, &info);
	EG(fake_scope) = old_scope;
	zend_string_release(key);
	if (!zv) {
		return NULL;
	}
	ZVAL_DEREF(zv);
	return zv;
}
