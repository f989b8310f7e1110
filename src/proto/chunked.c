/* SPDX-License-Identifier: MIT */
/* L0: chunked request bodies (Workerman 5.2 Http::inputChunked()/decodeChunked() rules, stricter
 * where those allow smuggling; see chunked.h).
 *
 * wm_chunked_input() is a byte-level state machine that resumes where the previous call stopped,
 * so a body delivered in many reads is scanned once; chunk data is skipped by count, not scanned.
 * wm_chunked_decode() runs on a complete request that input() accepted and follows upstream's
 * decodeChunked() walk (it stays in bounds on any input). */

#include "proto/chunked.h"
#include <string.h>

/* Phases of the scanner (c->phase). The size digits are counted in the phase itself:
 * P_HEX + n means n digits (0..16) of the current size line have been read. */
enum {
	P_EXT = 1,       /* in a chunk extension, up to CRLF */
	P_SIZE_LF,       /* a CR ended the size line; LF must follow */
	P_DATA,          /* c->remaining data bytes left in the chunk */
	P_DATA_CR,       /* the CR after the data */
	P_DATA_LF,       /* the LF after the data */
	P_LINE_START,    /* at the start of a trailer line or of the final empty line */
	P_TRAILER,       /* inside a trailer line */
	P_TRAILER_LF,    /* a CR ended a trailer line; LF must follow */
	P_END_LF,        /* the CR of the final empty line was read; LF must follow */
	P_DONE,          /* complete: c->pos is the total length */
	P_E400,
	P_E413,
	P_HEX = 16,      /* P_HEX .. P_HEX + 16: in the size digits */
};

void wm_chunked_init(wm_chunked *c, size_t body_off)
{
	c->pos = body_off;
	c->phase = P_HEX;
	c->remaining = 0;
}

static int hex_digit(unsigned char ch)
{
	if (ch >= '0' && ch <= '9') {
		return ch - '0';
	}
	ch |= 0x20;
	if (ch >= 'a' && ch <= 'f') {
		return ch - 'a' + 10;
	}
	return -1;
}

/* True when a request that still needs `more` bytes after offset `pos` cannot fit in `max`. */
static bool over_max(uint64_t pos, uint64_t more, int64_t max)
{
	if (max < 0 || pos > (uint64_t) max) {
		return true;
	}
	return more > (uint64_t) max - pos;
}

static int64_t fail(wm_chunked *c, uint8_t phase)
{
	c->phase = phase;
	return phase == P_E413 ? -413 : -400;
}

int64_t wm_chunked_input(wm_chunked *c, const char *buf, size_t len, int64_t max)
{
	const unsigned char *s = (const unsigned char *) buf;
	uint64_t pos = c->pos;
	uint8_t phase = c->phase;

	if (phase == P_DONE) {
		return (int64_t) pos;
	}
	if (phase == P_E400 || phase == P_E413) {
		return fail(c, phase);
	}

	/* No request may end past `max`, so a byte at offset `max` or later is never needed: stop
	 * there, and answer 413 if the request goes on. Deciding by offset, not by how much happens
	 * to be buffered, gives the same answer however the bytes arrive. */
	size_t end = len;
	if (max < 0) {
		end = 0;
	} else if ((uint64_t) max < (uint64_t) len) {
		end = (size_t) max;
	}

	while (pos < end) {
		unsigned char ch = s[pos];
		if (phase >= P_HEX) {
			/* Size digits: 1..16 hex digits, then ';' or CRLF. Anything else would be in
			 * upstream's $hexStr and fail ctype_xdigit(), so it is a 400 at once. */
			int d = hex_digit(ch);
			if (d >= 0) {
				if (phase == P_HEX + 16) {
					return fail(c, P_E400);
				}
				c->remaining = (c->remaining << 4) | (uint64_t) d;
				phase++;
				pos++;
				continue;
			}
			if (phase == P_HEX || (ch != ';' && ch != '\r')) {
				return fail(c, P_E400);
			}
			if (c->remaining > INT64_MAX) {
				return fail(c, P_E400); /* hexdec() would give a float */
			}
			phase = ch == ';' ? P_EXT : P_SIZE_LF;
			pos++;
			continue;
		}
		switch (phase) {
		case P_EXT:
		case P_TRAILER: {
			/* Free text up to CRLF; NUL, a bare LF and a lone CR are refused. */
			size_t i = (size_t) pos;
			while (i < end && s[i] != '\r' && s[i] != '\n' && s[i] != '\0') {
				i++;
			}
			pos = i;
			if (i == end) {
				break;
			}
			if (s[i] != '\r') {
				return fail(c, P_E400);
			}
			phase = phase == P_EXT ? P_SIZE_LF : P_TRAILER_LF;
			pos++;
			break;
		}
		case P_SIZE_LF:
			if (ch != '\n') {
				return fail(c, P_E400);
			}
			pos++;
			if (c->remaining == 0) {
				phase = P_LINE_START;
				break;
			}
			/* Early 413: the chunk and its CRLF would end past the limit. */
			if (over_max(pos, c->remaining + 2, max)) {
				return fail(c, P_E413);
			}
			phase = P_DATA;
			break;
		case P_DATA: {
			uint64_t avail = end - pos;
			uint64_t take = avail < c->remaining ? avail : c->remaining;
			pos += take;
			c->remaining -= take;
			if (c->remaining == 0) {
				phase = P_DATA_CR;
			}
			break;
		}
		case P_DATA_CR:
			if (ch != '\r') {
				return fail(c, P_E400);
			}
			phase = P_DATA_LF;
			pos++;
			break;
		case P_DATA_LF:
			if (ch != '\n') {
				return fail(c, P_E400);
			}
			pos++;
			if (max < 0 || pos > (uint64_t) max) {
				return fail(c, P_E413); /* upstream's check after each chunk */
			}
			phase = P_HEX;
			c->remaining = 0;
			break;
		case P_LINE_START:
			if (ch == '\r') {
				phase = P_END_LF;
				pos++;
				break;
			}
			phase = P_TRAILER;
			break;
		case P_TRAILER_LF:
			if (ch != '\n') {
				return fail(c, P_E400);
			}
			phase = P_LINE_START;
			pos++;
			break;
		case P_END_LF:
			if (ch != '\n') {
				return fail(c, P_E400);
			}
			pos++;
			c->pos = pos;
			if (max < 0 || pos > (uint64_t) max) {
				return fail(c, P_E413);
			}
			c->phase = P_DONE;
			return (int64_t) pos;
		default:
			return fail(c, P_E400);
		}
	}

	c->pos = pos;
	c->phase = phase;
	if (pos < len) {
		return fail(c, P_E413); /* incomplete, with more than `max` bytes buffered */
	}
	return 0;
}

/* strpos($buf, "\r\n", $pos) within [pos, end), or end. */
static size_t find_crlf(const char *buf, size_t pos, size_t end)
{
	while (pos + 1 < end) {
		const char *cr = memchr(buf + pos, '\r', end - pos - 1);
		if (!cr) {
			break;
		}
		pos = (size_t) (cr - buf);
		if (buf[pos + 1] == '\n') {
			return pos;
		}
		pos++;
	}
	return end;
}

/* PHP's ltrim() set. */
static bool ltrim_char(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\0' || ch == '\v';
}

size_t wm_chunked_decode(const char *buf, size_t total, size_t body_off, char *out,
	wm_chunked_trailer_cb cb, void *ctx)
{
	size_t pos = body_off, body = 0;

	while (pos < total) {
		size_t eol = find_crlf(buf, pos, total);
		if (eol == total) {
			break;
		}
		const char *semi = memchr(buf + pos, ';', eol - pos);
		size_t hex_end = semi ? (size_t) (semi - buf) : eol;
		if (hex_end == pos || hex_end - pos > 16) {
			break;
		}
		uint64_t size = 0;
		size_t i;
		for (i = pos; i < hex_end; i++) {
			int d = hex_digit((unsigned char) buf[i]);
			if (d < 0) {
				break;
			}
			size = (size << 4) | (uint64_t) d;
		}
		if (i < hex_end || size > INT64_MAX) {
			break;
		}
		pos = eol + 2;

		if (size == 0) {
			/* Trailers up to the empty line; a line with a ':' is a trailer field. */
			for (;;) {
				eol = find_crlf(buf, pos, total);
				if (eol == total || eol == pos) {
					break;
				}
				const char *colon = memchr(buf + pos, ':', eol - pos);
				if (colon && cb) {
					const char *v = colon + 1, *ve = buf + eol;
					while (v < ve && ltrim_char(*v)) {
						v++;
					}
					cb(ctx, buf + pos, (size_t) (colon - buf) - pos, v, (size_t) (ve - v));
				}
				pos = eol + 2;
			}
			break;
		}

		if (size > total - pos || total - pos - size < 2) {
			break;
		}
		if (buf[pos + size] != '\r' || buf[pos + size + 1] != '\n') {
			break;
		}
		memcpy(out + body, buf + pos, size);
		body += size;
		pos += size + 2;
	}
	return body;
}
