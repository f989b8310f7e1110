/* SPDX-License-Identifier: MIT */
/* Workerman\\Protocols\\Http\\Response (and the registration of Chunk and ServerSentEvents,
 * whose methods are in response_stream.c: the three classes come from one stub).
 *
 * The objects are plain Zend objects whose state is the declared properties upstream has, so
 * subclasses read and write them as they would upstream's. The methods behave like upstream's PHP
 * methods, including what follows from upstream declaring strict_types: arguments are checked as
 * for a userland method (null is not coerced, extra arguments are ignored), functions upstream
 * calls with a mistyped value throw the TypeError they would, return values are not coerced, and
 * calls upstream makes through $this (createHeadForFile, getMimeType, withStatus, withBody) are
 * dispatched through PHP when a subclass overrides them.
 *
 * Serialisation (__toString, and wm_response_build() for the HTTP encoder) writes straight into
 * a smart_str: precomputed status lines, no PHP calls, no temporary zvals for string and integer
 * header values. */

#include "php/http.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/standard/php_string.h"
#include "ext/standard/url.h"
#include "ext/date/php_date.h"
#include "php/response_impl.h"
#include "php/response_tables.h"
#include "../stubs/response_arginfo.h"


/* ---- constant tables --------------------------------------------------------------------- */

#define WM_PHRASE_MIN 100
#define WM_PHRASE_MAX 511
/* Index + 1 into wm_phrases by code - WM_PHRASE_MIN (0: no phrase); filled at MINIT. */
static uint8_t wm_phrase_at[WM_PHRASE_MAX - WM_PHRASE_MIN + 1];

static zend_always_inline const wm_phrase *wm_phrase_find(zend_long code)
{
	if (code < WM_PHRASE_MIN || code > WM_PHRASE_MAX) {
		return NULL;
	}
	uint8_t i = wm_phrase_at[code - WM_PHRASE_MIN];
	return i ? &wm_phrases[i - 1] : NULL;
}

/* The persistent immutable arrays behind Response::PHRASES and the default of
 * Response::$mimeTypeMap (freed at MSHUTDOWN). */
static HashTable *wm_phrases_ht, *wm_mime_ht;

/* ---- slots and names (set at MINIT) ------------------------------------------------------ */

static uint32_t slot_reason, slot_version, slot_file, slot_status, slot_headers, slot_body;
static uint32_t sslot_mime;
static zend_string *pn_reason, *pn_version, *pn_file, *pn_status, *pn_headers, *pn_body;
/* Interned strings, so that lookups use their precomputed hash. */
static zend_string *ks_connection, *ks_content_type, *ks_transfer_encoding, *ks_content_disposition,
	*ks_last_modified, *ks_set_cookie, *ks_file, *ks_offset, *ks_length, *ks_octet_stream;
static zend_string *mn_header, *mn_create_head, *mn_get_mime_type, *mn_with_status, *mn_with_body;

/* ---- arguments, as a userland method takes them --------------------------------------------- */

ZEND_COLD void wm_userland_arg_error(zend_execute_data *execute_data, uint32_t arg_num, zval *arg)
{
	zend_function *fn = EX(func);

	if (EX_NUM_ARGS() < fn->common.required_num_args) {
		zend_missing_arg_error(execute_data);
		return;
	}
	/* Returns at once if the failed conversion threw. */
	zend_verify_arg_error(fn, (const zend_arg_info *) &fn->internal_function.arg_info[arg_num - 1], arg_num, arg);
}

/* Returns `value` (borrowed) as a method declared with a return type returns it under upstream's
 * strict_types: unchanged if it has the declared type, else the TypeError PHP raises. */
static void wm_return_checked(zend_execute_data *execute_data, zval *return_value, zval *value)
{
	ZVAL_DEREF(value);
	const zend_internal_arg_info *ret = &EX(func)->internal_function.arg_info[-1];
	if (EXPECTED(ZEND_TYPE_CONTAINS_CODE(ret->type, Z_TYPE_P(value)))) {
		ZVAL_COPY(return_value, value);
		return;
	}
	zend_verify_return_error(EX(func), value);
}

/* ---- properties -------------------------------------------------------------------------- */

zend_never_inline bool wm_response_read_handler(zend_object *obj, zend_string *name, zval *out)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	zend_class_entry *old_scope = EG(fake_scope);
	EG(fake_scope) = obj->ce;
	zval *zv = obj->handlers->read_property(obj, name, BP_VAR_R, NULL, &rv);
	EG(fake_scope) = old_scope;
	if (UNEXPECTED(EG(exception))) {
		zval_ptr_dtor(&rv);
		ZVAL_UNDEF(out);
		return false;
	}
	ZVAL_COPY_DEREF(out, zv);
	zval_ptr_dtor(&rv);
	return true;
}

/* `return $this->name;` from a method declared with a return type. */
static void wm_return_prop(zend_execute_data *execute_data, zval *return_value, uint32_t slot, zend_string *name)
{
	zval v;
	if (wm_read(Z_OBJ_P(ZEND_THIS), slot, name, &v)) {
		wm_return_checked(execute_data, return_value, &v);
		zval_ptr_dtor(&v);
	}
}

/* `$this->headers`, separated for an in-place write. Like a dimension write, an uninitialised
 * property becomes an empty array first. */
static HashTable *wm_headers_for_write(zend_object *obj)
{
	zval *zv = OBJ_PROP(obj, slot_headers);
	if (UNEXPECTED(Z_TYPE_P(zv) == IS_UNDEF)) {
		ZVAL_EMPTY_ARRAY(zv);
		Z_PROP_FLAG_P(zv) = 0;
	}
	ZVAL_DEREF(zv);
	if (UNEXPECTED(Z_TYPE_P(zv) != IS_ARRAY)) {
		/* Cannot happen for the declared `array` property; refuse rather than corrupt. */
		zend_throw_error(NULL, "Cannot use a scalar value as an array");
		return NULL;
	}
	SEPARATE_ARRAY(zv);
	return Z_ARRVAL_P(zv);
}

/* Calls `$this->lcname(...)` through PHP: `fn` is what wm_override() returned (NULL: Response's
 * own method). */
static bool wm_call_this(zend_object *obj, zend_function *fn, zend_string *lcname, zval *ret, uint32_t argc, zval *argv)
{
	if (!fn) {
		fn = zend_hash_find_ptr(&wm_ce_Response->function_table, lcname);
	}
	zend_call_known_instance_method(fn, obj, ret, argc, argv);
	if (UNEXPECTED(EG(exception))) {
		zval_ptr_dtor(ret);
		ZVAL_UNDEF(ret);
		return false;
	}
	return true;
}

/* isset($ht[$key]) for an interned string key. */
static zend_always_inline bool wm_isset(HashTable *ht, zend_string *key)
{
	zval *zv = zend_hash_find_known_hash(ht, key);
	if (!zv) {
		return false;
	}
	ZVAL_DEREF(zv);
	return Z_TYPE_P(zv) != IS_NULL;
}

/* ---- small string helpers --------------------------------------------------------------- */

static zend_always_inline bool wm_has_crlf(const char *s, size_t len)
{
	return memchr(s, '\r', len) || memchr(s, '\n', len);
}

/* strpbrk($name, ":\r\n") !== false */
static zend_always_inline bool wm_bad_name(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == ':' || c == '\r' || c == '\n') {
			return true;
		}
	}
	return false;
}

/* str_replace(["\r", "\n"], '', $s) */
static zend_string *wm_strip_crlf(zend_string *s)
{
	if (!wm_has_crlf(ZSTR_VAL(s), ZSTR_LEN(s))) {
		return zend_string_copy(s);
	}
	zend_string *out = zend_string_alloc(ZSTR_LEN(s), 0);
	char *p = ZSTR_VAL(out);
	for (size_t i = 0; i < ZSTR_LEN(s); i++) {
		char c = ZSTR_VAL(s)[i];
		if (c != '\r' && c != '\n') {
			*p++ = c;
		}
	}
	*p = '\0';
	ZSTR_LEN(out) = p - ZSTR_VAL(out);
	return out;
}

/* Appends "<name>: <value>\r\n" with one size check. */
static zend_always_inline void wm_append_line(smart_str *s, const char *name, size_t nlen, const char *value, size_t vlen)
{
	size_t len = smart_str_alloc(s, nlen + vlen + 4, 0);
	char *p = ZSTR_VAL(s->s) + ZSTR_LEN(s->s);
	memcpy(p, name, nlen);
	p += nlen;
	*p++ = ':';
	*p++ = ' ';
	memcpy(p, value, vlen);
	p += vlen;
	*p++ = '\r';
	*p = '\n';
	ZSTR_LEN(s->s) = len;
}

/* "HTTP/$version $status $reason\r\n"; `ph` is the phrase entry when `reason` came from it. */
static void wm_append_status_line(smart_str *s, zend_string *version, zend_long status, const wm_phrase *ph,
	const char *reason, size_t reason_len)
{
	if (ph && ZSTR_LEN(version) == 3 && memcmp(ZSTR_VAL(version), "1.1", 3) == 0) {
		smart_str_appendl(s, ph->line, ph->line_len);
		return;
	}
	smart_str_appendl(s, "HTTP/", 5);
	smart_str_append(s, version);
	smart_str_appendc(s, ' ');
	smart_str_append_long(s, status);
	smart_str_appendc(s, ' ');
	smart_str_appendl(s, reason, reason_len);
	smart_str_appendl(s, "\r\n", 2);
}

/* ---- the header block, shared by __toString and createHeadForFile --------------------------- */

/* One "$name: $value\r\n" line unless the value, as a string, holds CR or LF. Like upstream, a
 * value that is not a string is converted twice (once for the check, once for the line), so an
 * array warns twice and an object's __toString runs twice. False if a conversion threw. */
static bool wm_append_header(smart_str *s, const char *name, size_t nlen, zval *value)
{
	switch (Z_TYPE_P(value)) {
		case IS_STRING:
			if (!wm_has_crlf(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
				wm_append_line(s, name, nlen, Z_STRVAL_P(value), Z_STRLEN_P(value));
			}
			return true;
		case IS_LONG: {
			char buf[MAX_LENGTH_OF_LONG + 1];
			char *end = buf + sizeof(buf) - 1;
			char *p = zend_print_long_to_buf(end, Z_LVAL_P(value));
			wm_append_line(s, name, nlen, p, end - p);
			return true;
		}
		default: {
			zend_string *str = zval_try_get_string(value);
			if (UNEXPECTED(!str)) {
				return false;
			}
			if (wm_has_crlf(ZSTR_VAL(str), ZSTR_LEN(str))) {
				zend_string_release(str);
				return true;
			}
			if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT) {
				zend_string_release(str);
				str = zval_try_get_string(value);
				if (UNEXPECTED(!str)) {
					return false;
				}
			}
			wm_append_line(s, name, nlen, ZSTR_VAL(str), ZSTR_LEN(str));
			zend_string_release(str);
			return true;
		}
	}
}

/* foreach ($headers as $name => $value): names holding ':', CR or LF are skipped, arrays give
 * one line per item; then "Connection: keep-alive" unless isset($headers['Connection']).
 * `headers` must be held by the caller (a reference of its own), so that code run by a
 * conversion cannot change it under the loop. */
static bool wm_append_headers(smart_str *s, HashTable *headers)
{
	zend_ulong idx;
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_KEY_VAL(headers, idx, key, value) {
		char nbuf[MAX_LENGTH_OF_LONG + 1];
		const char *name;
		size_t nlen;
		if (key) {
			name = ZSTR_VAL(key);
			nlen = ZSTR_LEN(key);
			if (wm_bad_name(name, nlen)) {
				continue;
			}
		} else {
			char *end = nbuf + sizeof(nbuf) - 1;
			name = zend_print_long_to_buf(end, (zend_long) idx);
			nlen = end - name;
		}
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) != IS_ARRAY) {
			if (UNEXPECTED(!wm_append_header(s, name, nlen, value))) {
				return false;
			}
			continue;
		}
		/* foreach iterates a copy: hold the inner array too. */
		zval items, *item;
		ZVAL_COPY(&items, value);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(items), item) {
			ZVAL_DEREF(item);
			if (UNEXPECTED(!wm_append_header(s, name, nlen, item))) {
				zval_ptr_dtor(&items);
				return false;
			}
		} ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&items);
	} ZEND_HASH_FOREACH_END();
	if (!wm_isset(headers, ks_connection)) {
		smart_str_appendl(s, "Connection: keep-alive\r\n", sizeof("Connection: keep-alive\r\n") - 1);
	}
	return true;
}

/* Reads `$this->status` as a long. */
static bool wm_read_status(zend_object *obj, zend_long *status)
{
	zval st;
	if (!wm_read(obj, slot_status, pn_status, &st)) {
		return false;
	}
	*status = EXPECTED(Z_TYPE(st) == IS_LONG) ? Z_LVAL(st) : zval_get_long(&st);
	zval_ptr_dtor(&st);
	return true;
}

/* The status line, read in upstream's two steps: wm_reason_read() for `$this->reason ?:
 * self::PHRASES[$this->status]`, later wm_status_line() for "HTTP/$this->version $this->status
 * $reason\r\n" (code run in between, as upstream runs it, sees the same order of reads). */
typedef struct {
	zval reason;            /* $this->reason (a string when truthy); release with zval_ptr_dtor() */
	const wm_phrase *ph;    /* the phrase entry the reason came from, or NULL */
	const char *str;        /* the reason */
	size_t len;
	zend_long status;
	bool have_status;       /* $this->status was read for the phrase */
} wm_reason;

/* `$this->reason ?: self::PHRASES[$this->status]`: an unknown code gives '' and, with `warn`
 * (no `?? ''` in upstream's expression), the warning PHP gives for the missing key. */
static bool wm_reason_read(zend_object *obj, wm_reason *r, bool warn)
{
	r->ph = NULL;
	r->str = "";
	r->len = 0;
	r->status = 0;
	r->have_status = false;
	if (!wm_read(obj, slot_reason, pn_reason, &r->reason)) {
		return false;
	}
	if (UNEXPECTED(i_zend_is_true(&r->reason))) {
		if (Z_TYPE(r->reason) != IS_STRING) {
			convert_to_string(&r->reason);
		}
		r->str = Z_STRVAL(r->reason);
		r->len = Z_STRLEN(r->reason);
		return true;
	}
	if (!wm_read_status(obj, &r->status)) {
		return false;
	}
	r->have_status = true;
	r->ph = wm_phrase_find(r->status);
	if (EXPECTED(r->ph)) {
		r->str = r->ph->phrase;
		r->len = r->ph->phrase_len;
	} else if (warn) {
		zend_error(E_WARNING, "Undefined array key " ZEND_LONG_FMT, r->status);
		return !EG(exception);
	}
	return true;
}

/* "HTTP/$this->version $this->status $reason\r\n" into `s`. */
static bool wm_status_line(zend_object *obj, wm_reason *r, smart_str *s)
{
	zval version;
	if (!wm_read(obj, slot_version, pn_version, &version)) {
		return false;
	}
	if (UNEXPECTED(Z_TYPE(version) != IS_STRING)) {
		convert_to_string(&version);
	}
	bool ok = r->have_status || wm_read_status(obj, &r->status);
	if (ok) {
		wm_append_status_line(s, Z_STR(version), r->status, r->ph, r->str, r->len);
	}
	zval_ptr_dtor(&version);
	return ok;
}

/* ---- file responses ---------------------------------------------------------------------- */

/* $this->getMimeType($ext) without the call: self::$mimeTypeMap[$ext] ?? 'application/octet-stream'.
 * Returns a new reference, or NULL with the offending value in `bad` (borrowed) when the map
 * holds something else than a string or null: the caller raises the return-type TypeError. */
static zend_string *wm_mime_lookup(zend_string *ext, zval *bad)
{
	zval *map = wm_static_slot(wm_ce_Response, sslot_mime);
	if (Z_TYPE_P(map) == IS_ARRAY) {
		zval *v = zend_symtable_find(Z_ARRVAL_P(map), ext);
		if (v) {
			ZVAL_DEREF(v);
			if (EXPECTED(Z_TYPE_P(v) == IS_STRING)) {
				return zend_string_copy(Z_STR_P(v));
			}
			if (Z_TYPE_P(v) != IS_NULL) {
				ZVAL_COPY_VALUE(bad, v);
				return NULL;
			}
		}
	}
	return zend_string_copy(ks_octet_stream);
}

/* $this->getMimeType($ext), native unless overridden. New reference, or NULL on exception. */
static zend_string *wm_mime_for(zend_object *obj, zend_string *ext)
{
	zend_function *fn = wm_override(obj->ce, wm_ce_Response, mn_get_mime_type);
	if (!fn) {
		zval bad;
		zend_string *mime = wm_mime_lookup(ext, &bad);
		if (UNEXPECTED(!mime)) {
			zend_verify_return_error(zend_hash_find_ptr(&wm_ce_Response->function_table, mn_get_mime_type), &bad);
		}
		return mime;
	}
	zval arg, ret;
	ZVAL_STR(&arg, ext);
	if (!wm_call_this(obj, fn, mn_get_mime_type, &ret, 1, &arg)) {
		return NULL;
	}
	zend_string *mime = zval_try_get_string(&ret);  /* an override returns string; be safe */
	zval_ptr_dtor(&ret);
	return mime;
}

/* The basename pathinfo() gives, with upstream's clean-up: '' and '0' become 'unknown', then
 * '"', '\' and control characters (0x00-0x1F, 0x7F) go, and an empty result is 'unknown' too. */
static zend_string *wm_download_name(zend_string *base)
{
	if (!wm_zstr_truthy(base)) {
		return zend_string_init("unknown", sizeof("unknown") - 1, 0);
	}
	zend_string *out = zend_string_alloc(ZSTR_LEN(base), 0);
	char *p = ZSTR_VAL(out);
	for (size_t i = 0; i < ZSTR_LEN(base); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(base)[i];
		if (c != '"' && c != '\\' && c > 0x1F && c != 0x7F) {
			*p++ = (char) c;
		}
	}
	*p = '\0';
	ZSTR_LEN(out) = p - ZSTR_VAL(out);
	if (ZSTR_LEN(out) == 0) {
		zend_string_release(out);
		return zend_string_init("unknown", sizeof("unknown") - 1, 0);
	}
	return out;
}

/* Response::createHeadForFile($fileInfo) into `s`. False with an exception pending on failure. */
static bool wm_file_head(zend_object *obj, HashTable *info, smart_str *s)
{
	zval file, headers;
	wm_reason reason;
	zend_string *base = NULL, *name = NULL, *mime = NULL;
	bool ok = false;

	ZVAL_UNDEF(&reason.reason);
	ZVAL_UNDEF(&headers);

	/* $file = $fileInfo['file']; */
	zval *f = zend_hash_find_known_hash(info, ks_file);
	if (f) {
		ZVAL_COPY_DEREF(&file, f);
	} else {
		ZVAL_NULL(&file);
		zend_error(E_WARNING, "Undefined array key \"file\"");
		if (EG(exception)) {
			return false;
		}
	}

	/* $reason = $this->reason ?: self::PHRASES[$this->status]; (no ?? here: unknown codes warn) */
	if (!wm_reason_read(obj, &reason, true) || !wm_status_line(obj, &reason, s)) {
		goto out;
	}

	if (!wm_read(obj, slot_headers, pn_headers, &headers)) {
		goto out;
	}
	HashTable *hs = Z_TYPE(headers) == IS_ARRAY ? Z_ARRVAL(headers) : (HashTable *) &zend_empty_array;
	if (!wm_append_headers(s, hs)) {
		goto out;
	}

	/* pathinfo($file): upstream is strict_types, so only a string gets through. */
	if (Z_TYPE(file) != IS_STRING) {
		zend_type_error("pathinfo(): Argument #1 ($path) must be of type string, %s given", WM_VALUE_NAME(&file));
		goto out;
	}
	base = php_basename(Z_STRVAL(file), Z_STRLEN(file), NULL, 0);
	const char *dot = zend_memrchr(ZSTR_VAL(base), '.', ZSTR_LEN(base));

	if (!wm_isset(hs, ks_content_type)) {
		zend_string *ext = dot
			? zend_string_init(dot + 1, ZSTR_VAL(base) + ZSTR_LEN(base) - dot - 1, 0)
			: ZSTR_EMPTY_ALLOC();
		mime = wm_mime_for(obj, ext);
		zend_string_release(ext);
		if (!mime) {
			goto out;
		}
		wm_append_line(s, "Content-Type", sizeof("Content-Type") - 1, ZSTR_VAL(mime), ZSTR_LEN(mime));
	}
	if (!wm_isset(hs, ks_content_disposition) && mime && zend_string_equals(mime, ks_octet_stream)) {
		name = wm_download_name(base);
		smart_str_appendl(s, "Content-Disposition: attachment; filename=\"",
			sizeof("Content-Disposition: attachment; filename=\"") - 1);
		smart_str_append(s, name);
		smart_str_appendl(s, "\"\r\n", 3);
	}
	if (!wm_isset(hs, ks_last_modified)) {
		zval mtime;
		if (!wm_call_function("filemtime", sizeof("filemtime") - 1, &mtime, 1, &file)) {
			zval_ptr_dtor(&mtime);
			goto out;
		}
		if (zend_is_true(&mtime)) {
			zend_string *date = php_format_date("D, d M Y H:i:s", sizeof("D, d M Y H:i:s") - 1,
				(time_t) zval_get_long(&mtime), 0);
			smart_str_appendl(s, "Last-Modified: ", sizeof("Last-Modified: ") - 1);
			smart_str_append(s, date);
			smart_str_appendl(s, " GMT\r\n", 6);
			zend_string_release(date);
		}
		zval_ptr_dtor(&mtime);
	}
	smart_str_appendl(s, "\r\n", 2);
	ok = true;

out:
	if (base) {
		zend_string_release(base);
	}
	if (name) {
		zend_string_release(name);
	}
	if (mime) {
		zend_string_release(mime);
	}
	zval_ptr_dtor(&file);
	zval_ptr_dtor(&reason.reason);
	zval_ptr_dtor(&headers);
	return ok;
}

/* `return $this->createHeadForFile($this->file);` into `s`. */
static bool wm_file_head_dispatch(zend_object *obj, zval *file, smart_str *s)
{
	zend_function *fn = wm_override(obj->ce, wm_ce_Response, mn_create_head);
	if (!fn && Z_TYPE_P(file) == IS_ARRAY) {
		return wm_file_head(obj, Z_ARRVAL_P(file), s);
	}
	zval ret;
	if (!wm_call_this(obj, fn, mn_create_head, &ret, 1, file)) {
		return false;
	}
	zend_string *str = zval_try_get_string(&ret);
	zval_ptr_dtor(&ret);
	if (!str) {
		return false;
	}
	smart_str_append(s, str);
	zend_string_release(str);
	return true;
}

/* ---- __toString --------------------------------------------------------------------------- */

#define WM_DEFAULT_CT "Content-Type: text/html;charset=utf-8\r\n"

/* empty($this->headers); `*count` gets the number of headers for sizing the output. */
static bool wm_headers_empty(zend_object *obj, uint32_t *count)
{
	zval *zv = OBJ_PROP(obj, slot_headers);
	*count = 1;
	if (EXPECTED(Z_TYPE_P(zv) != IS_UNDEF)) {
		ZVAL_DEREF(zv);
		if (EXPECTED(Z_TYPE_P(zv) == IS_ARRAY)) {
			*count = zend_hash_num_elements(Z_ARRVAL_P(zv));
			return *count == 0;
		}
		return !zend_is_true(zv);
	}
	/* Uninitialised or unset(): empty() asks the handler (__isset, then __get). */
	zend_class_entry *old_scope = EG(fake_scope);
	EG(fake_scope) = obj->ce;
	bool not_empty = obj->handlers->has_property(obj, pn_headers, ZEND_PROPERTY_NOT_EMPTY, NULL);
	EG(fake_scope) = old_scope;
	return !not_empty;
}

/* Serialises like Response::__toString(), split around the body: `s` gets what precedes it,
 * `*body` the body to follow (a new reference, or NULL), `*tail` what follows the body (NULL and
 * "" on failure). The properties are read when and as often as upstream reads them (the body
 * twice: its length first, its bytes last), so the same uninitialised one is reported and __get
 * runs alike. */
static bool wm_serialize(zend_object *obj, smart_str *s, zend_string **body_out, const char **tail, size_t *tail_len)
{
	zval file, body, headers;
	wm_reason reason;
	bool ok = false, first_chunk = false;

	*body_out = NULL;
	*tail = "";
	*tail_len = 0;

	/* if ($this->file) return $this->createHeadForFile($this->file); */
	if (!wm_read(obj, slot_file, pn_file, &file)) {
		return false;
	}
	if (UNEXPECTED(i_zend_is_true(&file))) {
		ok = wm_file_head_dispatch(obj, &file, s);
		zval_ptr_dtor(&file);
		return ok;
	}
	zval_ptr_dtor(&file);

	ZVAL_UNDEF(&headers);

	/* $reason = $this->reason ?: self::PHRASES[$this->status] ?? ''; */
	if (!wm_reason_read(obj, &reason, false)) {
		goto out;
	}

	/* $bodyLen = strlen($this->body); */
	if (!wm_read(obj, slot_body, pn_body, &body)) {
		goto out;
	}
	size_t body_len = Z_TYPE(body) == IS_STRING ? Z_STRLEN(body) : 0;
	if (UNEXPECTED(Z_TYPE(body) != IS_STRING)) {
		zend_string *str = zval_try_get_string(&body);
		if (!str) {
			zval_ptr_dtor(&body);
			goto out;
		}
		body_len = ZSTR_LEN(str);
		zend_string_release(str);
	}
	zval_ptr_dtor(&body);

	uint32_t count;
	bool no_headers = wm_headers_empty(obj, &count);
	if (UNEXPECTED(EG(exception))) {
		goto out;
	}
	/* One allocation for the usual head: status line, defaults, ~40 bytes per header. */
	smart_str_alloc(s, 160 + (size_t) count * 40, 0);
	if (!wm_status_line(obj, &reason, s)) {
		goto out;
	}

	if (no_headers) {
		smart_str_appendl(s, WM_DEFAULT_CT "Content-Length: ", sizeof(WM_DEFAULT_CT "Content-Length: ") - 1);
		smart_str_append_unsigned(s, body_len);
		smart_str_appendl(s, "\r\nConnection: keep-alive\r\n\r\n", sizeof("\r\nConnection: keep-alive\r\n\r\n") - 1);
		goto with_body;
	}

	if (!wm_read(obj, slot_headers, pn_headers, &headers)) {
		goto out;
	}
	HashTable *hs = Z_TYPE(headers) == IS_ARRAY ? Z_ARRVAL(headers) : (HashTable *) &zend_empty_array;
	if (!wm_append_headers(s, hs)) {
		goto out;
	}
	zval *ct = zend_hash_find_known_hash(hs, ks_content_type);
	if (ct) {
		ZVAL_DEREF(ct);
	}
	if (!ct || Z_TYPE_P(ct) == IS_NULL) {
		smart_str_appendl(s, WM_DEFAULT_CT, sizeof(WM_DEFAULT_CT) - 1);
	} else if (Z_TYPE_P(ct) == IS_STRING && zend_string_equals_literal(Z_STR_P(ct), "text/event-stream")) {
		/* Server-Sent Events: the head only, the body is ignored. */
		smart_str_appendl(s, "\r\n", 2);
		ok = true;
		goto out;
	}
	if (!wm_isset(hs, ks_transfer_encoding)) {
		smart_str_appendl(s, "Content-Length: ", sizeof("Content-Length: ") - 1);
		smart_str_append_unsigned(s, body_len);
		smart_str_appendl(s, "\r\n\r\n", 4);
		goto with_body;
	}
	/* Chunked: the body, if any, is the first chunk. */
	smart_str_appendl(s, "\r\n", 2);
	if (!body_len) {
		ok = true;
		goto out;
	}
	wm_append_hex(s, body_len);
	smart_str_appendl(s, "\r\n", 2);
	first_chunk = true;

with_body:
	/* ... . $this->body */
	if (!wm_read(obj, slot_body, pn_body, &body)) {
		goto out;
	}
	if (EXPECTED(Z_TYPE(body) == IS_STRING)) {
		if (Z_STRLEN(body)) {
			*body_out = Z_STR(body);  /* the reference moves to the caller */
		} else {
			zval_ptr_dtor(&body);
		}
	} else {
		zend_string *str = zval_try_get_string(&body);
		zval_ptr_dtor(&body);
		if (!str) {
			goto out;
		}
		if (ZSTR_LEN(str)) {
			*body_out = str;
		} else {
			zend_string_release(str);
		}
	}
	if (first_chunk) {
		*tail = "\r\n";
		*tail_len = 2;
	}
	ok = true;

out:
	zval_ptr_dtor(&reason.reason);
	zval_ptr_dtor(&headers);
	return ok;
}

bool wm_response_tostring_is_native(zend_class_entry *ce)
{
	return ce->__tostring && ce->__tostring->common.scope == wm_ce_Response;
}

zend_string *wm_response_build(zend_object *resp, smart_str *head, const char **tail, size_t *tail_len)
{
	zend_string *body;
	wm_serialize(resp, head, &body, tail, tail_len);  /* on failure: NULL body, empty tail */
	return body;
}

/* ---- Response methods -------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Response, __construct)
{
	zend_long status = 200;
	zval *headers = NULL;
	zend_string *body = NULL;
	zval v;

	WM_USERLAND_PARAMETERS_START(0)
		Z_PARAM_OPTIONAL
		WM_PARAM_LONG(status)
		Z_PARAM_ARRAY(headers)
		WM_PARAM_STR(body)
	WM_USERLAND_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_LONG(&v, status);
	wm_prop_set(obj, slot_status, &v);
	if (headers) {
		ZVAL_COPY(&v, headers);
	} else {
		ZVAL_EMPTY_ARRAY(&v);
	}
	wm_prop_set(obj, slot_headers, &v);
	if (body) {
		ZVAL_STR_COPY(&v, body);
	} else {
		ZVAL_EMPTY_STRING(&v);
	}
	wm_prop_set(obj, slot_body, &v);
}

/* $this->headers[$name] = $value; */
static bool wm_set_header(zend_object *obj, zend_string *name, zend_string *value)
{
	HashTable *ht = wm_headers_for_write(obj);
	if (!ht) {
		return false;
	}
	zval v;
	ZVAL_STR_COPY(&v, value);
	/* One lookup: a new key is added holding null, then assigned like an existing one. */
	zend_ulong idx;
	zval *elem = ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(name), ZSTR_LEN(name), idx)
		? zend_hash_index_lookup(ht, idx) : zend_hash_lookup(ht, name);
	wm_assign(elem, &v);
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_Response, header)
{
	zend_string *name, *value;

	WM_USERLAND_PARAMETERS_START(2)
		WM_PARAM_STR(name)
		WM_PARAM_STR(value)
	WM_USERLAND_PARAMETERS_END();

	if (wm_set_header(Z_OBJ_P(ZEND_THIS), name, value)) {
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withHeader)
{
	zend_string *name, *value;

	WM_USERLAND_PARAMETERS_START(2)
		WM_PARAM_STR(name)
		WM_PARAM_STR(value)
	WM_USERLAND_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	/* return $this->header($name, $value); */
	zend_function *fn = wm_override(obj->ce, wm_ce_Response, mn_header);
	if (fn) {
		zval args[2];
		ZVAL_STR(&args[0], name);
		ZVAL_STR(&args[1], value);
		zend_call_known_instance_method(fn, obj, return_value, 2, args);
		return;
	}
	if (wm_set_header(obj, name, value)) {
		RETURN_OBJ_COPY(obj);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withHeaders)
{
	zval *headers, args[2], merged;

	WM_USERLAND_PARAMETERS_START(1)
		Z_PARAM_ARRAY(headers)
	WM_USERLAND_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	/* $this->headers = array_merge_recursive($this->headers, $headers); called as upstream does,
	 * so every merging rule (renumbered integer keys, nested merges) is PHP's own. */
	if (!wm_read(obj, slot_headers, pn_headers, &args[0])) {
		RETURN_THROWS();
	}
	ZVAL_COPY_VALUE(&args[1], headers);
	bool ok = wm_call_function("array_merge_recursive", sizeof("array_merge_recursive") - 1, &merged, 2, args);
	zval_ptr_dtor(&args[0]);
	if (!ok || Z_TYPE(merged) != IS_ARRAY) {
		zval_ptr_dtor(&merged);
		RETURN_THROWS();
	}
	wm_prop_set(obj, slot_headers, &merged);
	RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withoutHeader)
{
	zend_string *name;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(name)
	WM_USERLAND_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	/* unset($this->headers[$name]); nothing to do for an uninitialised property */
	zval *zv = OBJ_PROP(obj, slot_headers);
	if (Z_TYPE_P(zv) != IS_UNDEF) {
		ZVAL_DEREF(zv);
		if (Z_TYPE_P(zv) == IS_ARRAY && zend_symtable_exists(Z_ARRVAL_P(zv), name)) {
			SEPARATE_ARRAY(zv);
			zend_symtable_del(Z_ARRVAL_P(zv), name);
		}
	}
	RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getHeader)
{
	zend_string *name;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(name)
	WM_USERLAND_PARAMETERS_END();

	/* return $this->headers[$name] ?? null; (?? does not throw for an uninitialised property) */
	zval *zv = OBJ_PROP(Z_OBJ_P(ZEND_THIS), slot_headers);
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		RETURN_NULL();
	}
	zval *v = zend_symtable_find(Z_ARRVAL_P(zv), name);
	if (!v) {
		RETURN_NULL();
	}
	wm_return_checked(execute_data, return_value, v);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getHeaders)
{
	WM_USERLAND_PARAMETERS_NONE();
	wm_return_prop(execute_data, return_value, slot_headers, pn_headers);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getMimeType)
{
	zend_string *ext;
	zval bad;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(ext)
	WM_USERLAND_PARAMETERS_END();

	zend_string *mime = wm_mime_lookup(ext, &bad);
	if (!mime) {
		zend_verify_return_error(EX(func), &bad);
		RETURN_THROWS();
	}
	RETURN_STR(mime);
}

/* withStatus() without the call: status, then reason (CR/LF removed) or null. */
static void wm_with_status(zend_object *obj, zend_long code, zend_string *reason)
{
	zval v;
	ZVAL_LONG(&v, code);
	wm_prop_set(obj, slot_status, &v);
	if (reason) {
		ZVAL_STR(&v, wm_strip_crlf(reason));
	} else {
		ZVAL_NULL(&v);
	}
	wm_prop_set(obj, slot_reason, &v);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withStatus)
{
	zend_long code;
	zend_string *reason = NULL;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(reason)
	WM_USERLAND_PARAMETERS_END();

	wm_with_status(Z_OBJ_P(ZEND_THIS), code, reason);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getStatusCode)
{
	WM_USERLAND_PARAMETERS_NONE();
	wm_return_prop(execute_data, return_value, slot_status, pn_status);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getReasonPhrase)
{
	WM_USERLAND_PARAMETERS_NONE();
	wm_return_prop(execute_data, return_value, slot_reason, pn_reason);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withProtocolVersion)
{
	zend_string *version;
	zval v;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(version)
	WM_USERLAND_PARAMETERS_END();

	ZVAL_STR(&v, wm_strip_crlf(version));
	wm_prop_set(Z_OBJ_P(ZEND_THIS), slot_version, &v);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withBody)
{
	zend_string *body;
	zval v;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(body)
	WM_USERLAND_PARAMETERS_END();

	ZVAL_STR_COPY(&v, body);
	wm_prop_set(Z_OBJ_P(ZEND_THIS), slot_body, &v);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Response, rawBody)
{
	WM_USERLAND_PARAMETERS_NONE();
	wm_return_prop(execute_data, return_value, slot_body, pn_body);
}

#define WM_404_BODY "<h3>404 Not Found</h3>"

ZEND_METHOD(Workerman_Protocols_Http_Response, withFile)
{
	zend_string *file_name;
	zend_long offset = 0, length = 0;
	zval file, is_file;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(file_name)
		Z_PARAM_OPTIONAL
		WM_PARAM_LONG(offset)
		WM_PARAM_LONG(length)
	WM_USERLAND_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_STR(&file, file_name);  /* borrowed from the frame */
	if (!wm_call_function("is_file", sizeof("is_file") - 1, &is_file, 1, &file)) {
		zval_ptr_dtor(&is_file);
		RETURN_THROWS();
	}
	bool exists = zend_is_true(&is_file);
	zval_ptr_dtor(&is_file);

	if (!exists) {
		/* return $this->withStatus(404)->withBody('<h3>404 Not Found</h3>'); */
		zend_function *with_status = wm_override(obj->ce, wm_ce_Response, mn_with_status);
		if (!with_status && !wm_override(obj->ce, wm_ce_Response, mn_with_body)) {
			zval v;
			wm_with_status(obj, 404, NULL);
			ZVAL_STRINGL(&v, WM_404_BODY, sizeof(WM_404_BODY) - 1);
			wm_prop_set(obj, slot_body, &v);
			RETURN_OBJ_COPY(obj);
		}
		zval code, self, body;
		ZVAL_LONG(&code, 404);
		if (!wm_call_this(obj, with_status, mn_with_status, &self, 1, &code)) {
			RETURN_THROWS();
		}
		if (Z_TYPE(self) != IS_OBJECT) {
			zend_throw_error(NULL, "Call to a member function withBody() on %s", zend_zval_type_name(&self));
			zval_ptr_dtor(&self);
			RETURN_THROWS();
		}
		ZVAL_STRINGL(&body, WM_404_BODY, sizeof(WM_404_BODY) - 1);
		wm_call_method(Z_OBJ(self), ZSTR_VAL(mn_with_body), ZSTR_LEN(mn_with_body), return_value, 1, &body);
		zval_ptr_dtor(&body);
		zval_ptr_dtor(&self);
		return;
	}

	/* $this->file = ['file' => $file, 'offset' => $offset, 'length' => $length]; */
	zval info, v;
	array_init_size(&info, 3);
	Z_TRY_ADDREF(file);
	zend_hash_add_new(Z_ARRVAL(info), ks_file, &file);
	ZVAL_LONG(&v, offset);
	zend_hash_add_new(Z_ARRVAL(info), ks_offset, &v);
	ZVAL_LONG(&v, length);
	zend_hash_add_new(Z_ARRVAL(info), ks_length, &v);
	wm_prop_set(obj, slot_file, &info);
	RETURN_OBJ_COPY(obj);
}

/* `$this->headers['Set-Cookie'][] = ...` where the element (`elem`) is false: it becomes an array
 * with PHP's deprecation, as the engine does it: the new array is stored first and held across
 * the error handler, which may change $this->headers (reallocating it, or dropping the element).
 * Returns the element looked up again, or NULL when the array was dropped (the line is then
 * dropped too; an exception may be pending either way, the line is still added if it survived). */
static zval *wm_cookie_list_from_false(zend_object *obj, zval *elem)
{
	zend_array *arr = zend_new_array(0);
	ZVAL_ARR(elem, arr);
	GC_ADDREF(arr);
	zend_error(E_DEPRECATED, "Automatic conversion of false to array is deprecated");
	if (GC_DELREF(arr) == 0) {
		zend_array_destroy(arr);
		return NULL;
	}
	zval *hs = wm_prop(obj, slot_headers);
	elem = Z_TYPE_P(hs) == IS_ARRAY ? zend_hash_find_known_hash(Z_ARRVAL_P(hs), ks_set_cookie) : NULL;
	if (elem) {
		ZVAL_DEREF(elem);
	}
	return elem && Z_TYPE_P(elem) == IS_ARRAY && Z_ARR_P(elem) == arr ? elem : NULL;
}

ZEND_METHOD(Workerman_Protocols_Http_Response, cookie)
{
	zend_string *name, *value = ZSTR_EMPTY_ALLOC(), *path = ZSTR_EMPTY_ALLOC(), *domain = ZSTR_EMPTY_ALLOC(),
		*same_site = ZSTR_EMPTY_ALLOC();
	zend_long max_age = 0;
	bool no_max_age = true, secure = false, http_only = false;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		WM_PARAM_STR(value)
		Z_PARAM_LONG_OR_NULL(max_age, no_max_age)
		WM_PARAM_STR(path)
		WM_PARAM_STR(domain)
		WM_PARAM_BOOL(secure)
		WM_PARAM_BOOL(http_only)
		WM_PARAM_STR(same_site)
	WM_USERLAND_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	/* name=rawurlencode(value)[; Domain=][; Max-Age=][; Path=][; Secure][; HttpOnly][; SameSite=] */
	smart_str s = {0};
	smart_str_append(&s, name);
	smart_str_appendc(&s, '=');
	zend_string *enc = php_raw_url_encode(ZSTR_VAL(value), ZSTR_LEN(value));
	smart_str_append(&s, enc);
	zend_string_release(enc);
	if (wm_zstr_truthy(domain)) {
		smart_str_appendl(&s, "; Domain=", sizeof("; Domain=") - 1);
		smart_str_append(&s, domain);
	}
	if (!no_max_age) {
		smart_str_appendl(&s, "; Max-Age=", sizeof("; Max-Age=") - 1);
		smart_str_append_long(&s, max_age);
	}
	if (wm_zstr_truthy(path)) {
		smart_str_appendl(&s, "; Path=", sizeof("; Path=") - 1);
		smart_str_append(&s, path);
	}
	if (secure) {
		smart_str_appendl(&s, "; Secure", sizeof("; Secure") - 1);
	}
	if (http_only) {
		smart_str_appendl(&s, "; HttpOnly", sizeof("; HttpOnly") - 1);
	}
	if (wm_zstr_truthy(same_site)) {
		smart_str_appendl(&s, "; SameSite=", sizeof("; SameSite=") - 1);
		smart_str_append(&s, same_site);
	}
	zval line;
	ZVAL_STR(&line, smart_str_extract(&s));

	/* $this->headers['Set-Cookie'][] = $line; with PHP's rules for what the element holds */
	HashTable *ht = wm_headers_for_write(obj);
	if (!ht) {
		zval_ptr_dtor(&line);
		RETURN_THROWS();
	}
	zval *list = zend_hash_find_known_hash(ht, ks_set_cookie);
	if (!list) {
		zval arr;
		array_init(&arr);
		zend_hash_next_index_insert_new(Z_ARRVAL(arr), &line);
		zend_hash_add_new(ht, ks_set_cookie, &arr);
		RETURN_OBJ_COPY(obj);
	}
	ZVAL_DEREF(list);
	if (UNEXPECTED(Z_TYPE_P(list) == IS_FALSE)) {
		list = wm_cookie_list_from_false(obj, list);
		if (!list) {
			zval_ptr_dtor(&line);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			RETURN_OBJ_COPY(obj);
		}
	}
	switch (Z_TYPE_P(list)) {
		case IS_NULL:
			ZVAL_ARR(list, zend_new_array(1));
			ZEND_FALLTHROUGH;
		case IS_ARRAY:
			SEPARATE_ARRAY(list);
			if (!zend_hash_next_index_insert(Z_ARRVAL_P(list), &line)) {
				zval_ptr_dtor(&line);
				zend_throw_error(NULL, "Cannot add element to the array as the next element is already occupied");
				RETURN_THROWS();
			}
			break;
		case IS_STRING:
			zval_ptr_dtor(&line);
			zend_throw_error(NULL, "[] operator not supported for strings");
			RETURN_THROWS();
		case IS_OBJECT: {
			zend_object *o = Z_OBJ_P(list);
			GC_ADDREF(o);
			o->handlers->write_dimension(o, NULL, &line);
			OBJ_RELEASE(o);
			zval_ptr_dtor(&line);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			break;
		}
		default:
			zval_ptr_dtor(&line);
			zend_throw_error(NULL, "Cannot use a scalar value as an array");
			RETURN_THROWS();
	}
	RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, createHeadForFile)
{
	zval *file_info, info;
	smart_str s = {0};

	WM_USERLAND_PARAMETERS_START(1)
		Z_PARAM_ARRAY(file_info)
	WM_USERLAND_PARAMETERS_END();

	/* Hold the array: code run while building (getMimeType(), __toString of a header value)
	 * must not free it under us. */
	ZVAL_COPY(&info, file_info);
	bool ok = wm_file_head(Z_OBJ_P(ZEND_THIS), Z_ARRVAL(info), &s);
	zval_ptr_dtor(&info);
	if (!ok) {
		smart_str_free(&s);
		RETURN_THROWS();
	}
	RETURN_STR(smart_str_extract(&s));
}

ZEND_METHOD(Workerman_Protocols_Http_Response, __toString)
{
	WM_USERLAND_PARAMETERS_NONE();
	smart_str s = {0};
	zend_string *body;
	const char *tail;
	size_t tail_len;

	if (!wm_serialize(Z_OBJ_P(ZEND_THIS), &s, &body, &tail, &tail_len)) {
		smart_str_free(&s);
		RETURN_THROWS();
	}
	size_t head_len = s.s ? ZSTR_LEN(s.s) : 0;
	size_t body_len = body ? ZSTR_LEN(body) : 0;
	if (s.s && head_len + body_len + tail_len <= s.a) {
		/* A small response fits the head's buffer: one allocation in all. */
		if (body) {
			smart_str_append(&s, body);
			zend_string_release(body);
		}
		smart_str_appendl(&s, tail, tail_len);
		RETURN_STR(smart_str_extract(&s));
	}
	/* Otherwise an exact-size string, rather than growing the head's buffer by pages. */
	zend_string *out = zend_string_alloc(head_len + body_len + tail_len, 0);
	char *p = ZSTR_VAL(out);
	if (head_len) {
		memcpy(p, ZSTR_VAL(s.s), head_len);
		p += head_len;
	}
	if (body) {
		memcpy(p, ZSTR_VAL(body), body_len);
		p += body_len;
		zend_string_release(body);
	}
	memcpy(p, tail, tail_len);
	p[tail_len] = '\0';
	smart_str_free(&s);
	RETURN_NEW_STR(out);
}

/* ---- module lifecycle ---------------------------------------------------------------------- */

void wm_response_minit(void)
{
	wm_ce_Response = register_class_Workerman_Protocols_Http_Response(zend_ce_stringable);
	wm_ce_Chunk = register_class_Workerman_Protocols_Http_Chunk(zend_ce_stringable);
	wm_ce_ServerSentEvents = register_class_Workerman_Protocols_Http_ServerSentEvents(zend_ce_stringable);
	wm_response_stream_minit();

	pn_reason = wm_prop_name(wm_ce_Response, "reason", &slot_reason);
	pn_version = wm_prop_name(wm_ce_Response, "version", &slot_version);
	pn_file = wm_prop_name(wm_ce_Response, "file", &slot_file);
	pn_status = wm_prop_name(wm_ce_Response, "status", &slot_status);
	pn_headers = wm_prop_name(wm_ce_Response, "headers", &slot_headers);
	pn_body = wm_prop_name(wm_ce_Response, "body", &slot_body);
	sslot_mime = wm_static_offset(wm_ce_Response, "mimeTypeMap");

	ks_connection = wm_interned("Connection");
	ks_content_type = wm_interned("Content-Type");
	ks_transfer_encoding = wm_interned("Transfer-Encoding");
	ks_content_disposition = wm_interned("Content-Disposition");
	ks_last_modified = wm_interned("Last-Modified");
	ks_set_cookie = wm_interned("Set-Cookie");
	ks_file = wm_interned("file");
	ks_offset = wm_interned("offset");
	ks_length = wm_interned("length");
	ks_octet_stream = wm_interned("application/octet-stream");
	mn_header = wm_interned("header");
	mn_create_head = wm_interned("createheadforfile");
	mn_get_mime_type = wm_interned("getmimetype");
	mn_with_status = wm_interned("withstatus");
	mn_with_body = wm_interned("withbody");

	/* const PHRASES, and the status-line index. */
	wm_phrases_ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(wm_phrases_ht, sizeof(wm_phrases) / sizeof(wm_phrases[0]), NULL, NULL, 1);
	for (size_t i = 0; i < sizeof(wm_phrases) / sizeof(wm_phrases[0]); i++) {
		zval v;
		ZVAL_INTERNED_STR(&v, zend_string_init_interned(wm_phrases[i].phrase, wm_phrases[i].phrase_len, 1));
		zend_hash_index_add_new(wm_phrases_ht, wm_phrases[i].code, &v);
		wm_phrase_at[wm_phrases[i].code - WM_PHRASE_MIN] = (uint8_t) (i + 1);
	}
	wm_make_immutable(wm_phrases_ht);
	zval cv;
	ZVAL_ARR(&cv, wm_phrases_ht);
	Z_TYPE_FLAGS(cv) = 0;
	zend_string *cname = wm_interned("PHRASES");
	zend_declare_class_constant_ex(wm_ce_Response, cname, &cv, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(cname);

	/* protected static array $mimeTypeMap: its default is the table above. */
	wm_mime_ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(wm_mime_ht, sizeof(wm_mime_types) / sizeof(wm_mime_types[0]), NULL, NULL, 1);
	for (size_t i = 0; i < sizeof(wm_mime_types) / sizeof(wm_mime_types[0]); i++) {
		zval v;
		ZVAL_INTERNED_STR(&v, wm_interned(wm_mime_types[i].value));
		zend_hash_add_new(wm_mime_ht, wm_interned(wm_mime_types[i].key), &v);
	}
	wm_make_immutable(wm_mime_ht);
	zval *def = &wm_ce_Response->default_static_members_table[sslot_mime];
	ZVAL_ARR(def, wm_mime_ht);
	Z_TYPE_FLAGS_P(def) = 0;
}

void wm_response_mshutdown(void)
{
	HashTable **tables[] = {&wm_phrases_ht, &wm_mime_ht};
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		if (*tables[i]) {
			zend_hash_destroy(*tables[i]);
			pefree(*tables[i], 1);
			*tables[i] = NULL;
		}
	}
}
