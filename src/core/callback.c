/* SPDX-License-Identifier: MIT */
/* Calling PHP callables from the event loop. */

#include "core/callback.h"
#include "zend_exceptions.h"

/* Upstream calls callbacks from its own methods (Worker, TcpConnection, ...), so an
 * [$object, 'method'] callback may name a protected method of a subclass of those classes
 * (GatewayWorker's BusinessWorker sets $this->onWorkerStop = [$this, 'onWorkerStop'] on a
 * protected method). From C there is no such frame, and PHP checks visibility from the nearest
 * user frame: retry from the scope of the object's nearest internal ancestor class. */
static bool wm_callable_from_framework(zval *callable, zend_fcall_info_cache *fcc, char **error)
{
	if (Z_TYPE_P(callable) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(callable)) != 2) {
		return false;
	}
	zval *obj = zend_hash_index_find(Z_ARRVAL_P(callable), 0);
	if (!obj || Z_TYPE_P(obj) != IS_OBJECT) {
		return false;
	}
	zend_class_entry *scope = Z_OBJCE_P(obj);
	while (scope && scope->type != ZEND_INTERNAL_CLASS) {
		scope = scope->parent;
	}
	if (!scope || scope == Z_OBJCE_P(obj)) {
		return false;
	}
	zend_internal_function func;
	zend_execute_data frame;
	memset(&func, 0, sizeof(func));
	memset(&frame, 0, sizeof(frame));
	func.type = ZEND_INTERNAL_FUNCTION;
	func.scope = scope;
	frame.func = (zend_function *) &func;
	char *again = NULL;
	if (!zend_is_callable_at_frame(callable, NULL, &frame, 0, fcc, &again)) {
		if (again) {
			efree(again);
		}
		return false;
	}
	if (again) {
		efree(again);
	}
	if (*error) {
		efree(*error);
		*error = NULL;
	}
	return true;
}

static zend_result wm_call_impl(zval *callable, zval *retval, uint32_t argc, zval *argv, HashTable *named)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	char *error = NULL;
	zval tmp;

	if (!zend_is_callable_ex(callable, NULL, 0, NULL, &fcc, &error) && !wm_callable_from_framework(callable, &fcc, &error)) {
		if (error) {
			zend_throw_error(NULL, "Value of type %s is not callable (%s)", zend_zval_type_name(callable), error);
			efree(error);
		} else {
			zend_throw_error(NULL, "Value of type %s is not callable", zend_zval_type_name(callable));
		}
		return FAILURE;
	}
	if (error) {
		/* Deprecation text for callables such as "parent::x"; not an error. */
		efree(error);
	}

	fci.size = sizeof(fci);
	ZVAL_COPY_VALUE(&fci.function_name, callable);
	fci.object = NULL;
	fci.retval = retval ? retval : &tmp;
	fci.param_count = argc;
	fci.params = argv;
	fci.named_params = named;

	zend_result result = zend_call_function(&fci, &fcc);
	if (!retval) {
		zval_ptr_dtor(&tmp);
	}
	return result;
}

zend_result wm_call(zval *callable, zval *retval, uint32_t argc, zval *argv)
{
	return wm_call_impl(callable, retval, argc, argv, NULL);
}

zend_result wm_call_with_array(zval *callable, zval *retval, uint32_t argc, zval *argv, zval *args)
{
	if (!args || Z_TYPE_P(args) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(args)) == 0) {
		return wm_call_impl(callable, retval, argc, argv, NULL);
	}

	HashTable *ht = Z_ARRVAL_P(args);
	uint32_t total = argc + zend_hash_num_elements(ht);
	zval *params = safe_emalloc(total, sizeof(zval), 0);
	HashTable *named = NULL;
	uint32_t n = 0;
	zend_string *key;
	zval *val;

	for (uint32_t i = 0; i < argc; i++) {
		ZVAL_COPY_VALUE(&params[n++], &argv[i]);
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, val) {
		if (key) {
			if (!named) {
				named = zend_new_array(0);
			}
			Z_TRY_ADDREF_P(val);
			zend_hash_update(named, key, val);
		} else {
			ZVAL_COPY_VALUE(&params[n++], val);
		}
	} ZEND_HASH_FOREACH_END();

	zend_result result = wm_call_impl(callable, retval, n, params, named);
	efree(params);
	if (named) {
		zend_array_destroy(named);
	}
	return result;
}

bool wm_exception_is_exit(void)
{
	return EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
}

zend_object *wm_exception_take(void)
{
	zend_object *ex = EG(exception);
	if (!ex) {
		return NULL;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	return ex;
}

zend_result wm_call_method(zend_object *obj, const char *lcname, size_t len, zval *retval, uint32_t argc, zval *argv)
{
	zval tmp;
	zend_function *fn = zend_hash_str_find_ptr(&obj->ce->function_table, lcname, len);
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(obj->ce->name), lcname);
		if (retval) {
			ZVAL_UNDEF(retval);
		}
		return FAILURE;
	}
	zend_call_known_instance_method(fn, obj, retval ? retval : &tmp, argc, argv);
	if (!retval) {
		zval_ptr_dtor(&tmp);
	}
	return SUCCESS;
}

zend_result wm_call_static(zend_class_entry *scope, const char *lcname, size_t len, zval *retval, uint32_t argc, zval *argv)
{
	zval tmp;
	zend_function *fn = zend_hash_str_find_ptr(&scope->function_table, lcname, len);
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(scope->name), lcname);
		if (retval) {
			ZVAL_UNDEF(retval);
		}
		return FAILURE;
	}
	zend_call_known_function(fn, NULL, scope, retval ? retval : &tmp, argc, argv, NULL);
	if (!retval) {
		zval_ptr_dtor(&tmp);
	}
	return SUCCESS;
}

bool wm_call_function(const char *name, size_t len, zval *ret, uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), name, len);
	ZVAL_UNDEF(ret);
	if (UNEXPECTED(!fn)) {
		zend_throw_error(NULL, "Call to undefined function %s()", name);
		return false;
	}
	zend_call_known_function(fn, NULL, NULL, ret, argc, argv, NULL);
	return !EG(exception);
}

bool wm_composer_package(const char *method, size_t len, const char *package, zval *ret)
{
	ZVAL_UNDEF(ret);
	zend_string *name = zend_string_init("Composer\\InstalledVersions", sizeof("Composer\\InstalledVersions") - 1, 0);
	zend_class_entry *ce = zend_lookup_class(name);
	zend_string_release(name);
	if (!ce || EG(exception)) {
		zend_clear_exception();
		return false;
	}
	zend_function *fn = zend_hash_str_find_ptr_lc(&ce->function_table, method, len);
	if (!fn || !(fn->common.fn_flags & ZEND_ACC_STATIC)) {
		return false;
	}
	zval arg;
	ZVAL_STRING(&arg, package);
	zend_call_known_function(fn, NULL, ce, ret, 1, &arg, NULL);
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		zend_clear_exception(); /* not installed: OutOfBoundsException */
		zval_ptr_dtor(ret);
		ZVAL_UNDEF(ret);
		return false;
	}
	return true;
}
