/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Request: the object and its lazy getters over the raw request bytes.
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
 * This file: the object (handlers, creation for the protocol, registration), the request line,
 * head and body, headers, the query string and the PHP methods over them. The body (parsePost(),
 * file(), multipart uploads through the upload collector) is in upload.c; cookies, sessions and
 * webman's isAjax() & co in request_session.c; what they share in request_impl.h. */

#include "php/request_impl.h"
#include "core/callback.h"
#include "SAPI.h"
#include "php_variables.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "../stubs/request_arginfo.h"

static zend_object_handlers wm_req_handlers;

struct wm_req_slots wm_req_slot;
struct wm_req_keys wm_req_key;
zend_string *wm_req_mkeys[M_COUNT];

/* Interned values for the common request-line tokens. */
static zend_string *v_methods[7], *v_version_11, *v_version_10, *v_slash;

static const char *const wm_req_mnames[M_COUNT] = {
	"header", "cookie", "uri", "querystring", "rawhead", "rawbody", "parseuricomponents",
	"parseheadfirstline", "parseprotocolversion", "parseheaders", "parseget", "parsepost",
	"parseuploadfiles", "parseuploadfile", "session", "sessionid", "isvalidsessionid",
	"createsessionid", "setsidcookie", "isajax", "ispjax", "acceptjson",
};

/* ---- small helpers ------------------------------------------------------------------------- */

static void wm_req_uninit_error(const char *prop)
{
	zend_throw_error(NULL, "Typed property %s::$%s must not be accessed before initialization",
		ZSTR_VAL(wm_ce_Request->name), prop);
}

/* What PHP says when one of upstream's typed methods returns the wrong type. */
void wm_req_return_error(const char *method, const char *type, zval *v)
{
	zend_type_error("%s::%s(): Return value must be of type %s, %s returned",
		ZSTR_VAL(wm_ce_Request->name), method, type, v ? zend_zval_type_name(v) : "null");
}

/* What PHP says (strict_types, as in upstream's file) when a value from an overridden method
 * reaches a string parameter of an internal function. */
bool wm_req_want_string(zval *v, const char *what)
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
zend_string *wm_req_buf(wm_request_object *r)
{
	zval *zv = wm_prop(&r->std, wm_req_slot.buffer);
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

size_t wm_req_head_end(wm_request_object *r)
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
zval *wm_req_arr_find(zend_object *obj, uint32_t slot, zend_string *key)
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

/* $this->x[key] = value (takes `value`; writes through a reference as PHP does). */
bool wm_req_arr_set(zend_object *obj, uint32_t slot, const char *prop, zend_string *key, zval *value)
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

void wm_req_arr_del(zend_object *obj, uint32_t slot, zend_string *key)
{
	zval *arr = wm_prop(obj, slot);
	if (Z_TYPE_P(arr) == IS_ARRAY && zend_hash_exists(Z_ARRVAL_P(arr), key)) {
		SEPARATE_ARRAY(arr);
		zend_hash_del(Z_ARRVAL_P(arr), key);
	}
}

static void wm_req_data_set_str(zend_object *obj, zend_string *key, zend_string *s)
{
	zval v;
	ZVAL_STR(&v, s);
	wm_req_data_set(obj, key, &v);
}

void wm_req_data_set_empty(zend_object *obj, zend_string *key)
{
	zval v;
	ZVAL_EMPTY_ARRAY(&v);
	wm_req_data_set(obj, key, &v);
}

/* `$container[$name] ?? $default` for the bags (get/post/cookie/files/headers). */
void wm_req_dim_or_default(zval *container, zend_string *name, zval *def, zval *rv)
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
void wm_req_data_return(zend_object *obj, zend_string *key, zval *rv)
{
	zval *v = wm_req_data_find(obj, key);
	if (!v) {
		wm_undefined_key(key);
		ZVAL_NULL(rv);
		return;
	}
	ZVAL_COPY(rv, v);
}

/* parse_str($s, $arr): PHP's own parser, so arrays, dots, max_input_vars and the rest match. */
void wm_req_parse_str(const char *s, size_t len, zval *arr)
{
	array_init(arr);
	sapi_module.treat_data(PARSE_STRING, estrndup(s, len), arr);
}

/* ---- dispatch of the overridable steps ----------------------------------------------------- */

static void wm_req_do_header(zend_object *obj, zend_string *name, zval *def, zval *rv);
static void wm_req_do_string_getter(zend_object *obj, int which, zval *rv);
static void wm_req_do_raw_head(zend_object *obj, zval *rv);
static void wm_req_do_raw_body(zend_object *obj, zval *rv);

/* Runs a no-argument step: the override through PHP, else `base`. */
void wm_req_step(zend_object *obj, int m, void (*base)(zend_object *))
{
	zend_function *fn = wm_req_user_fn(obj, m);
	if (fn) {
		zend_call_known_instance_method(fn, obj, NULL, 0, NULL);
	} else {
		base(obj);
	}
}

/* $this->header($name, $default); `lname` is already lower-case. */
void wm_req_header(zend_object *obj, zend_string *lname, zval *def, zval *rv)
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

void wm_req_string_step(zend_object *obj, int m, zval *rv)
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
	wm_req_data_set_str(obj, wm_req_key.method, wm_known_method(p, mlen));
	wm_req_data_set_str(obj, wm_req_key.uri, uri);
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
	wm_req_data_set_str(obj, wm_req_key.protocol_version, v);
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
	wm_req_data_set_str(obj, wm_req_key.path, path);
	wm_req_data_set_str(obj, wm_req_key.query_string, query);
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
		key = wm_req_key.method, step = M_PARSE_HEAD_FIRST_LINE, base = wm_req_do_parse_head_first_line;
		break;
	case WM_G_URI:
		key = wm_req_key.uri, step = M_PARSE_HEAD_FIRST_LINE, base = wm_req_do_parse_head_first_line;
		break;
	case WM_G_VERSION:
		key = wm_req_key.protocol_version, step = M_PARSE_PROTOCOL_VERSION, base = wm_req_do_parse_protocol_version;
		break;
	case WM_G_PATH:
		key = wm_req_key.path, step = M_PARSE_URI_COMPONENTS, base = wm_req_do_parse_uri_components;
		break;
	default:
		key = wm_req_key.query_string, step = M_PARSE_URI_COMPONENTS, base = wm_req_do_parse_uri_components;
		break;
	}
	zval *v = wm_req_data_isset(obj, key);
	if (!v) {
		wm_req_step(obj, step, base);
		if (EG(exception)) {
			return;
		}
		v = wm_req_data_find(obj, key);
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
	zval *v = wm_req_data_isset(obj, wm_req_key.head);
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
		if (!wm_req_data_set(obj, wm_req_key.head, &nv)) {
			return;
		}
		v = wm_req_data_find(obj, wm_req_key.head);
	}
	if (!v || Z_TYPE_P(v) != IS_STRING) {
		wm_req_return_error("rawHead", "string", v);
		return;
	}
	ZVAL_STR_COPY(rv, Z_STR_P(v));
}

/* rawBody(): substr($this->buffer, strpos($this->buffer, "\r\n\r\n") + 4) (no CRLFCRLF: from 4). */
bool wm_req_body_span(zend_object *obj, const char **p, size_t *len)
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
	if (wm_req_user_fn(obj, M_RAW_HEAD) || wm_req_data_isset(obj, wm_req_key.head)) {
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
		wm_req_data_set(obj, wm_req_key.head, &f);
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
	wm_req_data_set_empty(obj, wm_req_key.headers);
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
	wm_req_data_set(obj, wm_req_key.headers, &arr);
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
	zval *headers = wm_req_data_isset(obj, wm_req_key.headers);
	bool parsed = false;
	if (!headers && (!name || wm_req_user_fn(obj, M_PARSE_HEADERS))) {
		wm_req_step(obj, M_PARSE_HEADERS, wm_req_do_parse_headers);
		if (EG(exception)) {
			return;
		}
		headers = wm_req_data_find(obj, wm_req_key.headers);
		parsed = true;
	}
	if (!name) {
		if (!headers) {
			wm_undefined_key(wm_req_key.headers);
			ZVAL_NULL(rv);
			return;
		}
		ZVAL_COPY(rv, headers);
		return;
	}
	zend_string *lname = zend_string_tolower(name);
	if (headers || parsed) {
		wm_req_dim_or_default(headers, lname, def, rv);
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
			wm_req_data_set_empty(obj, wm_req_key.headers);
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

/* ---- trim() ------------------------------------------------------------------------------- */

static zend_always_inline bool wm_is_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0B';
}

/* trim()'s default character set, on a span in place. */
void wm_req_trim_span(const char **s, size_t *len)
{
	while (*len && wm_is_trim_char(**s)) {
		(*s)++, (*len)--;
	}
	while (*len && wm_is_trim_char((*s)[*len - 1])) {
		(*len)--;
	}
}

/* ---- query string -------------------------------------------------------------------------- */

/* parseGet(): parse_str($this->queryString()). */
static void wm_req_do_parse_get(zend_object *obj)
{
	zval qs;
	wm_req_string_step(obj, M_QUERY_STRING, &qs);
	if (EG(exception)) {
		zval_ptr_dtor(&qs);
		return;
	}
	wm_req_data_set_empty(obj, wm_req_key.get);
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
	wm_req_parse_str(Z_STRVAL(qs), Z_STRLEN(qs), &arr);
	zval_ptr_dtor(&qs);
	wm_req_data_set(obj, wm_req_key.get, &arr);
}
/* ---- the connection ------------------------------------------------------------------------ */

/* $this->connection?->$method(), or `fallback` without a connection. */
static void wm_req_conn_call(zend_object *obj, const char *lcname, size_t len, zval *rv, bool string)
{
	zval *c = wm_prop(obj, wm_req_slot.connection);
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
		if (Z_TYPE_P(wm_prop(obj, wm_req_slot.is_safe)) == IS_TRUE) {
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
		wm_prop_set(obj, wm_req_slot.buffer, &b);
	}
	if (is_req && head && head->head_len >= 4 && head->head_len <= ZSTR_LEN(buffer)) {
		wm_request_object *r = wm_req_from_obj(obj);
		zval *b = wm_prop(obj, wm_req_slot.buffer);
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
			wm_prop_set(obj, wm_req_slot.connection, &c);
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

/* ---- methods ------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Request, __construct)
{
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();
	zval b;
	ZVAL_STR_COPY(&b, buffer);
	wm_prop_set(Z_OBJ_P(ZEND_THIS), wm_req_slot.buffer, &b);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, setChunkTrailers)
{
	zval *trailers;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(trailers)
	ZEND_PARSE_PARAMETERS_END();
	zval *cur = wm_prop(Z_OBJ_P(ZEND_THIS), wm_req_slot.chunk_trailers);
	if (Z_TYPE_P(cur) != IS_NULL) {
		return;
	}
	zval v;
	ZVAL_COPY(&v, trailers);
	wm_prop_set(Z_OBJ_P(ZEND_THIS), wm_req_slot.chunk_trailers, &v);
}

/* get()/post(): data[key] or the parse step, then the whole bag or one entry. */
static void wm_req_bag(INTERNAL_FUNCTION_PARAMETERS, zend_string *key, int step, void (*base)(zend_object *))
{
	WM_PARSE_NAME_DEFAULT();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (!wm_req_data_isset(obj, key)) {
		wm_req_step(obj, step, base);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	if (!name) {
		wm_req_data_return(obj, key, return_value);
		return;
	}
	wm_req_dim_or_default(wm_req_data_find(obj, key), name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, get)
{
	wm_req_bag(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_req_key.get, M_PARSE_GET, wm_req_do_parse_get);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, post)
{
	wm_req_bag(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_req_key.post, M_PARSE_POST, wm_req_do_parse_post);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, header)
{
	WM_PARSE_NAME_DEFAULT();
	wm_req_do_header(Z_OBJ_P(ZEND_THIS), name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, trailer)
{
	WM_PARSE_NAME_DEFAULT();
	zval *all = wm_prop(Z_OBJ_P(ZEND_THIS), wm_req_slot.chunk_trailers);
	if (!name) {
		if (Z_TYPE_P(all) == IS_NULL) {
			RETURN_EMPTY_ARRAY();
		}
		RETURN_COPY(all);
	}
	zend_string *lname = zend_string_tolower(name);
	wm_req_dim_or_default(all, lname, def, return_value);
	zend_string_release(lname);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, method)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(Z_OBJ_P(ZEND_THIS), WM_G_METHOD, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, protocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(Z_OBJ_P(ZEND_THIS), WM_G_VERSION, return_value);
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
	wm_req_header(Z_OBJ_P(ZEND_THIS), wm_req_key.host, NULL, &host);
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
	wm_req_do_string_getter(Z_OBJ_P(ZEND_THIS), WM_G_URI, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, path)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(Z_OBJ_P(ZEND_THIS), WM_G_PATH, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, queryString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_string_getter(Z_OBJ_P(ZEND_THIS), WM_G_QUERY, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseUriComponents)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_uri_components(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawHead)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_raw_head(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_raw_body(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawBuffer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *buf = wm_req_buf(wm_req_from_obj(Z_OBJ_P(ZEND_THIS)));
	if (buf) {
		RETURN_STR_COPY(buf);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseHeadFirstLine)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_head_first_line(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseProtocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_protocol_version(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseHeaders)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_headers(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseGet)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_get(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *buf = wm_req_buf(wm_req_from_obj(Z_OBJ_P(ZEND_THIS)));
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
	wm_req_arr_set(Z_OBJ_P(ZEND_THIS), wm_req_slot.properties, "properties", name, &v);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __get)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_dim_or_default(wm_prop(Z_OBJ_P(ZEND_THIS), wm_req_slot.properties), name, NULL, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __isset)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *props = wm_prop(Z_OBJ_P(ZEND_THIS), wm_req_slot.properties);
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
	zval *props = wm_prop(Z_OBJ_P(ZEND_THIS), wm_req_slot.properties);
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
	wm_prop_set(Z_OBJ_P(ZEND_THIS), wm_req_slot.is_safe, &f);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval v;
	if (zend_is_true(wm_prop(obj, wm_req_slot.context))) {
		ZVAL_EMPTY_ARRAY(&v);
		wm_prop_set(obj, wm_req_slot.context, &v);
	}
	if (zend_is_true(wm_prop(obj, wm_req_slot.properties))) {
		ZVAL_EMPTY_ARRAY(&v);
		wm_prop_set(obj, wm_req_slot.properties, &v);
	}
	ZVAL_NULL(&v);
	wm_prop_set(obj, wm_req_slot.connection, &v);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getRemoteIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(Z_OBJ_P(ZEND_THIS), "getremoteip", sizeof("getremoteip") - 1, return_value, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(Z_OBJ_P(ZEND_THIS), "getremoteport", sizeof("getremoteport") - 1, return_value, false);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(Z_OBJ_P(ZEND_THIS), "getlocalip", sizeof("getlocalip") - 1, return_value, true);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_conn_call(Z_OBJ_P(ZEND_THIS), "getlocalport", sizeof("getlocalport") - 1, return_value, false);
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

	wm_req_slot.connection = wm_prop_offset(wm_ce_Request, "connection");
	wm_req_slot.properties = wm_prop_offset(wm_ce_Request, "properties");
	wm_req_slot.data = wm_prop_offset(wm_ce_Request, "data");
	wm_req_slot.is_safe = wm_prop_offset(wm_ce_Request, "isSafe");
	wm_req_slot.context = wm_prop_offset(wm_ce_Request, "context");
	wm_req_slot.chunk_trailers = wm_prop_offset(wm_ce_Request, "chunkTrailers");
	wm_req_slot.buffer = wm_prop_offset(wm_ce_Request, "buffer");

	wm_req_key.get = wm_interned("get");
	wm_req_key.post = wm_interned("post");
	wm_req_key.headers = wm_interned("headers");
	wm_req_key.cookie = wm_interned("cookie");
	wm_req_key.files = wm_interned("files");
	wm_req_key.method = wm_interned("method");
	wm_req_key.uri = wm_interned("uri");
	wm_req_key.path = wm_interned("path");
	wm_req_key.query_string = wm_interned("query_string");
	wm_req_key.protocol_version = wm_interned("protocolVersion");
	wm_req_key.head = wm_interned("head");
	wm_req_key.sid = wm_interned("sid");
	wm_req_key.session = wm_interned("session");
	wm_req_key.host = wm_interned("host");
	wm_req_key.content_type = wm_interned("content-type");
	wm_req_key.tmp_name = wm_interned("tmp_name");
	wm_req_key.x_requested_with = wm_interned("x-requested-with");
	wm_req_key.x_pjax = wm_interned("x-pjax");
	wm_req_key.accept = wm_interned("accept");

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
	wm_req_upload_minit();
	wm_req_session_minit();
}
