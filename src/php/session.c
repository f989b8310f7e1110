/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Session, its handler interface and the File/Redis/RedisCluster handlers
 * (upstream 5.2.2).
 *
 * Everything a subclass can override is reached through the object's or the called class's method
 * table: Session::save() calls $this->refresh(), the constructor static::initHandler() and
 * $this->safeDeserialize(), the file handler static::sessionFile(), the Redis handler
 * $this->connection() and $this->createRedisConnection(). Statics written as `static::$x` upstream
 * are looked up on the called class, so a subclass that redeclares one gets its own.
 *
 * Upstream runs Session::init() and FileSessionHandler::init() when the classes are autoloaded; an
 * internal class is never loaded, so the same logic runs at RINIT (wm_session_rinit()).
 *
 * This file: Session, the small helpers the handlers share, the classes' registration and the
 * module hooks. FileSessionHandler is in session_file.c, the Redis handlers in session_redis.c,
 * what they share in session_impl.h. */

#include "php/session_impl.h"
#include "php/http.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/php_random.h"
#include "ext/spl/spl_exceptions.h"
#include "../stubs/session_arginfo.h"

static zend_class_entry *wm_ce_SessionHandlerInterface;
static zend_class_entry *wm_ce_RedisClusterSessionHandler;

/* Declared instance property slots. */
static uint32_t slot_data, slot_need_save, slot_session_id, slot_is_safe, slot_serializer;
/* Session::$lifetime's static slot (the handlers read it too). */
uint32_t wm_session_sslot_lifetime;

/* Interned names of the statics read through the called class. */
static zend_string *str_handler, *str_handler_class, *str_handler_config, *str_gc_probability,
	*str_auto_update_timestamp, *str_cookie_lifetime, *str_cookie_path, *str_domain, *str_secure,
	*str_http_only, *str_same_site, *str_lifetime;

/* Immutable defaults that gen_stub cannot emit (non-empty arrays), freed at MSHUTDOWN. */
static HashTable *wm_gc_probability_default, *wm_serializer_default;

/* ---- small helpers ------------------------------------------------------------------------- */

/* `static::$name` seen from `scope` (the called class); NULL with an Error pending when it is an
 * uninitialized typed static. Follows references. */
zval *wm_session_sprop(zend_class_entry *scope, zend_string *name)
{
	zend_property_info *info = NULL;
	zend_class_entry *old_scope = EG(fake_scope);
	EG(fake_scope) = scope;
	zval *zv = zend_std_get_static_property_with_info(scope, name, BP_VAR_R, &info);
	EG(fake_scope) = old_scope;
	if (zv) {
		ZVAL_DEREF(zv);
	}
	return zv;
}

/* `static::$name = value` with the engine's (strict) type check; false with an exception pending
 * on failure. Does not take ownership of `value`. */
bool wm_session_sprop_set(zend_class_entry *scope, zend_string *name, zval *value)
{
	zend_property_info *info = NULL;
	zend_class_entry *old_scope = EG(fake_scope);
	EG(fake_scope) = scope;
	zval *slot = zend_std_get_static_property_with_info(scope, name, BP_VAR_W, &info);
	EG(fake_scope) = old_scope;
	if (!slot) {
		return false;
	}
	/* strict: upstream's files declare strict_types=1 (zend_update_static_property_ex coerces) */
	zval tmp;
	ZVAL_COPY_DEREF(&tmp, value);
	if (info && ZEND_TYPE_IS_SET(info->type) && !zend_verify_property_type(info, &tmp, true)) {
		zval_ptr_dtor(&tmp);
		return false;
	}
	zend_assign_to_variable(slot, &tmp, IS_TMP_VAR, true);
	return !EG(exception);
}

/* A declared instance property, following references; NULL with upstream's Error pending when it
 * is an uninitialized typed property. */
zval *wm_session_iprop(zend_object *obj, uint32_t slot, const char *name)
{
	zval *zv = OBJ_PROP(obj, slot);
	if (UNEXPECTED(Z_TYPE_P(zv) == IS_UNDEF)) {
		zend_property_info *info = zend_get_typed_property_info_for_slot(obj, zv);
		zend_throw_error(NULL, "Typed property %s::$%s must not be accessed before initialization",
			info ? ZSTR_VAL(info->ce->name) : ZSTR_VAL(obj->ce->name), name);
		return NULL;
	}
	ZVAL_DEREF(zv);
	return zv;
}

static void wm_iprop_set_bool(zend_object *obj, uint32_t slot, bool value)
{
	zval v;
	ZVAL_BOOL(&v, value);
	wm_prop_set(obj, slot, &v);
}

/* `$fn(...)` for a callable held in a property (the serializer pair), with the errors PHP gives
 * for a dynamic call rather than the callback layer's longer ones. A plain function name (the
 * default 'serialize'/'unserialize') is looked up once and called directly. */
static void wm_call_dynamic(zval *fn, zval *ret, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(ret);
	if (Z_TYPE_P(fn) == IS_STRING && !memchr(Z_STRVAL_P(fn), ':', Z_STRLEN_P(fn))) {
		const char *name = Z_STRVAL_P(fn);
		size_t len = Z_STRLEN_P(fn);
		if (len && name[0] == '\\') {
			name++;
			len--;
		}
		zend_function *func = zend_hash_str_find_ptr_lc(EG(function_table), name, len);
		if (!func) {
			zend_throw_error(NULL, "Call to undefined function %s()", Z_STRVAL_P(fn));
			return;
		}
		zend_call_known_function(func, NULL, NULL, ret, argc, argv, NULL);
		return;
	}
	if (Z_TYPE_P(fn) != IS_ARRAY && Z_TYPE_P(fn) != IS_OBJECT && Z_TYPE_P(fn) != IS_STRING) {
		zend_throw_error(NULL, "Value of type %s is not callable", zend_zval_type_name(fn));
		return;
	}
	wm_call(fn, ret, argc, argv);
}

/* `new $class(...$args)` for a class name held in a zval (upstream's `new static::$handlerClass`,
 * `new Redis()`): autoloads, refuses interfaces and abstract classes, runs the constructor with
 * the caller's visibility. Returns false with an exception pending on failure. */
bool wm_session_new_object(zval *out, zend_string *class_name, uint32_t argc, zval *argv)
{
	zend_class_entry *ce = zend_fetch_class_by_name(class_name, NULL, ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
	if (!ce) {
		return false;
	}
	if (object_init_ex(out, ce) != SUCCESS) {
		return false;
	}
	zend_object *obj = Z_OBJ_P(out);
	zend_function *ctor = obj->handlers->get_constructor(obj);
	if (!ctor) {
		if (EG(exception)) {
			zend_object_store_ctor_failed(obj);
			zval_ptr_dtor(out);
			ZVAL_UNDEF(out);
			return false;
		}
		return true; /* like `new`, arguments for a class without constructor are ignored */
	}
	zend_call_known_instance_method(ctor, obj, NULL, argc, argv);
	if (EG(exception)) {
		zend_object_store_ctor_failed(obj);
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

/* `$array['key']` on a config array: upstream's warning and null when the key is missing. */
zval *wm_session_cfg(HashTable *ht, const char *key, size_t len)
{
	zval *zv = zend_symtable_str_find(ht, key, len);
	if (!zv) {
		zend_error(E_WARNING, "Undefined array key \"%s\"", key);
		return &EG(uninitialized_zval);
	}
	ZVAL_DEREF(zv);
	return zv;
}

/* `$array['key'] ?? null` */
zval *wm_session_cfg_isset(HashTable *ht, const char *key, size_t len)
{
	zval *zv = zend_symtable_str_find(ht, key, len);
	if (zv) {
		ZVAL_DEREF(zv);
		if (Z_TYPE_P(zv) == IS_NULL) {
			zv = NULL;
		}
	}
	return zv;
}

/* `!empty($array['key'])`: the value, or NULL. */
zval *wm_session_cfg_nonempty(HashTable *ht, const char *key, size_t len)
{
	zval *zv = zend_symtable_str_find(ht, key, len);
	if (zv) {
		ZVAL_DEREF(zv);
		if (!zend_is_true(zv)) {
			zv = NULL;
		}
	}
	return zv;
}

/* ---- Session ------------------------------------------------------------------------------- */

/* The Session's data array for writing (`$this->data[...] = ...`), separated; NULL with the
 * engine's error pending when $data holds something that is not an array. */
static HashTable *wm_data_w(zend_object *obj)
{
	zval *slot = OBJ_PROP(obj, slot_data);
	zval *zv = slot;
	ZVAL_DEREF(zv);
	if (EXPECTED(Z_TYPE_P(zv) == IS_ARRAY)) {
		SEPARATE_ARRAY(zv);
		return Z_ARRVAL_P(zv);
	}
	if (Z_TYPE_P(zv) == IS_FALSE) {
		zend_error(E_DEPRECATED, "Automatic conversion of false to array is deprecated");
		if (EG(exception)) {
			return NULL;
		}
	} else if (Z_TYPE_P(zv) == IS_STRING) {
		zend_type_error("Cannot access offset of type string on string");
		return NULL;
	} else if (Z_TYPE_P(zv) > IS_NULL) {
		/* (ArrayAccess objects are not supported as session data) */
		zend_throw_error(NULL, "Cannot use a scalar value as an array");
		return NULL;
	}
	/* null, or unset by a subclass: `mixed` accepts the new array */
	zval_ptr_dtor(zv);
	array_init(zv);
	if (zv == slot) {
		Z_PROP_FLAG_P(slot) &= ~IS_PROP_UNINIT;
	}
	return Z_ARRVAL_P(zv);
}

/* The data array for reading, or NULL when $data is not an array (nothing is found in it). */
static HashTable *wm_data_r(zend_object *obj)
{
	zval *zv = OBJ_PROP(obj, slot_data);
	ZVAL_DEREF(zv);
	return Z_TYPE_P(zv) == IS_ARRAY ? Z_ARRVAL_P(zv) : NULL;
}

/* unset($data[$key]) with PHP's offset rules for a value of any type. */
static bool wm_unset_offset(HashTable *ht, zval *key)
{
	ZVAL_DEREF(key);
	switch (Z_TYPE_P(key)) {
		case IS_STRING:
			zend_symtable_del(ht, Z_STR_P(key));
			return true;
		case IS_LONG:
			zend_hash_index_del(ht, Z_LVAL_P(key));
			return true;
		case IS_NULL:
			zend_hash_del(ht, ZSTR_EMPTY_ALLOC());
			return true;
		case IS_FALSE:
			zend_hash_index_del(ht, 0);
			return true;
		case IS_TRUE:
			zend_hash_index_del(ht, 1);
			return true;
		case IS_DOUBLE: {
			zend_long l = zend_dval_to_lval(Z_DVAL_P(key));
			if (!zend_is_long_compatible(Z_DVAL_P(key), l)) {
				zend_incompatible_double_to_long_error(Z_DVAL_P(key));
				if (EG(exception)) {
					return false;
				}
			}
			zend_hash_index_del(ht, l);
			return true;
		}
		case IS_RESOURCE:
			zend_error(E_WARNING, "Resource ID#" ZEND_LONG_FMT " used as offset, casting to integer (" ZEND_LONG_FMT ")",
				(zend_long) Z_RES_HANDLE_P(key), (zend_long) Z_RES_HANDLE_P(key));
			if (EG(exception)) {
				return false;
			}
			zend_hash_index_del(ht, Z_RES_HANDLE_P(key));
			return true;
		default:
			zend_type_error("Illegal offset type in unset");
			return false;
	}
}

/* static::$handler of the called class, held in `out` for the call `static::$handler->method()`
 * (the call may replace the static); false with upstream's "on null" Error pending. The static is
 * typed ?SessionHandlerInterface, so the object has the interface's methods, public and declared:
 * they are called with wm_call_method() (lower-case name), no callable resolution needed. */
static bool wm_handler(zend_class_entry *scope, const char *method, zval *out)
{
	zval *h = wm_session_sprop(scope, str_handler);
	if (!h) {
		return false;
	}
	if (Z_TYPE_P(h) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function %s() on %s", method, zend_zval_type_name(h));
		return false;
	}
	ZVAL_COPY(out, h);
	return true;
}

/* `$array[$index]` with upstream's warning and null when the key is missing. */
static zval *wm_index(HashTable *ht, zend_ulong index)
{
	zval *zv = zend_hash_index_find(ht, index);
	if (!zv) {
		zend_error(E_WARNING, "Undefined array key " ZEND_ULONG_FMT, index);
		return &EG(uninitialized_zval);
	}
	ZVAL_DEREF(zv);
	return zv;
}

/* ini_get($name): NULL when the directive does not exist (false upstream). */
static const char *wm_ini(const char *name, size_t len)
{
	bool exists = false;
	char *value = zend_ini_string_ex(name, len, 0, &exists);
	if (!exists) {
		return NULL;
	}
	return value ? value : "";
}

/* (int) of a string as PHP casts it ("1e3" is 1000, "12abc" is 12); NULL is false, so 0. */
static zend_long wm_str_long(const char *s)
{
	if (!s) {
		return 0;
	}
	zval tmp;
	ZVAL_STRING(&tmp, s);
	zend_long l = zval_get_long(&tmp);
	zval_ptr_dtor(&tmp);
	return l;
}

/* The keys of session_get_cookie_params() / Session::getCookieParams() and their statics. */
typedef struct {
	const char *key;
	size_t len;
	zend_string **prop;
} wm_cookie_param;

static const wm_cookie_param wm_cookie_params[] = {
	{WM_STR("lifetime"), &str_cookie_lifetime},
	{WM_STR("path"), &str_cookie_path},
	{WM_STR("domain"), &str_domain},
	{WM_STR("secure"), &str_secure},
	{WM_STR("httponly"), &str_http_only},
	{WM_STR("samesite"), &str_same_site},  /* last: not read by init() */
};
#define WM_COOKIE_PARAMS (sizeof(wm_cookie_params) / sizeof(wm_cookie_params[0]))

/* Upstream's Session::init() for the called class `scope` (`self::$lifetime` is Session's own).
 * Without ext/session (no session_get_cookie_params()) the cookie statics keep their defaults. */
static void wm_session_init(zend_class_entry *scope)
{
	zend_long probability = wm_str_long(wm_ini(WM_STR("session.gc_probability")));
	if (probability) {
		zend_long divisor = wm_str_long(wm_ini(WM_STR("session.gc_divisor")));
		if (divisor) {
			zval arr;
			array_init_size(&arr, 2);
			add_next_index_long(&arr, probability);
			add_next_index_long(&arr, divisor);
			bool ok = wm_session_sprop_set(scope, str_gc_probability, &arr);
			zval_ptr_dtor(&arr);
			if (!ok) {
				return;
			}
		}
	}

	const char *max_lifetime = wm_ini(WM_STR("session.gc_maxlifetime"));
	if (max_lifetime && wm_str_truthy(max_lifetime, strlen(max_lifetime))) {
		zval v;
		ZVAL_LONG(&v, wm_str_long(max_lifetime));
		if (!wm_session_sprop_set(wm_ce_Session, str_lifetime, &v)) {
			return;
		}
	}

	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), WM_STR("session_get_cookie_params"));
	if (!fn) {
		return;
	}
	zval params;
	zend_call_known_function(fn, NULL, NULL, &params, 0, NULL, NULL);
	if (Z_TYPE(params) == IS_ARRAY) {
		/* every key but 'samesite' (upstream's init() leaves $sameSite alone) */
		for (size_t i = 0; i < WM_COOKIE_PARAMS - 1; i++) {
			const wm_cookie_param *m = &wm_cookie_params[i];
			zval *v = wm_session_cfg(Z_ARRVAL(params), m->key, m->len);
			if (EG(exception) || !wm_session_sprop_set(scope, *m->prop, v)) {
				break;
			}
		}
	}
	zval_ptr_dtor(&params);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, __construct)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_class_entry *scope = obj->ce;

	if (zend_hash_str_exists(&module_registry, WM_STR("igbinary"))) {
		const char *handler = wm_ini(WM_STR("session.serialize_handler"));
		if (handler && strcmp(handler, "igbinary") == 0) {
			zval arr;
			array_init_size(&arr, 2);
			add_next_index_stringl(&arr, WM_STR("igbinary_serialize"));
			add_next_index_stringl(&arr, WM_STR("igbinary_unserialize"));
			wm_prop_set(obj, slot_serializer, &arr);
		}
	}

	zval *handler = wm_session_sprop(scope, str_handler);
	if (!handler) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(handler) == IS_NULL) {
		wm_call_static(scope, WM_STR("inithandler"), NULL, 0, NULL);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}

	zval id;
	ZVAL_STR_COPY(&id, session_id);
	wm_prop_set(obj, slot_session_id, &id);

	zval h, arg, data;
	if (!wm_handler(scope, "read", &h)) {
		RETURN_THROWS();
	}
	ZVAL_STR(&arg, session_id);
	wm_call_method(Z_OBJ(h), WM_STR("read"), &data, 1, &arg);
	zval_ptr_dtor(&h);
	if (EG(exception)) {
		zval_ptr_dtor(&data);
		RETURN_THROWS();
	}
	if (zend_is_true(&data)) {
		zval result;
		wm_call_method(obj, WM_STR("safedeserialize"), &result, 1, &data);
		if (EG(exception)) {
			zval_ptr_dtor(&result);
		} else {
			wm_prop_set(obj, slot_data, &result);
		}
	}
	zval_ptr_dtor(&data);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, getId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *id = wm_session_iprop(Z_OBJ_P(ZEND_THIS), slot_session_id, "sessionId");
	if (!id) {
		RETURN_THROWS();
	}
	RETURN_COPY(id);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, get)
{
	zend_string *name;
	zval *def = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();

	/* $this->data[$name] ?? $default */
	HashTable *ht = wm_data_r(Z_OBJ_P(ZEND_THIS));
	if (ht) {
		zval *v = zend_symtable_find(ht, name);
		if (v) {
			ZVAL_DEREF(v);
			if (Z_TYPE_P(v) != IS_NULL) {
				RETURN_COPY(v);
			}
		}
	}
	if (def) {
		RETURN_COPY(def);
	}
	RETURN_NULL();
}

ZEND_METHOD(Workerman_Protocols_Http_Session, set)
{
	zend_string *name;
	zval *value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	HashTable *ht = wm_data_w(obj);
	if (!ht) {
		RETURN_THROWS();
	}
	Z_TRY_ADDREF_P(value);
	zend_symtable_update(ht, name, value);
	wm_iprop_set_bool(obj, slot_need_save, true);
}

/* The data array for `unset($this->data[...])`: separated, or NULL when there is nothing to unset
 * from (null) or with the engine's error pending (a scalar). */
static HashTable *wm_data_unset(zend_object *obj)
{
	zval *zv = OBJ_PROP(obj, slot_data);
	ZVAL_DEREF(zv);
	if (EXPECTED(Z_TYPE_P(zv) == IS_ARRAY)) {
		SEPARATE_ARRAY(zv);
		return Z_ARRVAL_P(zv);
	}
	if (Z_TYPE_P(zv) == IS_FALSE) {
		/* PHP warns but leaves the false in place */
		zend_error(E_DEPRECATED, "Automatic conversion of false to array is deprecated");
		return NULL;
	}
	if (Z_TYPE_P(zv) == IS_STRING) {
		zend_throw_error(NULL, "Cannot unset string offsets");
	} else if (Z_TYPE_P(zv) > IS_FALSE) {
		zend_throw_error(NULL, "Cannot unset offset in a non-array variable");
	}
	return NULL;
}

ZEND_METHOD(Workerman_Protocols_Http_Session, delete)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	HashTable *ht = wm_data_unset(obj);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (ht) {
		zend_symtable_del(ht, name);
	}
	wm_iprop_set_bool(obj, slot_need_save, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, pull)
{
	zend_string *name;
	zval *def = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval args[2];
	ZVAL_STR(&args[0], name);
	if (def) {
		ZVAL_COPY_VALUE(&args[1], def);
	} else {
		ZVAL_NULL(&args[1]);
	}
	wm_call_method(obj, WM_STR("get"), return_value, 2, args);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
	wm_call_method(obj, WM_STR("delete"), NULL, 1, args);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, put)
{
	HashTable *arr;
	zend_string *key;
	zval *value = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT_OR_STR(arr, key)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (key) {
		zval args[2];
		ZVAL_STR(&args[0], key);
		if (value) {
			ZVAL_COPY_VALUE(&args[1], value);
		} else {
			ZVAL_NULL(&args[1]);
		}
		wm_call_method(obj, WM_STR("set"), NULL, 2, args);
		return;
	}

	HashTable *ht = wm_data_w(obj);
	if (!ht) {
		RETURN_THROWS();
	}
	zend_ulong idx;
	zend_string *k;
	zval *v;
	ZEND_HASH_FOREACH_KEY_VAL(arr, idx, k, v) {
		ZVAL_DEREF(v);
		Z_TRY_ADDREF_P(v);
		if (k) {
			zend_hash_update(ht, k, v);
		} else {
			zend_hash_index_update(ht, idx, v);
		}
	} ZEND_HASH_FOREACH_END();
	wm_iprop_set_bool(obj, slot_need_save, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, forget)
{
	HashTable *arr;
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT_OR_STR(arr, name)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (name) {
		zval arg;
		ZVAL_STR(&arg, name);
		wm_call_method(obj, WM_STR("delete"), NULL, 1, &arg);
		return;
	}

	if (zend_hash_num_elements(arr)) {
		HashTable *ht = wm_data_unset(obj);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		zval *k;
		ZEND_HASH_FOREACH_VAL(arr, k) {
			if (ht && !wm_unset_offset(ht, k)) {
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	wm_iprop_set_bool(obj, slot_need_save, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, all)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *data = wm_session_iprop(Z_OBJ_P(ZEND_THIS), slot_data, "data");
	if (!data) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(data) != IS_ARRAY) {
		/* upstream's `: array` return type */
		zend_type_error("Workerman\\Protocols\\Http\\Session::all(): Return value must be of type array, %s returned",
			zend_zval_type_name(data));
		RETURN_THROWS();
	}
	RETURN_COPY(data);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, flush)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval empty;
	wm_iprop_set_bool(obj, slot_need_save, true);
	ZVAL_EMPTY_ARRAY(&empty);
	wm_prop_set(obj, slot_data, &empty);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, has)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	/* isset($this->data[$name]) */
	HashTable *ht = wm_data_r(Z_OBJ_P(ZEND_THIS));
	zval *v = ht ? zend_symtable_find(ht, name) : NULL;
	if (v) {
		ZVAL_DEREF(v);
	}
	RETURN_BOOL(v && Z_TYPE_P(v) != IS_NULL);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, exists)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	zval *data = wm_session_iprop(Z_OBJ_P(ZEND_THIS), slot_data, "data");
	if (!data) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(data) != IS_ARRAY) {
		zend_type_error("array_key_exists(): Argument #2 ($array) must be of type array, %s given", zend_zval_type_name(data));
		RETURN_THROWS();
	}
	RETURN_BOOL(zend_symtable_find(Z_ARRVAL_P(data), name) != NULL);
}

/* $this->serializer[0]($data) into `out`; false with the exception pending. */
static bool wm_serialize(zend_object *obj, zval *data, zval *out)
{
	ZVAL_UNDEF(out);
	zval *serializer = wm_session_iprop(obj, slot_serializer, "serializer");
	if (!serializer) {
		return false;
	}
	zval fn;
	ZVAL_COPY(&fn, wm_index(Z_ARRVAL_P(serializer), 0));
	if (!EG(exception)) {
		zval d;
		ZVAL_COPY(&d, data);
		wm_call_dynamic(&fn, out, 1, &d);
		zval_ptr_dtor(&d);
	}
	zval_ptr_dtor(&fn);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_Session, save)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_class_entry *scope = obj->ce;
	zval *need_save = wm_session_iprop(obj, slot_need_save, "needSave");
	if (!need_save) {
		RETURN_THROWS();
	}

	if (zend_is_true(need_save)) {
		zval *data = wm_session_iprop(obj, slot_data, "data");
		if (!data) {
			RETURN_THROWS();
		}
		/* static::$handler->destroy($this->sessionId) when $this->data is empty, else
		 * static::$handler->write($this->sessionId, $this->serializer[0]($this->data)) */
		bool destroy = !zend_is_true(data);
		zval h, ret, args[2];
		if (!wm_handler(scope, destroy ? "destroy" : "write", &h)) {
			RETURN_THROWS();
		}
		zval *id = wm_session_iprop(obj, slot_session_id, "sessionId");
		if (!id) {
			zval_ptr_dtor(&h);
			RETURN_THROWS();
		}
		ZVAL_COPY(&args[0], id);
		if (destroy) {
			wm_call_method(Z_OBJ(h), WM_STR("destroy"), &ret, 1, args);
		} else if (wm_serialize(obj, data, &args[1])) {
			wm_call_method(Z_OBJ(h), WM_STR("write"), &ret, 2, args);
			zval_ptr_dtor(&args[1]);
		} else {
			ZVAL_UNDEF(&ret);
		}
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&h);
		zval_ptr_dtor(&ret);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	} else {
		zval *auto_update = wm_session_sprop(scope, str_auto_update_timestamp);
		if (!auto_update) {
			RETURN_THROWS();
		}
		if (zend_is_true(auto_update)) {
			wm_call_method(obj, WM_STR("refresh"), NULL, 0, NULL);
			if (EG(exception)) {
				RETURN_THROWS();
			}
		}
	}
	wm_iprop_set_bool(obj, slot_need_save, false);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, refresh)
{
	ZEND_PARSE_PARAMETERS_NONE();

	/* static::$handler->updateTimestamp($this->getId()) */
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval h, id, ret;
	if (!wm_handler(obj->ce, "updateTimestamp", &h)) {
		RETURN_THROWS();
	}
	wm_call_method(obj, WM_STR("getid"), &id, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&id);
		zval_ptr_dtor(&h);
		RETURN_THROWS();
	}
	wm_call_method(Z_OBJ(h), WM_STR("updatetimestamp"), &ret, 1, &id);
	zval_ptr_dtor(&id);
	zval_ptr_dtor(&h);
	if (EG(exception)) {
		zval_ptr_dtor(&ret);
		RETURN_THROWS();
	}
	RETVAL_BOOL(zend_is_true(&ret));
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, init)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_session_init(zend_get_called_scope(execute_data));
}

ZEND_METHOD(Workerman_Protocols_Http_Session, handlerClass)
{
	zval *class_name = NULL, *config = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(class_name)
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();

	zend_class_entry *scope = zend_get_called_scope(execute_data);
	if (class_name && zend_is_true(class_name) && !wm_session_sprop_set(scope, str_handler_class, class_name)) {
		RETURN_THROWS();
	}
	if (config && zend_is_true(config) && !wm_session_sprop_set(scope, str_handler_config, config)) {
		RETURN_THROWS();
	}
	zval *v = wm_session_sprop(scope, str_handler_class);
	if (!v) {
		RETURN_THROWS();
	}
	RETURN_COPY(v);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, getCookieParams)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zend_class_entry *scope = zend_get_called_scope(execute_data);
	array_init_size(return_value, WM_COOKIE_PARAMS);
	for (size_t i = 0; i < WM_COOKIE_PARAMS; i++) {
		const wm_cookie_param *m = &wm_cookie_params[i];
		zval *v = wm_session_sprop(scope, *m->prop);
		if (!v) {
			zval_ptr_dtor(return_value);
			ZVAL_NULL(return_value);
			RETURN_THROWS();
		}
		Z_TRY_ADDREF_P(v);
		zend_hash_str_add_new(Z_ARRVAL_P(return_value), m->key, m->len, v);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, initHandler)
{
	ZEND_PARSE_PARAMETERS_NONE();

	/* static::$handler = new static::$handlerClass([static::$handlerConfig]) */
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	zval *class_name = wm_session_sprop(scope, str_handler_class);
	zval *config = class_name ? wm_session_sprop(scope, str_handler_config) : NULL;
	if (!config) {
		RETURN_THROWS();
	}
	zend_string *name = zval_get_string(class_name);
	zval arg, handler;
	ZVAL_COPY(&arg, config);
	bool ok = wm_session_new_object(&handler, name, Z_TYPE(arg) == IS_NULL ? 0 : 1, &arg);
	zval_ptr_dtor(&arg);
	zend_string_release(name);
	if (!ok) {
		RETURN_THROWS();
	}
	wm_session_sprop_set(scope, str_handler, &handler);
	zval_ptr_dtor(&handler);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, safeDeserialize)
{
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	zval *serializer = wm_session_iprop(Z_OBJ_P(ZEND_THIS), slot_serializer, "serializer");
	if (!serializer) {
		RETURN_THROWS();
	}
	zval fn, result;
	ZVAL_COPY(&fn, wm_index(Z_ARRVAL_P(serializer), 1));
	if (EG(exception)) {
		zval_ptr_dtor(&fn);
		RETURN_THROWS();
	}
	if (Z_TYPE(fn) == IS_STRING && zend_string_equals_literal(Z_STR(fn), "unserialize")) {
		/* unserialize($data, ['allowed_classes' => false]): no object is ever built from it */
		zval args[2];
		ZVAL_STR(&args[0], data);
		array_init_size(&args[1], 1);
		add_assoc_bool(&args[1], "allowed_classes", false);
		wm_call_function(WM_STR("unserialize"), &result, 2, args);
		zval_ptr_dtor(&args[1]);
	} else {
		zval arg;
		ZVAL_STR(&arg, data);
		wm_call_dynamic(&fn, &result, 1, &arg);
	}
	zval_ptr_dtor(&fn);
	if (EG(exception)) {
		zval_ptr_dtor(&result);
		RETURN_THROWS();
	}
	if (Z_TYPE(result) == IS_ARRAY) {
		RETURN_COPY_VALUE(&result);
	}
	zval_ptr_dtor(&result);
	RETURN_EMPTY_ARRAY();
}

ZEND_METHOD(Workerman_Protocols_Http_Session, gc)
{
	ZEND_PARSE_PARAMETERS_NONE();

	/* static::$handler->gc(static::$lifetime) */
	zend_class_entry *scope = Z_OBJCE_P(ZEND_THIS);
	zval h, arg, ret;
	if (!wm_handler(scope, "gc", &h)) {
		RETURN_THROWS();
	}
	zval *lifetime = wm_session_sprop(scope, str_lifetime);
	if (!lifetime) {
		zval_ptr_dtor(&h);
		RETURN_THROWS();
	}
	ZVAL_COPY(&arg, lifetime);
	wm_call_method(Z_OBJ(h), WM_STR("gc"), &ret, 1, &arg);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&h);
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, __unserialize)
{
	HashTable *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();

	/* An unserialized Session was never constructed from a request: never save it. */
	wm_iprop_set_bool(Z_OBJ_P(ZEND_THIS), slot_is_safe, false);
}

/* The GC draw (upstream's random_int(1, max)) needs no cryptographic strength, and a getrandom()
 * per saved session is a system call on every request: a splitmix64 sequence seeded from the OS
 * on first use instead (in practice in each worker, after the fork), which also leaves a user's
 * mt_srand() sequence untouched. */
static uint64_t wm_gc_rng;

static zend_long wm_gc_draw(zend_long max)
{
	if (!wm_gc_rng) {
		if (php_random_bytes_silent(&wm_gc_rng, sizeof(wm_gc_rng)) == FAILURE) {
			wm_gc_rng = (uint64_t) time(NULL) ^ (uint64_t) (uintptr_t) &wm_gc_rng;
		}
		wm_gc_rng |= 1;
	}
	uint64_t z = (wm_gc_rng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	return 1 + (zend_long) (z % (uint64_t) max);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *safe = wm_session_iprop(obj, slot_is_safe, "isSafe");
	if (!safe) {
		RETURN_THROWS();
	}
	if (!zend_is_true(safe)) {
		return;
	}
	wm_call_method(obj, WM_STR("save"), NULL, 0, NULL);
	if (EG(exception)) {
		RETURN_THROWS();
	}

	/* if (random_int(1, static::$gcProbability[1]) <= static::$gcProbability[0]) $this->gc(); */
	zval *probability = wm_session_sprop(obj->ce, str_gc_probability);
	if (!probability) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(probability) != IS_ARRAY) {
		zend_throw_error(NULL, "Cannot use a scalar value as an array");
		RETURN_THROWS();
	}
	zval *max = wm_index(Z_ARRVAL_P(probability), 1);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(max) != IS_LONG) {
		/* upstream's file is strict_types=1 */
		zend_type_error("random_int(): Argument #2 ($max) must be of type int, %s given", zend_zval_type_name(max));
		RETURN_THROWS();
	}
	if (Z_LVAL_P(max) < 1) {
		zend_value_error("random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)");
		RETURN_THROWS();
	}
	zval rv;
	ZVAL_LONG(&rv, wm_gc_draw(Z_LVAL_P(max)));
	zval *min = wm_index(Z_ARRVAL_P(probability), 0);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (zend_compare(&rv, min) <= 0) {
		wm_call_method(obj, WM_STR("gc"), NULL, 0, NULL);
	}
}

/* ---- module hooks -------------------------------------------------------------------------- */

/* A persistent, immutable packed array for a declared default (copied without refcounting,
 * never freed by the engine: wm_session_mshutdown() frees it). */
static HashTable *wm_immutable_list(zval *values, uint32_t n)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, n, NULL, NULL, 1);
	zend_hash_real_init_packed(ht);
	for (uint32_t i = 0; i < n; i++) {
		zend_hash_next_index_insert_new(ht, &values[i]);
	}
	wm_make_immutable(ht);
	return ht;
}

static void wm_set_default(zval *slot, HashTable *ht)
{
	ZVAL_ARR(slot, ht);
	Z_TYPE_FLAGS_P(slot) = 0;
}

void wm_session_minit(void)
{
	wm_ce_Session = register_class_Workerman_Protocols_Http_Session();
	wm_ce_SessionHandlerInterface = register_class_Workerman_Protocols_Http_Session_SessionHandlerInterface();
	wm_ce_FileSessionHandler = register_class_Workerman_Protocols_Http_Session_FileSessionHandler(wm_ce_SessionHandlerInterface);
	wm_ce_RedisSessionHandler = register_class_Workerman_Protocols_Http_Session_RedisSessionHandler(wm_ce_SessionHandlerInterface);
	wm_ce_RedisClusterSessionHandler = register_class_Workerman_Protocols_Http_Session_RedisClusterSessionHandler(wm_ce_RedisSessionHandler);

	slot_data = wm_prop_offset(wm_ce_Session, "data");
	slot_need_save = wm_prop_offset(wm_ce_Session, "needSave");
	slot_session_id = wm_prop_offset(wm_ce_Session, "sessionId");
	slot_is_safe = wm_prop_offset(wm_ce_Session, "isSafe");
	slot_serializer = wm_prop_offset(wm_ce_Session, "serializer");
	wm_session_sslot_lifetime = wm_static_offset(wm_ce_Session, "lifetime");

	/* Session::$gcProbability = [1, 20000] and Session->serializer = ['serialize', 'unserialize'] */
	zval values[2];
	ZVAL_LONG(&values[0], 1);
	ZVAL_LONG(&values[1], 20000);
	wm_gc_probability_default = wm_immutable_list(values, 2);
	zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_Session->properties_info, WM_STR("gcProbability"));
	wm_set_default(&wm_ce_Session->default_static_members_table[info->offset], wm_gc_probability_default);

	ZVAL_INTERNED_STR(&values[0], wm_interned("serialize"));
	ZVAL_INTERNED_STR(&values[1], wm_interned("unserialize"));
	wm_serializer_default = wm_immutable_list(values, 2);
	wm_set_default(&wm_ce_Session->default_properties_table[OBJ_PROP_TO_NUM(slot_serializer)], wm_serializer_default);

	str_handler = wm_interned("handler");
	str_handler_class = wm_interned("handlerClass");
	str_handler_config = wm_interned("handlerConfig");
	str_gc_probability = wm_interned("gcProbability");
	str_auto_update_timestamp = wm_interned("autoUpdateTimestamp");
	str_cookie_lifetime = wm_interned("cookieLifetime");
	str_cookie_path = wm_interned("cookiePath");
	str_domain = wm_interned("domain");
	str_secure = wm_interned("secure");
	str_http_only = wm_interned("httpOnly");
	str_same_site = wm_interned("sameSite");
	str_lifetime = wm_interned("lifetime");
	wm_session_file_minit();
	wm_session_redis_minit();
}

void wm_session_mshutdown(void)
{
	HashTable *tables[] = {wm_gc_probability_default, wm_serializer_default};
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		if (tables[i]) {
			zend_hash_destroy(tables[i]);
			pefree(tables[i], 1);
		}
	}
	wm_gc_probability_default = wm_serializer_default = NULL;
	wm_session_file_mshutdown();
}

void wm_session_rshutdown(void)
{
	wm_session_file_rshutdown();
}

/* Upstream runs Session::init() and FileSessionHandler::init() when the classes load; here at the
 * start of every request, from the ini values then in force. */
void wm_session_rinit(void)
{
	wm_session_init(wm_ce_Session);
	wm_session_file_rinit();
	if (EG(exception)) {
		zend_clear_exception();
	}
}

