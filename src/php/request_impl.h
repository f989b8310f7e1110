/* SPDX-License-Identifier: MIT */
/* Private to Workerman\Protocols\Http\Request: what request.c (the object, the request line,
 * head, headers and query string), upload.c (the body: parsePost(), file(), the upload collector,
 * parseUploadFiles()/parseUploadFile(), temp files) and request_session.c (cookies, the session
 * glue, webman's isAjax() & co) share. Nothing outside those three files includes it. */

#ifndef WM_PHP_REQUEST_IMPL_H
#define WM_PHP_REQUEST_IMPL_H

#include "php/http.h"

#define WM_NPOS ((size_t) -1)
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

/** The C state around a Request (or subclass) object. */
static zend_always_inline wm_request_object *wm_req_from_obj(zend_object *obj)
{
	return (wm_request_object *) ((char *) obj - XtOffsetOf(wm_request_object, std));
}

/* Property slots of Request (set once at MINIT). */
extern struct wm_req_slots {
	uint32_t connection, properties, data, is_safe, context, chunk_trailers, buffer;
} wm_req_slot;

/* Interned keys of $this->data / $this->context and other fixed strings (set once at MINIT). */
extern struct wm_req_keys {
	zend_string *get, *post, *headers, *cookie, *files, *method, *uri, *path, *query_string,
		*protocol_version, *head, *sid, *session, *host, *content_type, *tmp_name,
		*x_requested_with, *x_pjax, *accept;
} wm_req_key;

/* Methods that upstream calls through `$this->` / `static::` and a subclass may override. */
enum {
	M_HEADER, M_COOKIE, M_URI, M_QUERY_STRING, M_RAW_HEAD, M_RAW_BODY, M_PARSE_URI_COMPONENTS,
	M_PARSE_HEAD_FIRST_LINE, M_PARSE_PROTOCOL_VERSION, M_PARSE_HEADERS, M_PARSE_GET, M_PARSE_POST,
	M_PARSE_UPLOAD_FILES, M_PARSE_UPLOAD_FILE, M_SESSION, M_SESSION_ID, M_IS_VALID_SESSION_ID,
	M_CREATE_SESSION_ID, M_SET_SID_COOKIE, M_IS_AJAX, M_IS_PJAX, M_ACCEPT_JSON,
	M_COUNT
};
/* Their interned lower-case names (set once at MINIT). */
extern zend_string *wm_req_mkeys[M_COUNT];

/** The subclass's implementation of method `m`, or NULL when it is Request's own. */
static zend_always_inline zend_function *wm_req_user_fn(zend_object *obj, int m)
{
	return wm_override(obj->ce, wm_ce_Request, wm_req_mkeys[m]);
}

/* ---- request.c ------------------------------------------------------------------------------ */

/** Throws what PHP says when one of upstream's typed methods returns the wrong type (`v` NULL:
 * null). */
void wm_req_return_error(const char *method, const char *type, zval *v);

/** True when `v` is a string; else throws what PHP says (strict_types, as in upstream's file)
 * when a value from an overridden method reaches a string parameter (`what`) of an internal
 * function. */
bool wm_req_want_string(zval *v, const char *what);

/** The current $buffer (refreshing the cached offsets when it is another string), or NULL with
 * an Error pending when it is uninitialized. */
zend_string *wm_req_buf(wm_request_object *r);

/** The offset of the first CRLFCRLF of r->buf (after wm_req_buf()), or WM_NPOS. */
size_t wm_req_head_end(wm_request_object *r);

/** rawBody()'s span of $this->buffer (what follows the first CRLFCRLF); false with an Error
 * pending when $buffer is uninitialized. */
bool wm_req_body_span(zend_object *obj, const char **p, size_t *len);

/** The element `key` of the array property in `slot` (dereferenced), or NULL. */
zval *wm_req_arr_find(zend_object *obj, uint32_t slot, zend_string *key);

/** Like isset($this->x[key]): the element if it is there and not null. */
static zend_always_inline zval *wm_req_arr_isset(zend_object *obj, uint32_t slot, zend_string *key)
{
	zval *v = wm_req_arr_find(obj, slot, key);
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

/** $this->x[key] = value (takes `value`; writes through a reference as PHP does). False with an
 * Error pending when the property is uninitialized (`prop` names it). */
bool wm_req_arr_set(zend_object *obj, uint32_t slot, const char *prop, zend_string *key, zval *value);

/** unset($this->x[key]). */
void wm_req_arr_del(zend_object *obj, uint32_t slot, zend_string *key);

#define wm_req_data_find(obj, key)       wm_req_arr_find(obj, wm_req_slot.data, key)
#define wm_req_data_isset(obj, key)      wm_req_arr_isset(obj, wm_req_slot.data, key)
#define wm_req_data_set(obj, key, value) wm_req_arr_set(obj, wm_req_slot.data, "data", key, value)

/** $this->data[key] = []. */
void wm_req_data_set_empty(zend_object *obj, zend_string *key);

/** `return $this->data[key];` for the bags: a copy, or null with upstream's warning. */
void wm_req_data_return(zend_object *obj, zend_string *key, zval *rv);

/** `$container[$name] ?? $default` for the bags (get/post/cookie/files/headers). */
void wm_req_dim_or_default(zval *container, zend_string *name, zval *def, zval *rv);

/** parse_str($s, $arr): PHP's own parser, so arrays, dots, max_input_vars and the rest match. */
void wm_req_parse_str(const char *s, size_t len, zval *arr);

/** trim()'s default character set, on a span in place. */
void wm_req_trim_span(const char **s, size_t *len);

/** Runs the no-argument step `m`: the subclass's override through PHP, else `base`. */
void wm_req_step(zend_object *obj, int m, void (*base)(zend_object *));

/** $this->header($name, $default) (dispatched); `lname` is already lower-case. `rv` is UNDEF
 * when an exception stopped it. */
void wm_req_header(zend_object *obj, zend_string *lname, zval *def, zval *rv);

/** $this->uri(), $this->queryString(), $this->rawHead() or $this->rawBody() (`m`: M_URI,
 * M_QUERY_STRING, M_RAW_HEAD, M_RAW_BODY), dispatched. */
void wm_req_string_step(zend_object *obj, int m, zval *rv);

/* The `(?string $name = null, mixed $default = null)` of get()/post()/header()/trailer()/cookie(). */
#define WM_PARSE_NAME_DEFAULT() \
	zend_string *name = NULL; \
	zval *def = NULL; \
	ZEND_PARSE_PARAMETERS_START(0, 2) \
		Z_PARAM_OPTIONAL \
		Z_PARAM_STR_OR_NULL(name) \
		Z_PARAM_ZVAL(def) \
	ZEND_PARSE_PARAMETERS_END()

/* ---- upload.c ------------------------------------------------------------------------------- */

/** parsePost() without dispatch: the stored body of a streamed request, or $this->buffer's body
 * as JSON, urlencoded or multipart (through parseUploadFiles()). */
void wm_req_do_parse_post(zend_object *obj);

/** Interns upload.c's fixed strings; called by wm_request_minit(). */
void wm_req_upload_minit(void);

/* ---- request_session.c ---------------------------------------------------------------------- */

/** Looks up what request_session.c needs of Session; called by wm_request_minit(), after
 * wm_session_minit(). */
void wm_req_session_minit(void);

#endif
