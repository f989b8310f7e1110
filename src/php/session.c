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
 * The file handler calls PHP's own filesystem functions (file_put_contents, rename, touch, glob,
 * ...) by name: they are C already, and this keeps stream wrappers, open_basedir, the stat cache
 * and the warnings (text and function name) identical to upstream's.
 *
 * Upstream runs Session::init() and FileSessionHandler::init() when the classes are autoloaded; an
 * internal class is never loaded, so the same logic runs at RINIT (wm_session_rinit()). The one
 * side effect of FileSessionHandler::init(), creating a missing save directory, is deferred to the
 * first handler that is constructed or writes, so that a script which never uses sessions does not
 * create directories. */

#include "php/php_wm.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_open_temporary_file.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/php_random.h"
#include "ext/spl/spl_exceptions.h"
#include "../stubs/session_arginfo.h"

zend_class_entry *wm_ce_Session;
static zend_class_entry *wm_ce_SessionHandlerInterface;
static zend_class_entry *wm_ce_FileSessionHandler;
static zend_class_entry *wm_ce_RedisSessionHandler;
static zend_class_entry *wm_ce_RedisClusterSessionHandler;

/* Declared instance property slots. */
static uint32_t slot_data, slot_need_save, slot_session_id, slot_is_safe, slot_serializer;
static uint32_t slot_redis_connection, slot_redis_config;
static uint32_t sslot_lifetime;

/* Interned names of the statics read through the called class. */
static zend_string *str_handler, *str_handler_class, *str_handler_config, *str_gc_probability,
	*str_auto_update_timestamp, *str_cookie_lifetime, *str_cookie_path, *str_domain, *str_secure,
	*str_http_only, *str_same_site, *str_lifetime, *str_save_path, *str_file_prefix;

/* Immutable defaults that gen_stub cannot emit (non-empty arrays), freed at MSHUTDOWN. */
static HashTable *wm_gc_probability_default, *wm_serializer_default;

/* The save directory FileSessionHandler::init() chose at RINIT, not created yet (persistent
 * memory: it may outlive the request when no handler is ever built; freed at the next RINIT or
 * at MSHUTDOWN). */
ZEND_TLS char *wm_save_dir_pending;

static void wm_save_dir_forget(void)
{
	if (wm_save_dir_pending) {
		pefree(wm_save_dir_pending, 1);
		wm_save_dir_pending = NULL;
	}
}

#define WM_STR(s) s, sizeof(s) - 1

/* ---- small helpers ------------------------------------------------------------------------- */

/* `static::$name` seen from `scope` (the called class); NULL with an Error pending when it is an
 * uninitialized typed static. Follows references. */
static zval *wm_sprop(zend_class_entry *scope, zend_string *name)
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
static bool wm_sprop_set(zend_class_entry *scope, zend_string *name, zval *value)
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
static zval *wm_iprop(zend_object *obj, uint32_t slot, const char *name)
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


/* $obj->name(...) on an object of any class (a Redis client, a user handler): resolved like a
 * PHP call from the current method, so __call and visibility behave as upstream's. */
static void wm_invoke(zval *obj, const char *name, size_t len, zval *ret, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(ret);
	if (Z_TYPE_P(obj) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function %s() on %s", name, zend_zval_type_name(obj));
		return;
	}
	/* Our own reference: the call may replace the property or static that held the object. */
	zval target, fname;
	zend_fcall_info_cache fcc;
	ZVAL_COPY(&target, obj);
	ZVAL_STRINGL(&fname, name, len);
	if (!zend_is_callable_ex(&fname, Z_OBJ(target), 0, NULL, &fcc, NULL)) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(Z_OBJCE(target)->name), name);
	} else {
		zend_fcall_info fci = {
			.size = sizeof(zend_fcall_info),
			.object = Z_OBJ(target),
			.retval = ret,
			.param_count = argc,
			.params = argv,
		};
		ZVAL_COPY_VALUE(&fci.function_name, &fname);
		zend_call_function(&fci, &fcc);
	}
	zval_ptr_dtor(&fname);
	zval_ptr_dtor(&target);
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
static bool wm_new(zval *out, zend_string *class_name, uint32_t argc, zval *argv)
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
static zval *wm_cfg(HashTable *ht, const char *key, size_t len)
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
static zval *wm_cfg_isset(HashTable *ht, const char *key, size_t len)
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
static zval *wm_cfg_nonempty(HashTable *ht, const char *key, size_t len)
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
	zval *h = wm_sprop(scope, str_handler);
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
			bool ok = wm_sprop_set(scope, str_gc_probability, &arr);
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
		if (!wm_sprop_set(wm_ce_Session, str_lifetime, &v)) {
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
			zval *v = wm_cfg(Z_ARRVAL(params), m->key, m->len);
			if (EG(exception) || !wm_sprop_set(scope, *m->prop, v)) {
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

	zval *handler = wm_sprop(scope, str_handler);
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
	zval *id = wm_iprop(Z_OBJ_P(ZEND_THIS), slot_session_id, "sessionId");
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
	zval *data = wm_iprop(Z_OBJ_P(ZEND_THIS), slot_data, "data");
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

	zval *data = wm_iprop(Z_OBJ_P(ZEND_THIS), slot_data, "data");
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
	zval *serializer = wm_iprop(obj, slot_serializer, "serializer");
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
	zval *need_save = wm_iprop(obj, slot_need_save, "needSave");
	if (!need_save) {
		RETURN_THROWS();
	}

	if (zend_is_true(need_save)) {
		zval *data = wm_iprop(obj, slot_data, "data");
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
		zval *id = wm_iprop(obj, slot_session_id, "sessionId");
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
		zval *auto_update = wm_sprop(scope, str_auto_update_timestamp);
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
	if (class_name && zend_is_true(class_name) && !wm_sprop_set(scope, str_handler_class, class_name)) {
		RETURN_THROWS();
	}
	if (config && zend_is_true(config) && !wm_sprop_set(scope, str_handler_config, config)) {
		RETURN_THROWS();
	}
	zval *v = wm_sprop(scope, str_handler_class);
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
		zval *v = wm_sprop(scope, *m->prop);
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
	zval *class_name = wm_sprop(scope, str_handler_class);
	zval *config = class_name ? wm_sprop(scope, str_handler_config) : NULL;
	if (!config) {
		RETURN_THROWS();
	}
	zend_string *name = zval_get_string(class_name);
	zval arg, handler;
	ZVAL_COPY(&arg, config);
	bool ok = wm_new(&handler, name, Z_TYPE(arg) == IS_NULL ? 0 : 1, &arg);
	zval_ptr_dtor(&arg);
	zend_string_release(name);
	if (!ok) {
		RETURN_THROWS();
	}
	wm_sprop_set(scope, str_handler, &handler);
	zval_ptr_dtor(&handler);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, safeDeserialize)
{
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	zval *serializer = wm_iprop(Z_OBJ_P(ZEND_THIS), slot_serializer, "serializer");
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
	zval *lifetime = wm_sprop(scope, str_lifetime);
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

ZEND_METHOD(Workerman_Protocols_Http_Session, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *safe = wm_iprop(obj, slot_is_safe, "isSafe");
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
	zval *probability = wm_sprop(obj->ce, str_gc_probability);
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
	zend_long r;
	if (php_random_int_throw(1, Z_LVAL_P(max), &r) == FAILURE) {
		RETURN_THROWS();
	}
	zval rv;
	ZVAL_LONG(&rv, r);
	zval *min = wm_index(Z_ARRVAL_P(probability), 0);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (zend_compare(&rv, min) <= 0) {
		wm_call_method(obj, WM_STR("gc"), NULL, 0, NULL);
	}
}

/* ---- FileSessionHandler -------------------------------------------------------------------- */

/* if (!is_dir($path)) mkdir($path, 0777, true); */
static void wm_ensure_dir(zend_string *path)
{
	zval arg, ret;
	ZVAL_STR(&arg, path);
	wm_call_function(WM_STR("is_dir"), &ret, 1, &arg);
	if (EG(exception) || zend_is_true(&ret)) {
		zval_ptr_dtor(&ret);
		return;
	}
	zval_ptr_dtor(&ret);
	zval args[3];
	ZVAL_STR(&args[0], path);
	ZVAL_LONG(&args[1], 0777);
	ZVAL_TRUE(&args[2]);
	wm_call_function(WM_STR("mkdir"), &ret, 3, args);
	zval_ptr_dtor(&ret);
}

/* Creates the save directory chosen at RINIT if nothing has done so yet (upstream creates it
 * when the class is loaded). */
static void wm_file_pending_dir(void)
{
	if (!wm_save_dir_pending) {
		return;
	}
	zend_string *p = zend_string_init(wm_save_dir_pending, strlen(wm_save_dir_pending), 0);
	wm_save_dir_forget();
	wm_ensure_dir(p);
	zend_string_release(p);
}

/* FileSessionHandler::sessionSavePath() for the called class `scope`; `make_dir` false defers
 * the directory (RINIT). Returns the (possibly extended) path, or NULL with an exception. */
static zend_string *wm_file_save_path(zend_class_entry *scope, zend_string *path, bool make_dir)
{
	if (!wm_zstr_truthy(path)) {
		return zend_string_copy(path);
	}
	zend_string *p;
	if (ZSTR_VAL(path)[ZSTR_LEN(path) - 1] != DEFAULT_SLASH) {
		static const char slash[1] = {DEFAULT_SLASH}; /* DIRECTORY_SEPARATOR */
		p = zend_string_concat2(ZSTR_VAL(path), ZSTR_LEN(path), slash, 1);
	} else {
		p = zend_string_copy(path);
	}
	zval v;
	ZVAL_STR(&v, p);
	if (!wm_sprop_set(scope, str_save_path, &v)) {
		zend_string_release(p);
		return NULL;
	}
	if (make_dir) {
		wm_ensure_dir(p);
	} else {
		wm_save_dir_forget();
		wm_save_dir_pending = pestrndup(ZSTR_VAL(p), ZSTR_LEN(p), 1);
	}
	return p;
}

/* Upstream's FileSessionHandler::init(). At RINIT the directory is created later; called from
 * PHP it goes through static::sessionSavePath() like upstream. Without ext/session the save path
 * is the temp directory. */
static void wm_file_init(zend_class_entry *scope, bool rinit)
{
	zval save_path;
	if (zend_hash_str_exists(EG(function_table), WM_STR("session_save_path"))) {
		/* @session_save_path() */
		int old_reporting = EG(error_reporting);
		EG(error_reporting) = 0;
		wm_call_function(WM_STR("session_save_path"), &save_path, 0, NULL);
		EG(error_reporting) = old_reporting;
		if (EG(exception)) {
			zval_ptr_dtor(&save_path);
			return;
		}
	} else {
		ZVAL_EMPTY_STRING(&save_path);
	}
	zend_string *path;
	if (!zend_is_true(&save_path) || Z_TYPE(save_path) != IS_STRING
			|| zend_string_starts_with_literal(Z_STR(save_path), "tcp://")) {
		const char *tmp = php_get_temporary_directory();
		path = zend_string_init(tmp, strlen(tmp), 0);
	} else {
		path = zend_string_copy(Z_STR(save_path));
	}
	zval_ptr_dtor(&save_path);

	if (rinit) {
		zend_string *p = wm_file_save_path(scope, path, false);
		if (p) {
			zend_string_release(p);
		}
	} else {
		zval arg;
		ZVAL_STR(&arg, path);
		wm_call_static(scope, WM_STR("sessionsavepath"), NULL, 1, &arg);
	}
	zend_string_release(path);
}

/* static::$sessionSavePath . static::$sessionFilePrefix . $suffix, or NULL with an exception. */
static zend_string *wm_file_path(zend_class_entry *scope, const char *suffix, size_t len)
{
	zval *save_path = wm_sprop(scope, str_save_path);
	zval *prefix = save_path ? wm_sprop(scope, str_file_prefix) : NULL;
	if (!prefix) {
		return NULL;
	}
	zend_string *dir = zval_get_string(save_path);
	zend_string *pre = zval_get_string(prefix);
	zend_string *path = zend_string_concat3(ZSTR_VAL(dir), ZSTR_LEN(dir), ZSTR_VAL(pre), ZSTR_LEN(pre), suffix, len);
	zend_string_release(dir);
	zend_string_release(pre);
	return path;
}

/* static::sessionFile($sessionId) through the called class `scope`. */
static bool wm_file_of(zend_class_entry *scope, zend_string *session_id, zval *out)
{
	zval arg;
	ZVAL_STR(&arg, session_id);
	wm_call_static(scope, WM_STR("sessionfile"), out, 1, &arg);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		return false;
	}
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, init)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_file_init(zend_get_called_scope(execute_data), false);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, __construct)
{
	HashTable *config = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	wm_file_pending_dir();
	if (EG(exception)) {
		RETURN_THROWS();
	}
	zval *save_path = config ? wm_cfg_isset(config, WM_STR("save_path")) : NULL;
	if (save_path) {
		zval arg;
		ZVAL_COPY(&arg, save_path);
		wm_call_static(Z_OBJCE_P(ZEND_THIS), WM_STR("sessionsavepath"), NULL, 1, &arg);
		zval_ptr_dtor(&arg);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, open)
{
	zend_string *save_path, *name;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(save_path)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, read)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zval file, ret;
	if (!wm_file_of(Z_OBJCE_P(ZEND_THIS), session_id, &file)) {
		RETURN_THROWS();
	}
	php_clear_stat_cache(0, NULL, 0);
	wm_call_function(WM_STR("is_file"), &ret, 1, &file);
	if (EG(exception) || !zend_is_true(&ret)) {
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&file);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}

	/* if (time() - filemtime($sessionFile) > Session::$lifetime) { unlink(...); return false; } */
	zval mtime;
	wm_call_function(WM_STR("filemtime"), &mtime, 1, &file);
	if (EG(exception)) {
		zval_ptr_dtor(&mtime);
		zval_ptr_dtor(&file);
		RETURN_THROWS();
	}
	zend_long age = (zend_long) time(NULL) - zval_get_long(&mtime);
	zval_ptr_dtor(&mtime);
	zval *lifetime = wm_static_slot(wm_ce_Session, sslot_lifetime);
	if (age > zval_get_long(lifetime)) {
		wm_call_function(WM_STR("unlink"), &ret, 1, &file);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&file);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}

	/* $data = file_get_contents($sessionFile); return $data ?: false; */
	wm_call_function(WM_STR("file_get_contents"), return_value, 1, &file);
	zval_ptr_dtor(&file);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
	if (!zend_is_true(return_value)) {
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, write)
{
	zend_string *session_id, *session_data;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(session_id)
		Z_PARAM_STR(session_data)
	ZEND_PARSE_PARAMETERS_END();

	wm_file_pending_dir();
	if (EG(exception)) {
		RETURN_THROWS();
	}

	/* $tempFile = static::$sessionSavePath . uniqid(bin2hex(random_bytes(8)), true); */
	zend_class_entry *scope = Z_OBJCE_P(ZEND_THIS);
	zval *save_path = wm_sprop(scope, str_save_path);
	if (!save_path) {
		RETURN_THROWS();
	}
	zend_string *dir = zval_get_string(save_path);
	unsigned char rnd[8];
	if (php_random_bytes_throw(rnd, sizeof(rnd)) == FAILURE) {
		zend_string_release(dir);
		RETURN_THROWS();
	}
	static const char hexits[] = "0123456789abcdef";
	char hex[sizeof(rnd) * 2];
	for (size_t i = 0; i < sizeof(rnd); i++) {
		hex[i * 2] = hexits[rnd[i] >> 4];
		hex[i * 2 + 1] = hexits[rnd[i] & 15];
	}
	zval args[2], uniq, ret;
	ZVAL_STRINGL(&args[0], hex, sizeof(hex));
	ZVAL_TRUE(&args[1]);
	wm_call_function(WM_STR("uniqid"), &uniq, 2, args);
	zval_ptr_dtor(&args[0]);
	if (EG(exception)) {
		zval_ptr_dtor(&uniq);
		zend_string_release(dir);
		RETURN_THROWS();
	}
	zend_string *uniq_str = zval_get_string(&uniq);
	zval_ptr_dtor(&uniq);
	zval temp;
	ZVAL_STR(&temp, zend_string_concat2(ZSTR_VAL(dir), ZSTR_LEN(dir), ZSTR_VAL(uniq_str), ZSTR_LEN(uniq_str)));
	zend_string_release(uniq_str);
	zend_string_release(dir);

	/* if (!file_put_contents($tempFile, $sessionData)) return false; */
	ZVAL_COPY_VALUE(&args[0], &temp);
	ZVAL_STR(&args[1], session_data);
	wm_call_function(WM_STR("file_put_contents"), &ret, 2, args);
	if (EG(exception) || !zend_is_true(&ret)) {
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&temp);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	zval_ptr_dtor(&ret);

	/* return rename($tempFile, static::sessionFile($sessionId)); */
	zval file;
	if (!wm_file_of(scope, session_id, &file)) {
		zval_ptr_dtor(&temp);
		RETURN_THROWS();
	}
	ZVAL_COPY_VALUE(&args[0], &temp);
	ZVAL_COPY_VALUE(&args[1], &file);
	wm_call_function(WM_STR("rename"), &ret, 2, args);
	zval_ptr_dtor(&temp);
	zval_ptr_dtor(&file);
	if (EG(exception)) {
		zval_ptr_dtor(&ret);
		RETURN_THROWS();
	}
	RETVAL_BOOL(zend_is_true(&ret));
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp)
{
	zend_string *session_id, *data = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(session_id)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	zval file, ret;
	if (!wm_file_of(Z_OBJCE_P(ZEND_THIS), session_id, &file)) {
		RETURN_THROWS();
	}
	wm_call_function(WM_STR("file_exists"), &ret, 1, &file);
	if (EG(exception) || !zend_is_true(&ret)) {
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&file);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	zval_ptr_dtor(&ret);
	/* touch() the file to now, then clearstatcache() */
	wm_call_function(WM_STR("touch"), &ret, 1, &file);
	zval_ptr_dtor(&file);
	if (EG(exception)) {
		zval_ptr_dtor(&ret);
		RETURN_THROWS();
	}
	php_clear_stat_cache(0, NULL, 0);
	RETVAL_BOOL(zend_is_true(&ret));
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, destroy)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zval file, ret;
	if (!wm_file_of(Z_OBJCE_P(ZEND_THIS), session_id, &file)) {
		RETURN_THROWS();
	}
	wm_call_function(WM_STR("is_file"), &ret, 1, &file);
	if (!EG(exception) && zend_is_true(&ret)) {
		zval_ptr_dtor(&ret);
		wm_call_function(WM_STR("unlink"), &ret, 1, &file);
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&file);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, gc)
{
	zend_long max_lifetime;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(max_lifetime)
	ZEND_PARSE_PARAMETERS_END();

	zend_long now = (zend_long) time(NULL);
	zend_string *pat = wm_file_path(Z_OBJCE_P(ZEND_THIS), "*", 1);
	if (!pat) {
		RETURN_THROWS();
	}
	zval pattern, files;
	ZVAL_STR(&pattern, pat);
	wm_call_function(WM_STR("glob"), &files, 1, &pattern);
	zval_ptr_dtor(&pattern);
	if (EG(exception)) {
		zval_ptr_dtor(&files);
		RETURN_THROWS();
	}
	if (Z_TYPE(files) != IS_ARRAY) {
		zend_error(E_WARNING, "foreach() argument must be of type array|object, %s given", zend_zval_type_name(&files));
		zval_ptr_dtor(&files);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_TRUE;
	}
	zval *file;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(files), file) {
		/* if (is_file($file) && $timeNow - filemtime($file) > $maxLifetime) unlink($file); */
		zval ret;
		wm_call_function(WM_STR("is_file"), &ret, 1, file);
		bool expired = false;
		if (!EG(exception) && zend_is_true(&ret)) {
			zval_ptr_dtor(&ret);
			wm_call_function(WM_STR("filemtime"), &ret, 1, file);
			expired = !EG(exception) && now - zval_get_long(&ret) > max_lifetime;
		}
		zval_ptr_dtor(&ret);
		if (expired) {
			wm_call_function(WM_STR("unlink"), &ret, 1, file);
			zval_ptr_dtor(&ret);
		}
		if (EG(exception)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&files);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *file = wm_file_path(zend_get_called_scope(execute_data), ZSTR_VAL(session_id), ZSTR_LEN(session_id));
	if (!file) {
		RETURN_THROWS();
	}
	RETURN_STR(file);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionSavePath)
{
	zend_string *path;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *p = wm_file_save_path(zend_get_called_scope(execute_data), path, true);
	if (EG(exception)) {
		if (p) {
			zend_string_release(p);
		}
		RETURN_THROWS();
	}
	RETURN_STR(p);
}

/* ---- RedisSessionHandler, RedisClusterSessionHandler --------------------------------------
 * Upstream 5.2.2 keeps a workerman/coroutine connection pool per process (or, on the Fiber loop
 * before PHP 8.4, one connection). This keeps one connection per handler object, created on first
 * use by $this->createRedisConnection($this->config); while an event loop runs it is pinged every
 * `pool.heartbeat_interval` (55) seconds, as the pool's heartbeat would. */

static void wm_redis_construct(zend_object *obj, zval *config)
{
	if (!zend_hash_str_exists(&module_registry, WM_STR("redis"))) {
		zend_throw_exception(spl_ce_RuntimeException, "Please install redis extension.", 0);
		return;
	}
	/* $config['timeout'] ??= 2; $this->config = $config; */
	zval cfg;
	ZVAL_COPY(&cfg, config);
	if (!wm_cfg_isset(Z_ARRVAL(cfg), WM_STR("timeout"))) {
		SEPARATE_ARRAY(&cfg);
		add_assoc_long(&cfg, "timeout", 2);
	}
	wm_prop_set(obj, slot_redis_config, &cfg);
}

/* Redis::OPT_PREFIX, read from the client class at run time (ext-redis is not linked). */
static bool wm_redis_set_prefix(zval *redis, HashTable *config)
{
	zend_string *cls = zend_string_init(WM_STR("Redis"), 0);
	zend_string *cname = zend_string_init(WM_STR("OPT_PREFIX"), 0);
	zval *opt = zend_get_class_constant_ex(cls, cname, NULL, 0);
	zend_string_release(cname);
	zend_string_release(cls);
	if (!opt) {
		return false;
	}
	/* if (empty($config['prefix'])) $config['prefix'] = 'redis_session_'; */
	zval args[2], ret;
	ZVAL_COPY(&args[0], opt);
	zval *prefix = wm_cfg_nonempty(config, WM_STR("prefix"));
	if (prefix) {
		ZVAL_COPY(&args[1], prefix);
	} else {
		ZVAL_STRINGL(&args[1], "redis_session_", sizeof("redis_session_") - 1);
	}
	wm_invoke(redis, WM_STR("setOption"), &ret, 2, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&ret);
	return !EG(exception);
}

/* Timer::repeat($interval, [$connection, 'ping']) when this process runs an event loop. */
static void wm_redis_heartbeat(zend_object *obj, zval *connection)
{
	zval *event = wm_static_prop(wm_ce_Timer, WM_STR("event"));
	if (!event || Z_TYPE_P(event) != IS_OBJECT) {
		return;
	}
	zval args[2];
	ZVAL_LONG(&args[0], 55);
	zval *config = OBJ_PROP(obj, slot_redis_config);
	ZVAL_DEREF(config);
	if (Z_TYPE_P(config) == IS_ARRAY) {
		/* $this->config['pool']['heartbeat_interval'] ?? 55 */
		zval *pool = wm_cfg_isset(Z_ARRVAL_P(config), WM_STR("pool"));
		zval *interval = pool && Z_TYPE_P(pool) == IS_ARRAY
			? wm_cfg_isset(Z_ARRVAL_P(pool), WM_STR("heartbeat_interval")) : NULL;
		if (interval) {
			ZVAL_COPY(&args[0], interval);
		}
	}
	array_init_size(&args[1], 2);
	Z_TRY_ADDREF_P(connection);
	add_next_index_zval(&args[1], connection);
	add_next_index_stringl(&args[1], WM_STR("ping"));
	wm_call_static(wm_ce_Timer, WM_STR("repeat"), NULL, 2, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

/* $this->connection()->$name($sessionId[, Session::$lifetime][, $sessionData]) into `ret` (the
 * client is created on first use; the arguments are read after it returns). False with the
 * exception pending and `ret` undefined. */
static bool wm_redis_call(zend_object *obj, const char *name, size_t len, zend_string *session_id,
	bool lifetime, zend_string *session_data, zval *ret)
{
	zval conn, args[3];
	uint32_t argc = 0;
	wm_call_method(obj, WM_STR("connection"), &conn, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&conn);
		ZVAL_UNDEF(ret);
		return false;
	}
	ZVAL_STR(&args[argc++], session_id);
	if (lifetime) {
		ZVAL_COPY(&args[argc++], wm_static_slot(wm_ce_Session, sslot_lifetime));
	}
	if (session_data) {
		ZVAL_STR(&args[argc++], session_data);
	}
	wm_invoke(&conn, name, len, ret, argc, args);
	if (lifetime) {
		zval_ptr_dtor(&args[1]);
	}
	zval_ptr_dtor(&conn);
	if (EG(exception)) {
		zval_ptr_dtor(ret);
		ZVAL_UNDEF(ret);
		return false;
	}
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	wm_redis_construct(Z_OBJ_P(ZEND_THIS), config);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, connection)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *connection = wm_iprop(obj, slot_redis_connection, "connection");
	if (!connection) {
		RETURN_THROWS();
	}
	if (!zend_is_true(connection)) {
		zval *config = wm_iprop(obj, slot_redis_config, "config");
		if (!config) {
			RETURN_THROWS();
		}
		zval arg, created;
		ZVAL_COPY(&arg, config);
		wm_call_method(obj, WM_STR("createredisconnection"), &created, 1, &arg);
		zval_ptr_dtor(&arg);
		if (EG(exception)) {
			zval_ptr_dtor(&created);
			RETURN_THROWS();
		}
		/* $this->connection = ... with the property's type check */
		zend_string *name = zend_string_init(WM_STR("connection"), 0);
		zend_update_property_ex(wm_ce_RedisSessionHandler, obj, name, &created);
		zend_string_release(name);
		if (!EG(exception)) {
			wm_redis_heartbeat(obj, &created);
		}
		zval_ptr_dtor(&created);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		connection = wm_iprop(obj, slot_redis_connection, "connection");
		if (!connection) {
			RETURN_THROWS();
		}
	}
	RETURN_COPY(connection);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, createRedisConnection)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	HashTable *cfg = Z_ARRVAL_P(config);
	zval redis, args[3], ret;
	zend_string *cls = zend_string_init(WM_STR("Redis"), 0);
	bool ok = wm_new(&redis, cls, 0, NULL);
	zend_string_release(cls);
	if (!ok) {
		RETURN_THROWS();
	}

	/* if (false === $redis->connect($config['host'], $config['port'], $config['timeout'])) throw */
	ZVAL_COPY(&args[0], wm_cfg(cfg, WM_STR("host")));
	ZVAL_COPY(&args[1], wm_cfg(cfg, WM_STR("port")));
	ZVAL_COPY(&args[2], wm_cfg(cfg, WM_STR("timeout")));
	if (EG(exception)) {
		ZVAL_UNDEF(&ret);
	} else {
		wm_invoke(&redis, WM_STR("connect"), &ret, 3, args);
	}
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	bool failed = Z_TYPE(ret) == IS_FALSE;
	zval_ptr_dtor(&ret);
	if (!EG(exception) && failed) {
		zend_string *host = zval_try_get_string(wm_cfg(cfg, WM_STR("host")));
		zend_string *port = host ? zval_try_get_string(wm_cfg(cfg, WM_STR("port"))) : NULL;
		if (port && !EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Redis connect %s:%s fail.", ZSTR_VAL(host), ZSTR_VAL(port));
		}
		if (host) {
			zend_string_release(host);
		}
		if (port) {
			zend_string_release(port);
		}
	}
	if (EG(exception)) {
		zval_ptr_dtor(&redis);
		RETURN_THROWS();
	}

	/* if (!empty($config['auth'])) $redis->auth($config['auth']); */
	zval *auth = wm_cfg_nonempty(cfg, WM_STR("auth"));
	if (auth) {
		ZVAL_COPY(&args[0], auth);
		wm_invoke(&redis, WM_STR("auth"), &ret, 1, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&ret);
		if (EG(exception)) {
			zval_ptr_dtor(&redis);
			RETURN_THROWS();
		}
	}
	/* if (!empty($config['database'])) $redis->select((int)$config['database']); */
	zval *database = wm_cfg_nonempty(cfg, WM_STR("database"));
	if (database) {
		ZVAL_LONG(&args[0], zval_get_long(database));
		wm_invoke(&redis, WM_STR("select"), &ret, 1, args);
		zval_ptr_dtor(&ret);
		if (EG(exception)) {
			zval_ptr_dtor(&redis);
			RETURN_THROWS();
		}
	}
	if (!wm_redis_set_prefix(&redis, cfg)) {
		zval_ptr_dtor(&redis);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&redis);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, open)
{
	zend_string *save_path, *name;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(save_path)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, read)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("get"), session_id, false, NULL, &ret)) {
		RETURN_THROWS();
	}
	if (Z_TYPE(ret) != IS_STRING && Z_TYPE(ret) != IS_FALSE) {
		/* upstream's `: string|false` return type (strict_types) */
		zend_type_error("%s::read(): Return value must be of type string|false, %s returned",
			ZSTR_VAL(wm_ce_RedisSessionHandler->name), zend_zval_type_name(&ret));
		zval_ptr_dtor(&ret);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, write)
{
	zend_string *session_id, *session_data;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(session_id)
		Z_PARAM_STR(session_data)
	ZEND_PARSE_PARAMETERS_END();

	/* return true === $this->connection()->setex($sessionId, Session::$lifetime, $sessionData); */
	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("setex"), session_id, true, session_data, &ret)) {
		RETURN_THROWS();
	}
	RETVAL_BOOL(Z_TYPE(ret) == IS_TRUE);
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp)
{
	zend_string *session_id, *data = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(session_id)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	/* return true === $this->connection()->expire($sessionId, Session::$lifetime); */
	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("expire"), session_id, true, NULL, &ret)) {
		RETURN_THROWS();
	}
	RETVAL_BOOL(Z_TYPE(ret) == IS_TRUE);
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("del"), session_id, false, NULL, &ret)) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&ret);
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, gc)
{
	zend_long max_lifetime;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(max_lifetime)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	/* parent::__construct($config) */
	wm_redis_construct(Z_OBJ_P(ZEND_THIS), config);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, createRedisConnection)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	HashTable *cfg = Z_ARRVAL_P(config);
	/* $args = [null, $config['host'], $timeout, $readTimeout, $persistent] (+ $auth if set) */
	zval args[6];
	uint32_t argc = 5;
	zval *timeout = wm_cfg_isset(cfg, WM_STR("timeout"));
	zval *read_timeout = wm_cfg_isset(cfg, WM_STR("read_timeout"));
	zval *persistent = wm_cfg_isset(cfg, WM_STR("persistent"));
	zval *auth = wm_cfg_nonempty(cfg, WM_STR("auth"));
	ZVAL_NULL(&args[0]);
	if (timeout) {
		ZVAL_COPY(&args[2], timeout);
	} else {
		ZVAL_LONG(&args[2], 2);
	}
	if (read_timeout) {
		ZVAL_COPY(&args[3], read_timeout);
	} else {
		ZVAL_COPY(&args[3], &args[2]);
	}
	if (persistent) {
		ZVAL_COPY(&args[4], persistent);
	} else {
		ZVAL_FALSE(&args[4]);
	}
	ZVAL_COPY(&args[1], wm_cfg(cfg, WM_STR("host")));
	if (auth) {
		ZVAL_COPY(&args[5], auth);
		argc = 6;
	}
	zval redis;
	bool ok = false;
	if (!EG(exception)) {
		zend_string *cls = zend_string_init(WM_STR("RedisCluster"), 0);
		ok = wm_new(&redis, cls, argc, args);
		zend_string_release(cls);
	}
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	if (!ok) {
		RETURN_THROWS();
	}
	if (!wm_redis_set_prefix(&redis, cfg)) {
		zval_ptr_dtor(&redis);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&redis);
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
	slot_redis_connection = wm_prop_offset(wm_ce_RedisSessionHandler, "connection");
	slot_redis_config = wm_prop_offset(wm_ce_RedisSessionHandler, "config");
	sslot_lifetime = wm_static_offset(wm_ce_Session, "lifetime");

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
	str_save_path = wm_interned("sessionSavePath");
	str_file_prefix = wm_interned("sessionFilePrefix");
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
	wm_save_dir_forget();
}

/* Upstream runs Session::init() and FileSessionHandler::init() when the classes load; here at the
 * start of every request, from the ini values then in force. */
void wm_session_rinit(void)
{
	wm_save_dir_forget();
	wm_session_init(wm_ce_Session);
	wm_file_init(wm_ce_FileSessionHandler, true);
	if (EG(exception)) {
		zend_clear_exception();
	}
}
