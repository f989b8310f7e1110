/* SPDX-License-Identifier: MIT */
/* libFuzzer target for the chunked body parser (src/proto/chunked.c).
 *
 * Input: byte 0 = head length (0..15 arbitrary bytes before the body), bytes 1-2 = the size
 * limit (0xffff: INT64_MAX), bytes 3-6 = read sizes, then the request. Checked:
 *   - feeding the buffer as it grows in random reads gives the one-shot answer, and a "need
 *     more" answer has scanned everything buffered (nothing is rescanned);
 *   - against a reference walk written from upstream's inputChunked() (strpos() semantics): we
 *     accept exactly what upstream accepts with the same length, unless a size line, extension
 *     or trailer holds a NUL, a bare LF or a lone CR (then 400); where upstream refuses we
 *     refuse; where upstream waits we wait or refuse (early 400/413);
 *   - decode writes at most total - body_off bytes (the output buffer is exactly that big),
 *     gives the chunk data the reference walk found, and reports trailer spans inside the
 *     request; decode on any buffer stays in bounds. */
#include "proto/chunked.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fail(int line)
{
	fprintf(stderr, "%s:%d: check failed\n", __FILE__, line);
	abort();
}

#define check(cond) ((cond) ? (void) 0 : fail(__LINE__))

/* strpos($s, $needle, $from) for a 1- or 2-byte needle, or -1. */
static int64_t find(const char *s, size_t len, size_t from, const char *needle, size_t nlen)
{
	for (size_t i = from; i + nlen <= len; i++) {
		if (memcmp(s + i, needle, nlen) == 0) {
			return (int64_t) i;
		}
	}
	return -1;
}

/* A line's text before its CRLF (the first CRLF, so any CR in it is a lone one). */
static int clean(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (s[i] == '\0' || s[i] == '\n' || s[i] == '\r') {
			return 0;
		}
	}
	return 1;
}

typedef struct {
	size_t off, len;
} range;

/* Upstream's inputChunked(): total, 0, -400 or -413; `*dirty` when a line we are strict about
 * was accepted; `chunks` gets the data ranges (up to 4096 of them). */
static int64_t reference(const char *s, size_t len, size_t pos, int64_t max, int *dirty, range *chunks, size_t *nchunks)
{
	*dirty = 0;
	*nchunks = 0;
	for (;;) {
		int64_t le = find(s, len, pos, "\r\n", 2);
		if (le < 0) {
			return 0;
		}
		int64_t semi = find(s, len, pos, ";", 1);
		size_t hex_end = semi >= 0 && semi < le ? (size_t) semi : (size_t) le;
		if (hex_end == pos || hex_end - pos > 16) {
			return -400;
		}
		uint64_t size = 0;
		for (size_t i = pos; i < hex_end; i++) {
			char c = s[i];
			int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (d < 0) {
				return -400;
			}
			size = size * 16 + (uint64_t) d;
		}
		if (size > INT64_MAX) {
			return -400; /* hexdec() gives a float */
		}
		if (!clean(s, hex_end, (size_t) le)) {
			*dirty = 1;
		}
		pos = (size_t) le + 2;
		if (size == 0) {
			for (;;) {
				le = find(s, len, pos, "\r\n", 2);
				if (le < 0) {
					return 0;
				}
				if (!clean(s, pos, (size_t) le)) {
					*dirty = 1;
				}
				if ((size_t) le == pos) {
					return (int64_t) pos + 2 > max ? -413 : (int64_t) pos + 2;
				}
				pos = (size_t) le + 2;
			}
		}
		if (size + 2 > len - pos) {
			return 0;
		}
		if (s[pos + size] != '\r' || s[pos + size + 1] != '\n') {
			return -400;
		}
		if (*nchunks < 4096) {
			chunks[(*nchunks)++] = (range) {pos, (size_t) size};
		}
		pos += size + 2;
		if ((int64_t) pos > max) {
			return -413;
		}
	}
}

typedef struct {
	const char *buf;
	size_t total;
} trailer_ctx;

static void on_trailer(void *ctx, const char *name, size_t name_len, const char *value, size_t value_len)
{
	trailer_ctx *t = ctx;
	check(name >= t->buf && name + name_len <= t->buf + t->total);
	check(value >= name + name_len && value + value_len <= t->buf + t->total);
	check(memchr(name, ':', name_len) == NULL && name[name_len] == ':');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 7) {
		return 0;
	}
	size_t head = data[0] % 16;
	unsigned lim = (unsigned) data[1] << 8 | data[2];
	int64_t max = lim == 0xffff ? INT64_MAX : (int64_t) lim;
	const uint8_t *reads = data + 3;
	const char *buf = (const char *) data + 7;
	size_t len = size - 7;
	if (head > len) {
		return 0;
	}

	wm_chunked c;
	wm_chunked_init(&c, head);
	int64_t once = wm_chunked_input(&c, buf, len, max);
	check(once == 0 || once == -400 || once == -413 || (once > (int64_t) head && once <= (int64_t) len));
	if (once == 0) {
		check(c.pos == len);
	}
	check(wm_chunked_input(&c, buf, len, max) == once);

	/* The same bytes arriving in reads of 1..256 bytes. */
	wm_chunked g;
	wm_chunked_init(&g, head);
	size_t have = head, k = 0;
	int64_t grown;
	for (;;) {
		grown = wm_chunked_input(&g, buf, have, max);
		if (grown != 0) {
			break;
		}
		check(g.pos == have);
		if (have == len) {
			break;
		}
		size_t step = (size_t) reads[k++ % 4] + 1;
		have = step < len - have ? have + step : len;
	}
	check(grown == once);

	static range chunks[4096];
	size_t nchunks;
	int dirty;
	int64_t up = reference(buf, len, head, max, &dirty, chunks, &nchunks);
	if (once > 0) {
		check(up == once && !dirty);
	} else if (up > 0) {
		check(once == (dirty ? -400 : up));
	} else if (up < 0) {
		check(once < 0);
	} else {
		check(once <= 0);
	}

	if (once > 0) {
		size_t total = (size_t) once;
		size_t room = total - head;
		char *out = malloc(room ? room : 1);
		trailer_ctx t = {buf, total};
		size_t n = wm_chunked_decode(buf, total, head, out, on_trailer, &t);
		check(n <= room);
		size_t at = 0;
		for (size_t i = 0; i < nchunks; i++) {
			check(at + chunks[i].len <= n && memcmp(out + at, buf + chunks[i].off, chunks[i].len) == 0);
			at += chunks[i].len;
		}
		check(nchunks == 4096 || at == n);
		free(out);
	}
	/* Decoding what input() did not accept must stay in bounds too. */
	size_t room = len - head;
	char *out = malloc(room ? room : 1);
	trailer_ctx t = {buf, len};
	check(wm_chunked_decode(buf, len, head, out, on_trailer, &t) <= room);
	free(out);
	return 0;
}
