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
 * (413): checked after each chunk and after the last line like upstream and, stricter than
 * upstream (which buffers until it knows), as soon as a chunk size announces data ending past
 * `max`, or more than `max` bytes are buffered and the request did not end within its first
 * `max`; so the buffer never grows past `max` plus one read. Every answer is decided by the
 * bytes and their offsets alone, never by how they were split into reads (a byte at offset
 * `max` or later is not even looked at). Stricter than upstream: a bare LF, a lone CR (not
 * followed by LF) or a NUL in a size line, extension or trailer is a 400, and a byte that cannot
 * be part of a size is a 400 as soon as it arrives (upstream waits for the CRLF first). */

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
 * -400 / -413. Once it has returned a length or an error it returns the same again. */
int64_t wm_chunked_input(wm_chunked *c, const char *buf, size_t len, int64_t max);

/** Called for every trailer line that has a ':', in order (name as sent, possibly empty; value
 * left-trimmed like PHP's ltrim(): of SP, HT and VT here, as input() refused NUL, CR and LF). */
typedef void (*wm_chunked_trailer_cb)(void *ctx, const char *name, size_t name_len,
	const char *value, size_t value_len);

/** De-chunks a complete request `buf[0, total)` whose body starts at `body_off`: copies the
 * data of every chunk, in order, to `out` (room for total - body_off bytes is enough) and
 * returns the body length; reports trailers through `cb` (may be NULL). */
size_t wm_chunked_decode(const char *buf, size_t total, size_t body_off, char *out,
	wm_chunked_trailer_cb cb, void *ctx);

#endif /* WM_PROTO_CHUNKED_H */
