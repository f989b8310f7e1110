/* SPDX-License-Identifier: MIT */
/* libFuzzer target for the L0 WebSocket framing (src/proto/ws.c).
 *
 * The input is a byte stream of frames, parsed one after the other as a connection would.
 * Checked for every frame: the header length is 2-14 and within the bytes given, every shorter
 * prefix asks for more, the header written back from the parsed fields parses to the same
 * fields, unmasking in two pieces (split chosen by the data) equals unmasking at once and
 * masking again gives the original bytes, and UTF-8 validation fed in two pieces agrees with
 * validation of the whole payload. */
#include "proto/ws.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check(int cond)
{
	if (!cond) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t off = 0;
	while (off < size) {
		const unsigned char *p = data + off;
		size_t left = size - off;
		wm_ws_frame f;
		int r = wm_ws_parse_header(p, left, &f);
		if (r <= 0) {
			check(r == WM_WS_NEED_MORE || r == WM_WS_E_OPCODE || r == WM_WS_E_CONTROL || r == WM_WS_E_LENGTH);
			return 0;
		}
		check(r >= 2 && r <= WM_WS_MAX_HEADER && (size_t) r <= left && r == f.header_len);
		for (int k = 0; k < r; k++) {
			wm_ws_frame g;
			int rk = wm_ws_parse_header(p, (size_t) k, &g);
			check(rk == WM_WS_NEED_MORE || rk < 0);
		}
		unsigned char h[WM_WS_MAX_HEADER];
		size_t hn = wm_ws_write_header(h, f.fin, f.rsv, f.opcode, f.payload_len, f.masked ? f.mask : NULL);
		wm_ws_frame g;
		check(wm_ws_parse_header(h, hn, &g) == (int) hn && hn <= (size_t) r);
		check(g.fin == f.fin && g.rsv == f.rsv && g.opcode == f.opcode && g.masked == f.masked
			&& g.payload_len == f.payload_len && memcmp(g.mask, f.mask, 4) == 0);

		if (f.payload_len > left - (size_t) r) {
			return 0;
		}
		size_t n = (size_t) f.payload_len;
		const unsigned char *payload = p + r;
		unsigned char *a = malloc(n + 1), *b = malloc(n + 1);
		check(a && b);
		wm_ws_mask(a, payload, n, f.mask, 0);
		size_t cut = n ? payload[0] % (n + 1) : 0;
		wm_ws_mask(b, payload, cut, f.mask, 0);
		wm_ws_mask(b + cut, payload + cut, n - cut, f.mask, cut);
		check(memcmp(a, b, n) == 0);
		wm_ws_mask(b, a, n, f.mask, 0);
		check(memcmp(b, payload, n) == 0);

		uint32_t s1 = 0, s2 = 0;
		int whole = wm_ws_utf8_feed(&s1, a, n) && s1 == 0;
		int pieces = wm_ws_utf8_feed(&s2, a, cut);
		pieces = pieces && wm_ws_utf8_feed(&s2, a + cut, n - cut) && s2 == 0;
		check(whole == pieces);
		free(a);
		free(b);
		off += (size_t) r + n;
	}
	return 0;
}
