/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Session\FileSessionHandler (upstream 5.2.2).
 *
 * The file handler calls PHP's own filesystem functions (file_put_contents, rename, touch, glob,
 * ...) by name: they are C already, and this keeps stream wrappers, open_basedir, the stat cache
 * and the warnings (text and function name) identical to upstream's. Statics written as
 * `static::$x` upstream are looked up on the called class.
 *
 * Upstream runs FileSessionHandler::init() when the class is autoloaded; here it runs at RINIT
 * (wm_session_file_rinit(), from wm_session_rinit()). Its one side effect, creating a missing
 * save directory, is deferred to the first handler that is constructed or writes, so that a
 * script which never uses sessions does not create directories. The class is registered by
 * wm_session_minit() (session.c). */

#include "php/session_impl.h"
#include "php/http.h"
#include "core/callback.h"
#include "php_open_temporary_file.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/php_random.h"

/* Interned names of the statics read through the called class. */
static zend_string *str_save_path, *str_file_prefix;

/* WM_G(session_save_dir): the save directory FileSessionHandler::init() chose at RINIT, not
 * created yet (persistent memory: it may outlive the request when no handler is ever built;
 * freed at the next RINIT or at MSHUTDOWN). */
static void wm_save_dir_forget(void)
{
	if (WM_G(session_save_dir)) {
		pefree(WM_G(session_save_dir), 1);
		WM_G(session_save_dir) = NULL;
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
	if (!WM_G(session_save_dir)) {
		return;
	}
	zend_string *p = zend_string_init(WM_G(session_save_dir), strlen(WM_G(session_save_dir)), 0);
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
	if (!wm_session_sprop_set(scope, str_save_path, &v)) {
		zend_string_release(p);
		return NULL;
	}
	if (make_dir) {
		wm_ensure_dir(p);
	} else {
		wm_save_dir_forget();
		WM_G(session_save_dir) = pestrndup(ZSTR_VAL(p), ZSTR_LEN(p), 1);
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
	zval *save_path = wm_session_sprop(scope, str_save_path);
	zval *prefix = save_path ? wm_session_sprop(scope, str_file_prefix) : NULL;
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
	zval *save_path = config ? wm_session_cfg_isset(config, WM_STR("save_path")) : NULL;
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
	zval *lifetime = wm_static_slot(wm_ce_Session, wm_session_sslot_lifetime);
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
	zval *save_path = wm_session_sprop(scope, str_save_path);
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

/* ---- module hooks -------------------------------------------------------------------------- */

void wm_session_file_minit(void)
{
	str_save_path = wm_interned("sessionSavePath");
	str_file_prefix = wm_interned("sessionFilePrefix");
}

void wm_session_file_rinit(void)
{
	wm_save_dir_forget();
	wm_file_init(wm_ce_FileSessionHandler, true);
}

void wm_session_file_mshutdown(void)
{
	wm_save_dir_forget();
}
