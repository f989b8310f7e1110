/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): WebSocket framing. See ws.h. */

#include "proto/ws.h"

#include <string.h>

int wm_ws_parse_header(const unsigned char *buf, size_t len, wm_ws_frame *f)
{
	if (len < 2) {
		return WM_WS_NEED_MORE;
	}
	uint8_t b0 = buf[0], b1 = buf[1];
	f->fin = b0 >> 7;
	f->rsv = (b0 >> 4) & 7;
	f->opcode = b0 & 0x0f;
	f->masked = b1 >> 7;
	if ((f->opcode > WM_WS_OP_BINARY && f->opcode < WM_WS_OP_CLOSE) || f->opcode > WM_WS_OP_PONG) {
		return WM_WS_E_OPCODE;
	}
	uint64_t plen = b1 & 0x7f;
	size_t hlen = 2;
	if (f->opcode >= WM_WS_OP_CLOSE && (!f->fin || plen > 125)) {
		return WM_WS_E_CONTROL;
	}
	if (plen == 126) {
		hlen = 4;
		if (len < hlen) {
			return WM_WS_NEED_MORE;
		}
		plen = ((uint64_t) buf[2] << 8) | buf[3];
	} else if (plen == 127) {
		hlen = 10;
		if (len < hlen) {
			return WM_WS_NEED_MORE;
		}
		if (buf[2] & 0x80) {
			return WM_WS_E_LENGTH;
		}
		plen = 0;
		for (int i = 2; i < 10; i++) {
			plen = (plen << 8) | buf[i];
		}
	}
	if (f->masked) {
		if (len < hlen + 4) {
			return WM_WS_NEED_MORE;
		}
		memcpy(f->mask, buf + hlen, 4);
		hlen += 4;
	} else {
		memset(f->mask, 0, 4);
	}
	f->payload_len = plen;
	f->header_len = (uint8_t) hlen;
	return (int) hlen;
}

size_t wm_ws_write_header(unsigned char out[WM_WS_MAX_HEADER], int fin, int rsv, int opcode, uint64_t payload_len,
	const unsigned char *mask)
{
	size_t n = 0;
	out[n++] = (unsigned char) ((fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f));
	unsigned char m = mask ? 0x80 : 0;
	if (payload_len < 126) {
		out[n++] = m | (unsigned char) payload_len;
	} else if (payload_len <= 0xffff) {
		out[n++] = m | 126;
		out[n++] = (unsigned char) (payload_len >> 8);
		out[n++] = (unsigned char) payload_len;
	} else {
		out[n++] = m | 127;
		for (int shift = 56; shift >= 0; shift -= 8) {
			out[n++] = (unsigned char) (payload_len >> shift);
		}
	}
	if (mask) {
		memcpy(out + n, mask, 4);
		n += 4;
	}
	return n;
}

void wm_ws_mask(unsigned char *dst, const unsigned char *src, size_t n, const unsigned char mask[4], uint64_t offset)
{
	/* The mask as it lines up with src[0], repeated over a machine word. */
	unsigned char rot[8];
	for (int i = 0; i < 8; i++) {
		rot[i] = mask[(offset + (uint64_t) i) & 3];
	}
	uint64_t word;
	memcpy(&word, rot, 8);
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t v;
		memcpy(&v, src + i, 8);
		v ^= word;
		memcpy(dst + i, &v, 8);
	}
	for (; i < n; i++) {
		dst[i] = src[i] ^ rot[i & 7];
	}
}

/* State: (continuation bytes still needed << 16) | (lowest allowed next byte << 8) | highest. */
#define WM_UTF8_STATE(need, lo, hi) (((uint32_t) (need) << 16) | ((uint32_t) (lo) << 8) | (uint32_t) (hi))

int wm_ws_utf8_feed(uint32_t *state, const unsigned char *s, size_t n)
{
	uint32_t st = *state;
	size_t i = 0;
	while (i < n) {
		if (st == 0) {
			/* ASCII runs, a word at a time. */
			while (i + 8 <= n) {
				uint64_t v;
				memcpy(&v, s + i, 8);
				if (v & 0x8080808080808080ULL) {
					break;
				}
				i += 8;
			}
			if (i == n) {
				break;
			}
			unsigned char b = s[i++];
			if (b < 0x80) {
				continue;
			} else if (b >= 0xc2 && b <= 0xdf) {
				st = WM_UTF8_STATE(1, 0x80, 0xbf);
			} else if (b == 0xe0) {
				st = WM_UTF8_STATE(2, 0xa0, 0xbf);   /* no overlong 3-byte forms */
			} else if (b == 0xed) {
				st = WM_UTF8_STATE(2, 0x80, 0x9f);   /* no UTF-16 surrogates */
			} else if (b >= 0xe1 && b <= 0xef) {
				st = WM_UTF8_STATE(2, 0x80, 0xbf);
			} else if (b == 0xf0) {
				st = WM_UTF8_STATE(3, 0x90, 0xbf);   /* no overlong 4-byte forms */
			} else if (b >= 0xf1 && b <= 0xf3) {
				st = WM_UTF8_STATE(3, 0x80, 0xbf);
			} else if (b == 0xf4) {
				st = WM_UTF8_STATE(3, 0x80, 0x8f);   /* nothing above U+10FFFF */
			} else {
				*state = st;
				return 0;
			}
		} else {
			unsigned char b = s[i++];
			uint32_t need = st >> 16, lo = (st >> 8) & 0xff, hi = st & 0xff;
			if (b < lo || b > hi) {
				*state = st;
				return 0;
			}
			st = need == 1 ? 0 : WM_UTF8_STATE(need - 1, 0x80, 0xbf);
		}
	}
	*state = st;
	return 1;
}

int wm_ws_close_code_valid(unsigned code)
{
	return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

unsigned wm_ws_close_reply_code(const unsigned char *payload, size_t len)
{
	if (len == 0) {
		return WM_WS_CLOSE_NORMAL;
	}
	if (len == 1) {
		return WM_WS_CLOSE_PROTOCOL_ERROR;
	}
	unsigned code = ((unsigned) payload[0] << 8) | payload[1];
	if (!wm_ws_close_code_valid(code)) {
		return WM_WS_CLOSE_PROTOCOL_ERROR;
	}
	uint32_t st = 0;
	if (!wm_ws_utf8_feed(&st, payload + 2, len - 2) || st != 0) {
		return WM_WS_CLOSE_INVALID_DATA;
	}
	return code;
}
