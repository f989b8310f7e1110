/* SPDX-License-Identifier: MIT */
/* libFuzzer target for the streaming multipart parser (src/proto/multipart.c).
 *
 * Input: byte 0 = boundary length (1..16, "--" is put before it; flag 0x40 alone repeats it to
 * the longest boundary) and flags, byte 1 = max_parts
 * (0..254; 255: 1024), bytes 2-5 = feed sizes, then the boundary, then the body. Flags 0xc0 pad
 * the body with 16 KiB minus a little of 'h' at a chosen place, to reach the header limit.
 * The file transcript includes the part's `lead` (upstream's first keys of the file array).
 * The body is parsed once in one feed, once in the feed sizes given, once byte by byte (short
 * bodies). Checked: the callback transcripts are identical (data pieces joined), the callback
 * contract holds (begin/data/end order, no empty data), no complete part's data contains CRLF +
 * delimiter, the complete parts are exactly those of a whole-body reference written from
 * upstream's PHP, and the parser reads nothing out of bounds. */
#include "proto/multipart.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The long boundary of flag 0x40 (the parser has no limit; upstream has none). */
#define LONG_BOUNDARY 1024

static void fail(int line)
{
	fprintf(stderr, "%s:%d: check failed\n", __FILE__, line);
	abort();
}

#define check(cond) ((cond) ? (void) 0 : fail(__LINE__))

typedef struct {
	char *p;
	size_t len, cap;
} buf;

static void put(buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		while (cap < b->len + n) {
			cap *= 2;
		}
		b->p = realloc(b->p, cap);
		check(b->p != NULL);
		b->cap = cap;
	}
	if (n) {
		memcpy(b->p + b->len, p, n);
	}
	b->len += n;
}

static void put_str(buf *b, wm_mp_str s)
{
	size_t n = s.len;
	put(b, &n, sizeof(n));
	put(b, s.p, s.len);
}

typedef struct {
	buf log;          /* the transcript */
	buf done;         /* the complete parts: what upstream's result holds */
	buf cur;          /* the open part's description */
	buf data;         /* the open part's data */
	int open;
	const char *b;    /* CRLF + delimiter */
	size_t blen;
} rec;

static bool on_begin(void *ctx, const wm_mp_part *p)
{
	rec *r = ctx;
	check(!r->open);
	r->open = 1;
	r->data.len = 0;
	r->cur.len = 0;
	put(&r->cur, p->is_file ? "F" : "f", 1);
	put_str(&r->cur, p->name);
	put_str(&r->cur, p->filename);
	put_str(&r->cur, p->content_type);
	put_str(&r->cur, p->full_path);
	put(&r->cur, p->lead, strlen(p->lead) + 1);
	put(&r->log, r->cur.p, r->cur.len);
	return true;
}

static bool on_data(void *ctx, const char *data, size_t len)
{
	rec *r = ctx;
	check(r->open && len > 0);
	put(&r->data, data, len);
	return true;
}

static void on_end(void *ctx, bool complete)
{
	rec *r = ctx;
	check(r->open);
	r->open = 0;
	put(&r->log, complete ? "C" : "I", 1);
	put_str(&r->log, (wm_mp_str) {r->data.p, r->data.len});
	if (complete) {
		put(&r->done, r->cur.p, r->cur.len);
		put_str(&r->done, (wm_mp_str) {r->data.p, r->data.len});
		for (size_t i = 0; i + r->blen <= r->data.len; i++) {
			check(memcmp(r->data.p + i, r->b, r->blen) != 0);
		}
	}
}

static const wm_mp_callbacks callbacks = {on_begin, on_data, on_end};

/* Parses the body fed in pieces of the given sizes (0 sizes: one feed); leaves the transcript
 * with the final state in r->log. */
static void parse(const char *delim, size_t dlen, uint32_t max_parts, const char *body, size_t n,
	const uint8_t *sizes, size_t nsizes, rec *r)
{
	memset(r, 0, sizeof(*r));
	char b[4 + LONG_BOUNDARY];
	b[0] = '\r';
	b[1] = '\n';
	memcpy(b + 2, delim, dlen);
	r->b = b;
	r->blen = dlen + 2;
	wm_multipart *m = wm_multipart_new(delim, dlen, max_parts, &callbacks, r);
	check(m != NULL);
	size_t at = 0, k = 0;
	while (at < n) {
		size_t step = nsizes ? (size_t) sizes[k++ % nsizes] % 64 + 1 : n;
		if (step > n - at) {
			step = n - at;
		}
		bool going = wm_multipart_feed(m, body + at, step);
		check(going == wm_multipart_feed(m, "", 0));
		at += step;
	}
	put(&r->log, wm_multipart_feed(m, "", 0) ? "+" : "-", 1);
	wm_multipart_finish(m);
	check(!r->open);
	check(!wm_multipart_feed(m, body, n));
	wm_multipart_free(m);
	r->b = NULL;
	free(r->data.p);
	free(r->cur.p);
	r->data.p = r->cur.p = NULL;
}

/* ---- a reference: upstream's parseUploadFiles()/parseUploadFile() on the whole body ----
 * Written from the PHP (strpos() on the whole body, trim(), explode(), the two regexes by plain
 * backtracking), not from the streaming parser, plus its one documented limit (a header block
 * over WM_MP_MAX_HEADER stops). Gives the complete parts in the `done` format. Returns false
 * when a header value is too long for the cubic regex walk (the input is then not compared). */

static size_t strpos(const char *s, size_t n, size_t from, const char *needle, size_t len)
{
	for (size_t i = from; i + len <= n; i++) {
		if (memcmp(s + i, needle, len) == 0) {
			return i;
		}
	}
	return SIZE_MAX;
}

static int ref_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

static wm_mp_str ref_trim(const char *p, size_t n)
{
	while (n && ref_trim_char(*p)) {
		p++;
		n--;
	}
	while (n && ref_trim_char(p[n - 1])) {
		n--;
	}
	return (wm_mp_str) {p, n};
}

static int ref_ieq(const char *p, size_t n, const char *lower)
{
	size_t len = strlen(lower);
	if (n < len) {
		return 0;
	}
	for (size_t i = 0; i < len; i++) {
		char c = p[i] >= 'A' && p[i] <= 'Z' ? (char) (p[i] + 32) : p[i];
		if (c != lower[i]) {
			return 0;
		}
	}
	return 1;
}

/* /name="(.*?)"; filename="(.*?)"/i: `.` is anything but LF. */
static int ref_file_re(const char *v, size_t n, wm_mp_str *g1, wm_mp_str *g2)
{
	for (size_t s = 0; s < n; s++) {
		if (!ref_ieq(v + s, n - s, "name=\"")) {
			continue;
		}
		for (size_t e1 = s + 6; e1 <= n; e1++) {
			if (e1 > s + 6 && v[e1 - 1] == '\n') {
				break;
			}
			if (!ref_ieq(v + e1, n - e1, "\"; filename=\"")) {
				continue;
			}
			for (size_t e2 = e1 + 13; e2 < n && v[e2] != '\n'; e2++) {
				if (v[e2] == '"') {
					*g1 = (wm_mp_str) {v + s + 6, e1 - s - 6};
					*g2 = (wm_mp_str) {v + e1 + 13, e2 - e1 - 13};
					return 1;
				}
			}
		}
	}
	return 0;
}

/* /name="(.*?)"$/: `$` is the end or before a final LF. */
static int ref_field_re(const char *v, size_t n, wm_mp_str *g1)
{
	for (size_t s = 0; s + 6 <= n; s++) {
		if (memcmp(v + s, "name=\"", 6) != 0) {
			continue;
		}
		for (size_t e = s + 6; e < n && v[e] != '\n'; e++) {
			if (v[e] == '"' && (e + 1 == n || (e + 2 == n && v[e + 1] == '\n'))) {
				*g1 = (wm_mp_str) {v + s + 6, e - s - 6};
				return 1;
			}
		}
	}
	return 0;
}

static void ref_emit(buf *out, int is_file, wm_mp_str name, wm_mp_str filename, wm_mp_str type,
	wm_mp_str full_path, const char *lead, wm_mp_str data)
{
	put(out, is_file ? "F" : "f", 1);
	put_str(out, name);
	put_str(out, filename);
	put_str(out, type);
	put_str(out, full_path);
	put(out, lead, strlen(lead) + 1);
	put_str(out, data);
}

/* One parseUploadFile(): the next offset, or 0. */
static size_t ref_part(const char *s, size_t n, const char *b, size_t blen, size_t start, buf *out, int *too_long)
{
	if (n < start) {
		return 0;
	}
	size_t se = strpos(s, n, start, b, blen);
	if (se == SIZE_MAX) {
		return 0;
	}
	size_t he = strpos(s, n, start, "\r\n\r\n", 4);
	if (he == SIZE_MAX || he + 4 > se) {
		return 0;
	}
	if (he - start > WM_MP_MAX_HEADER) {
		return 0;
	}
	wm_mp_str block = ref_trim(s + start, he - start);
	wm_mp_str data = {s + he + 4, se - he - 4};
	size_t next = se + blen + 2;
	int is_file = 0;
	wm_mp_str key = {0}, filename = {0}, type = {0}, full_path = {0};
	char lead[3] = "";  /* `$file[...]` keys set before `[...$file, 'name' => ...]`, in order */
	size_t pos = 0;
	for (;;) {
		/* explode("\r\n") */
		size_t le = strpos(block.p, block.len, pos, "\r\n", 2);
		if (le == SIZE_MAX) {
			le = block.len;
		}
		const char *line = block.p + pos;
		size_t llen = le - pos;
		size_t sep = strpos(line, llen, 0, ": ", 2);
		if (sep == SIZE_MAX || sep == 0) {
			return 0;
		}
		size_t vend = strpos(line, llen, sep + 2, ": ", 2);
		const char *v = line + sep + 2;
		size_t vlen = (vend == SIZE_MAX ? llen : vend) - sep - 2;
		if (vlen > 256) {
			*too_long = 1;
		}
		if (sep == 19 && ref_ieq(line, sep, "content-disposition")) {
			wm_mp_str g1, g2;
			if (ref_file_re(v, vlen, &g1, &g2)) {
				is_file = 1;
				key = g1;
				filename = full_path = g2;
			} else {
				if (ref_field_re(v, vlen, &g1)) {
					ref_emit(out, 0, g1, (wm_mp_str) {0}, (wm_mp_str) {0}, (wm_mp_str) {0}, "", data);
				}
				return next;
			}
		} else if (sep == 12 && ref_ieq(line, sep, "content-type")) {
			type = ref_trim(v, vlen);
			if (!is_file && !strchr(lead, 't')) {
				strcat(lead, "t");
			}
		} else if (sep == 18 && ref_ieq(line, sep, "webkitrelativepath")) {
			full_path = ref_trim(v, vlen);
			if (!is_file && !strchr(lead, 'p')) {
				strcat(lead, "p");
			}
		}
		if (le == block.len) {
			break;
		}
		pos = le + 2;
	}
	if (!is_file) {
		return 0;
	}
	ref_emit(out, 1, key, filename, type, full_path, lead, data);
	return next;
}

static int reference(const char *delim, size_t dlen, uint32_t max_parts, const char *body, size_t n, buf *out)
{
	char b[4 + LONG_BOUNDARY];
	b[0] = '\r';
	b[1] = '\n';
	memcpy(b + 2, delim, dlen);
	int too_long = 0;
	size_t offset = dlen + 2;
	for (uint32_t count = max_parts; count > 0 && offset && !too_long; count--) {
		offset = ref_part(body, n, b, dlen + 2, offset, out, &too_long);
	}
	return !too_long;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 6) {
		return 0;
	}
	size_t blen = data[0] % 16 + 1;
	int pad = (data[0] & 0xc0) == 0xc0;
	uint32_t max_parts = data[1] == 255 ? 1024 : data[1];
	const uint8_t *sizes = data + 2;
	if (size < 6 + blen) {
		return 0;
	}
	/* Flags 0x40 alone: the longest boundary, the given bytes repeated. */
	char delim[2 + LONG_BOUNDARY];
	delim[0] = delim[1] = '-';
	size_t dlen = (data[0] & 0xc0) == 0x40 ? LONG_BOUNDARY + 2 : blen + 2;
	for (size_t i = 2; i < dlen; i++) {
		delim[i] = (char) data[6 + (i - 2) % blen];
	}
	const char *in = (const char *) data + 6 + blen;
	size_t n = size - 6 - blen;

	char *body;
	if (pad) {
		size_t extra = WM_MP_MAX_HEADER - 64 + data[2] % 128;
		size_t at = n ? data[3] % (n + 1) : 0;
		body = malloc(n + extra);
		memcpy(body, in, at);
		memset(body + at, 'h', extra);
		memcpy(body + at + extra, in + at, n - at);
		n += extra;
	} else {
		body = malloc(n ? n : 1);
		memcpy(body, in, n);
	}

	rec once, split;
	parse(delim, dlen, max_parts, body, n, NULL, 0, &once);
	parse(delim, dlen, max_parts, body, n, sizes, 4, &split);
	check(once.log.len == split.log.len && memcmp(once.log.p, split.log.p, once.log.len) == 0);
	free(split.log.p);
	free(split.done.p);
	if (n <= 2048) {
		static const uint8_t one[1] = {0};
		parse(delim, dlen, max_parts, body, n, one, 1, &split);
		check(once.log.len == split.log.len && memcmp(once.log.p, split.log.p, once.log.len) == 0);
		free(split.log.p);
		free(split.done.p);
	}
	buf ref = {0};
	if (reference(delim, dlen, max_parts, body, n, &ref)) {
		check(ref.len == once.done.len && (ref.len == 0 || memcmp(ref.p, once.done.p, ref.len) == 0));
	}
	free(ref.p);
	free(once.log.p);
	free(once.done.p);
	free(body);
	return 0;
}
