/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): the HTTP/1.x request head.
 *
 * wm_http_parse_head() applies Workerman 5.2's Http::input() rules to a buffered request and
 * records the offsets the Request object needs later, so nothing is copied while framing:
 *   - the head ends at the first CRLFCRLF, which must start before WM_HTTP_MAX_HEAD (else 431,
 *     also when that many bytes are buffered without one);
 *   - request line `METHOD SP /target SP HTTP/1.d` with METHOD one of GET POST OPTIONS HEAD
 *     DELETE PUT PATCH (case-sensitive) and a target without CTLs, space or DEL (else 400);
 *   - every header line `token ":" value`; Host once (required from HTTP/1.1 on) and well
 *     formed; Transfer-Encoding only as a single `chunked` without Content-Length;
 *     Content-Length single and all digits (else 400);
 *   - stricter than upstream where upstream's leniency allows smuggling: a bare LF or a NUL
 *     anywhere in the head, or a CR not followed by LF, is a 400 (upstream's regexes let `$`
 *     match before a trailing LF and accept NUL in values). */

#ifndef WM_PROTO_HTTP_H
#define WM_PROTO_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WM_HTTP_MAX_HEAD 16384

typedef enum {
	WM_HTTP_NEED_MORE = 0,       /* no complete head yet */
	WM_HTTP_OK = 1,              /* head complete and valid */
	WM_HTTP_E400 = 400,          /* Bad Request */
	WM_HTTP_E408 = 408,          /* not a parse result: the request did not arrive in time */
	WM_HTTP_E413 = 413,          /* Payload Too Large */
	WM_HTTP_E431 = 431,          /* Request Header Fields Too Large */
	WM_HTTP_E500 = 500,          /* not a parse result: the application failed on the request */
} wm_http_status;

typedef struct {
	uint32_t off;
	uint32_t len;
} wm_http_span;

typedef struct {
	uint32_t head_len;           /* bytes up to and including the CRLFCRLF */
	wm_http_span method;         /* request line parts, offsets into the buffer */
	wm_http_span target;
	uint8_t minor;               /* the d of HTTP/1.d */
	bool chunked;                /* Transfer-Encoding: chunked (body framed by wm_chunked_*) */
	int64_t content_length;      /* -1 when absent; INT64_MAX when it does not fit */
	wm_http_span host;           /* Host value, trimmed; len 0 when absent */
} wm_http_head;

/** Parses and validates the head at the start of `buf`. On WM_HTTP_OK `out` is filled. */
wm_http_status wm_http_parse_head(const char *buf, size_t len, wm_http_head *out);

/** The whole request length for a non-chunked head (head + Content-Length), or -1 when it
 * exceeds `max` (a 413). */
int64_t wm_http_request_length(const wm_http_head *h, int64_t max);

/** The exact bytes upstream 5.2 writes before closing for an error status (400, 413, 431). */
const char *wm_http_error_reply(wm_http_status st, size_t *len);

/* ---- lazy access used by Http\Request (Request::parseHeaders() rules, not input()'s) ---- */

/** Iterates the header lines of a raw head `buf[0, raw_len)`, where raw_len is the offset of the
 * CRLFCRLF (Request::rawHead()); the request line is skipped. `*pos` starts at 0. Lines without ':' are skipped; the value is trimmed of SP and HT. Returns
 * false at the end. */
bool wm_http_next_header(const char *buf, size_t raw_len, size_t *pos, wm_http_span *name, wm_http_span *value);

/** Case-insensitive ASCII comparison of `a[0,alen)` with the lower-case `lower[0,llen)`. */
bool wm_http_name_eq(const char *a, size_t alen, const char *lower, size_t llen);

/** False when `buf[from, len)` holds a NUL, an LF not preceded by CR, or a CR followed by
 * something other than LF (a CR at the very end may still get its LF). */
bool wm_http_head_bytes_ok(const char *buf, size_t from, size_t len);

/** Position of the first CRLFCRLF in `buf`, or -1. */
int64_t wm_http_find_head_end(const char *buf, size_t len);

#endif /* WM_PROTO_HTTP_H */
