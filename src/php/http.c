/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http: the HTTP/1.1 server protocol.
 *
 * Two roads lead here. A connection whose $protocol is exactly this class is framed, decoded and
 * encoded by the wm_http_* functions below, called from the connection's framing loop: the head
 * is parsed once (src/proto/http.c) and its offsets go to the Request, a chunked body is framed
 * incrementally, responses are built in C and written without copying their bodies, and file
 * responses go out with sendfile(). The static PHP methods (input/decode/encode, ...) implement
 * the same rules for user protocols that forward to them, and stay overridable. */

#include "php/protocol.h"
#include "php/connection.h"
#include "php/http.h"
#include "core/callback.h"
#include "proto/chunked.h"
#include "main/php_open_temporary_file.h"
#include "../stubs/http_arginfo.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>


static uint32_t sslot_request_class, sslot_upload_tmp_dir;
static uint32_t conn_slot_headers, conn_slot_context, conn_slot_max_package, resp_slot_file;
static uint32_t sslot_session_name;
static zend_string *str_chunked, *str_inputchunked, *str_decodechunked;  /* interned */

/* Per-connection framing state of the native protocol (a wm_proto_state of wm_http_ops), kept
 * only while a request arrives in pieces (its head, or its body, is still to come) and freed with
 * the request's decode(): a connection between requests, or whose requests each arrive whole,
 * has none. Whether a reply went out for the request being handled is WM_CONN_F_PROTO. */
typedef struct _wm_http_conn {
	wm_proto_state base;     /* must stay first */
	wm_http_head head;
	uint32_t scanned;        /* bytes already searched for the end of the head */
	bool have_head;          /* `head` describes the request at the front of the buffer */
	wm_chunked chunked;      /* framing state when head.chunked */
	wm_upload *upload;       /* a multipart body being streamed into temp files, or NULL */
	zend_string *up_head;    /* the head of that request (its Request's whole buffer) */
	uint64_t body_left;      /* body bytes of that request still to come */
} wm_http_conn;

/* The head of a request that arrived whole, parsed by wm_http_frame() for the decode() that the
 * framing loop runs right after it (so one per process is enough): `owner` is the connection it
 * was parsed for and `len` the request's length, checked and cleared by decode(). */
static struct {
	wm_conn_object *owner;
	size_t len;
	wm_http_head head;
} wm_http_whole;

static const wm_proto_ops wm_http_ops;

/* wm_http_frame(): a request whose body was streamed (not buffered) is complete. */
#define WM_HTTP_FRAME_READY (-2)

static zend_always_inline wm_http_conn *wm_http_state(wm_conn_object *c)
{
	return wm_conn_proto_state(c, &wm_http_ops);
}

/* `h` (the connection's state), or a new one. */
static wm_http_conn *wm_http_state_make(wm_conn_object *c, wm_http_conn *h)
{
	if (!h) {
		h = ecalloc(1, sizeof(*h));
		wm_conn_proto_state_add(c, &h->base, &wm_http_ops);
	}
	return h;
}

/* A request was handed over: its state has nothing left to keep (a streamed upload still
 * running keeps it). */
static void wm_http_state_done(wm_conn_object *c, wm_http_conn *h)
{
	if (h && !h->upload && !h->have_head) {
		wm_conn_proto_state_drop(c, &h->base);
	}
}

/* ---- shared helpers -------------------------------------------------------------------------- */

/* Http::$requestClass resolved to a class, cached per class-name string in the module globals
 * (a reference to the string is held, so the pointer comparison cannot match a different,
 * reallocated name). */
static void wm_http_rshutdown(void)
{
	wm_http3_rshutdown();
	if (WM_G(http_request_class_name)) {
		zend_string_release(WM_G(http_request_class_name));
		WM_G(http_request_class_name) = NULL;
		WM_G(http_request_class_ce) = NULL;
	}
}

static zend_class_entry *wm_http_request_ce(void)
{
	zval *name = wm_static_slot(wm_ce_Http, sslot_request_class);
	if (Z_TYPE_P(name) != IS_STRING) {
		zend_throw_error(NULL, "Http::$requestClass must be a class name");
		return NULL;
	}
	if (WM_G(http_request_class_name) == Z_STR_P(name) && WM_G(http_request_class_ce)) {
		return WM_G(http_request_class_ce);
	}
	zend_class_entry *ce = zend_lookup_class(Z_STR_P(name));
	if (!ce) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Class \"%s\" not found", Z_STRVAL_P(name));
		}
		return NULL;
	}
	wm_http_rshutdown();
	WM_G(http_request_class_name) = zend_string_copy(Z_STR_P(name));
	WM_G(http_request_class_ce) = ce;
	return ce;
}

/* Writes an error reply the way upstream does: $connection->end($reply, true). */
static void wm_http_reply_error(zend_object *conn, wm_http_status st, bool dispatch)
{
	size_t len;
	const char *bytes = wm_http_error_reply(st, &len);
	zval reply;
	ZVAL_STRINGL(&reply, bytes, len);
	if (!dispatch && conn->ce == wm_ce_TcpConnection) {
		wm_conn_end(wm_conn_from_obj(conn), &reply, true);
	} else {
		zval args[2];
		ZVAL_COPY_VALUE(&args[0], &reply);
		ZVAL_TRUE(&args[1]);
		wm_call_method(conn, "end", sizeof("end") - 1, NULL, 2, args);
	}
	zval_ptr_dtor(&reply);
}

/* $connection->context ??= new stdClass; $connection->context->chunked = $value (or unset). */
static void wm_http_context_chunked(zend_object *conn, int set)
{
	zval *ctx = wm_prop(conn, conn_slot_context);
	if (Z_TYPE_P(ctx) != IS_OBJECT) {
		if (set <= 0) {
			return;
		}
		zval obj;
		object_init(&obj);
		wm_prop_set(conn, conn_slot_context, &obj);
		ctx = wm_prop(conn, conn_slot_context);
	}
	if (set > 0) {
		zend_update_property_bool(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "chunked", sizeof("chunked") - 1, 1);
	} else {
		zend_unset_property(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "chunked", sizeof("chunked") - 1);
	}
}

static bool wm_http_context_has_chunked(zend_object *conn)
{
	zval *ctx = wm_prop(conn, conn_slot_context);
	if (Z_TYPE_P(ctx) != IS_OBJECT) {
		return false;
	}
	return Z_OBJ_HT_P(ctx)->has_property(Z_OBJ_P(ctx), str_chunked, ZEND_PROPERTY_ISSET, NULL);
}

static void wm_http_trailer_cb(void *ctx, const char *name, size_t name_len, const char *value, size_t value_len)
{
	zval *arr = ctx, v;
	zend_string *key = zend_string_init(name, name_len, 0);
	zend_str_tolower(ZSTR_VAL(key), ZSTR_LEN(key));
	ZVAL_STRINGL(&v, value, value_len);
	zend_symtable_update(Z_ARRVAL_P(arr), key, &v);
	zend_string_release(key);
}

/* Http::decodeChunked(): the request rebuilt without Transfer-Encoding and with a Content-Length
 * (the first "\r\nTransfer-Encoding[ \t]*:..." line of the head is dropped, as upstream's
 * preg_replace does), and the trailers into `trailers` (an array). `head_end` is the offset of
 * the CRLFCRLF. */
static zend_string *wm_http_dechunk(const char *buf, size_t len, size_t head_end, zval *trailers)
{
	/* Locate the Transfer-Encoding line to drop: [cut, cut_end). */
	size_t cut = head_end, cut_end = head_end;
	for (size_t i = 0; i + 2 + 17 <= head_end; i++) {
		if (buf[i] != '\r' || buf[i + 1] != '\n'
			|| !wm_http_name_eq(buf + i + 2, 17, "transfer-encoding", 17)) {
			continue;
		}
		size_t j = i + 2 + 17;
		while (j < head_end && (buf[j] == ' ' || buf[j] == '\t')) {
			j++;
		}
		if (j >= head_end || buf[j] != ':') {
			continue;
		}
		const char *cr = memchr(buf + j, '\r', head_end - j);
		cut = i;
		cut_end = cr ? (size_t) (cr - buf) : head_end;
		break;
	}

	size_t body_off = head_end + 4;
	wm_chunked st;
	wm_chunked_init(&st, body_off);
	int64_t total = len >= body_off ? wm_chunked_input(&st, buf, len, INT64_MAX) : 0;
	char *body = NULL;
	size_t body_len = 0;
	if (total > 0) {
		body = emalloc((size_t) total - body_off + 1);
		body_len = wm_chunked_decode(buf, (size_t) total, body_off, body, wm_http_trailer_cb, trailers);
	}

	char num[24];
	int num_len = snprintf(num, sizeof(num), "%zu", body_len);
	size_t head_len = head_end - (cut_end - cut);
	zend_string *out = zend_string_alloc(head_len + sizeof("\r\nContent-Length: ") - 1 + num_len + 4 + body_len, 0);
	char *p = ZSTR_VAL(out);
	memcpy(p, buf, cut);
	p += cut;
	memcpy(p, buf + cut_end, head_end - cut_end);
	p += head_end - cut_end;
	memcpy(p, "\r\nContent-Length: ", sizeof("\r\nContent-Length: ") - 1);
	p += sizeof("\r\nContent-Length: ") - 1;
	memcpy(p, num, num_len);
	p += num_len;
	memcpy(p, "\r\n\r\n", 4);
	p += 4;
	if (body_len) {
		memcpy(p, body, body_len);
		p += body_len;
	}
	*p = '\0';
	ZSTR_LEN(out) = (size_t) (p - ZSTR_VAL(out));
	if (body) {
		efree(body);
	}
	return out;
}

/* Creates the request object for `buffer` and hands it trailers, if any. */
static void wm_http_make_request(zval *out, zend_string *buffer, const wm_http_head *head, zend_object *conn, zval *trailers)
{
	ZVAL_NULL(out);
	zend_class_entry *ce = wm_http_request_ce();
	if (!ce) {
		return;
	}
	wm_request_create(out, ce, buffer, head, conn);
	if (EG(exception) || Z_TYPE_P(out) != IS_OBJECT) {
		return;
	}
	if (trailers && zend_hash_num_elements(Z_ARRVAL_P(trailers)) > 0) {
		wm_call_method(Z_OBJ_P(out), "setchunktrailers", sizeof("setchunktrailers") - 1, NULL, 1, trailers);
	}
}

/* ---- incomplete-request timeouts ------------------------------------------------------------ */

/* A request must not hold its connection forever by arriving slowly. Its head has
 * workerman.http_header_timeout seconds in all, from accept (for the first request) or from its
 * first byte (a later request on a keep-alive connection); its body may pause at most
 * workerman.http_body_timeout seconds between two reads. A connection between requests is not
 * watched (upstream has no keep-alive timeout), nor one whose request the application holds. The
 * engine keeps the deadline (src/net/conn.h); the sweep calls wm_http_op_timed_out(). */

static zend_always_inline uint32_t wm_http_timeout_ms(zend_long seconds)
{
	return seconds >= 4000000 ? 4000000000u : (uint32_t) seconds * 1000;
}

void wm_http_wait_head(wm_conn_object *c)
{
	if (!wm_net_deadline_armed(&c->net) && WM_G(http_header_timeout) > 0) {
		wm_net_deadline_set(&c->net, wm_http_timeout_ms(WM_G(http_header_timeout)), false);
	}
}

/* The head is complete and the body still to come. */
static void wm_http_wait_body(wm_conn_object *c)
{
	if (WM_G(http_body_timeout) <= 0) {
		wm_net_deadline_clear(&c->net);
	} else if (!c->net.dl_idle_ms) {
		wm_net_deadline_set(&c->net, wm_http_timeout_ms(WM_G(http_body_timeout)), true);
	}
}

/* ---- connection fast path -------------------------------------------------------------------- */

static void wm_http_upload_drop(wm_http_conn *h)
{
	if (h->upload) {
		wm_upload_free(h->upload);
		h->upload = NULL;
	}
	if (h->up_head) {
		zend_string_release(h->up_head);
		h->up_head = NULL;
	}
	h->body_left = 0;
}

static void wm_http_state_free(wm_proto_state *state)
{
	wm_http_conn *h = (wm_http_conn *) state;
	wm_http_upload_drop(h);
	efree(h);
}

/* The Content-Type of a parsed head (repeated headers joined with ',' as Request::header() does),
 * or NULL. */
static zend_string *wm_http_content_type(const char *buf, const wm_http_head *head)
{
	smart_str out = {0};
	size_t pos = 0;
	wm_http_span name, value;
	bool found = false;
	while (wm_http_next_header(buf, head->head_len - 4, &pos, &name, &value)) {
		if (wm_http_name_eq(buf + name.off, name.len, "content-type", 12)) {
			if (found) {
				smart_str_appendc(&out, ',');
			}
			smart_str_appendl(&out, buf + value.off, value.len);
			found = true;
		}
	}
	if (!found) {
		return NULL;
	}
	smart_str_0(&out);
	return out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC();
}

/* A multipart body of at least workerman.upload_stream_min bytes is not buffered: the head is
 * kept, and body bytes go to the upload collector (files straight into temp files) as they
 * arrive. Its size limit is workerman.upload_max_size (0: maxPackageSize). Returns 1 when the
 * request is streamed, 0 when it is framed as usual, -1 after a 413. */
static int wm_http_stream_start(wm_conn_object *c, wm_http_conn *h, zend_long max_package)
{
	zend_long min = WM_G(upload_stream_min);
	if (min <= 0 || h->head.content_length < min) {
		return 0;
	}
	const char *data = wm_rbuf_data(&c->net.rbuf);
	zend_string *ct = wm_http_content_type(data, &h->head);
	if (!ct) {
		return 0;
	}
	wm_upload *u = wm_upload_new(ct);
	zend_string_release(ct);
	if (!u) {
		return 0;
	}
	zend_long limit = WM_G(upload_max_size) > 0 ? WM_G(upload_max_size) : max_package;
	if (wm_http_request_length(&h->head, limit) < 0) {
		wm_upload_free(u);
		h->have_head = false;
		wm_http_reply_error(&c->std, WM_HTTP_E413, false);
		return -1;
	}
	h->upload = u;
	h->up_head = zend_string_init(data, h->head.head_len, 0);
	h->body_left = (uint64_t) h->head.content_length;
	wm_rbuf_consume(&c->net.rbuf, h->head.head_len);
	return 1;
}

/* Feeds what has arrived of a streamed body; WM_HTTP_FRAME_READY once it is complete. */
static zend_long wm_http_stream_feed(wm_conn_object *c, wm_http_conn *h)
{
	size_t avail = wm_rbuf_len(&c->net.rbuf);
	size_t n = avail < h->body_left ? avail : (size_t) h->body_left;
	if (n) {
		/* A parser that stopped (upstream's rules) ignores the rest; the bytes still count. */
		wm_upload_feed(h->upload, wm_rbuf_data(&c->net.rbuf), n);
		wm_rbuf_consume(&c->net.rbuf, n);
		h->body_left -= n;
	}
	if (h->body_left) {
		wm_http_wait_body(c);
		return 0;
	}
	wm_net_deadline_clear(&c->net);
	return WM_HTTP_FRAME_READY;
}

/* Unlinks every tmp_name in an upload's files array (a Request that could not be created never
 * takes them over). */
static void wm_http_unlink_uploads(zval *files)
{
	zend_string *key;
	zval *v;
	if (Z_TYPE_P(files) != IS_ARRAY) {
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(files), key, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_ARRAY) {
			wm_http_unlink_uploads(v);
		} else if (key && zend_string_equals_literal(key, "tmp_name") && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
			unlink(Z_STRVAL_P(v));
		}
	} ZEND_HASH_FOREACH_END();
}

/* A request whose multipart body went straight to temp files is complete: its Request. */
static void wm_http_take_ready(wm_conn_object *c, zval *out)
{
	wm_http_conn *h = wm_http_state(c);
	zval post, files;
	wm_upload_finish(h->upload, &post, &files);
	zend_string *head = zend_string_copy(h->up_head);
	wm_http_upload_drop(h);
	c->net.oflags &= ~WM_CONN_F_PROTO;
	h->have_head = false;
	wm_http_make_request(out, head, &h->head, &c->std, NULL);
	if (!EG(exception) && Z_TYPE_P(out) == IS_OBJECT) {
		wm_request_set_body_parsed(Z_OBJ_P(out), &post, &files);
	} else {
		wm_http_unlink_uploads(&files);
	}
	zend_string_release(head);
	zval_ptr_dtor(&post);
	zval_ptr_dtor(&files);
}

/* Frames the next request in the connection's receive buffer: its length, 0 while incomplete,
 * -1 when the request was answered with an error status and the connection is ending, or
 * WM_HTTP_FRAME_READY when a request whose body was streamed (not buffered) is complete (only with
 * `stream_uploads`: large multipart bodies go to temp files as they arrive). */
static zend_long wm_http_frame(wm_conn_object *c, zend_long max_package, bool stream_uploads)
{
	wm_http_conn *h = wm_http_state(c);
	if (h && h->upload) {
		return wm_http_stream_feed(c, h);
	}
	const char *data = wm_rbuf_data(&c->net.rbuf);
	size_t avail = wm_rbuf_len(&c->net.rbuf);

	if (!h || !h->have_head) {
		/* Only look at new bytes for the CRLFCRLF, so a head that drips in byte by byte is
		 * scanned once, not once per read. */
		uint32_t scanned = h ? h->scanned : 0;
		size_t from = scanned > 3 ? scanned - 3 : 0;
		if (avail < WM_HTTP_MAX_HEAD && wm_http_find_head_end(data + from, avail - from) < 0
			&& wm_http_head_bytes_ok(data, scanned > 0 ? scanned - 1 : 0, avail)) {
			wm_http_state_make(c, h)->scanned = (uint32_t) avail;
			wm_http_wait_head(c);
			return 0;
		}
		wm_http_head head;
		wm_http_status st = wm_http_parse_head(data, avail, &head);
		if (st == WM_HTTP_NEED_MORE) {
			wm_http_state_make(c, h)->scanned = (uint32_t) avail;
			wm_http_wait_head(c);
			return 0;
		}
		if (h) {
			h->scanned = 0;
		}
		if (st != WM_HTTP_OK) {
			wm_http_reply_error(&c->std, st, false);
			return -1;
		}
		if (!h && !head.chunked && !(stream_uploads && WM_G(upload_stream_min) > 0
				&& head.content_length >= WM_G(upload_stream_min))) {
			int64_t total = wm_http_request_length(&head, max_package);
			if (total >= 0 && (uint64_t) total <= avail) {
				/* Whole: decode() follows at once, no state to keep. */
				wm_http_whole.owner = c;
				wm_http_whole.len = (size_t) total;
				wm_http_whole.head = head;
				return (zend_long) total;
			}
		}
		h = wm_http_state_make(c, h);
		h->head = head;
		h->have_head = true;
		if (!h->head.chunked) {
			int streamed = stream_uploads ? wm_http_stream_start(c, h, max_package) : 0;
			if (streamed) {
				return streamed < 0 ? -1 : wm_http_stream_feed(c, h);
			}
			int64_t total = wm_http_request_length(&h->head, max_package);
			if (total < 0) {
				h->have_head = false;
				wm_http_reply_error(&c->std, WM_HTTP_E413, false);
				return -1;
			}
			if ((uint64_t) total > avail) {
				wm_http_wait_body(c); /* the framing loop waits for the rest without asking again */
			}
			return (zend_long) total; /* complete: decode() disarms the deadline */
		}
		wm_chunked_init(&h->chunked, h->head.head_len);
	}
	if (!h->head.chunked) {
		return (zend_long) wm_http_request_length(&h->head, max_package);
	}
	int64_t total = wm_chunked_input(&h->chunked, data, avail, max_package);
	if (total == 0) {
		wm_http_wait_body(c);
		return 0;
	}
	if (total < 0) {
		h->have_head = false;
		wm_http_reply_error(&c->std, total == -413 ? WM_HTTP_E413 : WM_HTTP_E400, false);
		return -1;
	}
	return (zend_long) total; /* complete: decode() disarms the deadline */
}

/* Turns a complete request (as framed) into the Request object handed to onMessage. */
static void wm_http_decode(wm_conn_object *c, zend_string *pkg, zval *out)
{
	wm_http_conn *h = wm_http_state(c);
	const wm_http_head *head = NULL;
	if (h && h->have_head) {
		head = &h->head;
		h->have_head = false;
	} else if (wm_http_whole.owner == c && wm_http_whole.len == ZSTR_LEN(pkg)) {
		head = &wm_http_whole.head;
	}
	wm_http_whole.owner = NULL;
	c->net.oflags &= ~WM_CONN_F_PROTO;
	if (head && head->chunked) {
		zval trailers;
		array_init(&trailers);
		zend_string *plain = wm_http_dechunk(ZSTR_VAL(pkg), ZSTR_LEN(pkg), head->head_len - 4, &trailers);
		wm_http_make_request(out, plain, NULL, &c->std, &trailers);
		zend_string_release(plain);
		zval_ptr_dtor(&trailers);
	} else {
		wm_http_make_request(out, pkg, head, &c->std, NULL);
	}
	wm_http_state_done(c, h);
}

/* ---- encoding -------------------------------------------------------------------------------- */

static void wm_smart_str_append_zval(smart_str *s, zval *zv)
{
	if (Z_TYPE_P(zv) == IS_STRING) {
		smart_str_append(s, Z_STR_P(zv));
	} else if (Z_TYPE_P(zv) == IS_LONG) {
		smart_str_append_long(s, Z_LVAL_P(zv));
	} else {
		zend_string *str = zval_get_string(zv);
		smart_str_append(s, str);
		zend_string_release(str);
	}
}

static void wm_http_header_line(smart_str *s, zend_string *name, zend_ulong idx, zval *value)
{
	if (name) {
		smart_str_append(s, name);
	} else {
		smart_str_append_long(s, (zend_long) idx);
	}
	smart_str_appendl(s, ": ", 2);
	wm_smart_str_append_zval(s, value);
	smart_str_appendl(s, "\r\n", 2);
}

/* A plain (non-object) response: upstream's fixed 200 head with $connection->headers. */
static void wm_http_encode_plain(zend_object *conn, zend_string *body, smart_str *head)
{
	zval *headers = wm_prop(conn, conn_slot_headers);
	zval *content_type = NULL;
	smart_str_appendl(head, "HTTP/1.1 200 OK\r\n", sizeof("HTTP/1.1 200 OK\r\n") - 1);
	bool reset = false;
	if (Z_TYPE_P(headers) == IS_ARRAY) {
		reset = zend_hash_num_elements(Z_ARRVAL_P(headers)) > 0;
		zend_string *name;
		zend_ulong idx;
		zval *value;
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(headers), idx, name, value) {
			ZVAL_DEREF(value);
			if (name && zend_string_equals_literal(name, "Content-Type")) {
				content_type = value;
				continue;
			}
			if (Z_TYPE_P(value) == IS_ARRAY) {
				zval *item;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
					ZVAL_DEREF(item);
					wm_http_header_line(head, name, idx, item);
				} ZEND_HASH_FOREACH_END();
			} else {
				wm_http_header_line(head, name, idx, value);
			}
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_appendl(head, "Connection: keep-alive\r\nContent-Type: ",
		sizeof("Connection: keep-alive\r\nContent-Type: ") - 1);
	if (content_type) {
		wm_smart_str_append_zval(head, content_type);
	} else {
		smart_str_appendl(head, "text/html;charset=utf-8", sizeof("text/html;charset=utf-8") - 1);
	}
	smart_str_appendl(head, "\r\nContent-Length: ", sizeof("\r\nContent-Length: ") - 1);
	smart_str_append_unsigned(head, ZSTR_LEN(body));
	smart_str_appendl(head, "\r\n\r\n", 4);
	if (reset || Z_TYPE_P(headers) != IS_ARRAY) {
		zval empty;
		ZVAL_EMPTY_ARRAY(&empty);
		wm_prop_set(conn, conn_slot_headers, &empty);
	}
}

/* Calls $obj->name(...$args) through PHP (overrides win); false when it threw. */
static bool wm_http_call(zend_object *obj, const char *lcname, size_t len, uint32_t argc, zval *argv)
{
	zval ret;
	wm_call_method(obj, lcname, len, &ret, argc, argv);
	zval_ptr_dtor(&ret);
	return !EG(exception);
}

/* The file part of a file response ($response->file = ['file'=>, 'offset'=>, 'length'=>]):
 * headers as upstream's Http::encode() adds them, then the head and the file range go out,
 * the file with sendfile(). Returns false with an exception pending. */
static bool wm_http_send_file(zend_object *conn, zend_object *resp, zval *info)
{
	zval *zfile = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(info), "file", 4) : NULL;
	zval *zoff = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(info), "offset", 6) : NULL;
	zval *zlen = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(info), "length", 6) : NULL;
	zend_string *path = zfile ? zval_try_get_string(zfile) : ZSTR_EMPTY_ALLOC();
	if (!path) {
		return false;
	}
	zend_long offset = zoff ? zval_get_long(zoff) : 0;
	zend_long length = zlen ? zval_get_long(zlen) : 0;

	/* Opened first and measured with fstat(): one path lookup instead of two. */
	struct stat sb;
	zend_long size = 0;
	int fd = open(ZSTR_VAL(path), O_RDONLY | O_CLOEXEC);
	if (fd >= 0 ? fstat(fd, &sb) == 0 : stat(ZSTR_VAL(path), &sb) == 0) {
		size = (zend_long) sb.st_size;
	} else {
		php_error_docref(NULL, E_WARNING, "stat failed for %s", ZSTR_VAL(path));
	}
	zend_long body_len = length > 0 ? length : size - offset;

	zval arr, args[2];
	array_init_size(&arr, 2);
	add_assoc_long(&arr, "Content-Length", body_len);
	add_assoc_string(&arr, "Accept-Ranges", "bytes");
	bool ok = wm_http_call(resp, "withheaders", sizeof("withheaders") - 1, 1, &arr);
	zval_ptr_dtor(&arr);
	/* Upstream 5.2 tests `$offset || $length`, so withFile($f, 0, -1) ("to the end", what
	 * think-worker 5 sends for a whole file) answers 206 to a request without Range; a range is
	 * announced here only when one was asked for. */
	if (ok && (offset > 0 || length > 0)) {
		ZVAL_STRINGL(&args[0], "Content-Range", sizeof("Content-Range") - 1);
		ZVAL_STR(&args[1], zend_strpprintf(0, "bytes " ZEND_LONG_FMT "-" ZEND_LONG_FMT "/" ZEND_LONG_FMT,
			offset, offset + body_len - 1, size));
		ok = wm_http_call(resp, "header", sizeof("header") - 1, 2, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		if (ok) {
			ZVAL_LONG(&args[0], 206);
			ok = wm_http_call(resp, "withstatus", sizeof("withstatus") - 1, 1, args);
		}
	}
	if (!ok) {
		zend_string_release(path);
		if (fd >= 0) {
			close(fd);
		}
		return false;
	}
	zval zresp;
	ZVAL_OBJ(&zresp, resp);
	zend_string *head = zval_try_get_string(&zresp);
	if (!head) {
		zend_string_release(path);
		if (fd >= 0) {
			close(fd);
		}
		return false;
	}
	zend_string_release(path);
	wm_conn_object *c = wm_conn_from_obj(conn);
	if (fd < 0) {
		/* upstream: $connection->close(new Response(403, [], '403 Forbidden')) */
		zend_string_release(head);
		zval forbidden, cargs[3];
		object_init_ex(&forbidden, wm_ce_Response);
		ZVAL_LONG(&cargs[0], 403);
		ZVAL_EMPTY_ARRAY(&cargs[1]);
		ZVAL_STRINGL(&cargs[2], "403 Forbidden", sizeof("403 Forbidden") - 1);
		zend_call_known_instance_method(wm_ce_Response->constructor, Z_OBJ(forbidden), NULL, 3, cargs);
		zval_ptr_dtor(&cargs[2]);
		if (!EG(exception)) {
			wm_conn_close(c, &forbidden, false);
		}
		zval_ptr_dtor(&forbidden);
		return !EG(exception);
	}
	if (body_len > 0 && offset >= 0) {
		wm_conn_send_file(c, head, fd, (size_t) offset, (size_t) body_len);
	} else {
		close(fd);
		wm_conn_send_file(c, head, -1, 0, 0);
	}
	zend_string_release(head);
	return true;
}

/* Reads $response->file when it is set (isset semantics), else NULL. A Response (or subclass)
 * keeps it in its declared slot: read that directly, no lookup by name per response. */
static zval *wm_http_response_file(zend_object *resp, zval *rv)
{
	if (instanceof_function(resp->ce, wm_ce_Response)) {
		zval *slot = OBJ_PROP(resp, resp_slot_file);
		if (Z_TYPE_P(slot) != IS_UNDEF) {
			ZVAL_DEREF(slot);
			return Z_TYPE_P(slot) == IS_NULL ? NULL : slot;
		}
		/* unset() by user code: fall back to the handlers (__isset/__get). */
	}
	zend_string *name = ZSTR_KNOWN(ZEND_STR_FILE);
	if (!resp->handlers->has_property(resp, name, ZEND_PROPERTY_ISSET, NULL)) {
		return NULL;
	}
	zval *zv = resp->handlers->read_property(resp, name, BP_VAR_R, NULL, rv);
	return EG(exception) ? NULL : zv;
}

/* Encodes what the application sent: fills `head` and returns the body in `*body` (new
 * reference or NULL) and the tail to write after it. Returns false, with nothing to free, when
 * the response was handled already (a file response, queued by the encoder) or an exception is
 * pending. */
static bool wm_http_encode(wm_conn_object *c, zval *data, smart_str *head, zend_string **body,
	const char **tail, size_t *tail_len)
{
	*body = NULL;
	*tail = "";
	*tail_len = 0;
	if (Z_TYPE_P(data) != IS_OBJECT) {
		zend_string *str = zval_try_get_string(data);
		if (!str) {
			return false;
		}
		wm_http_encode_plain(&c->std, str, head);
		*body = str;
		return true;
	}

	zend_object *resp = Z_OBJ_P(data);
	zval *headers = wm_prop(&c->std, conn_slot_headers);
	if (Z_TYPE_P(headers) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(headers)) > 0) {
		zval pending;
		ZVAL_COPY(&pending, headers);
		bool ok = wm_http_call(resp, "withheaders", sizeof("withheaders") - 1, 1, &pending);
		zval_ptr_dtor(&pending);
		zval empty;
		ZVAL_EMPTY_ARRAY(&empty);
		wm_prop_set(&c->std, conn_slot_headers, &empty);
		if (!ok) {
			return false;
		}
	}

	zval rv;
	ZVAL_UNDEF(&rv);
	zval *file = wm_http_response_file(resp, &rv);
	if (file) {
		zval info;
		ZVAL_COPY_DEREF(&info, file);
		if (file == &rv) {
			zval_ptr_dtor(&rv);
		}
		wm_http_send_file(&c->std, resp, &info);
		zval_ptr_dtor(&info);
		return false;
	}
	if (EG(exception)) {
		return false;
	}
	if (wm_response_tostring_is_native(resp->ce)) {
		*body = wm_response_build(resp, head, tail, tail_len);
		if (EG(exception) && *body) {
			zend_string_release(*body);
			*body = NULL;
		}
		return *body || !EG(exception);
	}
	*body = zval_try_get_string(data);
	return *body != NULL;
}

/* ---- the protocol table (src/php/protocol.h) ------------------------------------------------- */

static wm_in wm_http_op_input(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg)
{
	zend_long n = wm_http_frame(c, max, true);
	if (n == WM_HTTP_FRAME_READY) {
		wm_http_take_ready(c, msg);
		return WM_IN_MESSAGE;
	}
	if (n <= 0) {
		/* < 0: answered with an error status, the connection is ending; 0: the framing bounds
		 * what it buffers itself (head and body limits). */
		if (n < 0) {
			wm_net_deadline_clear(&c->net);
		}
		return WM_IN_STOP;
	}
	*len = n;
	return WM_IN_LENGTH;
}

static void wm_http_op_decode(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out)
{
	wm_net_deadline_clear(&c->net); /* a body the framing loop waited for is complete */
	wm_http_decode(c, pkg, out);
	zend_string_release(pkg);
}

/* onMessage threw, unhandled: upstream's worker exits, which closes the connection with the
 * request unanswered. Answer it with a 500 and end the connection instead (the worker goes on
 * serving the others); if a reply already went out, only close. */
static void wm_http_op_on_app_error(wm_conn_object *c, wm_proto *p)
{
	if (c->net.status != WM_STATUS_ESTABLISHED) {
		return; /* the application closed it already */
	}
	if (c->net.oflags & WM_CONN_F_PROTO) {
		wm_conn_close(c, NULL, false);
		return;
	}
	wm_http_reply_error(&c->std, WM_HTTP_E500, false);
}

static void wm_http_op_accepted(wm_conn_object *c, wm_proto *p)
{
	wm_http_wait_head(c);
}

/* An incomplete request ran out of time: 408 and close (the bytes end() would send for any error
 * reply). A connection on which nothing of a request arrived (an idle new connection, or a TLS
 * handshake that never ended) is closed without a word, as nginx does; one whose application
 * paused receiving is the application's to hold, and is looked at again later. */
static void wm_http_op_timed_out(wm_conn_object *c, wm_proto *p)
{
	if (c->net.flags & WM_NET_F_PAUSED) {
		wm_http_wait_head(c);
		return;
	}
	wm_http_conn *h = wm_http_state(c);
	if (wm_rbuf_len(&c->net.rbuf) == 0 && !(h && (h->have_head || h->upload))) {
		wm_conn_destroy(c);
		return;
	}
	if (h) {
		h->have_head = false;
		wm_http_upload_drop(h);
	}
	wm_http_reply_error(&c->std, WM_HTTP_E408, false);
}

static wm_enc wm_http_op_encode(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out)
{
	c->net.oflags |= WM_CONN_F_PROTO;
	/* The head is built in C and written in front of the body string (not copied). */
	if (!wm_http_encode(c, data, &out->head, &out->payload, &out->suffix, &out->suffix_len)) {
		if (EG(exception)) {
			wm_conn_report_exception(c);
			return WM_ENC_FALSE;
		}
		return WM_ENC_NULL; /* a file response, queued by the encoder: upstream's encode() returned '' */
	}
	if (!out->payload) {
		out->payload = ZSTR_EMPTY_ALLOC();
	}
	if (out->head.s) {
		out->prefix = ZSTR_VAL(out->head.s);
		out->prefix_len = ZSTR_LEN(out->head.s);
	}
	return WM_ENC_WRITE;
}

/* The 3.x API's table (src/php/http_legacy.c): the same framing, bodies kept in memory (3.x
 * handed file contents to the application), the request decoded into the superglobals and the
 * response made from the static header()/responseCode()/setcookie() state. */
static wm_in wm_http3_op_input(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg)
{
	zend_long n = wm_http_frame(c, max, false);
	if (n <= 0) {
		if (n < 0) {
			wm_net_deadline_clear(&c->net);
		}
		return WM_IN_STOP;
	}
	*len = n;
	return WM_IN_LENGTH;
}

static void wm_http3_op_decode(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out)
{
	wm_net_deadline_clear(&c->net);
	wm_http_conn *h = wm_http_state(c);
	bool chunked = h && h->have_head && h->head.chunked;
	wm_http_whole.owner = NULL;
	c->net.oflags &= ~WM_CONN_F_PROTO;
	if (h) {
		h->have_head = false;
	}
	if (chunked) {
		zval trailers;
		array_init(&trailers);
		zend_string *plain = wm_http_dechunk(ZSTR_VAL(pkg), ZSTR_LEN(pkg), h->head.head_len - 4, &trailers);
		zval_ptr_dtor(&trailers);
		zend_string_release(pkg);
		pkg = plain;
	}
	wm_http_state_done(c, h);
	wm_http3_decode(pkg, &c->std, out);
	zend_string_release(pkg);
}

static wm_enc wm_http3_op_encode(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out)
{
	c->net.oflags |= WM_CONN_F_PROTO;
	wm_http3_encode(data, &c->std, &out->head, &out->payload);
	if (EG(exception)) {
		wm_conn_report_exception(c);
		return WM_ENC_FALSE;
	}
	out->prefix = ZSTR_VAL(out->head.s);
	out->prefix_len = ZSTR_LEN(out->head.s);
	return WM_ENC_WRITE;
}

static const wm_proto_ops wm_http3_ops = {
	.input = wm_http3_op_input,
	.decode = wm_http3_op_decode,
	.encode = wm_http3_op_encode,
	.on_app_error = wm_http_op_on_app_error,
	.accepted = wm_http_op_accepted,
	.timed_out = wm_http_op_timed_out,
	.state_free = wm_http_state_free,
};

static const wm_proto_ops *wm_http_select(void)
{
	return wm_http3_active() ? &wm_http3_ops : &wm_http_ops;
}

static const wm_proto_ops wm_http_ops = {
	.input = wm_http_op_input,
	.decode = wm_http_op_decode,
	.encode = wm_http_op_encode,
	.on_app_error = wm_http_op_on_app_error,
	.accepted = wm_http_op_accepted,
	.timed_out = wm_http_op_timed_out,
	.state_free = wm_http_state_free,
	.rshutdown = wm_http_rshutdown,
	.select = wm_http_select,
};

/* ---- PHP methods ----------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http, requestClass)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();

	zend_class_entry *scope = zend_get_called_scope(execute_data);
	zval *slot = wm_static_prop(scope ? scope : wm_ce_Http, "requestClass", sizeof("requestClass") - 1);
	if (!slot) {
		slot = wm_static_slot(wm_ce_Http, sslot_request_class);
	}
	if (name) {
		zval_ptr_dtor(slot);
		ZVAL_STR_COPY(slot, name);
	}
	RETURN_COPY_DEREF(slot);
}

/* Static method `lcname` on the called class when a subclass overrides it, else NULL. */
static zend_function *wm_http_override(zend_execute_data *execute_data, zend_string *lcname)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	return scope ? wm_override(scope, wm_ce_Http, lcname) : NULL;
}

static zend_long wm_http_conn_max_package(zend_object *conn)
{
	return zval_get_long(wm_prop(conn, conn_slot_max_package));
}

static zend_long wm_http_input_chunked(zend_string *buffer, zend_object *conn, zend_long head_len)
{
	wm_http_context_chunked(conn, 1);
	wm_chunked st;
	wm_chunked_init(&st, (size_t) head_len);
	int64_t r = wm_chunked_input(&st, ZSTR_VAL(buffer), ZSTR_LEN(buffer), wm_http_conn_max_package(conn));
	if (r < 0) {
		wm_http_reply_error(conn, r == -413 ? WM_HTTP_E413 : WM_HTTP_E400, true);
		return 0;
	}
	return (zend_long) r;
}

ZEND_METHOD(Workerman_Protocols_Http, input)
{
	zend_string *buffer;
	zend_object *conn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJ_OF_CLASS(conn, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	wm_http_head h;
	wm_http_status st = wm_http_parse_head(ZSTR_VAL(buffer), ZSTR_LEN(buffer), &h);
	if (st == WM_HTTP_NEED_MORE) {
		RETURN_LONG(0);
	}
	if (st != WM_HTTP_OK) {
		wm_http_reply_error(conn, st, true);
		RETURN_LONG(0);
	}
	if (h.chunked) {
		zend_function *fn = wm_http_override(execute_data, str_inputchunked);
		if (fn) {
			zval args[3];
			ZVAL_STR(&args[0], buffer);
			ZVAL_OBJ(&args[1], conn);
			ZVAL_LONG(&args[2], h.head_len);
			zend_call_known_function(fn, NULL, zend_get_called_scope(execute_data), return_value, 3, args, NULL);
			return;
		}
		RETURN_LONG(wm_http_input_chunked(buffer, conn, h.head_len));
	}
	int64_t total = wm_http_request_length(&h, wm_http_conn_max_package(conn));
	if (total < 0) {
		wm_http_reply_error(conn, WM_HTTP_E413, true);
		RETURN_LONG(0);
	}
	RETURN_LONG((zend_long) total);
}

ZEND_METHOD(Workerman_Protocols_Http, inputChunked)
{
	zend_string *buffer;
	zend_object *conn;
	zend_long head_len;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJ_OF_CLASS(conn, wm_ce_TcpConnection)
		Z_PARAM_LONG(head_len)
	ZEND_PARSE_PARAMETERS_END();

	if (head_len < 0 || (size_t) head_len > ZSTR_LEN(buffer)) {
		RETURN_LONG(0);
	}
	RETURN_LONG(wm_http_input_chunked(buffer, conn, head_len));
}

ZEND_METHOD(Workerman_Protocols_Http, decodeChunked)
{
	zend_string *buffer;
	zend_long head_end;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_LONG(head_end)
	ZEND_PARSE_PARAMETERS_END();

	if (head_end < 0 || (size_t) head_end > ZSTR_LEN(buffer)) {
		head_end = (zend_long) ZSTR_LEN(buffer);
	}
	zval trailers, str;
	array_init(&trailers);
	ZVAL_STR(&str, wm_http_dechunk(ZSTR_VAL(buffer), ZSTR_LEN(buffer), (size_t) head_end, &trailers));
	array_init_size(return_value, 2);
	zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &str);
	zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &trailers);
}

ZEND_METHOD(Workerman_Protocols_Http, decode)
{
	zend_string *buffer;
	zend_object *conn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJ_OF_CLASS(conn, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	if (wm_http3_active()) {
		wm_http3_decode(buffer, conn, return_value);
		return;
	}
	if (!wm_http_context_has_chunked(conn)) {
		wm_http_make_request(return_value, buffer, NULL, conn, NULL);
		return;
	}
	wm_http_context_chunked(conn, -1);
	int64_t end = wm_http_find_head_end(ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	zend_long head_end = end < 0 ? (zend_long) ZSTR_LEN(buffer) : (zend_long) end;
	zval parts, trailers;
	ZVAL_UNDEF(&trailers);
	zend_function *fn = wm_http_override(execute_data, str_decodechunked);
	zend_string *plain;
	if (fn) {
		zval args[2];
		ZVAL_STR(&args[0], buffer);
		ZVAL_LONG(&args[1], head_end);
		zend_call_known_function(fn, NULL, zend_get_called_scope(execute_data), &parts, 2, args, NULL);
		if (EG(exception)) {
			return;
		}
		zval *p0 = Z_TYPE(parts) == IS_ARRAY ? zend_hash_index_find_deref(Z_ARRVAL(parts), 0) : NULL;
		zval *p1 = Z_TYPE(parts) == IS_ARRAY ? zend_hash_index_find_deref(Z_ARRVAL(parts), 1) : NULL;
		plain = p0 ? zval_get_string(p0) : zend_string_copy(buffer);
		if (p1 && Z_TYPE_P(p1) == IS_ARRAY) {
			ZVAL_COPY(&trailers, p1);
		}
		zval_ptr_dtor(&parts);
	} else {
		array_init(&trailers);
		plain = wm_http_dechunk(ZSTR_VAL(buffer), ZSTR_LEN(buffer), (size_t) head_end, &trailers);
	}
	wm_http_make_request(return_value, plain, NULL, conn, Z_TYPE(trailers) == IS_ARRAY ? &trailers : NULL);
	zend_string_release(plain);
	zval_ptr_dtor(&trailers);
}

ZEND_METHOD(Workerman_Protocols_Http, encode)
{
	zval *response;
	zend_object *conn;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(response)
		Z_PARAM_OBJ_OF_CLASS(conn, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	smart_str head = {0};
	zend_string *body;
	if (wm_http3_active()) {
		wm_http3_encode(response, conn, &head, &body);
		smart_str_append(&head, body);
		zend_string_release(body);
		RETURN_STR(smart_str_extract(&head));
	}
	const char *tail;
	size_t tail_len;
	if (!wm_http_encode(wm_conn_from_obj(conn), response, &head, &body, &tail, &tail_len)) {
		smart_str_free(&head);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	if (body) {
		smart_str_append(&head, body);
		zend_string_release(body);
	}
	smart_str_appendl(&head, tail, tail_len);
	RETURN_STR(smart_str_extract(&head));
}

ZEND_METHOD(Workerman_Protocols_Http, sendStream)
{
	zend_object *conn;
	zval *handler;
	zend_long offset = 0, length = 0;
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_OBJ_OF_CLASS(conn, wm_ce_TcpConnection)
		Z_PARAM_RESOURCE(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(offset)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();

	/* The rest of an open file goes out with sendfile() from a duplicate of its descriptor. */
	php_stream *stream;
	php_stream_from_zval(stream, handler);
	int fd = -1;
	if (php_stream_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) != SUCCESS || fd < 0) {
		zend_argument_type_error(2, "must be a plain file stream");
		RETURN_THROWS();
	}
	struct stat sb;
	if (fstat(fd, &sb) != 0) {
		RETURN_NULL();
	}
	zend_long len = length > 0 ? length : (zend_long) sb.st_size - offset;
	int dup_fd = len > 0 ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
	wm_conn_send_file(wm_conn_from_obj(conn), ZSTR_EMPTY_ALLOC(), dup_fd, (size_t) offset, len > 0 ? (size_t) len : 0);
	php_stream_close(stream);
}

ZEND_METHOD(Workerman_Protocols_Http, uploadTmpDir)
{
	zend_string *dir = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(dir)
	ZEND_PARSE_PARAMETERS_END();

	zval *slot = wm_static_slot(wm_ce_Http, sslot_upload_tmp_dir);
	if (dir) {
		zval_ptr_dtor(slot);
		ZVAL_STR_COPY(slot, dir);
	}
	if (Z_TYPE_P(slot) != IS_STRING || Z_STRLEN_P(slot) == 0) {
		const char *ini = INI_STR("upload_tmp_dir");
		const char *tmp = ini && *ini ? ini : php_get_temporary_directory();
		if (tmp && *tmp) {
			zval_ptr_dtor(slot);
			ZVAL_STRING(slot, tmp);
		}
	}
	RETURN_COPY_DEREF(slot);
}

ZEND_METHOD(Workerman_Protocols_Http, sessionName)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();

	if (wm_http3_session_name(name, return_value)) {
		return;
	}
	zval *slot = wm_static_slot(wm_ce_Session, sslot_session_name);
	if (name) {
		zval_ptr_dtor(slot);
		ZVAL_STR_COPY(slot, name);
	}
	RETURN_COPY_DEREF(slot);
}

ZEND_METHOD(Workerman_Protocols_Http, enableCache)
{
	bool value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_BOOL(value)
	ZEND_PARSE_PARAMETERS_END();
	(void) value;
}

static void wm_http_const(zend_class_entry *ce, const char *name, const char *value, size_t len)
{
	zval zv;
	ZVAL_STR(&zv, zend_string_init_interned(value, len, 1));
	zend_declare_class_constant_ex(ce, wm_interned(name), &zv,
		ZEND_ACC_PROTECTED, NULL);
}

void wm_http_minit(void)
{
	wm_ce_Http = register_class_Workerman_Protocols_Http();
	wm_proto_register(wm_ce_Http, &wm_http_ops);
	size_t len;
	const char *reply = wm_http_error_reply(WM_HTTP_E400, &len);
	wm_http_const(wm_ce_Http, "HTTP_400", reply, len);
	reply = wm_http_error_reply(WM_HTTP_E413, &len);
	wm_http_const(wm_ce_Http, "HTTP_413", reply, len);
	reply = wm_http_error_reply(WM_HTTP_E431, &len);
	wm_http_const(wm_ce_Http, "HTTP_431", reply, len);

	sslot_request_class = wm_static_offset(wm_ce_Http, "requestClass");
	sslot_upload_tmp_dir = wm_static_offset(wm_ce_Http, "uploadTmpDir");
	conn_slot_headers = wm_prop_offset(wm_ce_TcpConnection, "headers");
	conn_slot_context = wm_prop_offset(wm_ce_TcpConnection, "context");
	conn_slot_max_package = wm_prop_offset(wm_ce_TcpConnection, "maxPackageSize");
	resp_slot_file = wm_prop_offset(wm_ce_Response, "file");
	sslot_session_name = wm_static_offset(wm_ce_Session, "name");
	str_chunked = wm_interned("chunked");
	str_inputchunked = wm_interned("inputchunked");
	str_decodechunked = wm_interned("decodechunked");
}
