/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Request: lazy getters over the raw request bytes.
 *
 * The request keeps the raw bytes in its `buffer` property. Next to the object, C keeps the
 * offsets of the first CRLF and of the CRLFCRLF in that string (computed once, or handed over
 * by the protocol from its own parse), together with a reference to the string they describe:
 * when a subclass assigns another string to $this->buffer the pointer changes and the offsets
 * are recomputed. Getters follow upstream's logic step by step: look in $this->data first, else
 * run the parse step and read what it stored; every step that upstream runs through `$this->`
 * (header(), uri(), parseGet(), rawBody(), ...) runs through PHP when a subclass overrides it,
 * and directly in C when it does not. header($name) without a parsed header array scans the raw
 * head for that one name instead of building the array.
 *
 * multipart/form-data goes through the upload collector (wm_upload) for in-memory bodies too;
 * the protocol can use the same collector to stream large bodies straight to temp files. */

#include "php/php_wm.h"
#include "core/callback.h"
#include "proto/multipart.h"
#include "SAPI.h"
#include "php_variables.h"
#include "php_open_temporary_file.h"
#include "fopen_wrappers.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ext/standard/php_string.h"
#include "ext/standard/php_filestat.h"
#include "ext/json/php_json.h"
#include "ext/pcre/php_pcre.h"
#include "ext/spl/spl_exceptions.h"
#include "../stubs/request_arginfo.h"

#include <errno.h>
#include <unistd.h>

zend_class_entry *wm_ce_Request;
static zend_object_handlers wm_req_handlers;

#define WM_NPOS ((size_t) -1)

/* $_FILES error codes (main/rfc1867.c keeps them private). */
#define WM_UPLOAD_ERR_NO_FILE 4
#define WM_UPLOAD_ERR_NO_TMP_DIR 6
#define WM_UPLOAD_ERR_CANT_WRITE 7

#define WM_UNKNOWN ((size_t) -2)  /* head_end/line_end not computed yet for buf */

typedef struct _wm_request_object {
	zend_string *buf;       /* the $buffer string the offsets describe (one reference held) */
	size_t head_end;        /* offset of the first CRLFCRLF, WM_NPOS if none, or WM_UNKNOWN */
	size_t line_end;        /* offset of the first CRLF, WM_NPOS if none, or WM_UNKNOWN */
	zval body_post;         /* the body was streamed (else UNDEF): parsePost() restores */
	zval body_files;        /* these two arrays instead of parsing the buffer */
	HashTable *tmp_files;   /* temp files created for this request (path => true), removed when
	                         * it is freed, also those a re-parse or a data[] write orphaned */
	zend_object std;        /* must stay last */
} wm_request_object;

static zend_always_inline wm_request_object *wm_req_from_obj(zend_object *obj)
{
	return (wm_request_object *) ((char *) obj - XtOffsetOf(wm_request_object, std));
}

/* Property slots. */
static uint32_t slot_connection, slot_properties, slot_data, slot_is_safe, slot_context,
	slot_chunk_trailers, slot_buffer;

/* Interned keys of $this->data / $this->context and other fixed strings. */
static zend_string *k_get, *k_post, *k_headers, *k_cookie, *k_files, *k_method, *k_uri, *k_path,
	*k_query_string, *k_protocol_version, *k_head, *k_sid, *k_session, *k_host, *k_content_type,
	*k_tmp_name, *k_x_requested_with, *k_x_pjax, *k_accept;

/* Interned values for the common request-line tokens. */
static zend_string *v_methods[7], *v_version_11, *v_version_10, *v_slash;

/* Methods that upstream calls through `$this->` / `static::` and a subclass may override. */
enum {
	M_HEADER, M_COOKIE, M_URI, M_QUERY_STRING, M_RAW_HEAD, M_RAW_BODY, M_PARSE_URI_COMPONENTS,
	M_PARSE_HEAD_FIRST_LINE, M_PARSE_PROTOCOL_VERSION, M_PARSE_HEADERS, M_PARSE_GET, M_PARSE_POST,
	M_PARSE_UPLOAD_FILES, M_PARSE_UPLOAD_FILE, M_SESSION, M_SESSION_ID, M_IS_VALID_SESSION_ID,
	M_CREATE_SESSION_ID, M_SET_SID_COOKIE, M_IS_AJAX, M_IS_PJAX, M_ACCEPT_JSON,
	M_COUNT
};
static const char *const wm_req_mnames[M_COUNT] = {
	"header", "cookie", "uri", "querystring", "rawhead", "rawbody", "parseuricomponents",
	"parseheadfirstline", "parseprotocolversion", "parseheaders", "parseget", "parsepost",
	"parseuploadfiles", "parseuploadfile", "session", "sessionid", "isvalidsessionid",
	"createsessionid", "setsidcookie", "isajax", "ispjax", "acceptjson",
};
static zend_string *wm_req_mkeys[M_COUNT];

/* The subclass's implementation of method `m`, or NULL when it is Request's own. */
static zend_always_inline zend_function *wm_req_user_fn(zend_object *obj, int m)
{
	return wm_override(obj->ce, wm_ce_Request, wm_req_mkeys[m]);
}

/* ---- small helpers ------------------------------------------------------------------------- */

static void wm_req_uninit_error(const char *prop)
{
	zend_throw_error(NULL, "Typed property %s::$%s must not be accessed before initialization",
		ZSTR_VAL(wm_ce_Request->name), prop);
}

/* What PHP says when one of upstream's typed methods returns the wrong type. */
static void wm_req_return_error(const char *method, const char *type, zval *v)
{
	zend_type_error("%s::%s(): Return value must be of type %s, %s returned",
		ZSTR_VAL(wm_ce_Request->name), method, type, v ? zend_zval_type_name(v) : "null");
}

/* What PHP says (strict_types, as in upstream's file) when a value from an overridden method
 * reaches a string parameter of an internal function. */
static bool wm_req_want_string(zval *v, const char *what)
{
	if (EXPECTED(Z_TYPE_P(v) == IS_STRING)) {
		return true;
	}
	zend_type_error("%s must be of type string, %s given", what, zend_zval_type_name(v));
	return false;
}

static void wm_undefined_key(zend_string *key)
{
	zend_error(E_WARNING, "Undefined array key \"%s\"", ZSTR_VAL(key));
}

/* The current $buffer (refreshing the cached offsets when it is another string), or NULL with
 * an Error pending when it is uninitialized. */
static zend_string *wm_req_buf(wm_request_object *r)
{
	zval *zv = wm_prop(&r->std, slot_buffer);
	if (UNEXPECTED(Z_TYPE_P(zv) != IS_STRING)) {
		wm_req_uninit_error("buffer");
		return NULL;
	}
	if (UNEXPECTED(Z_STR_P(zv) != r->buf)) {
		/* Holding a reference also keeps the engine from growing the string in place. */
		if (r->buf) {
			zend_string_release(r->buf);
		}
		r->buf = zend_string_copy(Z_STR_P(zv));
		r->head_end = r->line_end = WM_UNKNOWN;
	}
	return r->buf;
}

static size_t wm_find_crlf(const char *p, size_t len)
{
	const char *s = p, *end = p + len;
	while (end - s >= 2) {
		const char *cr = memchr(s, '\r', (size_t) (end - s) - 1);
		if (!cr) {
			break;
		}
		if (cr[1] == '\n') {
			return (size_t) (cr - p);
		}
		s = cr + 1;
	}
	return WM_NPOS;
}

static size_t wm_req_head_end(wm_request_object *r)
{
	if (r->head_end == WM_UNKNOWN) {
		int64_t pos = wm_http_find_head_end(ZSTR_VAL(r->buf), ZSTR_LEN(r->buf));
		r->head_end = pos < 0 ? WM_NPOS : (size_t) pos;
	}
	return r->head_end;
}

static size_t wm_req_line_end(wm_request_object *r)
{
	if (r->line_end == WM_UNKNOWN) {
		r->line_end = wm_find_crlf(ZSTR_VAL(r->buf), ZSTR_LEN(r->buf));
	}
	return r->line_end;
}

/* ---- array properties ($data, $context, $properties) ---------------------------------------- */

/* The element `key` of the array property in `slot` (dereferenced), or NULL. */
static zval *wm_arr_find(zend_object *obj, uint32_t slot, zend_string *key)
{
	zval *arr = wm_prop(obj, slot);
	if (UNEXPECTED(Z_TYPE_P(arr) != IS_ARRAY)) {
		return NULL;
	}
	zval *v = zend_hash_find(Z_ARRVAL_P(arr), key);
	if (v) {
		ZVAL_DEREF(v);
	}
	return v;
}

/* Like isset($this->x[key]): the element if it is there and not null. */
static zend_always_inline zval *wm_arr_isset(zend_object *obj, uint32_t slot, zend_string *key)
{
	zval *v = wm_arr_find(obj, slot, key);
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

/* $this->x[key] = value (takes `value`; writes through a reference as PHP does). */
static bool wm_arr_set(zend_object *obj, uint32_t slot, const char *prop, zend_string *key, zval *value)
{
	zval *arr = wm_prop(obj, slot);
	if (UNEXPECTED(Z_TYPE_P(arr) != IS_ARRAY)) {
		zval_ptr_dtor(value);
		wm_req_uninit_error(prop);
		return false;
	}
	SEPARATE_ARRAY(arr);
	zval *dst = zend_symtable_find(Z_ARRVAL_P(arr), key);
	if (!dst) {
		zend_symtable_add_new(Z_ARRVAL_P(arr), key, value);
		return true;
	}
	ZVAL_DEREF(dst);
	zval garbage;
	ZVAL_COPY_VALUE(&garbage, dst);
	ZVAL_COPY_VALUE(dst, value);
	zval_ptr_dtor(&garbage);
	return true;
}

static void wm_arr_del(zend_object *obj, uint32_t slot, zend_string *key)
{
	zval *arr = wm_prop(obj, slot);
	if (Z_TYPE_P(arr) == IS_ARRAY && zend_hash_exists(Z_ARRVAL_P(arr), key)) {
		SEPARATE_ARRAY(arr);
		zend_hash_del(Z_ARRVAL_P(arr), key);
	}
}

#define wm_data_find(obj, key)       wm_arr_find(obj, slot_data, key)
#define wm_data_isset(obj, key)      wm_arr_isset(obj, slot_data, key)
#define wm_data_set(obj, key, value) wm_arr_set(obj, slot_data, "data", key, value)

static void wm_data_set_str(zend_object *obj, zend_string *key, zend_string *s)
{
	zval v;
	ZVAL_STR(&v, s);
	wm_data_set(obj, key, &v);
}

static void wm_data_set_empty(zend_object *obj, zend_string *key)
{
	zval v;
	ZVAL_EMPTY_ARRAY(&v);
	wm_data_set(obj, key, &v);
}

/* `$container[$name] ?? $default` for the bags (get/post/cookie/files/headers). */
static void wm_dim_or_default(zval *container, zend_string *name, zval *def, zval *rv)
{
	if (container && Z_TYPE_P(container) == IS_ARRAY) {
		zval *v = zend_symtable_find(Z_ARRVAL_P(container), name);
		if (v) {
			ZVAL_DEREF(v);
			if (Z_TYPE_P(v) != IS_NULL) {
				ZVAL_COPY(rv, v);
				return;
			}
		}
	}
	if (def) {
		ZVAL_COPY_DEREF(rv, def);
	} else {
		ZVAL_NULL(rv);
	}
}

/* `return $this->data[key];` for the bags: a copy, or null with upstream's warning. */
static void wm_data_return(zend_object *obj, zend_string *key, zval *rv)
{
	zval *v = wm_data_find(obj, key);
	if (!v) {
		wm_undefined_key(key);
		ZVAL_NULL(rv);
		return;
	}
	ZVAL_COPY(rv, v);
}

/* parse_str($s, $arr): PHP's own parser, so arrays, dots, max_input_vars and the rest match. */
static void wm_parse_str(const char *s, size_t len, zval *arr)
{
	array_init(arr);
	sapi_module.treat_data(PARSE_STRING, estrndup(s, len), arr);
}

/* ---- dispatch of the overridable steps ----------------------------------------------------- */

static void wm_req_do_header(zend_object *obj, zend_string *name, zval *def, zval *rv);
static void wm_req_do_cookie(zend_object *obj, zend_string *name, zval *def, zval *rv);
static void wm_req_do_string_getter(zend_object *obj, int which, zval *rv);
static void wm_req_do_raw_head(zend_object *obj, zval *rv);
static void wm_req_do_raw_body(zend_object *obj, zval *rv);
static void wm_req_do_parse_uri_components(zend_object *obj);
static void wm_req_do_parse_head_first_line(zend_object *obj);
static void wm_req_do_parse_protocol_version(zend_object *obj);
static void wm_req_do_parse_headers(zend_object *obj);
static void wm_req_do_parse_get(zend_object *obj);
static void wm_req_do_parse_post(zend_object *obj);
static void wm_req_do_parse_upload_files(zend_object *obj, zend_string *boundary);
static void wm_req_do_session(zend_object *obj, zval *rv);
static void wm_req_do_session_id(zend_object *obj, zend_string *sid, zval *rv);
static bool wm_req_do_is_valid_session_id(zval *sid);
static void wm_req_do_create_session_id(zval *rv);
static void wm_req_do_set_sid_cookie(zend_object *obj, zend_string *name, zend_string *sid, zval *params);
static bool wm_req_do_is_ajax(zend_object *obj);
static bool wm_req_do_is_pjax(zend_object *obj);
static bool wm_req_do_accept_json(zend_object *obj);

/* Runs a no-argument step: the override through PHP, else `base`. */
static void wm_req_step(zend_object *obj, int m, void (*base)(zend_object *))
{
	zend_function *fn = wm_req_user_fn(obj, m);
	if (fn) {
		zend_call_known_instance_method(fn, obj, NULL, 0, NULL);
	} else {
		base(obj);
	}
}

/* $this->header($name, $default); `lname` is already lower-case. */
static void wm_req_header(zend_object *obj, zend_string *lname, zval *def, zval *rv)
{
	ZVAL_UNDEF(rv);
	zend_function *fn = wm_req_user_fn(obj, M_HEADER);
	if (fn) {
		zval args[2];
		ZVAL_STR(&args[0], lname);
		if (def) {
			ZVAL_COPY_VALUE(&args[1], def);
		} else {
			ZVAL_NULL(&args[1]);
		}
		zend_call_known_instance_method(fn, obj, rv, def ? 2 : 1, args);
		return;
	}
	wm_req_do_header(obj, lname, def, rv);
}

/* $this->uri(), $this->queryString(), $this->rawHead(), $this->rawBody(). */
enum { WM_G_METHOD, WM_G_URI, WM_G_VERSION, WM_G_PATH, WM_G_QUERY };

static void wm_req_string_step(zend_object *obj, int m, zval *rv)
{
	ZVAL_UNDEF(rv);
	zend_function *fn = wm_req_user_fn(obj, m);
	if (fn) {
		zend_call_known_instance_method(fn, obj, rv, 0, NULL);
		return;
	}
	switch (m) {
	case M_URI:
		wm_req_do_string_getter(obj, WM_G_URI, rv);
		break;
	case M_QUERY_STRING:
		wm_req_do_string_getter(obj, WM_G_QUERY, rv);
		break;
	case M_RAW_HEAD:
		wm_req_do_raw_head(obj, rv);
		break;
	default:
		wm_req_do_raw_body(obj, rv);
		break;
	}
}

/* ---- request line -------------------------------------------------------------------------- */

static zend_string *wm_known_method(const char *p, size_t n)
{
	for (size_t i = 0; i < sizeof(v_methods) / sizeof(v_methods[0]); i++) {
		if (ZSTR_LEN(v_methods[i]) == n && memcmp(ZSTR_VAL(v_methods[i]), p, n) == 0) {
			return v_methods[i];
		}
	}
	return zend_string_init(p, n, 0);
}

/* parseHeadFirstLine(): explode(' ', strstr($buffer, "\r\n", true), 3) -> method, uri. */
static void wm_req_do_parse_head_first_line(zend_object *obj)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return;
	}
	size_t le = wm_req_line_end(r);
	if (le == WM_NPOS) {
		zend_type_error("explode(): Argument #2 ($string) must be of type string, bool given");
		return;
	}
	const char *p = ZSTR_VAL(buf);
	const char *sp1 = memchr(p, ' ', le);
	size_t mlen = sp1 ? (size_t) (sp1 - p) : le;
	zend_string *uri;
	if (!sp1) {
		uri = zend_string_copy(v_slash);
	} else {
		const char *u = sp1 + 1;
		const char *sp2 = memchr(u, ' ', (size_t) (p + le - u));
		size_t ulen = sp2 ? (size_t) (sp2 - u) : (size_t) (p + le - u);
		uri = zend_string_init(u, ulen, 0);
	}
	wm_data_set_str(obj, k_method, wm_known_method(p, mlen));
	wm_data_set_str(obj, k_uri, uri);
}

/* parseProtocolVersion(): what follows the first "HTTP/" of the request line, else '1.0'. */
static void wm_req_do_parse_protocol_version(zend_object *obj)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return;
	}
	size_t le = wm_req_line_end(r);
	if (le == WM_NPOS) {
		zend_type_error("strstr(): Argument #1 ($haystack) must be of type string, bool given");
		return;
	}
	const char *h = zend_memnstr(ZSTR_VAL(buf), "HTTP/", 5, ZSTR_VAL(buf) + le);
	zend_string *v;
	if (!h) {
		v = zend_string_copy(v_version_10);
	} else {
		size_t n = (size_t) (ZSTR_VAL(buf) + le - h) - 5;
		if (n == 3 && memcmp(h + 5, "1.1", 3) == 0) {
			v = zend_string_copy(v_version_11);
		} else if (n == 3 && memcmp(h + 5, "1.0", 3) == 0) {
			v = zend_string_copy(v_version_10);
		} else {
			v = zend_string_init(h + 5, n, 0);
		}
	}
	wm_data_set_str(obj, k_protocol_version, v);
}

/* parseUriComponents(): parse_url($this->uri()) -> path (default '/'), query (default ''). */
static void wm_req_do_parse_uri_components(zend_object *obj)
{
	zval uri;
	wm_req_string_step(obj, M_URI, &uri);
	if (EG(exception)) {
		zval_ptr_dtor(&uri);
		return;
	}
	if (!wm_req_want_string(&uri, "parse_url(): Argument #1 ($url)")) {
		zval_ptr_dtor(&uri);
		return;
	}
	php_url *u = php_url_parse_ex(Z_STRVAL(uri), Z_STRLEN(uri));
	zval_ptr_dtor(&uri);
	zend_string *path = u && u->path ? zend_string_copy(u->path) : zend_string_copy(v_slash);
	zend_string *query = u && u->query ? zend_string_copy(u->query) : ZSTR_EMPTY_ALLOC();
	if (u) {
		php_url_free(u);
	}
	wm_data_set_str(obj, k_path, path);
	wm_data_set_str(obj, k_query_string, query);
}

/* method(), uri(), protocolVersion(), path(), queryString(): data first, else the parse step. */
static void wm_req_do_string_getter(zend_object *obj, int which, zval *rv)
{
	static const char *const names[] = {"method", "uri", "protocolVersion", "path", "queryString"};
	zend_string *key;
	int step;
	void (*base)(zend_object *);
	switch (which) {
	case WM_G_METHOD:
		key = k_method, step = M_PARSE_HEAD_FIRST_LINE, base = wm_req_do_parse_head_first_line;
		break;
	case WM_G_URI:
		key = k_uri, step = M_PARSE_HEAD_FIRST_LINE, base = wm_req_do_parse_head_first_line;
		break;
	case WM_G_VERSION:
		key = k_protocol_version, step = M_PARSE_PROTOCOL_VERSION, base = wm_req_do_parse_protocol_version;
		break;
	case WM_G_PATH:
		key = k_path, step = M_PARSE_URI_COMPONENTS, base = wm_req_do_parse_uri_components;
		break;
	default:
		key = k_query_string, step = M_PARSE_URI_COMPONENTS, base = wm_req_do_parse_uri_components;
		break;
	}
	zval *v = wm_data_isset(obj, key);
	if (!v) {
		wm_req_step(obj, step, base);
		if (EG(exception)) {
			return;
		}
		v = wm_data_find(obj, key);
		if (!v) {
			wm_undefined_key(key);
		}
	}
	if (!v || Z_TYPE_P(v) != IS_STRING) {
		if (!EG(exception)) {
			wm_req_return_error(names[which], "string", v);
		}
		return;
	}
	ZVAL_STR_COPY(rv, Z_STR_P(v));
}

/* ---- head and body ------------------------------------------------------------------------- */

/* rawHead(): $this->data['head'] ??= strstr($this->buffer, "\r\n\r\n", true). */
static void wm_req_do_raw_head(zend_object *obj, zval *rv)
{
	zval *v = wm_data_isset(obj, k_head);
	if (!v) {
		wm_request_object *r = wm_req_from_obj(obj);
		zend_string *buf = wm_req_buf(r);
		if (!buf) {
			return;
		}
		size_t he = wm_req_head_end(r);
		zval nv;
		if (he == WM_NPOS) {
			ZVAL_FALSE(&nv);
		} else {
			ZVAL_STRINGL_FAST(&nv, ZSTR_VAL(buf), he);
		}
		if (!wm_data_set(obj, k_head, &nv)) {
			return;
		}
		v = wm_data_find(obj, k_head);
	}
	if (!v || Z_TYPE_P(v) != IS_STRING) {
		wm_req_return_error("rawHead", "string", v);
		return;
	}
	ZVAL_STR_COPY(rv, Z_STR_P(v));
}

/* rawBody(): substr($this->buffer, strpos($this->buffer, "\r\n\r\n") + 4) (no CRLFCRLF: from 4). */
static bool wm_req_body_span(zend_object *obj, const char **p, size_t *len)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return false;
	}
	size_t he = wm_req_head_end(r);
	size_t off = he == WM_NPOS ? 4 : he + 4;
	if (off > ZSTR_LEN(buf)) {
		off = ZSTR_LEN(buf);
	}
	*p = ZSTR_VAL(buf) + off;
	*len = ZSTR_LEN(buf) - off;
	return true;
}

static void wm_req_do_raw_body(zend_object *obj, zval *rv)
{
	const char *p;
	size_t len;
	if (wm_req_body_span(obj, &p, &len)) {
		ZVAL_STRINGL_FAST(rv, p, len);
	}
}

/* The raw head as parseHeaders() sees it ($this->rawHead()), without storing it anywhere
 * unless rawHead() itself does: `holder` keeps a string alive when one had to be made. */
static bool wm_req_head_bytes(zend_object *obj, zval *holder, const char **p, size_t *len)
{
	ZVAL_UNDEF(holder);
	if (wm_req_user_fn(obj, M_RAW_HEAD) || wm_data_isset(obj, k_head)) {
		wm_req_string_step(obj, M_RAW_HEAD, holder);
		if (EG(exception)) {
			return false;
		}
		if (Z_TYPE_P(holder) != IS_STRING) {
			wm_req_want_string(holder, "strpos(): Argument #1 ($haystack)");
			return false;
		}
		*p = Z_STRVAL_P(holder);
		*len = Z_STRLEN_P(holder);
		return true;
	}
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return false;
	}
	size_t he = wm_req_head_end(r);
	if (he == WM_NPOS) {
		/* What upstream's rawHead() does: it stores false and fails its return type. */
		zval f;
		ZVAL_FALSE(&f);
		wm_data_set(obj, k_head, &f);
		wm_req_return_error("rawHead", "string", &f);
		return false;
	}
	*p = ZSTR_VAL(buf);
	*len = he;
	return true;
}

/* ---- headers ------------------------------------------------------------------------------- */

/* parseHeaders(): every header line into data['headers'], names lower-cased, values trimmed of
 * SP/HT, repeated names joined with ','. */
static void wm_req_do_parse_headers(zend_object *obj)
{
	wm_data_set_empty(obj, k_headers);
	if (EG(exception)) {
		return;
	}
	/* $rawHead = $this->rawHead(): this stores data['head'], as upstream's does. */
	zval holder;
	wm_req_string_step(obj, M_RAW_HEAD, &holder);
	if (EG(exception)) {
		zval_ptr_dtor(&holder);
		return;
	}
	if (!wm_req_want_string(&holder, "strpos(): Argument #1 ($haystack)")) {
		zval_ptr_dtor(&holder);
		return;
	}
	const char *h = Z_STRVAL(holder);
	size_t hlen = Z_STRLEN(holder);
	zval arr;
	array_init(&arr);
	size_t pos = 0;
	wm_http_span n, v;
	while (wm_http_next_header(h, hlen, &pos, &n, &v)) {
		zend_string *key = zend_string_alloc(n.len, 0);
		zend_str_tolower_copy(ZSTR_VAL(key), h + n.off, n.len);
		zval *old = zend_symtable_find(Z_ARRVAL(arr), key);
		if (old && Z_TYPE_P(old) == IS_STRING) {
			size_t ol = Z_STRLEN_P(old);
			zend_string *joined = zend_string_alloc(ol + 1 + v.len, 0);
			memcpy(ZSTR_VAL(joined), Z_STRVAL_P(old), ol);
			ZSTR_VAL(joined)[ol] = ',';
			memcpy(ZSTR_VAL(joined) + ol + 1, h + v.off, v.len);
			ZSTR_VAL(joined)[ol + 1 + v.len] = '\0';
			zval_ptr_dtor(old);
			ZVAL_NEW_STR(old, joined);
		} else {
			zval val;
			ZVAL_STRINGL_FAST(&val, h + v.off, v.len);
			zend_symtable_update(Z_ARRVAL(arr), key, &val);
		}
		zend_string_release(key);
	}
	zval_ptr_dtor(&holder);
	wm_data_set(obj, k_headers, &arr);
}

/* One header by lower-case name, straight from the raw head: the value parseHeaders() would
 * have stored for it, or NULL. */
static zend_string *wm_req_header_lookup(const char *h, size_t hlen, zend_string *lname)
{
	size_t pos = 0;
	wm_http_span n, v;
	zend_string *found = NULL;
	smart_str joined = {0};
	while (wm_http_next_header(h, hlen, &pos, &n, &v)) {
		if (!wm_http_name_eq(h + n.off, n.len, ZSTR_VAL(lname), ZSTR_LEN(lname))) {
			continue;
		}
		if (!found && !joined.s) {
			found = zend_string_init_fast(h + v.off, v.len);
			continue;
		}
		if (found) {
			smart_str_append(&joined, found);
			zend_string_release(found);
			found = NULL;
		}
		smart_str_appendc(&joined, ',');
		smart_str_appendl(&joined, h + v.off, v.len);
	}
	if (joined.s) {
		return smart_str_extract(&joined);
	}
	return found;
}

/* header($name, $default). */
static void wm_req_do_header(zend_object *obj, zend_string *name, zval *def, zval *rv)
{
	zval *headers = wm_data_isset(obj, k_headers);
	bool parsed = false;
	if (!headers && (!name || wm_req_user_fn(obj, M_PARSE_HEADERS))) {
		wm_req_step(obj, M_PARSE_HEADERS, wm_req_do_parse_headers);
		if (EG(exception)) {
			return;
		}
		headers = wm_data_find(obj, k_headers);
		parsed = true;
	}
	if (!name) {
		if (!headers) {
			wm_undefined_key(k_headers);
			ZVAL_NULL(rv);
			return;
		}
		ZVAL_COPY(rv, headers);
		return;
	}
	zend_string *lname = zend_string_tolower(name);
	if (headers || parsed) {
		wm_dim_or_default(headers, lname, def, rv);
		zend_string_release(lname);
		return;
	}
	/* One name and nothing parsed yet: scan the head for it instead of building the array. */
	zval holder;
	const char *h;
	size_t hlen;
	if (!wm_req_head_bytes(obj, &holder, &h, &hlen)) {
		zval_ptr_dtor(&holder);
		zend_string_release(lname);
		/* Upstream's parseHeaders() had set data['headers'] = [] before failing (the key
		 * is not there yet, so nothing is destroyed while the exception is pending). */
		if (EG(exception)) {
			wm_data_set_empty(obj, k_headers);
		}
		return;
	}
	zend_string *v = wm_req_header_lookup(h, hlen, lname);
	zval_ptr_dtor(&holder);
	zend_string_release(lname);
	if (v) {
		ZVAL_STR(rv, v);
	} else if (def) {
		ZVAL_COPY_DEREF(rv, def);
	} else {
		ZVAL_NULL(rv);
	}
}

/* ---- cookies ------------------------------------------------------------------------------- */

static zend_always_inline bool wm_is_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0B';
}

/* trim()'s default character set, on a span in place. */
static void wm_trim_span(const char **s, size_t *len)
{
	while (*len && wm_is_trim_char(**s)) {
		(*s)++, (*len)--;
	}
	while (*len && wm_is_trim_char((*s)[*len - 1])) {
		(*len)--;
	}
}

/* explode(';', $cookieHeader), then `name=value` pairs: name trimmed, value as sent. */
static void wm_parse_cookie_header(const char *s, size_t len, zval *arr)
{
	array_init(arr);
	const char *end = s + len;
	while (s <= end) {
		const char *semi = memchr(s, ';', (size_t) (end - s));
		const char *pe = semi ? semi : end;
		const char *eq = memchr(s, '=', (size_t) (pe - s));
		if (eq) {
			const char *ks = s;
			size_t klen = (size_t) (eq - s);
			wm_trim_span(&ks, &klen);
			zval val;
			ZVAL_STRINGL_FAST(&val, eq + 1, (size_t) (pe - eq - 1));
			zend_string *key = zend_string_init_fast(ks, klen);
			zend_symtable_update(Z_ARRVAL_P(arr), key, &val);
			zend_string_release(key);
		}
		if (!semi) {
			break;
		}
		s = semi + 1;
	}
}

static void wm_req_do_cookie(zend_object *obj, zend_string *name, zval *def, zval *rv)
{
	if (!wm_data_isset(obj, k_cookie)) {
		zval hv, empty;
		ZVAL_EMPTY_STRING(&empty);
		wm_req_header(obj, k_cookie, &empty, &hv);
		if (EG(exception)) {
			zval_ptr_dtor(&hv);
			return;
		}
		if (!wm_req_want_string(&hv, "explode(): Argument #2 ($string)")) {
			zval_ptr_dtor(&hv);
			return;
		}
		zval arr;
		wm_parse_cookie_header(Z_STRVAL(hv), Z_STRLEN(hv), &arr);
		zval_ptr_dtor(&hv);
		if (!wm_data_set(obj, k_cookie, &arr)) {
			return;
		}
	}
	if (!name) {
		wm_data_return(obj, k_cookie, rv);
		return;
	}
	wm_dim_or_default(wm_data_find(obj, k_cookie), name, def, rv);
}

/* ---- query and body ------------------------------------------------------------------------ */

/* parseGet(): parse_str($this->queryString()). */
static void wm_req_do_parse_get(zend_object *obj)
{
	zval qs;
	wm_req_string_step(obj, M_QUERY_STRING, &qs);
	if (EG(exception)) {
		zval_ptr_dtor(&qs);
		return;
	}
	wm_data_set_empty(obj, k_get);
	if (EG(exception)) {
		zval_ptr_dtor(&qs);
		return;
	}
	if (Z_TYPE(qs) == IS_STRING && Z_STRLEN(qs) == 0) {
		zval_ptr_dtor(&qs);
		return;
	}
	if (!wm_req_want_string(&qs, "parse_str(): Argument #1 ($string)")) {
		zval_ptr_dtor(&qs);
		return;
	}
	zval arr;
	wm_parse_str(Z_STRVAL(qs), Z_STRLEN(qs), &arr);
	zval_ptr_dtor(&qs);
	wm_data_set(obj, k_get, &arr);
}

/* preg_match('/boundary="?(\S+)"?/', $contentType, $m): the span of $m[1], or false. */
static bool wm_find_boundary(const char *s, size_t len, const char **b, size_t *blen)
{
	static const char needle[] = "boundary=";
	const size_t nl = sizeof(needle) - 1;
	const char *end = s + len, *p = s;
	while ((p = zend_memnstr(p, needle, nl, end)) != NULL) {
		const char *v = p + nl;
#define WM_IS_SPACE(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\v' || (c) == '\f' || (c) == '\r')
		if (v < end && *v == '"' && v + 1 < end && !WM_IS_SPACE(v[1])) {
			v++;
		}
		const char *e = v;
		while (e < end && !WM_IS_SPACE(*e)) {
			e++;
		}
#undef WM_IS_SPACE
		if (e > v) {
			*b = v;
			*blen = (size_t) (e - v);
			return true;
		}
		p++;
	}
	return false;
}

/* (array) json_decode($body, true), keeping json_last_error() as json_decode() leaves it. */
static void wm_json_to_array(const char *s, size_t len, zval *out)
{
	zval v;
	JSON_G(error_code) = PHP_JSON_ERROR_NONE;
	php_json_decode_ex(&v, s, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH);
	if (Z_TYPE(v) == IS_ARRAY) {
		ZVAL_COPY_VALUE(out, &v);
		return;
	}
	array_init(out);
	if (Z_TYPE(v) != IS_NULL) {
		zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &v);
	}
}

/* parsePost(). */
static void wm_req_do_parse_post(zend_object *obj)
{
	wm_request_object *r = wm_req_from_obj(obj);
	if (!Z_ISUNDEF(r->body_post)) {
		zval p, f;
		ZVAL_COPY(&p, &r->body_post);
		ZVAL_COPY(&f, &r->body_files);
		wm_data_set(obj, k_post, &p);
		wm_data_set(obj, k_files, &f);
		return;
	}
	wm_data_set_empty(obj, k_files);
	wm_data_set_empty(obj, k_post);
	if (EG(exception)) {
		return;
	}
	zval ct, empty;
	ZVAL_EMPTY_STRING(&empty);
	wm_req_header(obj, k_content_type, &empty, &ct);
	if (EG(exception)) {
		zval_ptr_dtor(&ct);
		return;
	}
	if (!wm_req_want_string(&ct, "preg_match(): Argument #2 ($subject)")) {
		zval_ptr_dtor(&ct);
		return;
	}
	const char *b;
	size_t blen;
	if (wm_find_boundary(Z_STRVAL(ct), Z_STRLEN(ct), &b, &blen)) {
		zend_string *boundary = zend_string_concat2("--", 2, b, blen);
		zval_ptr_dtor(&ct);
		zend_function *fn = wm_req_user_fn(obj, M_PARSE_UPLOAD_FILES);
		if (fn) {
			zval arg;
			ZVAL_STR(&arg, boundary);
			zend_call_known_instance_method(fn, obj, NULL, 1, &arg);
		} else {
			wm_req_do_parse_upload_files(obj, boundary);
		}
		zend_string_release(boundary);
		return;
	}
	zval body;
	const char *p;
	size_t len;
	ZVAL_UNDEF(&body);
	if (wm_req_user_fn(obj, M_RAW_BODY)) {
		wm_req_string_step(obj, M_RAW_BODY, &body);
		if (EG(exception) || !wm_req_want_string(&body, "parse_str(): Argument #1 ($string)")) {
			zval_ptr_dtor(&body);
			zval_ptr_dtor(&ct);
			return;
		}
		p = Z_STRVAL(body);
		len = Z_STRLEN(body);
	} else if (!wm_req_body_span(obj, &p, &len)) {
		zval_ptr_dtor(&ct);
		return;
	}
	if (len > 0) {
		zval arr;
		if (zend_memnstr(Z_STRVAL(ct), "json", 4, Z_STRVAL(ct) + Z_STRLEN(ct))) {
			wm_json_to_array(p, len, &arr);
		} else {
			wm_parse_str(p, len, &arr);
		}
		wm_data_set(obj, k_post, &arr);
	}
	zval_ptr_dtor(&body);
	zval_ptr_dtor(&ct);
}

/* ---- uploads: temp files ------------------------------------------------------------------- */

/* Http::uploadTmpDir() as a string, or NULL with an exception pending. */
static zend_string *wm_upload_tmp_dir(void)
{
	zval rv;
	wm_call_static(wm_ce_Http, "uploadtmpdir", sizeof("uploadtmpdir") - 1, &rv, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	zend_string *s = zval_try_get_string(&rv);
	zval_ptr_dtor(&rv);
	return s;
}

/* tempnam($dir, 'workerman.upload.'): an open fd and the path, or -1. */
static int wm_tmp_open(zend_string *dir, zend_string **path)
{
	*path = NULL;
	if (memchr(ZSTR_VAL(dir), '\0', ZSTR_LEN(dir)) || php_check_open_basedir(ZSTR_VAL(dir))) {
		return -1;
	}
	int fd = php_open_temporary_fd_ex(ZSTR_VAL(dir), "workerman.upload.", path,
		PHP_TMP_FILE_OPEN_BASEDIR_CHECK_ALWAYS);
	if (fd < 0 && *path) {
		zend_string_release(*path);
		*path = NULL;
	}
	return fd;
}

static bool wm_write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR) {
				continue;
			}
			return false;
		}
		p += w;
		n -= (size_t) w;
	}
	return true;
}

/* One entry of data['files'], keys in upstream's order. `tmp_name` is taken. */
static void wm_file_entry(zval *out, zend_string *filename, zval *tmp_name, size_t size, zend_long error,
	zend_string *full_path, zend_string *type)
{
	array_init_size(out, 6);
	HashTable *ht = Z_ARRVAL_P(out);
	zval v;
	ZVAL_STR_COPY(&v, filename);
	zend_hash_str_add_new(ht, "name", 4, &v);
	zend_hash_str_add_new(ht, "tmp_name", 8, tmp_name);
	ZVAL_LONG(&v, (zend_long) size);
	zend_hash_str_add_new(ht, "size", 4, &v);
	ZVAL_LONG(&v, error);
	zend_hash_str_add_new(ht, "error", 5, &v);
	ZVAL_STR_COPY(&v, full_path);
	zend_hash_str_add_new(ht, "full_path", 9, &v);
	ZVAL_STR_COPY(&v, type);
	zend_hash_str_add_new(ht, "type", 4, &v);
}

/* The array_walk_recursive() of parseUploadFiles(): every leaf of the parse_str() result is an
 * index into `files` and becomes that file's entry. `handed[i]` records which were used. */
static void wm_files_resolve(HashTable *tree, HashTable *files, bool *handed)
{
	zval *v;
	ZEND_HASH_FOREACH_VAL(tree, v) {
		if (Z_TYPE_P(v) == IS_ARRAY) {
			SEPARATE_ARRAY(v);
			wm_files_resolve(Z_ARRVAL_P(v), files, handed);
			continue;
		}
		/* $files[$value]: the leaves are the decimal indexes we wrote. */
		zend_ulong idx;
		zval *f;
		if (Z_TYPE_P(v) == IS_STRING) {
			f = zend_symtable_find(files, Z_STR_P(v));
			idx = (zend_ulong) ZEND_STRTOL(Z_STRVAL_P(v), NULL, 10);
		} else {
			idx = (zend_ulong) zval_get_long(v);
			f = zend_hash_index_find(files, idx);
		}
		if (f && handed && idx < zend_hash_num_elements(files)) {
			handed[idx] = true;
		}
		zval_ptr_dtor(v);
		if (f) {
			ZVAL_COPY(v, f);
		} else {
			ZVAL_NULL(v);
		}
	} ZEND_HASH_FOREACH_END();
}

/* Records a temp file as the request's (removed when the request is freed). */
static void wm_req_track_tmp(wm_request_object *r, zend_string *path)
{
	if (!r->tmp_files) {
		ALLOC_HASHTABLE(r->tmp_files);
		zend_hash_init(r->tmp_files, 4, NULL, NULL, 0);
	}
	zend_hash_add_empty_element(r->tmp_files, path);
}

/* ---- the upload collector ------------------------------------------------------------------ */

struct wm_upload {
	wm_multipart *mp;
	smart_str post_enc;         /* upstream's $postEncodeString: urlencode(name)=urlencode(value)& */
	smart_str files_enc;        /* upstream's $filesEncodeStr: urlencode(name)=index& */
	zval files;                 /* upstream's $files: one entry per file part, in order */
	zend_string **paths;        /* temp file of files[i] (NULL if none) */
	bool *handed;               /* files[i] went out through finish() */
	uint32_t nfiles, cap;
	zend_string *dir;           /* Http::uploadTmpDir(), asked at the first file part (NULL before) */
	bool failed;                /* an exception stopped parsing */
	/* the part being received */
	bool is_file;
	zend_string *name, *filename, *type, *full_path;
	smart_str value;            /* a field's data */
	int fd;
	zend_string *path;          /* a file's temp file (NULL: none yet) */
	size_t size;
	zend_long error;
	bool tmp_failed;            /* tempnam() failed: tmp_name is false */
};

static void wm_upload_part_clear(wm_upload *u)
{
	if (u->fd >= 0) {
		close(u->fd);
		u->fd = -1;
	}
	if (u->name) {
		zend_string_release(u->name);
	}
	if (u->filename) {
		zend_string_release(u->filename);
	}
	if (u->type) {
		zend_string_release(u->type);
	}
	if (u->full_path) {
		zend_string_release(u->full_path);
	}
	u->name = u->filename = u->type = u->full_path = NULL;
	smart_str_free(&u->value);
	if (u->path) {
		/* Never registered as a file part's: nobody else will remove it. */
		VCWD_UNLINK(ZSTR_VAL(u->path));
		zend_string_release(u->path);
		u->path = NULL;
	}
}

static void wm_upload_open(wm_upload *u)
{
	u->fd = wm_tmp_open(u->dir, &u->path);
	if (u->fd < 0) {
		u->error = WM_UPLOAD_ERR_CANT_WRITE;
		u->tmp_failed = true;
	}
}

static bool wm_upload_part_begin(void *ctx, const wm_mp_part *part)
{
	wm_upload *u = ctx;
	wm_upload_part_clear(u);
	u->is_file = part->is_file;
	u->name = zend_string_init(part->name.p, part->name.len, 0);
	if (!part->is_file) {
		return true;
	}
	u->filename = zend_string_init(part->filename.p, part->filename.len, 0);
	u->type = zend_string_init(part->content_type.p, part->content_type.len, 0);
	u->full_path = zend_string_init(part->full_path.p, part->full_path.len, 0);
	u->size = 0;
	u->error = 0;
	u->tmp_failed = false;
	if (!u->dir) {
		u->dir = wm_upload_tmp_dir();
		if (!u->dir) {
			u->failed = true;
			return false;
		}
	}
	if (!wm_zstr_truthy(u->dir)) {
		u->error = WM_UPLOAD_ERR_NO_TMP_DIR;
	} else if (ZSTR_LEN(u->name) > 0) {
		/* With an empty name, an empty part is UPLOAD_ERR_NO_FILE: wait for data. */
		wm_upload_open(u);
	}
	return true;
}

static bool wm_upload_part_data(void *ctx, const char *data, size_t len)
{
	wm_upload *u = ctx;
	if (!u->name || len == 0) {
		return true;
	}
	if (!u->is_file) {
		smart_str_appendl(&u->value, data, len);
		return true;
	}
	u->size += len;
	if (u->error) {
		return true;
	}
	if (u->fd < 0) {
		wm_upload_open(u);
		if (u->fd < 0) {
			return true;
		}
	}
	if (!wm_write_all(u->fd, data, len)) {
		u->error = WM_UPLOAD_ERR_CANT_WRITE;
		close(u->fd);
		u->fd = -1;
	}
	return true;
}

static void wm_urlencode_append(smart_str *dst, const char *s, size_t len)
{
	zend_string *e = php_url_encode(s, len);
	smart_str_append(dst, e);
	zend_string_release(e);
}

static void wm_upload_part_end(void *ctx, bool complete)
{
	wm_upload *u = ctx;
	if (!u->name) {
		return;
	}
	if (!complete) {
		/* Upstream never sees a part without its closing delimiter. */
		wm_upload_part_clear(u);
		return;
	}
	if (!u->is_file) {
		wm_urlencode_append(&u->post_enc, ZSTR_VAL(u->name), ZSTR_LEN(u->name));
		smart_str_appendc(&u->post_enc, '=');
		smart_str_0(&u->value);
		wm_urlencode_append(&u->post_enc, u->value.s ? ZSTR_VAL(u->value.s) : "", u->value.s ? ZSTR_LEN(u->value.s) : 0);
		smart_str_appendc(&u->post_enc, '&');
		wm_upload_part_clear(u);
		return;
	}
	if (u->fd >= 0) {
		close(u->fd);
		u->fd = -1;
	}
	if (!u->error && !u->path && !u->tmp_failed) {
		/* Empty name and no data (the only way to get here without a temp file). */
		u->error = WM_UPLOAD_ERR_NO_FILE;
	}
	zval tmp_name;
	if (u->path) {
		ZVAL_STR_COPY(&tmp_name, u->path);
	} else if (u->tmp_failed) {
		ZVAL_FALSE(&tmp_name);
	} else {
		ZVAL_EMPTY_STRING(&tmp_name);
	}
	if (u->nfiles == u->cap) {
		u->cap = u->cap ? u->cap * 2 : 4;
		u->paths = erealloc(u->paths, sizeof(*u->paths) * u->cap);
		u->handed = erealloc(u->handed, sizeof(*u->handed) * u->cap);
	}
	u->paths[u->nfiles] = u->path;  /* the reference moves */
	u->handed[u->nfiles] = false;
	u->path = NULL;
	wm_urlencode_append(&u->files_enc, ZSTR_VAL(u->name), ZSTR_LEN(u->name));
	smart_str_append_printf(&u->files_enc, "=%u&", u->nfiles);
	u->nfiles++;
	zval entry;
	wm_file_entry(&entry, u->filename, &tmp_name, u->size, u->error, u->full_path, u->type);
	zend_hash_next_index_insert_new(Z_ARRVAL(u->files), &entry);
	wm_upload_part_clear(u);
}

static const wm_mp_callbacks wm_upload_cb = {
	wm_upload_part_begin, wm_upload_part_data, wm_upload_part_end,
};

/* A collector for `delimiter` (parseUploadFiles()'s boundary: "--" + value, quotes trimmed). */
static wm_upload *wm_upload_new_delim(const char *delim, size_t len, zend_long max_parts)
{
	wm_upload *u = ecalloc(1, sizeof(*u));
	u->fd = -1;
	array_init(&u->files);
	uint32_t max = max_parts <= 0 ? 0 : (max_parts > UINT32_MAX ? UINT32_MAX : (uint32_t) max_parts);
	u->mp = wm_multipart_new(delim, len, max, &wm_upload_cb, u);
	if (!u->mp) {
		wm_upload_free(u);
		return NULL;
	}
	return u;
}

static zend_long wm_max_file_uploads(zend_class_entry *ce)
{
	zval *v = wm_static_prop(ce, "maxFileUploads", sizeof("maxFileUploads") - 1);
	return v ? zval_get_long(v) : 1024;
}

/* trim($boundary, '"') */
static void wm_trim_quotes(const char **p, size_t *len)
{
	while (*len && **p == '"') {
		(*p)++;
		(*len)--;
	}
	while (*len && (*p)[*len - 1] == '"') {
		(*len)--;
	}
}

wm_upload *wm_upload_new(zend_string *content_type)
{
	const char *b;
	size_t blen;
	if (!content_type || !wm_find_boundary(ZSTR_VAL(content_type), ZSTR_LEN(content_type), &b, &blen)) {
		return NULL;
	}
	/* parsePost()'s "--" . $match[1], then parseUploadFiles()'s trim($boundary, '"'). */
	zend_string *d = zend_string_concat2("--", 2, b, blen);
	const char *p = ZSTR_VAL(d);
	size_t len = ZSTR_LEN(d);
	wm_trim_quotes(&p, &len);
	wm_upload *u = wm_upload_new_delim(p, len, wm_max_file_uploads(wm_ce_Request));
	zend_string_release(d);
	return u;
}

bool wm_upload_feed(wm_upload *u, const char *data, size_t len)
{
	if (u->failed) {
		return false;
	}
	return wm_multipart_feed(u->mp, data, len) && !u->failed;
}

/* finish(): `post`/`files` get arrays only when upstream's encoded strings were non-empty
 * (`*has_post`/`*has_files`); otherwise they are left UNDEF. */
static void wm_upload_finish_ex(wm_upload *u, zval *post, zval *files)
{
	ZVAL_UNDEF(post);
	ZVAL_UNDEF(files);
	if (!u->failed) {
		wm_multipart_finish(u->mp);
	}
	if (u->failed) {
		return;
	}
	if (u->post_enc.s && ZSTR_LEN(u->post_enc.s)) {
		wm_parse_str(ZSTR_VAL(u->post_enc.s), ZSTR_LEN(u->post_enc.s), post);
	}
	if (u->files_enc.s && ZSTR_LEN(u->files_enc.s)) {
		wm_parse_str(ZSTR_VAL(u->files_enc.s), ZSTR_LEN(u->files_enc.s), files);
		wm_files_resolve(Z_ARRVAL_P(files), Z_ARRVAL(u->files), u->handed);
	}
}

void wm_upload_finish(wm_upload *u, zval *post, zval *files)
{
	wm_upload_finish_ex(u, post, files);
	if (Z_ISUNDEF_P(post)) {
		array_init(post);
	}
	if (Z_ISUNDEF_P(files)) {
		array_init(files);
	}
}

/* Hands the paths of the files finish() gave out to `r` (which removes them when freed). */
static void wm_upload_give_paths(wm_upload *u, wm_request_object *r)
{
	for (uint32_t i = 0; i < u->nfiles; i++) {
		if (u->handed[i] && u->paths[i]) {
			wm_req_track_tmp(r, u->paths[i]);
		}
	}
}

void wm_upload_free(wm_upload *u)
{
	if (!u) {
		return;
	}
	if (u->mp) {
		wm_multipart_free(u->mp);
	}
	wm_upload_part_clear(u);
	for (uint32_t i = 0; i < u->nfiles; i++) {
		if (u->paths[i]) {
			if (!u->handed[i]) {
				VCWD_UNLINK(ZSTR_VAL(u->paths[i]));
			}
			zend_string_release(u->paths[i]);
		}
	}
	if (u->paths) {
		efree(u->paths);
		efree(u->handed);
	}
	smart_str_free(&u->post_enc);
	smart_str_free(&u->files_enc);
	zval_ptr_dtor(&u->files);
	if (u->dir) {
		zend_string_release(u->dir);
	}
	efree(u);
}

/* ---- parseUploadFiles() / parseUploadFile() ------------------------------------------------ */

static void wm_req_upload_loop(zend_object *obj, zend_function *fn, zend_string *boundary);

/* parseUploadFiles($httpPostBoundary): the body of $this->buffer through the collector, or
 * upstream's parseUploadFile() loop when a subclass overrides that step. */
static void wm_req_do_parse_upload_files(zend_object *obj, zend_string *boundary)
{
	const char *d = ZSTR_VAL(boundary);
	size_t dlen = ZSTR_LEN(boundary);
	wm_trim_quotes(&d, &dlen);
	zend_function *fn = wm_req_user_fn(obj, M_PARSE_UPLOAD_FILE);
	if (fn) {
		zend_string *trimmed = zend_string_init(d, dlen, 0);
		wm_req_upload_loop(obj, fn, trimmed);
		zend_string_release(trimmed);
		return;
	}
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return;
	}
	wm_upload *u = wm_upload_new_delim(d, dlen, wm_max_file_uploads(obj->ce));
	if (!u) {
		return;
	}
	size_t he = wm_req_head_end(r);
	size_t off = he == WM_NPOS ? 4 : he + 4;
	if (off < ZSTR_LEN(buf)) {
		wm_upload_feed(u, ZSTR_VAL(buf) + off, ZSTR_LEN(buf) - off);
	}
	zval post, files;
	wm_upload_finish_ex(u, &post, &files);
	if (!EG(exception)) {
		wm_upload_give_paths(u, r);
		if (!Z_ISUNDEF(post)) {
			wm_data_set(obj, k_post, &post);
			ZVAL_UNDEF(&post);
		}
		if (!Z_ISUNDEF(files)) {
			wm_data_set(obj, k_files, &files);
			ZVAL_UNDEF(&files);
		}
	}
	zval_ptr_dtor(&post);
	zval_ptr_dtor(&files);
	wm_upload_free(u);
}

/* `if ($enc) parse_str($enc, $arr)` for the strings parseUploadFile() built. */
static bool wm_parse_encoded(zval *enc, zval *arr)
{
	if (!zend_is_true(enc)) {
		return false;
	}
	zend_string *s = zval_get_string(enc);
	wm_parse_str(ZSTR_VAL(s), ZSTR_LEN(s), arr);
	zend_string_release(s);
	return true;
}

/* Upstream's loop over $this->parseUploadFile() (a subclass overrides it). */
static void wm_req_upload_loop(zend_object *obj, zend_function *fn, zend_string *boundary)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return;
	}
	size_t he = wm_req_head_end(r);
	zend_long offset = (zend_long) (he == WM_NPOS ? 4 : he + 4) + (zend_long) ZSTR_LEN(boundary) + 2;
	zend_long max = wm_max_file_uploads(obj->ce);
	zval args[5], post_s, files_s, files_a;
	ZVAL_EMPTY_STRING(&post_s);
	ZVAL_EMPTY_STRING(&files_s);
	array_init(&files_a);
	ZVAL_STR(&args[0], boundary);
	ZVAL_NEW_REF(&args[2], &post_s);
	ZVAL_NEW_REF(&args[3], &files_s);
	ZVAL_NEW_REF(&args[4], &files_a);
	while (max-- > 0 && offset) {
		zval rv;
		ZVAL_LONG(&args[1], offset);
		zend_call_known_instance_method(fn, obj, &rv, 5, args);
		if (EG(exception)) {
			zval_ptr_dtor(&rv);
			goto done;
		}
		offset = zval_get_long(&rv);
		zval_ptr_dtor(&rv);
	}
	zval arr;
	if (wm_parse_encoded(Z_REFVAL(args[2]), &arr)) {
		wm_data_set(obj, k_post, &arr);
	}
	if (wm_parse_encoded(Z_REFVAL(args[3]), &arr)) {
		zval *fa = Z_REFVAL(args[4]);
		if (Z_TYPE_P(fa) == IS_ARRAY) {
			wm_files_resolve(Z_ARRVAL(arr), Z_ARRVAL_P(fa), NULL);
		}
		wm_data_set(obj, k_files, &arr);
	}
done:
	zval_ptr_dtor(&args[2]);
	zval_ptr_dtor(&args[3]);
	zval_ptr_dtor(&args[4]);
}

/* preg_match($regex, $subject, $m) through ext/pcre (shares PHP's regex cache); `m` receives
 * the groups. */
static bool wm_preg_match(zend_string *regex, const char *s, size_t len, zval *m)
{
	pcre_cache_entry *pce = pcre_get_compiled_regex_cache(regex);
	ZVAL_UNDEF(m);
	if (!pce) {
		return false;
	}
	zend_string *subject = zend_string_init(s, len, 0);
	zval rv;
	php_pcre_pce_incref(pce);
	php_pcre_match_impl(pce, subject, &rv, m, 0, 0, 0, 0);
	php_pcre_pce_decref(pce);
	zend_string_release(subject);
	return Z_TYPE(rv) == IS_LONG && Z_LVAL(rv) > 0;
}

static zend_string *re_file, *re_field;

static zend_string *wm_group(zval *m, zend_ulong i)
{
	zval *g = Z_TYPE_P(m) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(m), i) : NULL;
	return g && Z_TYPE_P(g) == IS_STRING ? zend_string_copy(Z_STR_P(g)) : ZSTR_EMPTY_ALLOC();
}

static zend_string *wm_trim(const char *s, size_t len)
{
	wm_trim_span(&s, &len);
	return zend_string_init(s, len, 0);
}

/* parseUploadFile(): one part at $sectionStartOffset of $this->buffer, upstream's algorithm
 * (kept for subclasses that call it; Request itself parses through the collector). */
static zend_long wm_req_do_parse_upload_file(zend_object *obj, zend_string *boundary, zend_long start,
	zval *post_ref, zval *files_enc_ref, zval *files_ref)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return 0;
	}
	const char *b = ZSTR_VAL(buf), *end = b + ZSTR_LEN(buf);
	if (start < 0 || (size_t) start > ZSTR_LEN(buf)) {
		return 0;
	}
	zend_string *delim = zend_string_concat2("\r\n", 2, ZSTR_VAL(boundary), ZSTR_LEN(boundary));
	size_t dlen = ZSTR_LEN(delim);
	const char *se = zend_memnstr(b + start, ZSTR_VAL(delim), dlen, end);
	zend_string_release(delim);
	if (!se || se == b) {
		return 0;
	}
	const char *cle = zend_memnstr(b + start, "\r\n\r\n", 4, end);
	if (!cle || cle == b || cle + 4 > se) {
		return 0;
	}
	zend_long next = (zend_long) (se - b) + (zend_long) dlen + 2;
	/* explode("\r\n", trim($contentLines . "\r\n")) */
	const char *ls = b + start;
	size_t llen = (size_t) (cle - ls);
	wm_trim_span(&ls, &llen);
	const char *value_p = cle + 4;
	size_t value_len = (size_t) (se - value_p);
	zval file;
	array_init(&file);
	zend_string *upload_key = NULL;
	const char *lp = ls, *lend = ls + llen;
	zend_long result = 0;
	for (;;) {
		const char *nl = zend_memnstr(lp, "\r\n", 2, lend);
		const char *le = nl ? nl : lend;
		const char *cs = zend_memnstr(lp, ": ", 2, le);
		if (!cs || cs == lp) {
			goto out;
		}
		const char *vs = cs + 2;
		const char *cs2 = zend_memnstr(vs, ": ", 2, le);
		const char *ve = cs2 ? cs2 : le;
		size_t klen = (size_t) (cs - lp);
		if (wm_http_name_eq(lp, klen, "content-disposition", 19)) {
			zval m;
			if (wm_preg_match(re_file, vs, (size_t) (ve - vs), &m)) {
				zend_long error = 0;
				zval tmp_name;
				ZVAL_EMPTY_STRING(&tmp_name);
				zend_string *field = wm_group(&m, 1), *filename = wm_group(&m, 2);
				zend_string *dir = wm_upload_tmp_dir();
				if (!dir) {
					zend_string_release(field);
					zend_string_release(filename);
					zval_ptr_dtor(&m);
					goto out;
				}
				if (!wm_zstr_truthy(dir)) {
					error = WM_UPLOAD_ERR_NO_TMP_DIR;
				} else if (value_len == 0 && ZSTR_LEN(field) == 0) {
					error = WM_UPLOAD_ERR_NO_FILE;
				} else {
					zend_string *path;
					int fd = wm_tmp_open(dir, &path);
					if (fd < 0) {
						ZVAL_FALSE(&tmp_name);
						error = WM_UPLOAD_ERR_CANT_WRITE;
					} else {
						if (!wm_write_all(fd, value_p, value_len)) {
							error = WM_UPLOAD_ERR_CANT_WRITE;
						}
						close(fd);
						wm_req_track_tmp(r, path);
						ZVAL_STR(&tmp_name, path);
					}
				}
				zend_string_release(dir);
				if (upload_key) {
					zend_string_release(upload_key);
				}
				upload_key = field;
				/* [...$file, 'name' => .., 'tmp_name' => .., 'size' => .., 'error' => .., 'full_path' => ..] */
				HashTable *ht = Z_ARRVAL(file);
				zval v;
				ZVAL_STR_COPY(&v, filename);
				zend_hash_str_update(ht, "name", 4, &v);
				zend_hash_str_update(ht, "tmp_name", 8, &tmp_name);
				ZVAL_LONG(&v, (zend_long) value_len);
				zend_hash_str_update(ht, "size", 4, &v);
				ZVAL_LONG(&v, error);
				zend_hash_str_update(ht, "error", 5, &v);
				ZVAL_STR(&v, filename);
				zend_hash_str_update(ht, "full_path", 9, &v);
				zval *t = zend_hash_str_find(ht, "type", 4);
				if (!t || Z_TYPE_P(t) == IS_NULL) {
					ZVAL_EMPTY_STRING(&v);
					zend_hash_str_update(ht, "type", 4, &v);
				}
				zval_ptr_dtor(&m);
			} else {
				zval_ptr_dtor(&m);
				if (wm_preg_match(re_field, vs, (size_t) (ve - vs), &m)) {
					zend_string *k = wm_group(&m, 1);
					zval *pe = Z_REFVAL_P(post_ref);
					smart_str s = {0};
					if (Z_TYPE_P(pe) == IS_STRING) {
						smart_str_append(&s, Z_STR_P(pe));
					}
					wm_urlencode_append(&s, ZSTR_VAL(k), ZSTR_LEN(k));
					smart_str_appendc(&s, '=');
					wm_urlencode_append(&s, value_p, value_len);
					smart_str_appendc(&s, '&');
					zend_string_release(k);
					ZEND_TRY_ASSIGN_REF_STR(post_ref, smart_str_extract(&s));
				}
				zval_ptr_dtor(&m);
				result = next;
				goto out;
			}
		} else if (wm_http_name_eq(lp, klen, "content-type", 12)) {
			zval v;
			ZVAL_STR(&v, wm_trim(vs, (size_t) (ve - vs)));
			zend_hash_str_update(Z_ARRVAL(file), "type", 4, &v);
		} else if (wm_http_name_eq(lp, klen, "webkitrelativepath", 18)) {
			zval v;
			ZVAL_STR(&v, wm_trim(vs, (size_t) (ve - vs)));
			zend_hash_str_update(Z_ARRVAL(file), "full_path", 9, &v);
		}
		if (!nl) {
			break;
		}
		lp = nl + 2;
	}
	if (upload_key) {
		zval *fa = Z_REFVAL_P(files_ref);
		zend_long count = Z_TYPE_P(fa) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(fa)) : 0;
		zval *fe = Z_REFVAL_P(files_enc_ref);
		smart_str s = {0};
		if (Z_TYPE_P(fe) == IS_STRING) {
			smart_str_append(&s, Z_STR_P(fe));
		}
		wm_urlencode_append(&s, ZSTR_VAL(upload_key), ZSTR_LEN(upload_key));
		smart_str_append_printf(&s, "=" ZEND_LONG_FMT "&", count);
		ZEND_TRY_ASSIGN_REF_STR(files_enc_ref, smart_str_extract(&s));
		fa = Z_REFVAL_P(files_ref);
		if (Z_TYPE_P(fa) == IS_ARRAY) {
			SEPARATE_ARRAY(fa);
			zend_hash_next_index_insert(Z_ARRVAL_P(fa), &file);
			ZVAL_UNDEF(&file);
		}
		result = next;
	}
out:
	if (upload_key) {
		zend_string_release(upload_key);
	}
	zval_ptr_dtor(&file);
	return result;
}

/* ---- files --------------------------------------------------------------------------------- */

/* Calls `leaf` on every 'tmp_name' leaf of a files tree (at most 64 levels deep); stops and
 * returns true as soon as `leaf` does. */
static bool wm_files_walk(HashTable *ht, int depth, bool (*leaf)(zval *v, void *ctx), void *ctx)
{
	zend_string *key;
	zval *v;
	if (depth > 64) {
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_ARRAY) {
			if (wm_files_walk(Z_ARRVAL_P(v), depth + 1, leaf, ctx)) {
				return true;
			}
		} else if (key && zend_string_equals(key, k_tmp_name) && leaf(v, ctx)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static bool wm_is_file(zval *path)
{
	zval rv;
	php_stat(Z_STR_P(path), FS_IS_FILE, &rv);
	return Z_TYPE(rv) == IS_TRUE;
}

/* file()'s re-parse test: a tmp_name that is not an existing file. */
static bool wm_tmp_name_stale(zval *v, void *ctx)
{
	(void) ctx;
	return Z_TYPE_P(v) != IS_STRING || !wm_is_file(v);
}

/* __destruct(): unlink a tmp_name that is a file. */
static bool wm_tmp_name_unlink(zval *v, void *ctx)
{
	(void) ctx;
	if (Z_TYPE_P(v) == IS_STRING && wm_is_file(v)) {
		php_stream_wrapper *w = php_stream_locate_url_wrapper(Z_STRVAL_P(v), NULL, 0);
		if (w && w->wops->unlink) {
			w->wops->unlink(w, Z_STRVAL_P(v), REPORT_ERRORS, NULL);
		}
	}
	return false;
}

/* A streamed body's tmp_name becomes a temp file of the request `ctx`. */
static bool wm_tmp_name_track(zval *v, void *ctx)
{
	if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
		wm_req_track_tmp(ctx, Z_STR_P(v));
	}
	return false;
}

/* ---- sessions ------------------------------------------------------------------------------ */

/* Session::$name (slot looked up at MINIT). */
static uint32_t sslot_session_name;

/* new Session($sid) */
static bool wm_session_new(zval *sid, zval *out)
{
	zend_class_entry *ce = wm_ce_Session;
	if (object_init_ex(out, ce) != SUCCESS) {
		return false;
	}
	if (ce->constructor) {
		zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ_P(out), NULL, sid);
		if (EG(exception)) {
			zend_object_store_ctor_failed(Z_OBJ_P(out));
			zval_ptr_dtor(out);
			ZVAL_UNDEF(out);
			return false;
		}
	}
	return true;
}

/* static::createSessionId() */
static void wm_req_create_session_id(zend_object *obj, zval *rv)
{
	zend_function *fn = wm_req_user_fn(obj, M_CREATE_SESSION_ID);
	if (fn) {
		zend_call_known_function(fn, NULL, obj->ce, rv, 0, NULL, NULL);
	} else {
		wm_req_do_create_session_id(rv);
	}
}

static void wm_req_do_create_session_id(zval *rv)
{
	/* Through PHP's own function: it picks the active save handler's id generator when a
	 * session is active and reads session.sid_length & co, and the extension does not need to
	 * link against ext/session. */
	/* `rv` is always written: wm_req_do_session_id() has just released what it held. */
	if (!wm_call_function("session_create_id", sizeof("session_create_id") - 1, rv, 0, NULL)) {
		return;
	}
	if (Z_TYPE_P(rv) == IS_FALSE) {
		zend_throw_exception(spl_ce_RuntimeException, "session_create_id() failed", 0);
	}
}

/* $this->setSidCookie($name, $sid, $params) */
static void wm_req_set_sid_cookie(zend_object *obj, zval *name, zval *sid, zval *params)
{
	zend_function *fn = wm_req_user_fn(obj, M_SET_SID_COOKIE);
	if (fn) {
		zval args[3];
		ZVAL_COPY_VALUE(&args[0], name);
		ZVAL_COPY_VALUE(&args[1], sid);
		ZVAL_COPY_VALUE(&args[2], params);
		zend_call_known_instance_method(fn, obj, NULL, 3, args);
		return;
	}
	if (Z_TYPE_P(params) != IS_ARRAY) {
		zend_type_error("%s::setSidCookie(): Argument #3 ($cookieParams) must be of type array, %s given",
			ZSTR_VAL(wm_ce_Request->name), zend_zval_type_name(params));
		return;
	}
	zend_string *n = zval_try_get_string(name);
	if (!n) {
		return;
	}
	zend_string *s = zval_try_get_string(sid);
	if (!s) {
		zend_string_release(n);
		return;
	}
	wm_req_do_set_sid_cookie(obj, n, s, params);
	zend_string_release(n);
	zend_string_release(s);
}

/* `. (empty($p[key]) ? '' : prefix . $p[key])` */
static bool wm_cookie_attr(smart_str *s, HashTable *p, const char *key, const char *prefix)
{
	zval *v = zend_hash_str_find(p, key, strlen(key));
	if (!v) {
		return true;
	}
	ZVAL_DEREF(v);
	if (!zend_is_true(v)) {
		return true;
	}
	zend_string *str = zval_try_get_string(v);
	if (!str) {
		return false;
	}
	smart_str_appends(s, prefix);
	smart_str_append(s, str);
	zend_string_release(str);
	return true;
}

/* `. (!$p[key] ? '' : text)`, with upstream's warning when the key is missing. */
static void wm_cookie_flag(smart_str *s, HashTable *p, const char *key, const char *text)
{
	zval *v = zend_hash_str_find(p, key, strlen(key));
	if (!v) {
		zend_error(E_WARNING, "Undefined array key \"%s\"", key);
		return;
	}
	ZVAL_DEREF(v);
	if (zend_is_true(v)) {
		smart_str_appends(s, text);
	}
}

/* $this->connection->headers['Set-Cookie'] = [$line] */
static void wm_conn_set_header(zend_object *c, const char *name, size_t nlen, zval *value)
{
	zend_string *pn = k_headers;
	zval *pp = c->handlers->get_property_ptr_ptr(c, pn, BP_VAR_W, NULL);
	if (pp && !Z_ISERROR_P(pp)) {
		ZVAL_DEREF(pp);
		if (Z_TYPE_P(pp) == IS_NULL) {
			array_init(pp);
		}
		if (Z_TYPE_P(pp) == IS_ARRAY) {
			SEPARATE_ARRAY(pp);
			zend_hash_str_update(Z_ARRVAL_P(pp), name, nlen, value);
			return;
		}
	}
	if (EG(exception)) {
		zval_ptr_dtor(value);
		return;
	}
	zval tmp, arr;
	zval *cur = c->handlers->read_property(c, pn, BP_VAR_R, NULL, &tmp);
	if (cur && Z_TYPE_P(cur) == IS_ARRAY) {
		ZVAL_DUP(&arr, cur);
	} else {
		array_init(&arr);
	}
	if (cur == &tmp) {
		zval_ptr_dtor(&tmp);
	}
	zend_hash_str_update(Z_ARRVAL(arr), name, nlen, value);
	if (!EG(exception)) {
		c->handlers->write_property(c, pn, &arr, NULL);
	}
	zval_ptr_dtor(&arr);
}

static void wm_req_do_set_sid_cookie(zend_object *obj, zend_string *name, zend_string *sid, zval *params)
{
	zval *conn = wm_prop(obj, slot_connection);
	if (Z_TYPE_P(conn) != IS_OBJECT) {
		zend_throw_exception(spl_ce_RuntimeException, "Request->setSidCookie() fail, header already send", 0);
		return;
	}
	HashTable *p = Z_ARRVAL_P(params);
	smart_str s = {0};
	smart_str_append(&s, name);
	smart_str_appendc(&s, '=');
	smart_str_append(&s, sid);
	if (!wm_cookie_attr(&s, p, "domain", "; Domain=") || !wm_cookie_attr(&s, p, "lifetime", "; Max-Age=")
		|| !wm_cookie_attr(&s, p, "path", "; Path=") || !wm_cookie_attr(&s, p, "samesite", "; SameSite=")) {
		smart_str_free(&s);
		return;
	}
	wm_cookie_flag(&s, p, "secure", "; Secure");
	wm_cookie_flag(&s, p, "httponly", "; HttpOnly");
	if (EG(exception)) {
		smart_str_free(&s);
		return;
	}
	zval line, arr;
	ZVAL_STR(&line, smart_str_extract(&s));
	array_init_size(&arr, 1);
	zend_hash_next_index_insert_new(Z_ARRVAL(arr), &line);
	zend_object *c = Z_OBJ_P(conn);
	GC_ADDREF(c);
	wm_conn_set_header(c, "Set-Cookie", sizeof("Set-Cookie") - 1, &arr);
	OBJ_RELEASE(c);
}

/* preg_match('/^[a-zA-Z0-9,-]{16,256}$/', $id) ('$' also matches before a final "\n"). */
static bool wm_req_do_is_valid_session_id(zval *sid)
{
	if (Z_TYPE_P(sid) != IS_STRING) {
		return false;
	}
	const char *s = Z_STRVAL_P(sid);
	size_t n = Z_STRLEN_P(sid);
	if (n && s[n - 1] == '\n') {
		n--;
	}
	if (n < 16 || n > 256) {
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '-')) {
			return false;
		}
	}
	return true;
}

static void wm_req_session_id(zend_object *obj, zend_string *sid, zval *rv)
{
	zend_function *fn = wm_req_user_fn(obj, M_SESSION_ID);
	if (fn) {
		zval arg;
		if (sid) {
			ZVAL_STR(&arg, sid);
		} else {
			ZVAL_NULL(&arg);
		}
		zend_call_known_instance_method(fn, obj, rv, sid ? 1 : 0, &arg);
		return;
	}
	wm_req_do_session_id(obj, sid, rv);
}

static void wm_req_do_session_id(zend_object *obj, zend_string *session_id, zval *rv)
{
	bool given = wm_zstr_truthy(session_id);
	if (given) {
		wm_arr_del(obj, slot_context, k_sid);
		wm_arr_del(obj, slot_context, k_session);
	}
	if (!wm_arr_isset(obj, slot_context, k_sid)) {
		zval name, sid;
		ZVAL_COPY(&name, wm_static_slot(wm_ce_Session, sslot_session_name));
		if (given) {
			ZVAL_EMPTY_STRING(&sid);
		} else {
			zend_function *cfn = wm_req_user_fn(obj, M_COOKIE);
			if (cfn) {
				zend_call_known_instance_method_with_1_params(cfn, obj, &sid, &name);
			} else {
				zend_string *n = zval_try_get_string(&name);
				if (!n) {
					zval_ptr_dtor(&name);
					return;
				}
				ZVAL_NULL(&sid);
				wm_req_do_cookie(obj, n, NULL, &sid);
				zend_string_release(n);
			}
			if (EG(exception)) {
				goto fail;
			}
		}
		/* RFC 6265 allows a DQUOTE-wrapped cookie value. */
		if (Z_TYPE(sid) == IS_STRING && Z_STRLEN(sid) >= 2 && Z_STRVAL(sid)[0] == '"'
			&& Z_STRVAL(sid)[Z_STRLEN(sid) - 1] == '"') {
			zend_string *inner = zend_string_init(Z_STRVAL(sid) + 1, Z_STRLEN(sid) - 2, 0);
			zval_ptr_dtor(&sid);
			ZVAL_STR(&sid, inner);
		}
		bool valid;
		zend_function *vfn = wm_req_user_fn(obj, M_IS_VALID_SESSION_ID);
		if (vfn) {
			zval vr;
			zend_call_known_instance_method_with_1_params(vfn, obj, &vr, &sid);
			valid = zend_is_true(&vr);
			zval_ptr_dtor(&vr);
			if (EG(exception)) {
				goto fail;
			}
		} else {
			valid = wm_req_do_is_valid_session_id(&sid);
		}
		if (!valid) {
			zval_ptr_dtor(&sid);
			ZVAL_EMPTY_STRING(&sid);
		}
		if (Z_TYPE(sid) == IS_STRING && Z_STRLEN(sid) == 0) {
			if (Z_TYPE_P(wm_prop(obj, slot_connection)) != IS_OBJECT) {
				zend_throw_exception(spl_ce_RuntimeException, "Request->session() fail, header already send", 0);
				goto fail;
			}
			zval_ptr_dtor(&sid);
			if (given) {
				ZVAL_STR_COPY(&sid, session_id);
			} else {
				wm_req_create_session_id(obj, &sid);
				if (EG(exception)) {
					goto fail;
				}
			}
			zval params;
			wm_call_static(wm_ce_Session, "getcookieparams", sizeof("getcookieparams") - 1, &params, 0, NULL);
			if (EG(exception)) {
				zval_ptr_dtor(&params);
				goto fail;
			}
			wm_req_set_sid_cookie(obj, &name, &sid, &params);
			zval_ptr_dtor(&params);
			if (EG(exception)) {
				goto fail;
			}
		}
		zval_ptr_dtor(&name);
		if (!wm_arr_set(obj, slot_context, "context", k_sid, &sid)) {
			return;
		}
		goto done;
fail:
		zval_ptr_dtor(&name);
		zval_ptr_dtor(&sid);
		return;
	}
done:;
	zval *v = wm_arr_find(obj, slot_context, k_sid);
	if (!v || Z_TYPE_P(v) != IS_STRING) {
		wm_req_return_error("sessionId", "string", v);
		return;
	}
	ZVAL_STR_COPY(rv, Z_STR_P(v));
}

static void wm_req_session(zend_object *obj, zval *rv)
{
	zend_function *fn = wm_req_user_fn(obj, M_SESSION);
	if (fn) {
		zend_call_known_instance_method(fn, obj, rv, 0, NULL);
		return;
	}
	wm_req_do_session(obj, rv);
}

/* $this->context['session'] ??= new Session($this->sessionId()) */
static void wm_req_do_session(zend_object *obj, zval *rv)
{
	zval *cur = wm_arr_isset(obj, slot_context, k_session);
	if (!cur) {
		zval sid, session;
		ZVAL_UNDEF(&sid);
		wm_req_session_id(obj, NULL, &sid);
		if (EG(exception)) {
			zval_ptr_dtor(&sid);
			return;
		}
		bool ok = wm_session_new(&sid, &session);
		zval_ptr_dtor(&sid);
		if (!ok) {
			return;
		}
		if (!wm_arr_set(obj, slot_context, "context", k_session, &session)) {
			return;
		}
		cur = wm_arr_find(obj, slot_context, k_session);
	}
	if (!cur) {
		ZVAL_NULL(rv);
		return;
	}
	if (Z_TYPE_P(cur) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(cur), wm_ce_Session)) {
		wm_req_return_error("session", ZSTR_VAL(wm_ce_Session->name), cur);
		return;
	}
	ZVAL_COPY(rv, cur);
}

/* ---- webman's helpers ---------------------------------------------------------------------- */

enum { WM_HDR_IS_XHR, WM_HDR_TRUTHY, WM_HDR_HAS_JSON };

/* $this->header(name) === 'XMLHttpRequest' / (bool) $this->header(name) /
 * str_contains($this->header(name, ''), 'json'). */
static bool wm_req_header_is(zend_object *obj, zend_string *lname, int test)
{
	zval v, empty;
	ZVAL_EMPTY_STRING(&empty);
	ZVAL_UNDEF(&v);
	wm_req_header(obj, lname, test == WM_HDR_HAS_JSON ? &empty : NULL, &v);
	bool res = false;
	if (!EG(exception)) {
		switch (test) {
		case WM_HDR_IS_XHR:
			res = Z_TYPE(v) == IS_STRING && zend_string_equals_literal(Z_STR(v), "XMLHttpRequest");
			break;
		case WM_HDR_TRUTHY:
			res = zend_is_true(&v);
			break;
		default:
			res = Z_TYPE(v) == IS_STRING
				&& zend_memnstr(Z_STRVAL(v), "json", 4, Z_STRVAL(v) + Z_STRLEN(v)) != NULL;
			break;
		}
	}
	zval_ptr_dtor(&v);
	return res;
}

static bool wm_req_do_is_ajax(zend_object *obj)
{
	return wm_req_header_is(obj, k_x_requested_with, WM_HDR_IS_XHR);
}

static bool wm_req_do_is_pjax(zend_object *obj)
{
	return wm_req_header_is(obj, k_x_pjax, WM_HDR_TRUTHY);
}

static bool wm_req_do_accept_json(zend_object *obj)
{
	return wm_req_header_is(obj, k_accept, WM_HDR_HAS_JSON);
}

static bool wm_req_bool_step(zend_object *obj, int m, bool (*base)(zend_object *))
{
	zend_function *fn = wm_req_user_fn(obj, m);
	if (!fn) {
		return base(obj);
	}
	zval rv;
	zend_call_known_instance_method(fn, obj, &rv, 0, NULL);
	bool res = !EG(exception) && zend_is_true(&rv);
	zval_ptr_dtor(&rv);
	return res;
}

/* $this->connection?->$method(), or `fallback` without a connection. */
static void wm_req_conn_call(zend_object *obj, const char *lcname, size_t len, zval *rv, bool string)
{
	zval *c = wm_prop(obj, slot_connection);
	if (Z_TYPE_P(c) != IS_OBJECT) {
		if (string) {
			ZVAL_EMPTY_STRING(rv);
		} else {
			ZVAL_LONG(rv, 0);
		}
		return;
	}
	zend_object *conn = Z_OBJ_P(c);
	GC_ADDREF(conn);
	wm_call_method(conn, lcname, len, rv, 0, NULL);
	OBJ_RELEASE(conn);
}

/* ---- object handlers ----------------------------------------------------------------------- */

static zend_object *wm_req_create(zend_class_entry *ce)
{
	wm_request_object *r = zend_object_alloc(sizeof(wm_request_object), ce);
	r->buf = NULL;
	r->head_end = r->line_end = WM_UNKNOWN;
	ZVAL_UNDEF(&r->body_post);
	ZVAL_UNDEF(&r->body_files);
	r->tmp_files = NULL;
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &wm_req_handlers;
	return &r->std;
}

static void wm_req_free(zend_object *obj)
{
	wm_request_object *r = wm_req_from_obj(obj);
	if (r->tmp_files) {
		/* Temp files a re-parse or a data[] write left behind (upstream leaks those). */
		if (Z_TYPE_P(wm_prop(obj, slot_is_safe)) == IS_TRUE) {
			zend_string *path;
			ZEND_HASH_FOREACH_STR_KEY(r->tmp_files, path) {
				VCWD_UNLINK(ZSTR_VAL(path));
			} ZEND_HASH_FOREACH_END();
		}
		zend_hash_destroy(r->tmp_files);
		FREE_HASHTABLE(r->tmp_files);
	}
	if (r->buf) {
		zend_string_release(r->buf);
	}
	zval_ptr_dtor(&r->body_post);
	zval_ptr_dtor(&r->body_files);
	zend_object_std_dtor(obj);
}

/* Exposes a streamed body's arrays next to the properties (plain requests: the default). */
static HashTable *wm_req_get_gc(zend_object *obj, zval **table, int *n)
{
	wm_request_object *r = wm_req_from_obj(obj);
	if (Z_ISUNDEF(r->body_post)) {
		return zend_std_get_gc(obj, table, n);
	}
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buf, &r->body_post);
	zend_get_gc_buffer_add_zval(buf, &r->body_files);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

/* Clones keep the offsets and a streamed body's arrays; the temp files stay the original's. */
static zend_object *wm_req_clone(zend_object *old)
{
	zend_object *nobj = wm_req_create(old->ce);
	wm_request_object *o = wm_req_from_obj(old), *n = wm_req_from_obj(nobj);
	if (o->buf) {
		n->buf = zend_string_copy(o->buf);
		n->head_end = o->head_end;
		n->line_end = o->line_end;
	}
	if (!Z_ISUNDEF(o->body_post)) {
		ZVAL_COPY(&n->body_post, &o->body_post);
		ZVAL_COPY(&n->body_files, &o->body_files);
	}
	zend_objects_clone_members(nobj, old);
	return nobj;
}

/* ---- API for the protocol ------------------------------------------------------------------ */

void wm_request_create(zval *out, zend_class_entry *ce, zend_string *buffer,
	const wm_http_head *head, zend_object *connection)
{
	if (object_init_ex(out, ce) != SUCCESS) {
		ZVAL_NULL(out);
		return;
	}
	zend_object *obj = Z_OBJ_P(out);
	bool is_req = instanceof_function(ce, wm_ce_Request);
	zend_function *ctor = obj->handlers->get_constructor(obj);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
		return;
	}
	if (ctor && !(is_req && ctor->common.scope == wm_ce_Request)) {
		zval arg;
		ZVAL_STR(&arg, buffer);
		zend_call_known_instance_method_with_1_params(ctor, obj, NULL, &arg);
		if (EG(exception)) {
			zend_object_store_ctor_failed(obj);
			zval_ptr_dtor(out);
			ZVAL_NULL(out);
			return;
		}
	} else if (is_req) {
		zval b;
		ZVAL_STR_COPY(&b, buffer);
		wm_prop_set(obj, slot_buffer, &b);
	}
	if (is_req && head && head->head_len >= 4 && head->head_len <= ZSTR_LEN(buffer)) {
		wm_request_object *r = wm_req_from_obj(obj);
		zval *b = wm_prop(obj, slot_buffer);
		if (Z_TYPE_P(b) == IS_STRING && Z_STR_P(b) == buffer) {
			wm_req_buf(r);
			r->head_end = head->head_len - 4;
			size_t le = (size_t) head->target.off + head->target.len + sizeof(" HTTP/1.d") - 1;
			if (le + 1 < ZSTR_LEN(buffer) && ZSTR_VAL(buffer)[le] == '\r' && ZSTR_VAL(buffer)[le + 1] == '\n') {
				r->line_end = le;
			}
		}
	}
	if (connection) {
		zval c;
		ZVAL_OBJ_COPY(&c, connection);
		if (is_req) {
			wm_prop_set(obj, slot_connection, &c);
		} else {
			zend_update_property(ce, obj, "connection", sizeof("connection") - 1, &c);
			zval_ptr_dtor(&c);
		}
		if (EG(exception)) {
			zval_ptr_dtor(out);
			ZVAL_NULL(out);
		}
	}
}

void wm_request_set_body_parsed(zend_object *req, zval *post, zval *files)
{
	if (!instanceof_function(req->ce, wm_ce_Request)) {
		return;
	}
	wm_request_object *r = wm_req_from_obj(req);
	zval_ptr_dtor(&r->body_post);
	zval_ptr_dtor(&r->body_files);
	ZVAL_COPY(&r->body_post, post);
	ZVAL_COPY(&r->body_files, files);
	if (Z_TYPE_P(files) == IS_ARRAY) {
		wm_files_walk(Z_ARRVAL_P(files), 0, wm_tmp_name_track, r);
	}
	zval p, f;
	ZVAL_COPY(&p, post);
	ZVAL_COPY(&f, files);
	wm_data_set(req, k_post, &p);
	wm_data_set(req, k_files, &f);
}

/* ---- methods ------------------------------------------------------------------------------- */

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

ZEND_METHOD(Workerman_Protocols_Http_Request, __construct)
{
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();
	zval b;
	ZVAL_STR_COPY(&b, buffer);
	wm_prop_set(THIS_OBJ, slot_buffer, &b);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, setChunkTrailers)
{
	zval *trailers;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(trailers)
	ZEND_PARSE_PARAMETERS_END();
	zval *cur = wm_prop(THIS_OBJ, slot_chunk_trailers);
	if (Z_TYPE_P(cur) != IS_NULL) {
		return;
	}
	zval v;
	ZVAL_COPY(&v, trailers);
	wm_prop_set(THIS_OBJ, slot_chunk_trailers, &v);
}

/* The `(?string $name = null, mixed $default = null)` of get()/post()/header()/trailer()/cookie(). */
#define WM_PARSE_NAME_DEFAULT() \
	zend_string *name = NULL; \
	zval *def = NULL; \
	ZEND_PARSE_PARAMETERS_START(0, 2) \
		Z_PARAM_OPTIONAL \
		Z_PARAM_STR_OR_NULL(name) \
		Z_PARAM_ZVAL(def) \
	ZEND_PARSE_PARAMETERS_END()

/* get()/post(): data[key] or the parse step, then the whole bag or one entry. */
static void wm_req_bag(INTERNAL_FUNCTION_PARAMETERS, zend_string *key, int step, void (*base)(zend_object *))
{
	WM_PARSE_NAME_DEFAULT();
	zend_object *obj = THIS_OBJ;
	if (!wm_data_isset(obj, key)) {
		wm_req_step(obj, step, base);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	if (!name) {
		wm_data_return(obj, key, return_value);
		return;
	}
	wm_dim_or_default(wm_data_find(obj, key), name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, get)
{
	wm_req_bag(INTERNAL_FUNCTION_PARAM_PASSTHRU, k_get, M_PARSE_GET, wm_req_do_parse_get);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, post)
{
	wm_req_bag(INTERNAL_FUNCTION_PARAM_PASSTHRU, k_post, M_PARSE_POST, wm_req_do_parse_post);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, header)
{
	WM_PARSE_NAME_DEFAULT();
	wm_req_do_header(THIS_OBJ, name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, trailer)
{
	WM_PARSE_NAME_DEFAULT();
	zval *all = wm_prop(THIS_OBJ, slot_chunk_trailers);
	if (!name) {
		if (Z_TYPE_P(all) == IS_NULL) {
			RETURN_EMPTY_ARRAY();
		}
		RETURN_COPY(all);
	}
	zend_string *lname = zend_string_tolower(name);
	wm_dim_or_default(all, lname, def, return_value);
	zend_string_release(lname);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, cookie)
{
	WM_PARSE_NAME_DEFAULT();
	wm_req_do_cookie(THIS_OBJ, name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, file)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = THIS_OBJ;
	php_clear_stat_cache(0, NULL, 0);
	zval *files = wm_data_find(obj, k_files);
	/* A tmp_name that is gone (e.g. a cached clone whose original removed its files): re-parse.
	 * The array is held while stat() runs (a user stream wrapper could change $this->data). */
	if (files && Z_TYPE_P(files) == IS_ARRAY) {
		zval hold;
		ZVAL_COPY(&hold, files);
		bool stale = wm_files_walk(Z_ARRVAL(hold), 0, wm_tmp_name_stale, NULL);
		zval_ptr_dtor(&hold);
		if (stale) {
			wm_data_set_empty(obj, k_files);
		}
		files = wm_data_find(obj, k_files);
	}
	if (!files || !zend_is_true(files)) {
		wm_req_step(obj, M_PARSE_POST, wm_req_do_parse_post);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	if (!name) {
		wm_data_return(obj, k_files, return_value);
		return;
	}
	wm_dim_or_default(wm_data_find(obj, k_files), name, NULL, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, method)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(THIS_OBJ, WM_G_METHOD, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, protocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(THIS_OBJ, WM_G_VERSION, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, host)
{
	bool without_port = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(without_port)
	ZEND_PARSE_PARAMETERS_END();
	zval host;
	ZVAL_NULL(&host);
	wm_req_header(THIS_OBJ, k_host, NULL, &host);
	if (EG(exception)) {
		zval_ptr_dtor(&host);
		RETURN_THROWS();
	}
	if (without_port && Z_TYPE(host) == IS_STRING && wm_zstr_truthy(Z_STR(host))) {
		/* preg_replace('/:\d{1,5}$/', '', $host): '$' also matches before a final "\n". */
		const char *s = Z_STRVAL(host);
		size_t n = Z_STRLEN(host), e = n;
		if (e && s[e - 1] == '\n') {
			e--;
		}
		size_t d = e;
		while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9') {
			d--;
		}
		if (d > 0 && s[d - 1] == ':' && e - d >= 1 && e - d <= 5) {
			zend_string *out = zend_string_alloc(d - 1 + (n - e), 0);
			memcpy(ZSTR_VAL(out), s, d - 1);
			memcpy(ZSTR_VAL(out) + d - 1, s + e, n - e);
			ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
			zval_ptr_dtor(&host);
			RETURN_NEW_STR(out);
		}
	}
	if (Z_TYPE(host) != IS_STRING && Z_TYPE(host) != IS_NULL) {
		wm_req_return_error("host", "?string", &host);
		zval_ptr_dtor(&host);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&host);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, uri)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(THIS_OBJ, WM_G_URI, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, path)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(THIS_OBJ, WM_G_PATH, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, queryString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(THIS_OBJ, WM_G_QUERY, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseUriComponents)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_uri_components(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, session)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_session(THIS_OBJ, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, sessionId)
{
	zend_string *sid = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(sid)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_do_session_id(THIS_OBJ, sid, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, isValidSessionId)
{
	zval *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(sid)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_req_do_is_valid_session_id(sid));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, sessionRegenerateId)
{
	bool delete_old = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(delete_old)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = THIS_OBJ;
	zval session, data, new_sid, new_session, params, name;
	ZVAL_UNDEF(&session);
	ZVAL_UNDEF(&data);
	ZVAL_UNDEF(&new_sid);
	ZVAL_UNDEF(&new_session);
	ZVAL_UNDEF(&params);
	ZVAL_UNDEF(&name);
	wm_req_session(obj, &session);
	if (EG(exception)) {
		goto out;
	}
	if (Z_TYPE(session) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function all() on %s", zend_zval_type_name(&session));
		goto out;
	}
	wm_call_method(Z_OBJ(session), "all", 3, &data, 0, NULL);
	if (EG(exception)) {
		goto out;
	}
	if (delete_old) {
		wm_call_method(Z_OBJ(session), "flush", 5, NULL, 0, NULL);
		if (EG(exception)) {
			goto out;
		}
	}
	wm_req_create_session_id(obj, &new_sid);
	if (EG(exception)) {
		goto out;
	}
	if (!wm_session_new(&new_sid, &new_session)) {
		goto out;
	}
	zval_ptr_dtor(&session);
	ZVAL_UNDEF(&session);
	wm_call_method(Z_OBJ(new_session), "put", 3, NULL, 1, &data);
	if (EG(exception)) {
		goto out;
	}
	wm_call_static(wm_ce_Session, "getcookieparams", sizeof("getcookieparams") - 1, &params, 0, NULL);
	if (EG(exception)) {
		goto out;
	}
	ZVAL_COPY(&name, wm_static_slot(wm_ce_Session, sslot_session_name));
	wm_req_set_sid_cookie(obj, &name, &new_sid, &params);
	if (EG(exception)) {
		goto out;
	}
	zval v;
	ZVAL_COPY(&v, &new_sid);
	if (!wm_arr_set(obj, slot_context, "context", k_sid, &v)) {
		goto out;
	}
	ZVAL_COPY(&v, &new_session);
	if (!wm_arr_set(obj, slot_context, "context", k_session, &v)) {
		goto out;
	}
	if (Z_TYPE(new_sid) != IS_STRING) {
		wm_req_return_error("sessionRegenerateId", "string", &new_sid);
		goto out;
	}
	ZVAL_COPY(return_value, &new_sid);
out:
	zval_ptr_dtor(&session);
	zval_ptr_dtor(&data);
	zval_ptr_dtor(&new_sid);
	zval_ptr_dtor(&new_session);
	zval_ptr_dtor(&params);
	zval_ptr_dtor(&name);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawHead)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_raw_head(THIS_OBJ, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_raw_body(THIS_OBJ, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawBuffer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *buf = wm_req_buf(wm_req_from_obj(THIS_OBJ));
	if (buf) {
		RETURN_STR_COPY(buf);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseHeadFirstLine)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_head_first_line(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseProtocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_protocol_version(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseHeaders)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_headers(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseGet)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_get(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parsePost)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_post(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseUploadFiles)
{
	zend_string *boundary;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(boundary)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_do_parse_upload_files(THIS_OBJ, boundary);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseUploadFile)
{
	zend_string *boundary;
	zend_long start;
	zval *post, *files_enc, *files;
	ZEND_PARSE_PARAMETERS_START(5, 5)
		Z_PARAM_STR(boundary)
		Z_PARAM_LONG(start)
		Z_PARAM_ZVAL(post)
		Z_PARAM_ZVAL(files_enc)
		Z_PARAM_ZVAL(files)
	ZEND_PARSE_PARAMETERS_END();
	static const char *const pnames[] = {"postEncodeString", "filesEncodeStr", "files"};
	zval *refs[] = {post, files_enc, files};
	for (int i = 0; i < 3; i++) {
		zval *v = Z_REFVAL_P(refs[i]);
		if (Z_TYPE_P(v) != (i == 2 ? IS_ARRAY : IS_STRING)) {
			zend_type_error("%s::parseUploadFile(): Argument #%d ($%s) must be of type %s, %s given",
				ZSTR_VAL(wm_ce_Request->name), i + 3, pnames[i], i == 2 ? "array" : "string",
				zend_zval_type_name(v));
			RETURN_THROWS();
		}
	}
	zend_long next = wm_req_do_parse_upload_file(THIS_OBJ, boundary, start, post, files_enc, files);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(next);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, createSessionId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_create_session_id(return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, setSidCookie)
{
	zend_string *name, *sid;
	zval *params;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(name)
		Z_PARAM_STR(sid)
		Z_PARAM_ARRAY(params)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_do_set_sid_cookie(THIS_OBJ, name, sid, params);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *buf = wm_req_buf(wm_req_from_obj(THIS_OBJ));
	if (buf) {
		RETURN_STR_COPY(buf);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __set)
{
	zend_string *name;
	zval *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	zval v;
	ZVAL_COPY_DEREF(&v, value);
	wm_arr_set(THIS_OBJ, slot_properties, "properties", name, &v);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __get)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	wm_dim_or_default(wm_prop(THIS_OBJ, slot_properties), name, NULL, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __isset)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *props = wm_prop(THIS_OBJ, slot_properties);
	zval *v = Z_TYPE_P(props) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(props), name) : NULL;
	if (v) {
		ZVAL_DEREF(v);
	}
	RETURN_BOOL(v && Z_TYPE_P(v) != IS_NULL);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __unset)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *props = wm_prop(THIS_OBJ, slot_properties);
	if (Z_TYPE_P(props) == IS_ARRAY && zend_symtable_exists(Z_ARRVAL_P(props), name)) {
		SEPARATE_ARRAY(props);
		zend_symtable_del(Z_ARRVAL_P(props), name);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __unserialize)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(data)
	ZEND_PARSE_PARAMETERS_END();
	(void) data;
	/* Unserialized requests never delete files: their tmp_name values came from outside. */
	zval f;
	ZVAL_FALSE(&f);
	wm_prop_set(THIS_OBJ, slot_is_safe, &f);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = THIS_OBJ;
	zval v;
	if (zend_is_true(wm_prop(obj, slot_context))) {
		ZVAL_EMPTY_ARRAY(&v);
		wm_prop_set(obj, slot_context, &v);
	}
	if (zend_is_true(wm_prop(obj, slot_properties))) {
		ZVAL_EMPTY_ARRAY(&v);
		wm_prop_set(obj, slot_properties, &v);
	}
	ZVAL_NULL(&v);
	wm_prop_set(obj, slot_connection, &v);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = THIS_OBJ;
	zval *files = wm_data_find(obj, k_files);
	if (files && zend_is_true(files) && Z_TYPE_P(wm_prop(obj, slot_is_safe)) == IS_TRUE) {
		php_clear_stat_cache(0, NULL, 0);
		if (Z_TYPE_P(files) == IS_ARRAY) {
			zval hold;
			ZVAL_COPY(&hold, files);
			wm_files_walk(Z_ARRVAL(hold), 0, wm_tmp_name_unlink, NULL);
			zval_ptr_dtor(&hold);
		}
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getRemoteIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(THIS_OBJ, "getremoteip", sizeof("getremoteip") - 1, return_value, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(THIS_OBJ, "getremoteport", sizeof("getremoteport") - 1, return_value, false);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(THIS_OBJ, "getlocalip", sizeof("getlocalip") - 1, return_value, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(THIS_OBJ, "getlocalport", sizeof("getlocalport") - 1, return_value, false);
}

/* The bool of a step that may have thrown. */
#define WM_RETURN_BOOL_OR_THROW(expr) do { \
		bool res_ = (expr); \
		if (EG(exception)) { \
			RETURN_THROWS(); \
		} \
		RETURN_BOOL(res_); \
	} while (0)

ZEND_METHOD(Workerman_Protocols_Http_Request, isAjax)
{
	ZEND_PARSE_PARAMETERS_NONE();
	WM_RETURN_BOOL_OR_THROW(wm_req_do_is_ajax(THIS_OBJ));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, isPjax)
{
	ZEND_PARSE_PARAMETERS_NONE();
	WM_RETURN_BOOL_OR_THROW(wm_req_do_is_pjax(THIS_OBJ));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, acceptJson)
{
	ZEND_PARSE_PARAMETERS_NONE();
	WM_RETURN_BOOL_OR_THROW(wm_req_do_accept_json(THIS_OBJ));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, expectsJson)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = THIS_OBJ;
	/* ($this->isAjax() && !$this->isPjax()) || $this->acceptJson() */
	bool res = wm_req_bool_step(obj, M_IS_AJAX, wm_req_do_is_ajax);
	if (!EG(exception) && res) {
		res = !wm_req_bool_step(obj, M_IS_PJAX, wm_req_do_is_pjax);
	}
	if (!EG(exception) && !res) {
		res = wm_req_bool_step(obj, M_ACCEPT_JSON, wm_req_do_accept_json);
	}
	WM_RETURN_BOOL_OR_THROW(res);
}

/* ---- registration -------------------------------------------------------------------------- */

void wm_request_minit(void)
{
	wm_ce_Request = register_class_Workerman_Protocols_Http_Request(zend_ce_stringable);
	wm_ce_Request->create_object = wm_req_create;

	memcpy(&wm_req_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	wm_req_handlers.offset = XtOffsetOf(wm_request_object, std);
	wm_req_handlers.free_obj = wm_req_free;
	wm_req_handlers.clone_obj = wm_req_clone;
	wm_req_handlers.get_gc = wm_req_get_gc;

	slot_connection = wm_prop_offset(wm_ce_Request, "connection");
	slot_properties = wm_prop_offset(wm_ce_Request, "properties");
	slot_data = wm_prop_offset(wm_ce_Request, "data");
	slot_is_safe = wm_prop_offset(wm_ce_Request, "isSafe");
	slot_context = wm_prop_offset(wm_ce_Request, "context");
	slot_chunk_trailers = wm_prop_offset(wm_ce_Request, "chunkTrailers");
	slot_buffer = wm_prop_offset(wm_ce_Request, "buffer");

	k_get = wm_interned("get");
	k_post = wm_interned("post");
	k_headers = wm_interned("headers");
	k_cookie = wm_interned("cookie");
	k_files = wm_interned("files");
	k_method = wm_interned("method");
	k_uri = wm_interned("uri");
	k_path = wm_interned("path");
	k_query_string = wm_interned("query_string");
	k_protocol_version = wm_interned("protocolVersion");
	k_head = wm_interned("head");
	k_sid = wm_interned("sid");
	k_session = wm_interned("session");
	k_host = wm_interned("host");
	k_content_type = wm_interned("content-type");
	k_tmp_name = wm_interned("tmp_name");
	k_x_requested_with = wm_interned("x-requested-with");
	k_x_pjax = wm_interned("x-pjax");
	k_accept = wm_interned("accept");
	sslot_session_name = wm_static_offset(wm_ce_Session, "name");  /* wm_session_minit() ran */

	static const char *const methods[] = {"GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"};
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		v_methods[i] = wm_interned(methods[i]);
	}
	v_version_11 = wm_interned("1.1");
	v_version_10 = wm_interned("1.0");
	v_slash = wm_interned("/");

	for (int i = 0; i < M_COUNT; i++) {
		wm_req_mkeys[i] = wm_interned(wm_req_mnames[i]);
	}
	re_file = wm_interned("/name=\"(.*?)\"; filename=\"(.*?)\"/i");
	re_field = wm_interned("/name=\"(.*?)\"$/");
}
