/* SPDX-License-Identifier: MIT */
/* L0: HTTP/1.x request head validation (Workerman 5.2 Http::input() rules, stricter where those
 * allow smuggling) and lazy header iteration for Http\Request. */

#include "proto/http.h"
#include <string.h>

static const char reply_400[] = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n";
static const char reply_408[] = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n";
static const char reply_413[] = "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n";
static const char reply_431[] = "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n";
static const char reply_500[] = "HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n";

const char *wm_http_error_reply(wm_http_status st, size_t *len)
{
	switch (st) {
	case WM_HTTP_E408:
		*len = sizeof(reply_408) - 1;
		return reply_408;
	case WM_HTTP_E413:
		*len = sizeof(reply_413) - 1;
		return reply_413;
	case WM_HTTP_E431:
		*len = sizeof(reply_431) - 1;
		return reply_431;
	case WM_HTTP_E500:
		*len = sizeof(reply_500) - 1;
		return reply_500;
	default:
		*len = sizeof(reply_400) - 1;
		return reply_400;
	}
}

int64_t wm_http_find_head_end(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	while (end - p >= 4) {
		const char *cr = memchr(p, '\r', (size_t) (end - p) - 3);
		if (!cr) {
			return -1;
		}
		if (cr[1] == '\n' && cr[2] == '\r' && cr[3] == '\n') {
			return cr - buf;
		}
		p = cr + 1;
	}
	return -1;
}

/* RFC 7230 tchar. */
static const unsigned char tchar[256] = {
	['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1,
	['-'] = 1, ['.'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1, ['~'] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
};

bool wm_http_head_bytes_ok(const char *buf, size_t from, size_t len)
{
	for (size_t i = from; i < len; i++) {
		unsigned char c = (unsigned char) buf[i];
		if (c > '\r') {
			continue;
		}
		if (c == '\0' || (c == '\n' && (i == 0 || buf[i - 1] != '\r'))
			|| (c == '\r' && i + 1 < len && buf[i + 1] != '\n')) {
			return false;
		}
	}
	return true;
}

static inline char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

bool wm_http_name_eq(const char *a, size_t alen, const char *lower_name, size_t llen)
{
	if (alen != llen) {
		return false;
	}
	for (size_t i = 0; i < alen; i++) {
		if (lower(a[i]) != lower_name[i]) {
			return false;
		}
	}
	return true;
}

static bool method_ok(const char *m, size_t n)
{
	switch (n) {
	case 3:
		return !memcmp(m, "GET", 3) || !memcmp(m, "PUT", 3);
	case 4:
		return !memcmp(m, "POST", 4) || !memcmp(m, "HEAD", 4);
	case 5:
		return !memcmp(m, "PATCH", 5);
	case 6:
		return !memcmp(m, "DELETE", 6);
	case 7:
		return !memcmp(m, "OPTIONS", 7);
	}
	return false;
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* ^(?:\[[^\]\r\n]+\]|[^\s:/\[\]\r\n]+)(?::[0-9]+)?$ */
static bool host_ok(const char *s, size_t n)
{
	size_t i = 0;
	if (n > 0 && s[0] == '[') {
		i = 1;
		while (i < n && s[i] != ']' && s[i] != '\r' && s[i] != '\n') {
			i++;
		}
		if (i == 1 || i >= n || s[i] != ']') {
			return false;
		}
		i++;
	} else {
		while (i < n) {
			unsigned char c = (unsigned char) s[i];
			if (is_space(c) || c == ':' || c == '/' || c == '[' || c == ']') {
				break;
			}
			i++;
		}
		if (i == 0) {
			return false;
		}
	}
	if (i == n) {
		return true;
	}
	if (s[i] != ':' || i + 1 == n) {
		return false;
	}
	for (i++; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

static void trim_sp_ht(const char *buf, uint32_t *off, uint32_t *len)
{
	while (*len && (buf[*off] == ' ' || buf[*off] == '\t')) {
		(*off)++;
		(*len)--;
	}
	while (*len && (buf[*off + *len - 1] == ' ' || buf[*off + *len - 1] == '\t')) {
		(*len)--;
	}
}

wm_http_status wm_http_parse_head(const char *buf, size_t len, wm_http_head *out)
{
	size_t scan = len < WM_HTTP_MAX_HEAD + 4 ? len : WM_HTTP_MAX_HEAD + 4;
	int64_t crlf = wm_http_find_head_end(buf, scan);
	if (crlf < 0) {
		/* Strict: a bare LF, a lone CR or a NUL already buffered makes the head invalid, so an
		 * LF-only request is refused at once instead of waiting for a CRLFCRLF that never comes. */
		if (!wm_http_head_bytes_ok(buf, 0, scan)) {
			return WM_HTTP_E400;
		}
		return len >= WM_HTTP_MAX_HEAD ? WM_HTTP_E431 : WM_HTTP_NEED_MORE;
	}
	if (crlf >= WM_HTTP_MAX_HEAD) {
		/* The strict 400 wins, whichever read first saw the head (see below). */
		return wm_http_head_bytes_ok(buf, 0, (size_t) crlf) ? WM_HTTP_E431 : WM_HTTP_E400;
	}
	size_t end = (size_t) crlf; /* the raw head is [0, end) */

	/* Strict line endings: every CR is followed by LF and every LF preceded by CR; no NUL. */
	for (size_t i = 0; i < end; i++) {
		unsigned char c = (unsigned char) buf[i];
		if (c > '\r' || (c != '\0' && c != '\r' && c != '\n')) {
			continue;
		}
		if (c == '\0') {
			return WM_HTTP_E400;
		}
		if (c == '\r' && buf[i + 1] != '\n') {
			return WM_HTTP_E400;
		}
		if (c == '\n' && (i == 0 || buf[i - 1] != '\r')) {
			return WM_HTTP_E400;
		}
	}

	/* Request line. */
	const char *le = memchr(buf, '\r', end);
	size_t line_end = le ? (size_t) (le - buf) : end;
	const char *sp = memchr(buf, ' ', line_end);
	if (!sp || !method_ok(buf, (size_t) (sp - buf))) {
		return WM_HTTP_E400;
	}
	size_t t = (size_t) (sp - buf) + 1;
	if (t >= line_end || buf[t] != '/') {
		return WM_HTTP_E400;
	}
	size_t te = t;
	while (te < line_end) {
		unsigned char c = (unsigned char) buf[te];
		if (c <= 0x20 || c == 0x7f) {
			break;
		}
		te++;
	}
	if (line_end - te != sizeof(" HTTP/1.d") - 1 || memcmp(buf + te, " HTTP/1.", 8) != 0
		|| buf[te + 8] < '0' || buf[te + 8] > '9') {
		return WM_HTTP_E400;
	}
	out->method.off = 0;
	out->method.len = (uint32_t) (sp - buf);
	out->target.off = (uint32_t) t;
	out->target.len = (uint32_t) (te - t);
	out->minor = (uint8_t) (buf[te + 8] - '0');
	out->head_len = (uint32_t) end + 4;
	out->chunked = false;
	out->content_length = -1;
	out->host.off = out->host.len = 0;

	/* Header lines. */
	unsigned hosts = 0, tes = 0, cls = 0;
	wm_http_span te_val = {0, 0}, cl_val = {0, 0};
	size_t pos = line_end + 2;
	while (pos < end) {
		const char *nl = memchr(buf + pos, '\r', end - pos);
		size_t eol = nl ? (size_t) (nl - buf) : end;
		const char *colon = memchr(buf + pos, ':', eol - pos);
		if (!colon || colon == buf + pos) {
			return WM_HTTP_E400;
		}
		size_t nlen = (size_t) (colon - buf) - pos;
		for (size_t i = 0; i < nlen; i++) {
			if (!tchar[(unsigned char) buf[pos + i]]) {
				return WM_HTTP_E400;
			}
		}
		wm_http_span v = {(uint32_t) (colon - buf) + 1, (uint32_t) (eol - (size_t) (colon - buf) - 1)};
		trim_sp_ht(buf, &v.off, &v.len);
		const char *name = buf + pos;
		if (wm_http_name_eq(name, nlen, "host", 4)) {
			if (hosts++ == 0) {
				out->host = v;
			}
		} else if (wm_http_name_eq(name, nlen, "transfer-encoding", 17)) {
			tes++;
			te_val = v;
		} else if (wm_http_name_eq(name, nlen, "content-length", 14)) {
			cls++;
			cl_val = v;
		}
		pos = eol + 2;
	}

	if (hosts > 1 || (out->minor > 0 && hosts == 0)) {
		return WM_HTTP_E400;
	}
	if (hosts == 1 && !host_ok(buf + out->host.off, out->host.len)) {
		return WM_HTTP_E400;
	}
	if (tes) {
		if (cls || tes != 1 || !wm_http_name_eq(buf + te_val.off, te_val.len, "chunked", 7)) {
			return WM_HTTP_E400;
		}
		out->chunked = true;
		return WM_HTTP_OK;
	}
	if (cls) {
		if (cls != 1 || cl_val.len == 0) {
			return WM_HTTP_E400;
		}
		int64_t n = 0;
		for (uint32_t i = 0; i < cl_val.len; i++) {
			char c = buf[cl_val.off + i];
			if (c < '0' || c > '9') {
				return WM_HTTP_E400;
			}
			int d = c - '0';
			if (n > (INT64_MAX - d) / 10) {
				n = INT64_MAX; /* saturates, and keeps scanning for non-digits */
			} else {
				n = n * 10 + d;
			}
		}
		out->content_length = n;
	}
	return WM_HTTP_OK;
}

int64_t wm_http_request_length(const wm_http_head *h, int64_t max)
{
	int64_t body = h->content_length < 0 ? 0 : h->content_length;
	if (body > INT64_MAX - (int64_t) h->head_len) {
		return -1;
	}
	int64_t total = (int64_t) h->head_len + body;
	return total > max ? -1 : total;
}

bool wm_http_next_header(const char *buf, size_t raw_len, size_t *pos, wm_http_span *name, wm_http_span *value)
{
	size_t p = *pos;
	if (p == 0) {
		/* Skip the request line; a head without one has no headers. */
		const char *le = raw_len >= 2 ? memchr(buf, '\r', raw_len - 1) : NULL;
		while (le && le[1] != '\n') {
			le = memchr(le + 1, '\r', raw_len - 1 - (size_t) (le + 1 - buf));
		}
		if (!le) {
			*pos = raw_len;
			return false;
		}
		p = (size_t) (le - buf) + 2;
	}
	while (p < raw_len) {
		/* The line runs to the next CRLF (a lone CR or LF belongs to the line). */
		size_t eol = p;
		for (;;) {
			const char *cr = eol < raw_len ? memchr(buf + eol, '\r', raw_len - eol) : NULL;
			if (!cr) {
				eol = raw_len;
				break;
			}
			eol = (size_t) (cr - buf);
			if (eol + 1 < raw_len && buf[eol + 1] == '\n') {
				break;
			}
			eol++;
		}
		size_t next = eol + 2;
		const char *colon = memchr(buf + p, ':', eol - p);
		if (colon) {
			name->off = (uint32_t) p;
			name->len = (uint32_t) ((size_t) (colon - buf) - p);
			value->off = (uint32_t) (colon - buf) + 1;
			value->len = (uint32_t) (eol - (size_t) (colon - buf) - 1);
			trim_sp_ht(buf, &value->off, &value->len);
			*pos = next > raw_len ? raw_len : next;
			return true;
		}
		p = next;
	}
	*pos = raw_len;
	return false;
}
