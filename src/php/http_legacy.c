/* SPDX-License-Identifier: MIT */
/* The Workerman 3.x HTTP API, for applications written against it (ThinkPHP's think-worker up to
 * 4.0 requires workerman/workerman ^3.5).
 *
 * In 3.x a request reaches onMessage in the superglobals ($_SERVER, $_GET, $_POST, $_COOKIE,
 * $_FILES, $_REQUEST, $GLOBALS['HTTP_RAW_POST_DATA']; the message itself is an array of the same),
 * and the application answers with $connection->send($body) after static calls such as
 * Http::header(), Http::responseCode() or Http::setcookie(), which fill a per-process response
 * state that the next decode resets. It is in force when ini workerman.http_api is "3", or, with
 * "auto" (the default), when Composer says the application's workerman/workerman is 3.x.
 *
 * The framing is the 5.x one (src/php/http.c: stricter, chunked bodies, the same limits); this
 * file turns a framed request into the superglobals and a body into a response. Where 3.x was
 * broken beyond use it does better, and says so: a quoted or parameterised multipart boundary, a
 * bracketed IPv6 Host, one Content-Length (3.x repeated an application's own), session ids that
 * cannot name a path. */

#include "php/http.h"
#include "php/connection.h"
#include "core/callback.h"
#include "php/log.h"
#include "proto/multipart.h"
#include "php_workerman.h"
#include "zend_exceptions.h"
#include "ext/standard/url.h"
#include "ext/standard/php_var.h"
#include "ext/standard/php_array.h"
#include "ext/standard/php_mt_rand.h"
#include "ext/random/php_random.h"
#include "main/php_output.h"
#include "main/php_open_temporary_file.h"
#include "main/php_variables.h"
#include "SAPI.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* The per-process response state (3.x's HttpCache), reset by every decode. */
typedef struct _wm_http3 {
	zend_string *status;          /* the status line */
	HashTable headers;            /* header name => the whole line, in the order set */
	HashTable cookies;            /* Set-Cookie lines */
	bool session_started;
	zend_string *session_file;    /* the session's file, or NULL */
	zend_string *session_name;    /* HttpCache::$sessionName */
	zend_string *session_path;    /* HttpCache::$sessionPath */
	zend_long gc_probability, gc_divisor, gc_maxlifetime;
} wm_http3;

/* 3.x's HttpCache::$codes, its phrases (a code it lacks takes Response::PHRASES'). */
static const struct {
	int code;
	const char *phrase;
} wm_http3_codes[] = {
	{100, "Continue"}, {101, "Switching Protocols"}, {200, "OK"}, {201, "Created"},
	{202, "Accepted"}, {203, "Non-Authoritative Information"}, {204, "No Content"},
	{205, "Reset Content"}, {206, "Partial Content"}, {300, "Multiple Choices"},
	{301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"}, {304, "Not Modified"},
	{305, "Use Proxy"}, {306, "(Unused)"}, {307, "Temporary Redirect"}, {400, "Bad Request"},
	{401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"}, {404, "Not Found"},
	{405, "Method Not Allowed"}, {406, "Not Acceptable"}, {407, "Proxy Authentication Required"},
	{408, "Request Timeout"}, {409, "Conflict"}, {410, "Gone"}, {411, "Length Required"},
	{412, "Precondition Failed"}, {413, "Request Entity Too Large"}, {414, "Request-URI Too Long"},
	{415, "Unsupported Media Type"}, {416, "Requested Range Not Satisfiable"},
	{417, "Expectation Failed"}, {422, "Unprocessable Entity"}, {423, "Locked"},
	{500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
	{503, "Service Unavailable"}, {504, "Gateway Timeout"}, {505, "HTTP Version Not Supported"},
};

/* ---- which API --------------------------------------------------------------------------- */

bool wm_http3_active(void)
{
	if (WM_G(http_v3) >= 0) {
		return WM_G(http_v3) > 0;
	}
	const char *ini = WM_G(http_api);
	bool v3 = false;
	if (ini && strcmp(ini, "3") == 0) {
		v3 = true;
	} else if (!ini || !*ini || strcasecmp(ini, "auto") == 0) {
		zval version;
		if (wm_composer_package(ZEND_STRL("getVersion"), "workerman/workerman", &version)) {
			v3 = Z_TYPE(version) == IS_STRING && Z_STRLEN(version) >= 2
				&& Z_STRVAL(version)[0] == '3' && Z_STRVAL(version)[1] == '.';
			zval_ptr_dtor(&version);
		}
	}
	WM_G(http_v3) = v3 ? 1 : 0;
	return v3;
}

/* ---- the response state ------------------------------------------------------------------- */

static const char *wm_ini_str(const char *name)
{
	const char *v = zend_ini_string_ex((char *) name, strlen(name), 0, NULL);
	return v ? v : "";
}

static zend_long wm_ini_long(const char *name, zend_long dflt)
{
	zend_long v = ZEND_STRTOL(wm_ini_str(name), NULL, 10);
	return v ? v : dflt;
}

static void wm_http3_reset_response(wm_http3 *s)
{
	if (s->status) {
		zend_string_release(s->status);
	}
	s->status = zend_string_init("HTTP/1.1 200 OK", sizeof("HTTP/1.1 200 OK") - 1, 0);
	zend_hash_clean(&s->headers);
	zend_hash_clean(&s->cookies);
	static const char *defaults[][2] = {
		{"Content-Type", "Content-Type: text/html;charset=utf-8"},
		{"Connection", "Connection: keep-alive"},
		{"Server", "Server: workerman"},
	};
	for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
		zval line;
		ZVAL_STRING(&line, defaults[i][1]);
		zend_hash_str_update(&s->headers, defaults[i][0], strlen(defaults[i][0]), &line);
	}
	if (s->session_file) {
		zend_string_release(s->session_file);
		s->session_file = NULL;
	}
	s->session_started = false;
}

/* The state, created on first use with 3.x's HttpCache::init() settings (php.ini values). */
static wm_http3 *wm_http3_state(void)
{
	wm_http3 *s = WM_G(http3);
	if (s) {
		return s;
	}
	s = ecalloc(1, sizeof(*s));
	zend_hash_init(&s->headers, 8, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&s->cookies, 4, NULL, ZVAL_PTR_DTOR, 0);
	s->session_name = zend_string_init(wm_ini_str("session.name"), strlen(wm_ini_str("session.name")), 0);
	const char *path = wm_ini_str("session.save_path");
	if (!*path || strncmp(path, "tcp://", 6) == 0) {
		path = php_get_temporary_directory();
	}
	s->session_path = zend_string_init(path, strlen(path), 0);
	s->gc_probability = wm_ini_long("session.gc_probability", 1);
	s->gc_divisor = wm_ini_long("session.gc_divisor", 1000);
	s->gc_maxlifetime = wm_ini_long("session.gc_maxlifetime", 1440);
	WM_G(http3) = s;
	wm_http3_reset_response(s);
	return s;
}

void wm_http3_rshutdown(void)
{
	wm_http3 *s = WM_G(http3);
	WM_G(http_v3) = -1;
	if (!s) {
		return;
	}
	WM_G(http3) = NULL;
	zend_string_release(s->status);
	zend_hash_destroy(&s->headers);
	zend_hash_destroy(&s->cookies);
	if (s->session_file) {
		zend_string_release(s->session_file);
	}
	zend_string_release(s->session_name);
	zend_string_release(s->session_path);
	efree(s);
}

/* ---- decode: the request into the superglobals --------------------------------------------- */

/* parse_str($str, $out): `out` receives a new array. */
static void wm_parse_str(const char *str, size_t len, zval *out)
{
	array_init(out);
	if (len) {
		sapi_module.treat_data(PARSE_STRING, estrndup(str, len), out);
	}
}

/* json_decode($str, true) (null when it does not decode, as 3.x left it). */
static void wm_json_decode(const char *str, size_t len, zval *out)
{
	zval args[2];
	ZVAL_STRINGL(&args[0], str, len);
	ZVAL_TRUE(&args[1]);
	if (!wm_call_function(ZEND_STRL("json_decode"), out, 2, args)) {
		zend_clear_exception();
	}
	if (Z_TYPE_P(out) == IS_UNDEF) {
		ZVAL_NULL(out);
	}
	zval_ptr_dtor(&args[0]);
}

/* The multipart body into $_POST (fields) and $_FILES (3.x's layout: one entry per part, keyed by
 * the part's position, holding name, file_name, file_data, file_size and file_type). */
typedef struct {
	zval *post;
	zval *files;
	zend_long index;             /* the part's position among the parts parsed */
	bool is_file;
	zend_string *name;
	zend_string *file_name;
	zend_string *type;           /* the part's Content-Type, or NULL */
	smart_str data;
} wm_http3_mp;

static void wm_http3_mp_clear(wm_http3_mp *m)
{
	zend_string *strs[] = {m->name, m->file_name, m->type};
	for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		if (strs[i]) {
			zend_string_release(strs[i]);
		}
	}
	m->name = m->file_name = m->type = NULL;
	smart_str_free(&m->data);
}

static bool wm_http3_mp_begin(void *ctx, const wm_mp_part *part)
{
	wm_http3_mp *m = ctx;
	m->is_file = part->is_file;
	m->name = zend_string_init(part->name.p, part->name.len, 0);
	if (part->is_file) {
		m->file_name = zend_string_init(part->filename.p, part->filename.len, 0);
		if (part->content_type.len) {
			m->type = zend_string_init(part->content_type.p, part->content_type.len, 0);
		}
	}
	return true;
}

static bool wm_http3_mp_data(void *ctx, const char *data, size_t len)
{
	wm_http3_mp *m = ctx;
	smart_str_appendl(&m->data, data, len);
	return true;
}

static void wm_http3_mp_end(void *ctx, bool complete)
{
	wm_http3_mp *m = ctx;
	if (complete) {
		zend_string *data = m->data.s ? smart_str_extract(&m->data) : ZSTR_EMPTY_ALLOC();
		zval d;
		ZVAL_STR(&d, data);
		if (m->is_file) {
			/* 3.x's keys in its order (a Content-Type line before the Content-Disposition one
			 * lost the type there; here it is kept wherever it was) */
			zval entry;
			array_init_size(&entry, 5);
			add_assoc_str(&entry, "name", zend_string_copy(m->name));
			add_assoc_str(&entry, "file_name", zend_string_copy(m->file_name));
			add_assoc_zval(&entry, "file_data", &d);
			add_assoc_long(&entry, "file_size", (zend_long) ZSTR_LEN(data));
			if (m->type) {
				add_assoc_str(&entry, "file_type", zend_string_copy(m->type));
			}
			zend_hash_index_update(Z_ARRVAL_P(m->files), (zend_ulong) m->index, &entry);
		} else {
			zend_symtable_update(Z_ARRVAL_P(m->post), m->name, &d);
		}
	}
	wm_http3_mp_clear(m);
	m->index++;
}

static const wm_mp_callbacks wm_http3_mp_cb = {
	.part_begin = wm_http3_mp_begin,
	.part_data = wm_http3_mp_data,
	.part_end = wm_http3_mp_end,
};

static void wm_http3_multipart(const char *delim, size_t dlen, const char *body, size_t blen, zval *post, zval *files)
{
	wm_http3_mp m = {.post = post, .files = files};
	wm_multipart *mp = wm_multipart_new(delim, dlen, (uint32_t) INT32_MAX, &wm_http3_mp_cb, &m);
	if (!mp) {
		return;
	}
	wm_multipart_feed(mp, body, blen);
	wm_multipart_finish(mp);
	wm_multipart_free(mp);
	wm_http3_mp_clear(&m);
}

/* The delimiter of a multipart Content-Type value ("--" + its boundary), or NULL when there is
 * none. 3.x took /boundary="?(\S+)"?/, which keeps a closing quote or a following ";"; here they
 * end it. */
static zend_string *wm_http3_boundary(const char *v, size_t n)
{
	const char *b = zend_memnstr(v, "boundary=", sizeof("boundary=") - 1, v + n);
	if (!b) {
		return NULL;
	}
	b += sizeof("boundary=") - 1;
	const char *end = v + n;
	bool quoted = b < end && *b == '"';
	if (quoted) {
		b++;
	}
	const char *e = b;
	while (e < end && !(quoted ? *e == '"' : (*e == ';' || *e == ' ' || *e == '\t'))) {
		e++;
	}
	return e > b ? zend_strpprintf(0, "--%.*s", (int) (e - b), b) : NULL;
}

static void wm_http3_array_merge(zval *dst, zval *src)
{
	if (Z_TYPE_P(src) == IS_ARRAY) {
		SEPARATE_ARRAY(dst);
		php_array_merge(Z_ARRVAL_P(dst), Z_ARRVAL_P(src));
	}
}

void wm_http3_decode(zend_string *buffer, zend_object *conn, zval *out)
{
	wm_http3_reset_response(wm_http3_state());

	zval server, get, post, cookie, files, request, empty;
	array_init(&get);
	array_init(&post);
	array_init(&cookie);
	array_init(&files);
	array_init(&request);
	array_init(&empty);
	wm_global_set_lit("_SESSION", &empty);

	array_init_size(&server, 24);
	static const char *keys[] = {"QUERY_STRING", "REQUEST_METHOD", "REQUEST_URI", "SERVER_PROTOCOL"};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		add_assoc_str(&server, keys[i], ZSTR_EMPTY_ALLOC());
	}
	add_assoc_string(&server, "SERVER_SOFTWARE", "workerman/" WM_API_VERSION);
	static const char *more[] = {"SERVER_NAME", "HTTP_HOST", "HTTP_USER_AGENT", "HTTP_ACCEPT",
		"HTTP_ACCEPT_LANGUAGE", "HTTP_ACCEPT_ENCODING", "HTTP_COOKIE", "HTTP_CONNECTION", "CONTENT_TYPE",
		"REMOTE_ADDR"};
	for (size_t i = 0; i < sizeof(more) / sizeof(more[0]); i++) {
		add_assoc_str(&server, more[i], ZSTR_EMPTY_ALLOC());
	}
	add_assoc_string(&server, "REMOTE_PORT", "0");

	const char *buf = ZSTR_VAL(buffer), *end = buf + ZSTR_LEN(buffer);
	const char *hend = zend_memnstr(buf, "\r\n\r\n", 4, end);
	const char *body = hend ? hend + 4 : end;
	size_t body_len = (size_t) (end - body);
	if (!hend) {
		hend = end;
	}

	/* The request line: METHOD URI PROTOCOL. */
	const char *le = zend_memnstr(buf, "\r\n", 2, hend);
	if (!le) {
		le = hend;
	}
	const char *parts[3] = {buf, NULL, NULL};
	size_t lens[3] = {0, 0, 0};
	const char *p = buf;
	for (int i = 0; i < 3 && p <= le; i++) {
		const char *sp = memchr(p, ' ', (size_t) (le - p));
		const char *e = sp && i < 2 ? sp : le;
		parts[i] = p;
		lens[i] = (size_t) (e - p);
		p = e + 1;
		if (e == le) {
			break;
		}
	}
	static const char *line_keys[] = {"REQUEST_METHOD", "REQUEST_URI", "SERVER_PROTOCOL"};
	for (int i = 0; i < 3; i++) {
		if (parts[i]) {
			add_assoc_stringl(&server, line_keys[i], parts[i], lens[i]);
		}
	}
	const char *method = parts[0];
	size_t method_len = lens[0];

	/* Header lines: HTTP_<NAME> for each, and what 3.x derived from some. */
	zend_string *delim = NULL;
	zend_string *ctype = NULL;
	size_t pos = 0;
	wm_http_span hn, hv;
	while (wm_http_next_header(buf, (size_t) (hend - buf), &pos, &hn, &hv)) {
		const char *v = buf + hv.off;
		size_t vn = hv.len;
		zend_string *key = zend_string_alloc(sizeof("HTTP_") - 1 + hn.len, 0);
		memcpy(ZSTR_VAL(key), "HTTP_", sizeof("HTTP_") - 1);
		char *k = ZSTR_VAL(key) + sizeof("HTTP_") - 1;
		for (const char *c = buf + hn.off; c < buf + hn.off + hn.len; c++) {
			*k++ = *c == '-' ? '_' : (char) toupper((unsigned char) *c);
		}
		*k = '\0';
		const char *name = ZSTR_VAL(key) + sizeof("HTTP_") - 1;
		size_t name_len = hn.len;
		zval val;
		ZVAL_STRINGL(&val, v, vn);
		zend_symtable_update(Z_ARRVAL(server), key, &val);
		if (name_len == 4 && memcmp(name, "HOST", 4) == 0) {
			const char *pc, *host_end;
			if (vn && v[0] == '[' && (host_end = memchr(v, ']', vn))) {
				host_end++;
				pc = host_end < v + vn && *host_end == ':' ? host_end : NULL;
			} else {
				pc = memchr(v, ':', vn);
				host_end = pc ? pc : v + vn;
			}
			add_assoc_stringl(&server, "SERVER_NAME", v, (size_t) (host_end - v));
			if (pc) {
				const char *pe = memchr(pc + 1, ':', (size_t) (v + vn - pc - 1));
				add_assoc_stringl(&server, "SERVER_PORT", pc + 1, (size_t) ((pe ? pe : v + vn) - pc - 1));
			}
		} else if (name_len == 6 && memcmp(name, "COOKIE", 6) == 0) {
			/* parse_str(str_replace('; ', '&', $cookie)) */
			smart_str cs = {0};
			for (size_t i = 0; i < vn; i++) {
				if (v[i] == ';' && i + 1 < vn && v[i + 1] == ' ') {
					smart_str_appendc(&cs, '&');
					i++;
				} else {
					smart_str_appendc(&cs, v[i]);
				}
			}
			zval_ptr_dtor(&cookie);
			wm_parse_str(cs.s ? ZSTR_VAL(cs.s) : "", cs.s ? ZSTR_LEN(cs.s) : 0, &cookie);
			smart_str_free(&cs);
		} else if (name_len == 12 && memcmp(name, "CONTENT_TYPE", 12) == 0) {
			if (ctype) {
				zend_string_release(ctype);
			}
			if (delim) {
				zend_string_release(delim);
			}
			delim = wm_http3_boundary(v, vn);
			if (delim) {
				ctype = zend_string_init("multipart/form-data", sizeof("multipart/form-data") - 1, 0);
			} else {
				const char *semi = vn ? memchr(v + 1, ';', vn - 1) : NULL;
				ctype = zend_string_init(v, semi ? (size_t) (semi - v) : vn, 0);
			}
			add_assoc_str(&server, "CONTENT_TYPE", zend_string_copy(ctype));
		} else if (name_len == 14 && memcmp(name, "CONTENT_LENGTH", 14) == 0) {
			add_assoc_stringl(&server, "CONTENT_LENGTH", v, vn);
		}
		zend_string_release(key);
	}

	/* The body: $_POST for POST, merged into $_REQUEST for the other methods but GET. */
#define WM_IS(s, n, lit) ((n) == sizeof(lit) - 1 && memcmp((s), lit, sizeof(lit) - 1) == 0)
	bool is_post = WM_IS(method, method_len, "POST"), is_get = WM_IS(method, method_len, "GET");
	if (ctype && ZSTR_LEN(ctype) && is_post) {
		if (delim && zend_string_equals_literal(ctype, "multipart/form-data")) {
			wm_http3_multipart(ZSTR_VAL(delim), ZSTR_LEN(delim), body, body_len, &post, &files);
		} else if (zend_string_equals_literal(ctype, "application/json")) {
			zval_ptr_dtor(&post);
			wm_json_decode(body, body_len, &post);
		} else if (zend_string_equals_literal(ctype, "application/x-www-form-urlencoded")) {
			zval_ptr_dtor(&post);
			wm_parse_str(body, body_len, &post);
		}
	}
	if (!is_get && !is_post && ctype) {
		zval data;
		ZVAL_UNDEF(&data);
		if (zend_string_equals_literal(ctype, "application/x-www-form-urlencoded")) {
			wm_parse_str(body, body_len, &data);
		} else if (zend_string_equals_literal(ctype, "application/json")) {
			wm_json_decode(body, body_len, &data);
		}
		wm_http3_array_merge(&request, &data);
		zval_ptr_dtor(&data);
	}
#undef WM_IS
	if (ctype) {
		zend_string_release(ctype);
	}
	if (delim) {
		zend_string_release(delim);
	}
	zval raw;
	ZVAL_STRINGL(&raw, body, body_len);
	Z_TRY_ADDREF(raw);
	wm_global_set_lit("HTTP_RAW_REQUEST_DATA", &raw);
	wm_global_set_lit("HTTP_RAW_POST_DATA", &raw);

	/* QUERY_STRING (parse_url()'s query: after the first '?', up to a '#') and $_GET. */
	zval *uri = zend_hash_str_find(Z_ARRVAL(server), "REQUEST_URI", sizeof("REQUEST_URI") - 1);
	const char *q = memchr(Z_STRVAL_P(uri), '?', Z_STRLEN_P(uri));
	if (q) {
		q++;
		const char *qe = memchr(q, '#', (size_t) (Z_STRVAL_P(uri) + Z_STRLEN_P(uri) - q));
		size_t qn = (size_t) ((qe ? qe : Z_STRVAL_P(uri) + Z_STRLEN_P(uri)) - q);
		if (qn && !(qn == 1 && q[0] == '0')) {
			add_assoc_stringl(&server, "QUERY_STRING", q, qn);
			zval_ptr_dtor(&get);
			wm_parse_str(q, qn, &get);
		}
	}

	/* $_REQUEST = array_merge($_GET, $_POST, $_REQUEST) */
	zval merged;
	ZVAL_COPY(&merged, &get);
	wm_http3_array_merge(&merged, &post);
	wm_http3_array_merge(&merged, &request);
	zval_ptr_dtor(&request);
	ZVAL_COPY_VALUE(&request, &merged);

	zval ip, port;
	if (wm_call_method(conn, "getremoteip", sizeof("getremoteip") - 1, &ip, 0, NULL) == SUCCESS && !EG(exception)) {
		zend_hash_str_update(Z_ARRVAL(server), "REMOTE_ADDR", sizeof("REMOTE_ADDR") - 1, &ip);
	} else {
		zval_ptr_dtor(&ip);
	}
	if (!EG(exception) && wm_call_method(conn, "getremoteport", sizeof("getremoteport") - 1, &port, 0, NULL) == SUCCESS
		&& !EG(exception)) {
		zend_hash_str_update(Z_ARRVAL(server), "REMOTE_PORT", sizeof("REMOTE_PORT") - 1, &port);
	} else {
		zval_ptr_dtor(&port);
	}
	zend_clear_exception();

	/* The message, array('get', 'post', 'cookie', 'server', 'files', 'request'), and the same
	 * arrays in the superglobals. */
	struct {
		const char *key, *global;
		zval *value;
	} parts_out[] = {{"get", "_GET", &get}, {"post", "_POST", &post}, {"cookie", "_COOKIE", &cookie},
		{"server", "_SERVER", &server}, {"files", "_FILES", &files}, {"request", "_REQUEST", &request}};
	array_init_size(out, 6);
	for (size_t i = 0; i < sizeof(parts_out) / sizeof(parts_out[0]); i++) {
		Z_TRY_ADDREF_P(parts_out[i].value);
		add_assoc_zval(out, parts_out[i].key, parts_out[i].value);
	}
	for (size_t i = 0; i < sizeof(parts_out) / sizeof(parts_out[0]); i++) {
		wm_global_set(parts_out[i].global, strlen(parts_out[i].global), parts_out[i].value);
	}
}

/* ---- encode: the response ----------------------------------------------------------------- */

static bool wm_http3_session_write(wm_http3 *s);

void wm_http3_encode(zval *content, zend_object *conn, smart_str *head, zend_string **body)
{
	wm_http3 *s = wm_http3_state();
	*body = zval_get_string(content);
	smart_str_append(head, s->status);
	smart_str_appends(head, "\r\n");
	zval *line;
	ZEND_HASH_FOREACH_VAL(&s->cookies, line) {
		smart_str_append(head, Z_STR_P(line));
		smart_str_appends(head, "\r\n");
	} ZEND_HASH_FOREACH_END();
	zend_string *name;
	ZEND_HASH_FOREACH_STR_KEY_VAL(&s->headers, name, line) {
		/* the length written below is the one that counts (3.x wrote both) */
		if (name && zend_string_equals_literal_ci(name, "Content-Length")) {
			continue;
		}
		smart_str_append(head, Z_STR_P(line));
		smart_str_appends(head, "\r\n");
	} ZEND_HASH_FOREACH_END();
	zval gzip;
	wm_prop_read_lit(conn, "gzip", &gzip);
	if (zend_is_true(&gzip)) {
		zval args[2], out;
		ZVAL_STR(&args[0], *body);
		ZVAL_LONG(&args[1], zval_get_long(&gzip));
		if (wm_call_function(ZEND_STRL("gzencode"), &out, 2, args) && Z_TYPE(out) == IS_STRING) {
			smart_str_appends(head, "Content-Encoding: gzip\r\n");
			zend_string_release(*body);
			*body = Z_STR(out);
		} else {
			zend_clear_exception();
			zval_ptr_dtor(&out);
		}
	}
	zval_ptr_dtor(&gzip);
	smart_str_appends(head, "Content-Length: ");
	smart_str_append_unsigned(head, ZSTR_LEN(*body));
	smart_str_appends(head, "\r\n\r\n");
	wm_http3_session_write(s);
}

/* ---- the static API ------------------------------------------------------------------------ */

static bool wm_http3_response_code(wm_http3 *s, zend_long code)
{
	const char *phrase = NULL;
	for (size_t i = 0; i < sizeof(wm_http3_codes) / sizeof(wm_http3_codes[0]); i++) {
		if (wm_http3_codes[i].code == code) {
			phrase = wm_http3_codes[i].phrase;
			break;
		}
	}
	zval *phrases = NULL;
	if (!phrase) {
		zend_class_constant *c = zend_hash_str_find_ptr(&wm_ce_Response->constants_table, "PHRASES", sizeof("PHRASES") - 1);
		zval *v = c && Z_TYPE(c->value) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(c->value), (zend_ulong) code) : NULL;
		if (!v || Z_TYPE_P(v) != IS_STRING || code < 100 || code > 999) {
			return false;
		}
		phrases = v;
	}
	zend_string_release(s->status);
	s->status = zend_strpprintf(0, "HTTP/1.1 " ZEND_LONG_FMT " %s", code, phrase ? phrase : Z_STRVAL_P(phrases));
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http, header)
{
	zend_string *content;
	bool replace = true;
	zval *code = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(content)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(replace)
		Z_PARAM_ZVAL(code)
	ZEND_PARSE_PARAMETERS_END();
	(void) replace; /* 3.x ignored it too: a header replaces its namesake, a cookie adds */

	wm_http3 *s = wm_http3_state();
	if (ZSTR_LEN(content) >= 4 && memcmp(ZSTR_VAL(content), "HTTP", 4) == 0) {
		zend_string_release(s->status);
		s->status = zend_string_copy(content);
		RETURN_TRUE;
	}
	const char *colon = memchr(ZSTR_VAL(content), ':', ZSTR_LEN(content));
	size_t klen = colon ? (size_t) (colon - ZSTR_VAL(content)) : 0;
	if (klen == 0 || (klen == 1 && ZSTR_VAL(content)[0] == '0')) {
		RETURN_FALSE;
	}
	if (klen == sizeof("location") - 1 && strncasecmp(ZSTR_VAL(content), "location", klen) == 0) {
		zend_long c = code && zend_is_true(code) ? zval_get_long(code) : 302;
		wm_http3_response_code(s, c);
	}
	zval line;
	ZVAL_STR_COPY(&line, content);
	if (klen == sizeof("Set-Cookie") - 1 && memcmp(ZSTR_VAL(content), "Set-Cookie", klen) == 0) {
		zend_hash_next_index_insert(&s->cookies, &line);
	} else {
		zend_hash_str_update(&s->headers, ZSTR_VAL(content), klen, &line);
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http, headerRemove)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_hash_del(&wm_http3_state()->headers, name);
}

ZEND_METHOD(Workerman_Protocols_Http, responseCode)
{
	zval *code;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(code)
	ZEND_PARSE_PARAMETERS_END();
	zend_long c = zval_get_long(code);
	if (!wm_http3_response_code(wm_http3_state(), c)) {
		RETURN_FALSE;
	}
	RETURN_LONG(c);
}

/* The Set-Cookie line 3.x's setcookie() made (its Max-Age is the third argument as given). */
static void wm_http3_setcookie(wm_http3 *s, zend_string *name, zval *value, zval *maxage, zval *path,
	zval *domain, zval *secure, zval *httponly)
{
	smart_str line = {0};
	smart_str_appends(&line, "Set-Cookie: ");
	smart_str_append(&line, name);
	smart_str_appendc(&line, '=');
	zend_string *v = value ? zval_get_string(value) : ZSTR_EMPTY_ALLOC();
	zend_string *enc = php_raw_url_encode(ZSTR_VAL(v), ZSTR_LEN(v));
	smart_str_append(&line, enc);
	zend_string_release(enc);
	zend_string_release(v);
	struct {
		zval *zv;
		const char *label;
	} attrs[] = {{domain, "; Domain="}, {maxage, "; Max-Age="}, {path, "; Path="}};
	for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		if (attrs[i].zv && zend_is_true(attrs[i].zv)) {
			zend_string *a = zval_get_string(attrs[i].zv);
			smart_str_appends(&line, attrs[i].label);
			smart_str_append(&line, a);
			zend_string_release(a);
		}
	}
	if (secure && zend_is_true(secure)) {
		smart_str_appends(&line, "; Secure");
	}
	if (httponly && zend_is_true(httponly)) {
		smart_str_appends(&line, "; HttpOnly");
	}
	zval l;
	ZVAL_STR(&l, smart_str_extract(&line));
	zend_hash_next_index_insert(&s->cookies, &l);
}

ZEND_METHOD(Workerman_Protocols_Http, setcookie)
{
	zval *name, *value = NULL, *maxage = NULL, *path = NULL, *domain = NULL, *secure = NULL, *httponly = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 7)
		Z_PARAM_ZVAL(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
		Z_PARAM_ZVAL(maxage)
		Z_PARAM_ZVAL(path)
		Z_PARAM_ZVAL(domain)
		Z_PARAM_ZVAL(secure)
		Z_PARAM_ZVAL(httponly)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *n = zval_try_get_string(name);
	if (!n) {
		RETURN_THROWS();
	}
	wm_http3_setcookie(wm_http3_state(), n, value, maxage, path, domain, secure, httponly);
	zend_string_release(n);
	RETURN_TRUE;
}

/* ---- sessions (3.x's file sessions: <save path>/ses_<id>, PHP serialize()) ---------------- */

static zend_string *wm_http3_session_create_id(void)
{
	unsigned char raw[12];
	if (php_random_bytes_silent(raw, sizeof(raw)) == FAILURE) {
		for (size_t i = 0; i < sizeof(raw); i++) {
			raw[i] = (unsigned char) php_mt_rand_range(0, 255);
		}
	}
	zend_string *id = zend_string_alloc(sizeof(raw) * 2, 0);
	wm_hex(ZSTR_VAL(id), raw, sizeof(raw));
	ZSTR_VAL(id)[sizeof(raw) * 2] = '\0';
	return id;
}

static bool wm_is_file(zend_string *path)
{
	zend_stat_t st;
	return VCWD_STAT(ZSTR_VAL(path), &st) == 0 && S_ISREG(st.st_mode);
}

/* A cookie's session id names a file only when it is made of the characters ids are made of. */
static bool wm_http3_session_id_ok(zval *id)
{
	if (!id || Z_TYPE_P(id) != IS_STRING || Z_STRLEN_P(id) == 0 || Z_STRLEN_P(id) > 128) {
		return false;
	}
	for (size_t i = 0; i < Z_STRLEN_P(id); i++) {
		char ch = Z_STRVAL_P(id)[i];
		if (!isalnum((unsigned char) ch) && ch != '-' && ch != ',') {
			return false;
		}
	}
	return true;
}

static zend_string *wm_http3_session_file(wm_http3 *s, const char *id, size_t len)
{
	return zend_strpprintf(0, "%s/ses_%.*s", ZSTR_VAL(s->session_path), (int) len, id);
}

/* A new id with no file yet; its file becomes the session's, and its cookie is set. */
static void wm_http3_session_new(wm_http3 *s)
{
	zend_string *id, *file;
	for (int tries = 0;; tries++) {
		id = wm_http3_session_create_id();
		file = wm_http3_session_file(s, ZSTR_VAL(id), ZSTR_LEN(id));
		if (!wm_is_file(file) || tries > 16) {
			break;
		}
		zend_string_release(id);
		zend_string_release(file);
	}
	if (s->session_file) {
		zend_string_release(s->session_file);
	}
	s->session_file = file;
	zval value, lifetime, path, domain, secure, httponly;
	ZVAL_STR(&value, id);
	ZVAL_STRING(&lifetime, wm_ini_str("session.cookie_lifetime"));
	ZVAL_STRING(&path, wm_ini_str("session.cookie_path"));
	ZVAL_STRING(&domain, wm_ini_str("session.cookie_domain"));
	ZVAL_STRING(&secure, wm_ini_str("session.cookie_secure"));
	ZVAL_STRING(&httponly, wm_ini_str("session.cookie_httponly"));
	wm_http3_setcookie(s, s->session_name, &value, &lifetime, &path, &domain, &secure, &httponly);
	zval *all[] = {&value, &lifetime, &path, &domain, &secure, &httponly};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		zval_ptr_dtor(all[i]);
	}
}

static void wm_http3_try_gc(wm_http3 *s)
{
	if (s->gc_probability <= 0 || s->gc_divisor <= 0
		|| php_mt_rand_range(1, s->gc_divisor) > s->gc_probability) {
		return;
	}
	DIR *dir = opendir(ZSTR_VAL(s->session_path));
	if (!dir) {
		return;
	}
	time_t now = time(NULL);
	struct dirent *de;
	while ((de = readdir(dir)) != NULL) {
		if (strncmp(de->d_name, "ses", 3) != 0) {
			continue;
		}
		zend_string *f = zend_strpprintf(0, "%s/%s", ZSTR_VAL(s->session_path), de->d_name);
		zend_stat_t st;
		if (VCWD_STAT(ZSTR_VAL(f), &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime > s->gc_maxlifetime) {
			VCWD_UNLINK(ZSTR_VAL(f));
		}
		zend_string_release(f);
	}
	closedir(dir);
}

static zval *wm_global_find(const char *name, size_t len)
{
	zval *zv = zend_hash_str_find_ind(&EG(symbol_table), name, len);
	return zv ? (Z_ISREF_P(zv) ? Z_REFVAL_P(zv) : zv) : NULL;
}

static bool wm_http3_session_write(wm_http3 *s)
{
	zval *sess = wm_global_find(ZEND_STRL("_SESSION"));
	bool empty = !sess || !zend_is_true(sess);
	if (!s->session_started || empty) {
		return empty;
	}
	if (!s->session_file) {
		return false;
	}
	zval ser;
	if (!wm_call_function(ZEND_STRL("serialize"), &ser, 1, sess) || Z_TYPE(ser) != IS_STRING || Z_STRLEN(ser) == 0) {
		zval_ptr_dtor(&ser);
		return false;
	}
	bool ok = false;
	php_stream *f = php_stream_open_wrapper(ZSTR_VAL(s->session_file), "wb", REPORT_ERRORS, NULL);
	if (f) {
		ok = php_stream_write(f, Z_STRVAL(ser), Z_STRLEN(ser)) == (ssize_t) Z_STRLEN(ser);
		php_stream_close(f);
	}
	zval_ptr_dtor(&ser);
	return ok;
}

ZEND_METHOD(Workerman_Protocols_Http, sessionCreateId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_http3_session_create_id());
}

ZEND_METHOD(Workerman_Protocols_Http, sessionId)
{
	zval *id = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(id)
	ZEND_PARSE_PARAMETERS_END();
	wm_http3 *s = wm_http3_state();
	if (!s->session_started || !s->session_file) {
		RETURN_EMPTY_STRING();
	}
	const char *base = strrchr(ZSTR_VAL(s->session_file), '/');
	base = base ? base + 1 : ZSTR_VAL(s->session_file);
	if (strncmp(base, "ses_", 4) == 0) {
		base += 4;
	}
	RETURN_STRING(base);
}

/* Http::sessionName(): the 3.x one (returns the name in force, sets a new one while no session
 * is started) under the 3.x API, else 4.x's (sets and returns Session::$name). */
bool wm_http3_session_name(zend_string *name, zval *return_value)
{
	if (!wm_http3_active()) {
		return false;
	}
	wm_http3 *s = wm_http3_state();
	RETVAL_STR_COPY(s->session_name);
	if (name && ZSTR_LEN(name) && !(ZSTR_LEN(name) == 1 && ZSTR_VAL(name)[0] == '0') && !s->session_started) {
		zend_string_release(s->session_name);
		s->session_name = zend_string_copy(name);
	}
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http, sessionSavePath)
{
	zval *path = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(path)
	ZEND_PARSE_PARAMETERS_END();
	wm_http3 *s = wm_http3_state();
	if (path && zend_is_true(path) && Z_TYPE_P(path) == IS_STRING && !s->session_started) {
		zend_stat_t st;
		if (VCWD_STAT(Z_STRVAL_P(path), &st) == 0 && S_ISDIR(st.st_mode) && VCWD_ACCESS(Z_STRVAL_P(path), W_OK) == 0) {
			zend_string_release(s->session_path);
			s->session_path = zend_string_copy(Z_STR_P(path));
		}
	}
	RETURN_STR_COPY(s->session_path);
}

ZEND_METHOD(Workerman_Protocols_Http, sessionStarted)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_http3_state()->session_started);
}

ZEND_METHOD(Workerman_Protocols_Http, sessionStart)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_http3 *s = wm_http3_state();
	wm_http3_try_gc(s);
	if (s->session_started) {
		wm_safe_echo(ZEND_STRL("already sessionStarted\n"), false);
		RETURN_TRUE;
	}
	s->session_started = true;
	zval *cookies = wm_global_find(ZEND_STRL("_COOKIE"));
	zval *id = cookies && Z_TYPE_P(cookies) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(cookies), s->session_name) : NULL;
	if (id) {
		ZVAL_DEREF(id);
	}
	zend_string *file = wm_http3_session_id_ok(id) ? wm_http3_session_file(s, Z_STRVAL_P(id), Z_STRLEN_P(id)) : NULL;
	if (!file || !wm_is_file(file)) {
		if (file) {
			zend_string_release(file);
		}
		wm_http3_session_new(s);
		RETURN_TRUE;
	}
	if (!s->session_file) {
		s->session_file = file;
	} else {
		zend_string_release(file);
	}
	php_stream *f = php_stream_open_wrapper(ZSTR_VAL(s->session_file), "rb", 0, NULL);
	zend_string *raw = f ? php_stream_copy_to_mem(f, PHP_STREAM_COPY_ALL, 0) : NULL;
	if (f) {
		php_stream_close(f);
	}
	if (raw && ZSTR_LEN(raw)) {
		zval arg, data;
		ZVAL_STR(&arg, raw);
		if (wm_call_function(ZEND_STRL("unserialize"), &data, 1, &arg)) {
			wm_global_set_lit("_SESSION", &data);
		} else {
			zval_ptr_dtor(&data);
		}
		zval_ptr_dtor(&arg);
	} else if (raw) {
		zend_string_release(raw);
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http, sessionWriteClose)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_http3_session_write(wm_http3_state()));
}

ZEND_METHOD(Workerman_Protocols_Http, sessionRegenerateId)
{
	zval *del = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(del)
	ZEND_PARSE_PARAMETERS_END();
	wm_http3 *s = wm_http3_state();
	zend_string *old = s->session_file ? zend_string_copy(s->session_file) : NULL;
	wm_http3_session_new(s);
	if (old && del && zend_is_true(del)) {
		VCWD_UNLINK(ZSTR_VAL(old));
	}
	if (old) {
		zend_string_release(old);
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http, tryGcSessions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_http3_try_gc(wm_http3_state());
}

ZEND_METHOD(Workerman_Protocols_Http, end)
{
	zval *msg = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(msg)
	ZEND_PARSE_PARAMETERS_END();
	if (msg && zend_is_true(msg)) {
		zend_string *m = zval_get_string(msg);
		php_output_write(ZSTR_VAL(m), ZSTR_LEN(m));
		zend_string_release(m);
	}
	zend_throw_exception(zend_ce_exception, "jump_exit", 0);
}

/* The mime.types file of the installed workerman/workerman (3.x's own), else one written once
 * to the temp directory from Response::$mimeTypeMap, in the same "type ext ...;" format. */
ZEND_METHOD(Workerman_Protocols_Http, getMimeTypesFile)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval path;
	if (wm_composer_package(ZEND_STRL("getInstallPath"), "workerman/workerman", &path)) {
		if (Z_TYPE(path) == IS_STRING) {
			/* the package's own __DIR__: a real path (Composer's has "composer/../" in it) */
			char real[MAXPATHLEN];
			zend_string *f = zend_strpprintf(0, "%s/Protocols/Http/mime.types", Z_STRVAL(path));
			if (wm_is_file(f) && VCWD_REALPATH(ZSTR_VAL(f), real)) {
				zend_string_release(f);
				zval_ptr_dtor(&path);
				RETURN_STRING(real);
			}
			zend_string_release(f);
		}
		zval_ptr_dtor(&path);
	}
	zend_string *file = zend_strpprintf(0, "%s/workerman-%s-mime.types", php_get_temporary_directory(), WM_API_VERSION);
	if (!wm_is_file(file)) {
		zval *map = wm_static_prop(wm_ce_Response, ZEND_STRL("mimeTypeMap"));
		smart_str out = {0};
		smart_str_appends(&out, "types {\n");
		zend_string *ext;
		zval *type;
		if (map && Z_TYPE_P(map) == IS_ARRAY) {
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), ext, type) {
				if (ext && Z_TYPE_P(type) == IS_STRING) {
					smart_str_appends(&out, "    ");
					smart_str_append(&out, Z_STR_P(type));
					smart_str_appendc(&out, ' ');
					smart_str_append(&out, ext);
					smart_str_appends(&out, ";\n");
				}
			} ZEND_HASH_FOREACH_END();
		}
		smart_str_appends(&out, "}\n");
		smart_str_0(&out);
		zend_string *tmp = zend_strpprintf(0, "%s.%d", ZSTR_VAL(file), (int) getpid());
		php_stream *f = php_stream_open_wrapper(ZSTR_VAL(tmp), "wb", 0, NULL);
		if (f) {
			php_stream_write(f, ZSTR_VAL(out.s), ZSTR_LEN(out.s));
			php_stream_close(f);
			if (VCWD_RENAME(ZSTR_VAL(tmp), ZSTR_VAL(file)) != 0) {
				VCWD_UNLINK(ZSTR_VAL(tmp));
			}
		}
		zend_string_release(tmp);
		smart_str_free(&out);
	}
	RETURN_STR(file);
}
