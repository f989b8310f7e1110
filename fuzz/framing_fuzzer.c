/* SPDX-License-Identifier: MIT */
/* libFuzzer target for the L0 framing of Text and Frame.
 *
 * The first input byte chooses how the rest is cut into reads (the way TCP may deliver it); the
 * rest is the byte stream. The stream is fed read by read into a bounded buffer and framed the way
 * the connection does it (cut every complete package, keep the tail). Checked: every cut package
 * is exactly what a one-shot scan of the whole stream yields, no read goes past the bytes given,
 * and the buffered tail never exceeds the package-size limit plus one read. */
#include "proto/frame.h"
#include "proto/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PACKAGE 4096

static void check(int cond)
{
	if (!cond) {
		abort();
	}
}

/* Reference framing of the whole stream at once; returns the number of bytes it consumes. */
static size_t reference_text(const char *s, size_t n, size_t *count)
{
	size_t off = 0;
	*count = 0;
	for (;;) {
		size_t len = wm_text_input(s + off, n - off);
		if (len == 0) {
			return off;
		}
		check(len <= n - off && s[off + len - 1] == '\n');
		check(memchr(s + off, '\n', len - 1) == NULL);
		size_t dlen = wm_text_decoded_len(s + off, len);
		check(dlen < len);
		off += len;
		(*count)++;
	}
}

/* Streams the input through a buffer in reads of the given sizes, framing as the runtime does. */
static void stream(const char *s, size_t n, const uint8_t *cuts, size_t ncuts, int frame)
{
	char buf[MAX_PACKAGE + 256];
	size_t have = 0, pos = 0, consumed = 0, k = 0;
	while (pos < n) {
		size_t step = ncuts ? (size_t) cuts[k++ % ncuts] % 255 + 1 : n;
		if (step > n - pos) {
			step = n - pos;
		}
		if (have + step > sizeof(buf)) {
			return; /* the runtime would have closed the connection (bad package) */
		}
		memcpy(buf + have, s + pos, step);
		have += step;
		pos += step;
		for (;;) {
			size_t len;
			if (frame) {
				int64_t total = wm_frame_input(buf, have);
				if (total < 0) {
					break;
				}
				if (total < WM_FRAME_HEADER || total > MAX_PACKAGE) {
					return; /* bad package: closed */
				}
				if ((size_t) total > have) {
					break;
				}
				len = (size_t) total;
			} else {
				len = wm_text_input(buf, have);
				if (len == 0) {
					if (have >= MAX_PACKAGE) {
						return; /* over the limit without a delimiter: closed */
					}
					break;
				}
				if (len > MAX_PACKAGE) {
					return;
				}
			}
			check(memcmp(buf, s + consumed, len) == 0);
			consumed += len;
			memmove(buf, buf + len, have - len);
			have -= len;
		}
		check(have <= MAX_PACKAGE + 255);
	}
	check(consumed + have == n);
	if (!frame) {
		size_t count;
		size_t whole = reference_text(s, n, &count);
		/* No limit was hit, so the streamed framing consumed what the one-shot scan did. */
		check(consumed == whole);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2) {
		return 0;
	}
	size_t ncuts = data[0] % 8;
	if (ncuts + 1 > size) {
		return 0;
	}
	const uint8_t *cuts = data + 1;
	const char *s = (const char *) data + 1 + ncuts;
	size_t n = size - 1 - ncuts;

	stream(s, n, cuts, ncuts, 0);
	stream(s, n, cuts, ncuts, 1);

	unsigned char hdr[WM_FRAME_HEADER];
	check(wm_frame_header(hdr, n));
	check(wm_frame_input((const char *) hdr, sizeof(hdr)) == (int64_t) n + WM_FRAME_HEADER);
	return 0;
}
