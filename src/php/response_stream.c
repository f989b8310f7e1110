/* SPDX-License-Identifier: MIT */
/* Workerman\\Protocols\\Http\\{Chunk, ServerSentEvents}: the two small Stringable messages an
 * application sends on a chunked or event-stream response (the classes are registered with
 * Response's, in response.c, from the same stub). Like Response's, their methods behave like
 * upstream's PHP methods: arguments are checked as for a userland method, and __toString()
 * throws the TypeError upstream's strict_types code would. */

#include "php/response_impl.h"
#include "php/http.h"


/* ---- slots and names (set at MINIT) ------------------------------------------------------ */

static uint32_t slot_chunk_buffer, slot_sse_data;
static zend_string *pn_buffer, *pn_data;
/* Interned strings, so that lookups use their precomputed hash. */
static zend_string *ks_event, *ks_id, *ks_retry, *ks_data;

/* ---- Chunk --------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Chunk, __construct)
{
	zend_string *buffer;
	zval v;

	WM_USERLAND_PARAMETERS_START(1)
		WM_PARAM_STR(buffer)
	WM_USERLAND_PARAMETERS_END();

	ZVAL_STR_COPY(&v, buffer);
	wm_prop_set(Z_OBJ_P(ZEND_THIS), slot_chunk_buffer, &v);
}

ZEND_METHOD(Workerman_Protocols_Http_Chunk, __toString)
{
	zval buf;

	WM_USERLAND_PARAMETERS_NONE();
	if (!wm_read(Z_OBJ_P(ZEND_THIS), slot_chunk_buffer, pn_buffer, &buf)) {
		RETURN_THROWS();
	}
	if (Z_TYPE(buf) != IS_STRING) {
		convert_to_string(&buf);
	}
	/* dechex(strlen($this->buffer)) . "\r\n$this->buffer\r\n" */
	smart_str s = {0};
	smart_str_alloc(&s, Z_STRLEN(buf) + 2 * sizeof(size_t) + 4, 0);
	wm_append_hex(&s, Z_STRLEN(buf));
	smart_str_appendl(&s, "\r\n", 2);
	smart_str_append(&s, Z_STR(buf));
	smart_str_appendl(&s, "\r\n", 2);
	zval_ptr_dtor(&buf);
	RETURN_STR(smart_str_extract(&s));
}

/* ---- ServerSentEvents ---------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __construct)
{
	zval *data, v;

	WM_USERLAND_PARAMETERS_START(1)
		Z_PARAM_ARRAY(data)
	WM_USERLAND_PARAMETERS_END();

	ZVAL_COPY(&v, data);
	wm_prop_set(Z_OBJ_P(ZEND_THIS), slot_sse_data, &v);
}

/* $data[$key] if isset() says so, else NULL. */
static zval *wm_sse_field(HashTable *data, zend_string *key)
{
	zval *v = zend_hash_find(data, key);
	if (!v) {
		return NULL;
	}
	ZVAL_DEREF(v);
	return Z_TYPE_P(v) == IS_NULL ? NULL : v;
}

/* "<prefix>{$value}\n"; false if the conversion threw. */
static bool wm_sse_line(smart_str *s, const char *prefix, size_t plen, zval *value)
{
	zend_string *str = zval_try_get_string(value);
	if (!str) {
		return false;
	}
	smart_str_appendl(s, prefix, plen);
	smart_str_append(s, str);
	smart_str_appendc(s, '\n');
	zend_string_release(str);
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __toString)
{
	zval data, *v;
	smart_str s = {0};

	WM_USERLAND_PARAMETERS_NONE();
	if (!wm_read(Z_OBJ_P(ZEND_THIS), slot_sse_data, pn_data, &data)) {
		RETURN_THROWS();
	}
	HashTable *ht = Z_TYPE(data) == IS_ARRAY ? Z_ARRVAL(data) : (HashTable *) &zend_empty_array;

	if ((v = wm_sse_field(ht, ZSTR_EMPTY_ALLOC())) && !wm_sse_line(&s, ": ", 2, v)) {
		goto fail;
	}
	if ((v = wm_sse_field(ht, ks_event)) && !wm_sse_line(&s, "event: ", 7, v)) {
		goto fail;
	}
	if ((v = wm_sse_field(ht, ks_id)) && !wm_sse_line(&s, "id: ", 4, v)) {
		goto fail;
	}
	if ((v = wm_sse_field(ht, ks_retry)) && !wm_sse_line(&s, "retry: ", 7, v)) {
		goto fail;
	}
	if ((v = wm_sse_field(ht, ks_data))) {
		/* 'data: ' . str_replace("\n", "\ndata: ", $data['data']) . "\n", under strict_types */
		if (Z_TYPE_P(v) == IS_STRING) {
			const char *p = Z_STRVAL_P(v), *end = p + Z_STRLEN_P(v), *nl;
			smart_str_appendl(&s, "data: ", 6);
			while ((nl = memchr(p, '\n', end - p))) {
				smart_str_appendl(&s, p, nl - p);
				smart_str_appendl(&s, "\ndata: ", 7);
				p = nl + 1;
			}
			smart_str_appendl(&s, p, end - p);
			smart_str_appendc(&s, '\n');
		} else if (Z_TYPE_P(v) == IS_ARRAY) {
			/* str_replace() maps the array; concatenating an array gives "Array". */
			zend_error(E_WARNING, "Array to string conversion");
			if (EG(exception)) {
				goto fail;
			}
			smart_str_appendl(&s, "data: Array\n", sizeof("data: Array\n") - 1);
		} else {
			zend_type_error("str_replace(): Argument #3 ($subject) must be of type array|string, %s given",
				WM_VALUE_NAME(v));
			goto fail;
		}
	}
	smart_str_appendc(&s, '\n');
	zval_ptr_dtor(&data);
	RETURN_STR(smart_str_extract(&s));

fail:
	zval_ptr_dtor(&data);
	smart_str_free(&s);
	RETURN_THROWS();
}

/* ---- module lifecycle ---------------------------------------------------------------------- */

void wm_response_stream_minit(void)
{
	pn_buffer = wm_prop_name(wm_ce_Chunk, "buffer", &slot_chunk_buffer);
	pn_data = wm_prop_name(wm_ce_ServerSentEvents, "data", &slot_sse_data);
	ks_event = wm_interned("event");
	ks_id = wm_interned("id");
	ks_retry = wm_interned("retry");
	ks_data = wm_interned("data");
}
