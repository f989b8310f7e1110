/* SPDX-License-Identifier: MIT */
/* Unit tests of the L0 WebSocket framing (src/proto/ws.c): the RFC 6455 section 5.7 examples,
 * every truncation of each header, the error cases, header writing for all length forms, masking
 * in pieces at every offset, and UTF-8 validation fed whole and byte by byte. */
#include "unit.h"
#include "proto/ws.h"

static const unsigned char MASK[4] = {0x37, 0xfa, 0x21, 0x3d};

/* Parses `h` (n bytes) and checks the result and fields; also that every shorter prefix asks for
 * more bytes. */
static void expect_header(const char *what, const unsigned char *h, size_t n, int fin, int op, int masked,
	uint64_t plen, int hlen)
{
	wm_ws_frame f;
	int r = wm_ws_parse_header(h, n, &f);
	CHECK(r == hlen, "%s: header length %d, want %d", what, r, hlen);
	CHECK(f.fin == fin && f.opcode == op && f.masked == masked, "%s: fin %d op %d masked %d", what, f.fin, f.opcode, f.masked);
	CHECK(f.payload_len == plen, "%s: payload %llu, want %llu", what, (unsigned long long) f.payload_len, (unsigned long long) plen);
	CHECK(f.header_len == hlen, "%s: header_len %d", what, f.header_len);
	for (size_t k = 0; k < (size_t) hlen; k++) {
		CHECK(wm_ws_parse_header(h, k, &f) == WM_WS_NEED_MORE, "%s: %zu bytes should need more", what, k);
	}
}

static void test_rfc_examples(void)
{
	/* A single-frame unmasked text message "Hello". */
	static const unsigned char hello[] = {0x81, 0x05, 'H', 'e', 'l', 'l', 'o'};
	expect_header("unmasked Hello", hello, sizeof(hello), 1, WM_WS_OP_TEXT, 0, 5, 2);

	/* A single-frame masked text message "Hello". */
	static const unsigned char mhello[] = {0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58};
	expect_header("masked Hello", mhello, sizeof(mhello), 1, WM_WS_OP_TEXT, 1, 5, 6);
	wm_ws_frame f;
	wm_ws_parse_header(mhello, sizeof(mhello), &f);
	CHECK(memcmp(f.mask, MASK, 4) == 0, "mask bytes");
	unsigned char out[5];
	wm_ws_mask(out, mhello + 6, 5, f.mask, 0);
	CHECK(memcmp(out, "Hello", 5) == 0, "unmasked payload %.5s", out);

	/* A fragmented unmasked text message: "Hel", then "lo". */
	static const unsigned char frag1[] = {0x01, 0x03, 'H', 'e', 'l'};
	static const unsigned char frag2[] = {0x80, 0x02, 'l', 'o'};
	expect_header("first fragment", frag1, sizeof(frag1), 0, WM_WS_OP_TEXT, 0, 3, 2);
	expect_header("last fragment", frag2, sizeof(frag2), 1, WM_WS_OP_CONTINUATION, 0, 2, 2);

	/* Unmasked ping, masked pong with "Hello". */
	static const unsigned char ping[] = {0x89, 0x05, 'H', 'e', 'l', 'l', 'o'};
	expect_header("ping", ping, sizeof(ping), 1, WM_WS_OP_PING, 0, 5, 2);
	static const unsigned char pong[] = {0x8a, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58};
	expect_header("pong", pong, sizeof(pong), 1, WM_WS_OP_PONG, 1, 5, 6);

	/* 256 bytes of binary data in a single unmasked message; 64 KiB likewise. */
	static const unsigned char b256[] = {0x82, 0x7e, 0x01, 0x00};
	expect_header("256 bytes", b256, sizeof(b256), 1, WM_WS_OP_BINARY, 0, 256, 4);
	static const unsigned char b64k[] = {0x82, 0x7f, 0, 0, 0, 0, 0, 1, 0, 0};
	expect_header("64 KiB", b64k, sizeof(b64k), 1, WM_WS_OP_BINARY, 0, 65536, 10);
	static const unsigned char b64km[] = {0x82, 0xff, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 3, 4};
	expect_header("64 KiB masked", b64km, sizeof(b64km), 1, WM_WS_OP_BINARY, 1, 65536, 14);
}

static void test_errors(void)
{
	wm_ws_frame f;
	for (int op = 0; op < 16; op++) {
		unsigned char h[2] = {(unsigned char) (0x80 | op), 0x00};
		int r = wm_ws_parse_header(h, 2, &f);
		bool reserved = (op >= 3 && op <= 7) || op >= 0xb;
		CHECK(reserved ? r == WM_WS_E_OPCODE : r == 2, "opcode %d: %d", op, r);
	}
	/* Control frames: fragmented, or over 125 bytes. */
	static const unsigned char frag_ping[] = {0x09, 0x00};
	CHECK(wm_ws_parse_header(frag_ping, 2, &f) == WM_WS_E_CONTROL, "fragmented ping");
	static const unsigned char long_close[] = {0x88, 0x7e, 0x00, 0x7e};
	CHECK(wm_ws_parse_header(long_close, 4, &f) == WM_WS_E_CONTROL, "126-byte close");
	static const unsigned char close125[] = {0x88, 0x7d};
	CHECK(wm_ws_parse_header(close125, 2, &f) == 2 && f.payload_len == 125, "125-byte close");
	/* A 64-bit length with the top bit set. */
	static const unsigned char huge[] = {0x82, 0x7f, 0x80, 0, 0, 0, 0, 0, 0, 0};
	CHECK(wm_ws_parse_header(huge, sizeof(huge), &f) == WM_WS_E_LENGTH, "top bit of a 64-bit length");
	static const unsigned char big[] = {0x82, 0x7f, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
	CHECK(wm_ws_parse_header(big, sizeof(big), &f) == 10 && f.payload_len == 0x7fffffffffffffffULL, "largest length");
	/* RSV bits are reported, not judged. */
	static const unsigned char rsv[] = {0xc1, 0x00};
	CHECK(wm_ws_parse_header(rsv, 2, &f) == 2 && f.rsv == 4, "RSV1 %d", f.rsv);
}

static void test_write_header(void)
{
	static const uint64_t lens[] = {0, 1, 125, 126, 127, 65535, 65536, 0x7fffffffffffffffULL};
	static const size_t want[] = {2, 2, 2, 4, 4, 4, 10, 10};
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		for (int masked = 0; masked < 2; masked++) {
			unsigned char h[WM_WS_MAX_HEADER];
			size_t n = wm_ws_write_header(h, 1, 0, WM_WS_OP_BINARY, lens[i], masked ? MASK : NULL);
			CHECK(n == want[i] + (masked ? 4 : 0), "length %llu masked %d: %zu bytes",
				(unsigned long long) lens[i], masked, n);
			wm_ws_frame f;
			CHECK(wm_ws_parse_header(h, n, &f) == (int) n && f.payload_len == lens[i] && f.masked == masked
				&& f.fin == 1 && f.opcode == WM_WS_OP_BINARY, "round trip of length %llu", (unsigned long long) lens[i]);
			CHECK(!masked || memcmp(f.mask, MASK, 4) == 0, "mask round trip");
		}
	}
	unsigned char h[WM_WS_MAX_HEADER];
	CHECK(wm_ws_write_header(h, 1, 0, WM_WS_OP_TEXT, 5, NULL) == 2 && h[0] == 0x81 && h[1] == 0x05, "text header bytes");
	CHECK(wm_ws_write_header(h, 0, 4, WM_WS_OP_TEXT, 5, NULL) == 2 && h[0] == 0x41, "RSV1 without FIN: %02x", h[0]);
}

static void test_mask_pieces(void)
{
	unsigned char plain[100], masked[100], back[100];
	for (int i = 0; i < 100; i++) {
		plain[i] = (unsigned char) (i * 7 + 3);
		masked[i] = plain[i] ^ MASK[i & 3];
	}
	/* Every split point, and in place. */
	for (size_t cut = 0; cut <= 100; cut++) {
		memset(back, 0, sizeof(back));
		wm_ws_mask(back, masked, cut, MASK, 0);
		wm_ws_mask(back + cut, masked + cut, 100 - cut, MASK, cut);
		CHECK(memcmp(back, plain, 100) == 0, "unmask split at %zu", cut);
	}
	memcpy(back, masked, 100);
	for (size_t off = 0; off < 100; off += 13) {
		size_t n = off + 13 <= 100 ? 13 : 100 - off;
		wm_ws_mask(back + off, back + off, n, MASK, off);
	}
	CHECK(memcmp(back, plain, 100) == 0, "unmask in place in 13-byte pieces");
}

static int utf8_whole(const char *s, size_t n)
{
	uint32_t st = 0;
	return wm_ws_utf8_feed(&st, (const unsigned char *) s, n) && st == 0;
}

static int utf8_bytewise(const char *s, size_t n)
{
	uint32_t st = 0;
	for (size_t i = 0; i < n; i++) {
		if (!wm_ws_utf8_feed(&st, (const unsigned char *) s + i, 1)) {
			return 0;
		}
	}
	return st == 0;
}

static void test_utf8(void)
{
	static const struct { const char *s; size_t n; int valid; } cases[] = {
		{"", 0, 1},
		{"plain ASCII text that is longer than eight bytes", 48, 1},
		{"\xc2\xa9 caf\xc3\xa9", 8, 1},                 /* U+00A9, U+00E9 */
		{"\xe2\x82\xac", 3, 1},                         /* U+20AC */
		{"\xed\x9f\xbf", 3, 1},                         /* U+D7FF, just below the surrogates */
		{"\xee\x80\x80", 3, 1},                         /* U+E000 */
		{"\xf0\x9f\x98\x80", 4, 1},                     /* U+1F600 */
		{"\xf4\x8f\xbf\xbf", 4, 1},                     /* U+10FFFF */
		{"\x80", 1, 0},                                 /* lone continuation byte */
		{"\xc0\xaf", 2, 0},                             /* overlong '/' */
		{"\xc1\xbf", 2, 0},                             /* overlong */
		{"\xe0\x9f\xbf", 3, 0},                         /* overlong 3-byte */
		{"\xed\xa0\x80", 3, 0},                         /* U+D800 surrogate */
		{"\xed\xbf\xbf", 3, 0},                         /* U+DFFF surrogate */
		{"\xf0\x8f\xbf\xbf", 4, 0},                     /* overlong 4-byte */
		{"\xf4\x90\x80\x80", 4, 0},                     /* U+110000 */
		{"\xf5\x80\x80\x80", 4, 0},
		{"\xff", 1, 0},
		{"\xe2\x82", 2, 0},                             /* truncated */
		{"abcdefgh\xe2\x82\xacxyz", 14, 1},
		{"abcdefgh\xe2\x28\xa1", 11, 0},                /* bad continuation */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK(utf8_whole(cases[i].s, cases[i].n) == cases[i].valid, "utf8 case %zu whole", i);
		CHECK(utf8_bytewise(cases[i].s, cases[i].n) == cases[i].valid, "utf8 case %zu byte by byte", i);
	}
	/* A truncated sequence is incomplete (state != 0) but not yet invalid. */
	uint32_t st = 0;
	CHECK(wm_ws_utf8_feed(&st, (const unsigned char *) "\xf0\x9f", 2) == 1 && st != 0, "incomplete is not invalid");
	CHECK(wm_ws_utf8_feed(&st, (const unsigned char *) "\x98\x80", 2) == 1 && st == 0, "completed in a second piece");
}

static void test_close_codes(void)
{
	/* Every code 0-65535 against the list written out (RFC 6455 7.4.1, IANA). */
	static const unsigned valid_ranges[][2] = {{1000, 1003}, {1007, 1014}, {3000, 4999}};
	for (unsigned code = 0; code <= 65535; code++) {
		int want = 0;
		for (size_t i = 0; i < sizeof(valid_ranges) / sizeof(valid_ranges[0]); i++) {
			want |= code >= valid_ranges[i][0] && code <= valid_ranges[i][1];
		}
		CHECK(wm_ws_close_code_valid(code) == want, "close code %u valid: %d", code, !want);
		unsigned char p[2] = {(unsigned char) (code >> 8), (unsigned char) code};
		CHECK(wm_ws_close_reply_code(p, 2) == (want ? code : 1002), "close code %u answered", code);
	}
	static const struct {
		const char *payload;
		size_t len;
		unsigned reply;
	} cases[] = {
		{"", 0, 1000},
		{"\x03", 1, 1002},
		{"\x03\xe8", 2, 1000},
		{"\x03\xe7", 2, 1002},                /* 999 */
		{"\x03\xed", 2, 1002},                /* 1005 */
		{"\x03\xee", 2, 1002},                /* 1006 */
		{"\x03\xf7", 2, 1002},                /* 1015 */
		{"\x13\x88", 2, 1002},                /* 5000 */
		{"\x0f\xa0" "bye", 5, 4000},
		{"\x03\xe9" "caf\xc3\xa9", 7, 1001},    /* UTF-8 reason */
		{"\x03\xe9" "caf\xc3", 6, 1007},         /* truncated sequence */
		{"\x03\xe9\xed\xa0\x80", 5, 1007},   /* a surrogate */
		{"\x03\xe9\xff", 3, 1007},
		{"\x03\xe7\xff", 3, 1002},            /* the code is judged first */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		unsigned got = wm_ws_close_reply_code((const unsigned char *) cases[i].payload, cases[i].len);
		CHECK(got == cases[i].reply, "close payload %zu: %u, want %u", i, got, cases[i].reply);
	}
}

int main(void)
{
	test_rfc_examples();
	test_errors();
	test_write_header();
	test_mask_pieces();
	test_utf8();
	test_close_codes();
	return unit_report("test_ws");
}
