/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): chunked request bodies (Workerman 5.2 Http::inputChunked()/decodeChunked()
 * rules, stricter where those allow smuggling).
 *
 * Framing is incremental: the caller keeps one wm_chunked per request and calls
 * wm_chunked_input() each time more bytes are buffered (the buffer keeps its prefix and only
 * grows), so a body that arrives in many reads is scanned once, not once per read.
 *
 * Rules: each chunk is `HEX[;ext] CRLF data CRLF`; HEX is 1..16 hex digits whose value fits in
 * a signed 64-bit integer (else 400); the data must be followed by CRLF (else 400); a 0 chunk is
 * followed by trailer lines and an empty line. The request (head included) may not exceed `max`
 * (413): checked after each chunk, after the last line, and, stricter than upstream, as soon as
 * a chunk size announces more than `max` (upstream buffers until the data arrives). Stricter than
 * upstream: a bare LF or a NUL in a size line, extension or trailer is a 400. */

#ifndef WM_PROTO_CHUNKED_H
#define WM_PROTO_CHUNKED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint64_t pos;        /* next unscanned offset in the request buffer */
	uint8_t phase;       /* private */
	uint64_t remaining;  /* private */
} wm_chunked;

/** Starts framing a chunked body that begins at `body_off` (the head length). */
void wm_chunked_init(wm_chunked *c, size_t body_off);

/** Scans `buf[0, len)` (the whole request buffered so far). Returns the total request length
 * (head + chunked body + trailers + final CRLF) once complete, 0 when more bytes are needed, or
 * -400 / -413. */
int64_t wm_chunked_input(wm_chunked *c, const char *buf, size_t len, int64_t max);

/** Called for every trailer line that has a ':' (name as sent, value left-trimmed of SP/HT). */
typedef void (*wm_chunked_trailer_cb)(void *ctx, const char *name, size_t name_len,
	const char *value, size_t value_len);

/** De-chunks a complete request `buf[0, total)` whose body starts at `body_off`: copies the
 * data of every chunk, in order, to `out` (room for total - body_off bytes is enough) and
 * returns the body length; reports trailers through `cb` (may be NULL). */
size_t wm_chunked_decode(const char *buf, size_t total, size_t body_off, char *out,
	wm_chunked_trailer_cb cb, void *ctx);

#endif /* WM_PROTO_CHUNKED_H */
