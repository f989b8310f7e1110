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

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* ---- plain files: direct system calls ------------------------------------------------------ */

/* Upstream's read() is is_file() + filemtime() + file_get_contents() and its write() is
 * file_put_contents() to a temporary file + rename(); through PHP's functions that is about 30
 * system calls per request (rename() also empties the realpath cache, so every open resolves
 * the path component by component again) and, on ext4, rename() over an existing file starts
 * the new file's writeback. For a plain local path without open_basedir the same steps are
 * made here with open/fstat/read and open/write/rename, and a write() of exactly the bytes
 * last read from a file that has not changed since (same device, inode, size and modification
 * time) only sets the file's time to now: the file ends with the same content and a new
 * modification time, as upstream's replacement would leave it. Anything unusual (a stream
 * wrapper, open_basedir, a NUL in the path, an error other than "no such file", an expired
 * file, an empty write) takes the PHP-function path, so warnings stay upstream's. */

static bool wm_file_plain(const zend_string *path)
{
	if (PG(open_basedir) && *PG(open_basedir)) {
		return false;
	}
	return ZSTR_LEN(path) > 0 && strlen(ZSTR_VAL(path)) == ZSTR_LEN(path) && !strstr(ZSTR_VAL(path), "://");
}

static void wm_file_forget_read(void)
{
	if (WM_G(session_read_path)) {
		zend_string_release(WM_G(session_read_path));
		WM_G(session_read_path) = NULL;
	}
	if (WM_G(session_read_data)) {
		zend_string_release(WM_G(session_read_data));
		WM_G(session_read_data) = NULL;
	}
}

static void wm_file_remember_read(zend_string *path, zend_string *data, const struct stat *st)
{
	wm_file_forget_read();
	WM_G(session_read_path) = zend_string_copy(path);
	WM_G(session_read_data) = zend_string_copy(data);
	WM_G(session_read_dev) = st->st_dev;
	WM_G(session_read_ino) = st->st_ino;
	WM_G(session_read_mtime) = st->st_mtim;
}

static bool wm_file_unchanged(const struct stat *st)
{
	return st->st_dev == WM_G(session_read_dev) && st->st_ino == WM_G(session_read_ino)
		&& (size_t) st->st_size == ZSTR_LEN(WM_G(session_read_data))
		&& st->st_mtim.tv_sec == WM_G(session_read_mtime).tv_sec
		&& st->st_mtim.tv_nsec == WM_G(session_read_mtime).tv_nsec;
}

enum wm_file_result { WM_FILE_DONE, WM_FILE_FALSE, WM_FILE_SLOW };

/* read() of a plain file: DONE with the content in *out, FALSE for upstream's `false` (no such
 * file, not a regular file, empty or "0"), SLOW for the PHP-function path. */
static enum wm_file_result wm_file_read_plain(zend_string *path, zend_long lifetime, zval *out)
{
	int fd = open(ZSTR_VAL(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		return errno == ENOENT || errno == ENOTDIR ? WM_FILE_FALSE : WM_FILE_SLOW;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		close(fd);
		return WM_FILE_SLOW;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return WM_FILE_FALSE;
	}
	if ((zend_long) time(NULL) - (zend_long) st.st_mtime > lifetime) {
		close(fd);
		return WM_FILE_SLOW; /* expired: upstream unlinks it */
	}
	size_t cap = (size_t) st.st_size + 1, len = 0;
	zend_string *data = zend_string_alloc(cap, 0);
	for (;;) {
		ssize_t n = read(fd, ZSTR_VAL(data) + len, cap - len);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			zend_string_efree(data);
			close(fd);
			return WM_FILE_SLOW;
		}
		if (n == 0) {
			break;
		}
		len += (size_t) n;
		if (len < cap) {
			break; /* a short read of a regular file: its end */
		}
		cap *= 2; /* it grew since fstat(): read on to the end, as file_get_contents() */
		data = zend_string_extend(data, cap, 0);
	}
	close(fd);
	ZSTR_LEN(data) = len;
	ZSTR_VAL(data)[len] = '\0';
	if (len == 0 || (len == 1 && ZSTR_VAL(data)[0] == '0')) {
		zend_string_efree(data);
		return WM_FILE_FALSE; /* `return $data ?: false;` */
	}
	if (len == (size_t) st.st_size) {
		wm_file_remember_read(path, data, &st);
	}
	ZVAL_STR(out, data);
	return WM_FILE_DONE;
}

/* write() of a plain file: true when done (the content is `data`), false for the PHP path. */
static bool wm_file_write_plain(zend_string *dir, zend_string *path, zend_string *data)
{
	if (ZSTR_LEN(data) == 0 || !wm_file_plain(dir)) {
		return false;
	}
	if (WM_G(session_read_path) && zend_string_equals(WM_G(session_read_path), path)
		&& zend_string_equals(WM_G(session_read_data), data)) {
		struct stat st;
		if (stat(ZSTR_VAL(path), &st) == 0 && wm_file_unchanged(&st)) {
			struct timespec ts[2];
			clock_gettime(CLOCK_REALTIME, &ts[0]);
			ts[1] = ts[0];
			if (utimensat(AT_FDCWD, ZSTR_VAL(path), ts, 0) == 0) {
				WM_G(session_read_mtime) = ts[1];
				php_clear_stat_cache(0, NULL, 0);
				return true;
			}
		}
	}
	/* $tempFile = <save path> . <random hex>; file_put_contents($tempFile, $data); rename() */
	unsigned char rnd[12];
	if (php_random_bytes_silent(rnd, sizeof(rnd)) == FAILURE) {
		return false;
	}
	zend_string *temp = zend_string_alloc(ZSTR_LEN(dir) + sizeof(rnd) * 2, 0);
	memcpy(ZSTR_VAL(temp), ZSTR_VAL(dir), ZSTR_LEN(dir));
	wm_hex(ZSTR_VAL(temp) + ZSTR_LEN(dir), rnd, sizeof(rnd));
	ZSTR_VAL(temp)[ZSTR_LEN(temp)] = '\0';
	int fd = open(ZSTR_VAL(temp), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	if (fd < 0) {
		zend_string_efree(temp);
		return false;
	}
	bool ok = true;
	for (size_t done = 0; ok && done < ZSTR_LEN(data);) {
		ssize_t n = write(fd, ZSTR_VAL(data) + done, ZSTR_LEN(data) - done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		ok = n > 0;
		done += ok ? (size_t) n : 0;
	}
	ok = close(fd) == 0 && ok;
	ok = ok && rename(ZSTR_VAL(temp), ZSTR_VAL(path)) == 0;
	if (!ok) {
		unlink(ZSTR_VAL(temp));
	}
	zend_string_efree(temp);
	if (ok) {
		php_clear_stat_cache(0, NULL, 0);
	}
	return ok;
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
	zval *lifetime = wm_static_slot(wm_ce_Session, wm_session_sslot_lifetime);
	if (Z_TYPE(file) == IS_STRING && wm_file_plain(Z_STR(file))) {
		enum wm_file_result r = wm_file_read_plain(Z_STR(file), zval_get_long(lifetime), return_value);
		if (r != WM_FILE_SLOW) {
			zval_ptr_dtor(&file);
			if (r == WM_FILE_FALSE) {
				RETURN_FALSE;
			}
			return;
		}
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
	zval file;
	if (!wm_file_of(scope, session_id, &file)) {
		zend_string_release(dir);
		RETURN_THROWS();
	}
	if (Z_TYPE(file) == IS_STRING && wm_file_plain(Z_STR(file)) && wm_file_write_plain(dir, Z_STR(file), session_data)) {
		zend_string_release(dir);
		zval_ptr_dtor(&file);
		RETURN_TRUE;
	}
	unsigned char rnd[8];
	if (php_random_bytes_throw(rnd, sizeof(rnd)) == FAILURE) {
		zend_string_release(dir);
		zval_ptr_dtor(&file);
		RETURN_THROWS();
	}
	char hex[sizeof(rnd) * 2];
	wm_hex(hex, rnd, sizeof(rnd));
	zval args[2], uniq, ret;
	ZVAL_STRINGL(&args[0], hex, sizeof(hex));
	ZVAL_TRUE(&args[1]);
	wm_call_function(WM_STR("uniqid"), &uniq, 2, args);
	zval_ptr_dtor(&args[0]);
	if (EG(exception)) {
		zval_ptr_dtor(&uniq);
		zend_string_release(dir);
		zval_ptr_dtor(&file);
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
		zval_ptr_dtor(&file);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	zval_ptr_dtor(&ret);

	/* return rename($tempFile, static::sessionFile($sessionId)); */
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

void wm_session_file_rshutdown(void)
{
	wm_file_forget_read();
}

void wm_session_file_mshutdown(void)
{
	wm_save_dir_forget();
}
