/* SPDX-License-Identifier: MIT */
/* libFuzzer target for the HTTP head parser (src/proto/http.c).
 *
 * Input: byte 0 = flags, byte 1 = where the head is cut for the stability check, then the
 * request bytes. Flag 0x80 pads the request with 16 KiB minus a little of 'a' at a chosen place,
 * so the 16 KiB head limit is reached with small inputs. Checked: no crash or out-of-bounds
 * read; every span lies inside the head; a decided head (a CRLFCRLF was buffered) gives the same
 * answer and the same spans whatever bytes follow; wm_http_next_header() only returns spans
 * inside the raw head and always advances; wm_http_request_length() is head + body or -1. */
#include "proto/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fail(int line)
{
	fprintf(stderr, "%s:%d: check failed\n", __FILE__, line);
	abort();
}

#define check(cond) ((cond) ? (void) 0 : fail(__LINE__))

static int span_in(wm_http_span s, size_t limit)
{
	return (size_t) s.off + s.len <= limit;
}

static int same(const wm_http_head *a, const wm_http_head *b)
{
	return a->head_len == b->head_len && a->method.off == b->method.off && a->method.len == b->method.len
		&& a->target.off == b->target.off && a->target.len == b->target.len && a->minor == b->minor
		&& a->chunked == b->chunked && a->content_length == b->content_length
		&& a->host.off == b->host.off && a->host.len == b->host.len;
}

static void check_head(const char *buf, size_t len, wm_http_status st, const wm_http_head *h)
{
	check(st == WM_HTTP_NEED_MORE || st == WM_HTTP_OK || st == WM_HTTP_E400 || st == WM_HTTP_E413
		|| st == WM_HTTP_E431);
	check(st != WM_HTTP_E413); /* the head alone never says 413 */
	if (st != WM_HTTP_OK) {
		return;
	}
	check(h->head_len >= 4 && h->head_len <= len && h->head_len <= WM_HTTP_MAX_HEAD + 3);
	check(memcmp(buf + h->head_len - 4, "\r\n\r\n", 4) == 0);
	check(wm_http_find_head_end(buf, len) == (int64_t) h->head_len - 4);
	size_t raw = h->head_len - 4;
	check(h->method.off == 0 && h->method.len >= 3 && span_in(h->method, raw));
	check(span_in(h->target, raw) && h->target.len >= 1 && buf[h->target.off] == '/');
	check(h->minor <= 9);
	check(span_in(h->host, raw));
	check(h->content_length >= -1);
	check(!(h->chunked && h->content_length >= 0));
	int64_t total = wm_http_request_length(h, INT64_MAX);
	int64_t body = h->content_length < 0 ? 0 : h->content_length;
	check(total == -1 ? body > INT64_MAX - (int64_t) h->head_len : total == (int64_t) h->head_len + body);
	check(wm_http_request_length(h, (int64_t) h->head_len - 1) == -1);
}

static void check_next_header(const char *buf, size_t raw_len)
{
	size_t pos = 0, prev = 0, n = 0;
	wm_http_span name, value;
	while (wm_http_next_header(buf, raw_len, &pos, &name, &value)) {
		check(pos > prev && pos <= raw_len);
		check(span_in(name, raw_len) && span_in(value, raw_len));
		check(name.off >= prev && value.off >= name.off + name.len);
		check(buf[name.off + name.len] == ':');
		check(memchr(buf + name.off, ':', name.len) == NULL);
		if (value.len) {
			char f = buf[value.off], l = buf[value.off + value.len - 1];
			check(f != ' ' && f != '\t' && l != ' ' && l != '\t');
		}
		prev = pos;
		check(++n <= raw_len);
	}
	check(pos == raw_len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3) {
		return 0;
	}
	uint8_t flags = data[0], cut_sel = data[1];
	const char *in = (const char *) data + 2;
	size_t n = size - 2;

	char *buf;
	size_t len;
	if (flags & 0x80) {
		size_t pad = WM_HTTP_MAX_HEAD - 64 + (flags & 0x7f);
		size_t at = n ? (size_t) cut_sel % (n + 1) : 0;
		len = n + pad;
		buf = malloc(len);
		memcpy(buf, in, at);
		memset(buf + at, 'a', pad);
		memcpy(buf + at + pad, in + at, n - at);
	} else {
		len = n;
		buf = malloc(len ? len : 1);
		memcpy(buf, in, n);
	}

	wm_http_head full;
	wm_http_status st = wm_http_parse_head(buf, len, &full);
	check_head(buf, len, st, &full);

	/* A prefix holding a complete head is decided: the bytes after it change nothing. */
	size_t cut = len ? (size_t) ((uint64_t) cut_sel * len / 255) : 0;
	wm_http_head part;
	wm_http_status sp = wm_http_parse_head(buf, cut, &part);
	check_head(buf, cut, sp, &part);
	if (wm_http_find_head_end(buf, cut) >= 0) {
		check(sp == st);
		if (st == WM_HTTP_OK) {
			check(same(&part, &full));
		}
	} else if (sp != WM_HTTP_NEED_MORE) {
		/* Decided early: 431 once 16 KiB are buffered, 400 (strict) once a bare LF, lone CR or
		 * NUL is buffered; more bytes cannot change a 400. */
		if (!wm_http_head_bytes_ok(buf, 0, cut < WM_HTTP_MAX_HEAD + 4 ? cut : WM_HTTP_MAX_HEAD + 4)) {
			check(sp == WM_HTTP_E400 && st == WM_HTTP_E400);
		} else {
			check(sp == WM_HTTP_E431 && cut >= WM_HTTP_MAX_HEAD);
		}
	}

	int64_t raw = wm_http_find_head_end(buf, len);
	check_next_header(buf, raw >= 0 ? (size_t) raw : len);

	free(buf);
	return 0;
}
