/* SPDX-License-Identifier: MIT */
/* L0: streaming multipart/form-data with the results of Workerman 5.2's
 * Request::parseUploadFiles()/parseUploadFile() (see multipart.h for the rules kept).
 *
 * Upstream works on the whole body: for a part starting at `s` it takes the first CRLF+delimiter
 * (call it B) at or after `s`, the first CRLFCRLF at or after `s`, and requires the latter to end
 * no later than B starts. Streaming, both searches run over the bytes as they come:
 *   - header phase: the part's bytes are collected in `hdr` (bounded) until the CRLFCRLF; a B
 *     found before that stops parsing. A B that may still start inside the header's last bytes
 *     (e.g. "\r\n\r\n--bnd" puts B on the CRLFCRLF's second half) is carried into the data phase
 *     as "virtual" look-behind: bytes that are not data, where a match still means "stop";
 *   - data phase: bytes are passed to part_data straight from the caller's buffer, except a tail
 *     that may be the start of B. That look-behind is always a proper prefix of B (it starts at
 *     the earliest position B may still start at and runs to the end of what was fed), so only
 *     its length is kept, and its bytes are B's own when they turn out to be data.
 * part_begin is called once no B can start inside the header any more, so a part that upstream
 * would not produce is never begun. */

#include "proto/multipart.h"
#include <stdlib.h>
#include <string.h>

#define HDR_CAP (WM_MP_MAX_HEADER + 4)

enum { S_SKIP, S_HEADER, S_DATA, S_STOPPED };
enum { K_FIELD, K_FILE, K_IGNORE, K_STOP };

struct wm_multipart {
	wm_mp_callbacks cb;
	void *ctx;
	uint32_t max_parts;
	uint32_t parts;        /* parts started (upstream counts every parseUploadFile() call) */
	uint8_t state;
	uint8_t kind;          /* of the current part */
	bool begun;            /* part_begin called for the current part */
	size_t skip;           /* S_SKIP: bytes still to skip */
	size_t hlen;           /* S_HEADER: bytes in hdr */
	size_t hscan;          /* S_HEADER: where the CRLFCRLF search resumes */
	size_t bscan;          /* S_HEADER: earliest position B may still start at */
	size_t hold_len;       /* S_DATA: look-behind length; its bytes are b[0, hold_len) */
	size_t virt;           /* S_DATA: leading look-behind bytes that belong to the header */
	wm_mp_part part;       /* strings point into hdr */
	size_t blen;
	char *b;               /* CRLF + delimiter ("--" + boundary), after hdr in the same block */
	char hdr[HDR_CAP];
};

wm_multipart *wm_multipart_new(const char *delimiter, size_t len, uint32_t max_parts,
	const wm_mp_callbacks *cb, void *ctx)
{
	if (len <= 2 || len > SIZE_MAX - sizeof(wm_multipart) - 2) {
		return NULL;
	}
	wm_multipart *m = malloc(sizeof(*m) + 2 + len);
	if (!m) {
		return NULL;
	}
	m->cb = *cb;
	m->ctx = ctx;
	m->max_parts = max_parts;
	m->parts = 0;
	/* Upstream skips the opening delimiter and the two bytes after it unchecked. */
	m->state = max_parts ? S_SKIP : S_STOPPED;
	m->kind = K_IGNORE;
	m->begun = false;
	m->skip = len + 2;
	m->hlen = m->hscan = m->bscan = 0;
	m->hold_len = m->virt = 0;
	memset(&m->part, 0, sizeof(m->part));
	m->b = (char *) (m + 1);
	m->b[0] = '\r';
	m->b[1] = '\n';
	memcpy(m->b + 2, delimiter, len);
	m->blen = len + 2;
	return m;
}

void wm_multipart_free(wm_multipart *m)
{
	free(m);
}

static void stop(wm_multipart *m)
{
	m->state = S_STOPPED;
}

/* ---- header lines (parseUploadFile()'s loop) ---- */

/* PHP's trim() set. */
static bool trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\v';
}

static wm_mp_str trimmed(const char *p, const char *e)
{
	while (p < e && trim_char(*p)) {
		p++;
	}
	while (e > p && trim_char(e[-1])) {
		e--;
	}
	return (wm_mp_str) {p, (size_t) (e - p)};
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

/* `p[0, len)` equals the lower-case `lit` ignoring ASCII case (/i of PCRE, strtolower()). */
static bool ieq(const char *p, const char *lit, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (lower(p[i]) != lit[i]) {
			return false;
		}
	}
	return true;
}

/* First `lit` (length len, compared with ieq when `icase`) starting in [p, e), or NULL. */
static const char *find_lit(const char *p, const char *e, const char *lit, size_t len, bool icase)
{
	for (; p + len <= e; p++) {
		if (icase ? ieq(p, lit, len) : memcmp(p, lit, len) == 0) {
			return p;
		}
	}
	return NULL;
}

static const char *find_char(const char *p, const char *e, char c)
{
	const char *r = p < e ? memchr(p, c, (size_t) (e - p)) : NULL;
	return r ? r : e;
}

/* preg_match('/name="(.*?)"; filename="(.*?)"/i', v): PCRE takes the leftmost `name="` from
 * which a match exists; `.` does not match LF, so a match lies within one LF-free segment. From
 * a start, the first `"; filename="` of the segment works if any does (a later one only leaves
 * less room for the closing quote), and group 2 ends at the first quote after it. So each
 * segment is decided by its first `name="`. */
static bool match_file(const char *v, const char *ve, wm_mp_str *g1, wm_mp_str *g2)
{
	const char *p = v;
	for (;;) {
		const char *s = find_lit(p, ve, "name=\"", 6, true);
		if (!s) {
			return false;
		}
		const char *seg = find_char(s + 6, ve, '\n');
		const char *f = find_lit(s + 6, seg, "\"; filename=\"", 13, true);
		if (f) {
			const char *q = find_char(f + 13, seg, '"');
			if (q < seg) {
				*g1 = (wm_mp_str) {s + 6, (size_t) (f - s - 6)};
				*g2 = (wm_mp_str) {f + 13, (size_t) (q - f - 13)};
				return true;
			}
		}
		if (seg == ve) {
			return false;
		}
		p = seg + 1;
	}
}

/* preg_match('/name="(.*?)"$/', v): `$` matches at the end or before a final LF, so the closing
 * quote is the last byte, or the one before a final LF; group 1 runs from the first `name="`
 * after the last LF before that quote. */
static bool match_field(const char *v, const char *ve, wm_mp_str *g1)
{
	size_t n = (size_t) (ve - v);
	const char *q;
	if (n >= 1 && v[n - 1] == '"') {
		q = v + n - 1;
	} else if (n >= 2 && v[n - 1] == '\n' && v[n - 2] == '"') {
		q = v + n - 2;
	} else {
		return false;
	}
	const char *from = v;
	for (const char *x = v; x < q; x++) {
		if (*x == '\n') {
			from = x + 1;
		}
	}
	const char *s = find_lit(from, q, "name=\"", 6, false);
	if (!s) {
		return false;
	}
	*g1 = (wm_mp_str) {s + 6, (size_t) (q - s - 6)};
	return true;
}

/* A Content-Type ('t') or webkitRelativePath ('p') line: before the first file
 * Content-Disposition line, upstream's `$file[...] = ` adds the key, which `[...$file, 'name' =>
 * ...]` then keeps in front. */
static void add_lead(wm_mp_part *part, char key)
{
	if (part->is_file || strchr(part->lead, key)) {
		return;
	}
	size_t n = strlen(part->lead);
	part->lead[n] = key;
	part->lead[n + 1] = '\0';
}

/* Classifies the part whose header block is hdr[0, end) and fills m->part. */
static uint8_t parse_header(wm_multipart *m, size_t end)
{
	wm_mp_str block = trimmed(m->hdr, m->hdr + end);
	const char *p = block.p, *e = block.p + block.len;
	wm_mp_part *part = &m->part;
	memset(part, 0, sizeof(*part));

	for (;;) {
		const char *le = find_lit(p, e, "\r\n", 2, false);
		if (!le) {
			le = e;
		}
		/* strpos($line, ': ') must be a position > 0. */
		const char *sep = find_lit(p, le, ": ", 2, false);
		if (!sep || sep == p) {
			return K_STOP;
		}
		/* explode(': ', $line): the value is the text up to a second ": ". */
		const char *v = sep + 2;
		const char *ve = find_lit(v, le, ": ", 2, false);
		if (!ve) {
			ve = le;
		}
		size_t klen = (size_t) (sep - p);
		if (klen == 19 && ieq(p, "content-disposition", 19)) {
			wm_mp_str name, filename;
			if (match_file(v, ve, &name, &filename)) {
				part->is_file = true;
				part->name = name;
				part->filename = filename;
				part->full_path = filename;
			} else if (match_field(v, ve, &name)) {
				memset(part, 0, sizeof(*part));
				part->name = name;
				return K_FIELD;
			} else {
				return K_IGNORE; /* upstream returns the next offset without a result */
			}
		} else if (klen == 12 && ieq(p, "content-type", 12)) {
			part->content_type = trimmed(v, ve);
			add_lead(part, 't');
		} else if (klen == 18 && ieq(p, "webkitrelativepath", 18)) {
			part->full_path = trimmed(v, ve);
			add_lead(part, 'p');
		}
		if (le == e) {
			break;
		}
		p = le + 2;
	}
	return part->is_file ? K_FILE : K_STOP;
}

/* ---- part boundaries ---- */

/* Calls part_begin for the current part once it is known to be one. */
static bool begin_part(wm_multipart *m)
{
	if (m->begun) {
		return true;
	}
	m->begun = true;
	if (m->kind == K_IGNORE) {
		return true;
	}
	if (!m->cb.part_begin(m->ctx, &m->part)) {
		stop(m);
		return false;
	}
	return true;
}

static bool emit(wm_multipart *m, const char *p, size_t len)
{
	if (len == 0 || m->kind == K_IGNORE) {
		return true;
	}
	if (!m->cb.part_data(m->ctx, p, len)) {
		stop(m);
		return false;
	}
	return true;
}

static void start_part(wm_multipart *m)
{
	if (m->parts == m->max_parts) {
		stop(m);
		return;
	}
	m->parts++;
	m->state = S_HEADER;
	m->hlen = m->hscan = m->bscan = 0;
}

/* B was found at the end of the current part's data. */
static void end_part(wm_multipart *m)
{
	if (m->kind != K_IGNORE) {
		m->cb.part_end(m->ctx, true);
	}
	m->hold_len = m->virt = 0;
	if (m->parts == m->max_parts) {
		stop(m);
		return;
	}
	/* Upstream skips the two bytes after the delimiter (CRLF, or "--" at the end) unchecked. */
	m->state = S_SKIP;
	m->skip = 2;
}

enum { B_NONE, B_PARTIAL, B_FULL };

/* The first position in [from, to) where B starts: fully inside (B_FULL) or running past `to`
 * as a prefix of B (B_PARTIAL); `*at` is that position, or `to` (B_NONE). */
static int find_b(const wm_multipart *m, const char *buf, size_t from, size_t to, size_t *at)
{
	size_t i = from;
	while (i < to) {
		const char *cr = memchr(buf + i, '\r', to - i);
		if (!cr) {
			break;
		}
		i = (size_t) (cr - buf);
		size_t avail = to - i;
		size_t n = avail < m->blen ? avail : m->blen;
		if (memcmp(buf + i, m->b, n) == 0) {
			*at = i;
			return n == m->blen ? B_FULL : B_PARTIAL;
		}
		i++;
	}
	*at = to;
	return B_NONE;
}

/* Header phase: consumes bytes up to the end of the header block; returns how many. */
static size_t feed_header(wm_multipart *m, const char *p, size_t n)
{
	size_t old = m->hlen;
	size_t k = HDR_CAP - old < n ? HDR_CAP - old : n;
	memcpy(m->hdr + old, p, k);
	m->hlen += k;

	/* The first CRLFCRLF. */
	size_t limit = m->hlen;
	bool complete = false;
	size_t at;
	for (size_t i = m->hscan; i + 4 <= m->hlen; i++) {
		if (m->hdr[i] == '\r' && memcmp(m->hdr + i, "\r\n\r\n", 4) == 0) {
			limit = i + 4;
			complete = true;
			break;
		}
	}
	m->hscan = m->hlen >= 3 ? m->hlen - 3 : 0;

	/* A B starting before the header block ended stops parsing (upstream: the CRLFCRLF must end
	 * at or before B). */
	int r = find_b(m, m->hdr, m->bscan, limit, &at);
	if (r == B_FULL) {
		stop(m);
		return k;
	}
	m->bscan = at;
	if (!complete) {
		if (m->hlen == HDR_CAP) {
			stop(m); /* header block over WM_MP_MAX_HEADER */
		}
		return k;
	}

	size_t consumed = limit - old;
	m->kind = parse_header(m, limit - 4);
	if (m->kind == K_STOP) {
		stop(m);
		return consumed;
	}
	m->state = S_DATA;
	m->begun = false;
	m->virt = m->hold_len = limit - at;
	if (m->virt == 0) {
		begin_part(m);
	}
	return consumed;
}

/* Data phase: passes data through until B; returns the bytes consumed. */
static size_t feed_data(wm_multipart *m, const char *p, size_t n)
{
	/* Settle the look-behind first: B may start at any '\r' in it, i.e. where B overlaps
	 * itself. */
	if (m->hold_len) {
		const char *h = m->b;
		for (size_t i = 0; i < m->hold_len; i++) {
			size_t have = m->hold_len - i;  /* B bytes already seen from i on */
			/* (From 0 the look-behind is B's own start: no need to compare.) */
			if (h[i] != '\r' || (i > 0 && memcmp(h + i, m->b, have) != 0)) {
				continue;
			}
			size_t need = m->blen - have;
			size_t cmp = n < need ? n : need;
			if (memcmp(p, m->b + have, cmp) != 0) {
				continue;
			}
			if (i < m->virt) {
				if (cmp == need) {
					stop(m); /* B began before the header block's end */
					return cmp;
				}
			} else {
				if (!begin_part(m) || !emit(m, h + m->virt, i - m->virt)) {
					return n;
				}
				if (cmp == need) {
					end_part(m);
					return cmp;
				}
			}
			/* Still a prefix of B, from i on, now with the new bytes too. */
			m->virt = m->virt > i ? m->virt - i : 0;
			m->hold_len = have + n;
			if (m->virt == 0) {
				begin_part(m);
			}
			return n;
		}
		/* No B starts in the look-behind: what is not header is data. */
		size_t v = m->virt;
		m->virt = 0;
		if (!begin_part(m) || !emit(m, h + v, m->hold_len - v)) {
			return n;
		}
		m->hold_len = 0;
	}

	size_t at;
	int r = find_b(m, p, 0, n, &at);
	if (!emit(m, p, at)) {
		return n;
	}
	if (r == B_FULL) {
		end_part(m);
		return at + m->blen;
	}
	if (r == B_PARTIAL) {
		m->hold_len = n - at;
	}
	return n;
}

bool wm_multipart_feed(wm_multipart *m, const char *data, size_t len)
{
	while (len > 0 && m->state != S_STOPPED) {
		size_t used;
		switch (m->state) {
		case S_SKIP:
			used = m->skip < len ? m->skip : len;
			m->skip -= used;
			if (m->skip == 0) {
				start_part(m);
			}
			break;
		case S_HEADER:
			used = feed_header(m, data, len);
			break;
		default:
			used = feed_data(m, data, len);
			break;
		}
		data += used;
		len -= used;
	}
	return m->state != S_STOPPED;
}

void wm_multipart_finish(wm_multipart *m)
{
	if (m->state == S_DATA && m->begun && m->kind != K_IGNORE) {
		m->cb.part_end(m->ctx, false);
	}
	stop(m);
}
