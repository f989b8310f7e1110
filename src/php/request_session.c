/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Request: cookies, the session glue and webman's request tests.
 *
 * cookie() parses the Cookie header once into $this->data['cookie']. sessionId() reads the
 * session cookie (Session::$name), validates it, or creates an id and queues its Set-Cookie on
 * the connection; session() builds the Session for it and keeps both in $this->context. Every
 * step upstream runs through `$this->` / `static::` runs through PHP when a subclass overrides
 * it. isAjax(), isPjax(), acceptJson() and expectsJson() are webman's header tests. The object
 * and its other getters are in request.c. */

#include "php/request_impl.h"
#include "php/connection.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"

static void wm_req_do_session(zend_object *obj, zval *rv);
static void wm_req_do_session_id(zend_object *obj, zend_string *sid, zval *rv);
static bool wm_req_do_is_valid_session_id(zval *sid);
static void wm_req_do_create_session_id(zval *rv);
static void wm_req_do_set_sid_cookie(zend_object *obj, zend_string *name, zend_string *sid, zval *params);

/* ---- cookies ------------------------------------------------------------------------------- */

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
			wm_req_trim_span(&ks, &klen);
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
	if (!wm_req_data_isset(obj, wm_req_key.cookie)) {
		zval hv, empty;
		ZVAL_EMPTY_STRING(&empty);
		wm_req_header(obj, wm_req_key.cookie, &empty, &hv);
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
		if (!wm_req_data_set(obj, wm_req_key.cookie, &arr)) {
			return;
		}
	}
	if (!name) {
		wm_req_data_return(obj, wm_req_key.cookie, rv);
		return;
	}
	wm_req_dim_or_default(wm_req_data_find(obj, wm_req_key.cookie), name, def, rv);
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
	zend_string *pn = wm_req_key.headers;
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
	zval *conn = wm_prop(obj, wm_req_slot.connection);
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
		wm_req_arr_del(obj, wm_req_slot.context, wm_req_key.sid);
		wm_req_arr_del(obj, wm_req_slot.context, wm_req_key.session);
	}
	if (!wm_req_arr_isset(obj, wm_req_slot.context, wm_req_key.sid)) {
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
			if (Z_TYPE_P(wm_prop(obj, wm_req_slot.connection)) != IS_OBJECT) {
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
		if (!wm_req_arr_set(obj, wm_req_slot.context, "context", wm_req_key.sid, &sid)) {
			return;
		}
		goto done;
fail:
		zval_ptr_dtor(&name);
		zval_ptr_dtor(&sid);
		return;
	}
done:;
	zval *v = wm_req_arr_find(obj, wm_req_slot.context, wm_req_key.sid);
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
	zval *cur = wm_req_arr_isset(obj, wm_req_slot.context, wm_req_key.session);
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
		if (!wm_req_arr_set(obj, wm_req_slot.context, "context", wm_req_key.session, &session)) {
			return;
		}
		cur = wm_req_arr_find(obj, wm_req_slot.context, wm_req_key.session);
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
	return wm_req_header_is(obj, wm_req_key.x_requested_with, WM_HDR_IS_XHR);
}

static bool wm_req_do_is_pjax(zend_object *obj)
{
	return wm_req_header_is(obj, wm_req_key.x_pjax, WM_HDR_TRUTHY);
}

static bool wm_req_do_accept_json(zend_object *obj)
{
	return wm_req_header_is(obj, wm_req_key.accept, WM_HDR_HAS_JSON);
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
/* ---- methods ------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Request, cookie)
{
	WM_PARSE_NAME_DEFAULT();
	wm_req_do_cookie(Z_OBJ_P(ZEND_THIS), name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, session)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_session(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, sessionId)
{
	zend_string *sid = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(sid)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_do_session_id(Z_OBJ_P(ZEND_THIS), sid, return_value);
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
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
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
	if (!wm_req_arr_set(obj, wm_req_slot.context, "context", wm_req_key.sid, &v)) {
		goto out;
	}
	ZVAL_COPY(&v, &new_session);
	if (!wm_req_arr_set(obj, wm_req_slot.context, "context", wm_req_key.session, &v)) {
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
	wm_req_do_set_sid_cookie(Z_OBJ_P(ZEND_THIS), name, sid, params);
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
	WM_RETURN_BOOL_OR_THROW(wm_req_do_is_ajax(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, isPjax)
{
	ZEND_PARSE_PARAMETERS_NONE();
	WM_RETURN_BOOL_OR_THROW(wm_req_do_is_pjax(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, acceptJson)
{
	ZEND_PARSE_PARAMETERS_NONE();
	WM_RETURN_BOOL_OR_THROW(wm_req_do_accept_json(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, expectsJson)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
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

void wm_req_session_minit(void)
{
	sslot_session_name = wm_static_offset(wm_ce_Session, "name");  /* wm_session_minit() ran */
}
