/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): WebSocket framing (RFC 6455 section 5): frame headers in both directions,
 * payload (un)masking that can resume mid-payload, and UTF-8 validation of text payloads. */

#ifndef WM_PROTO_WS_H
#define WM_PROTO_WS_H

#include <stddef.h>
#include <stdint.h>

#define WM_WS_MAX_HEADER 14

enum {
	WM_WS_OP_CONTINUATION = 0x0,
	WM_WS_OP_TEXT = 0x1,
	WM_WS_OP_BINARY = 0x2,
	WM_WS_OP_CLOSE = 0x8,
	WM_WS_OP_PING = 0x9,
	WM_WS_OP_PONG = 0xa,
};

/* wm_ws_parse_header() results other than a header length. */
enum {
	WM_WS_NEED_MORE = 0,       /* the header is not complete yet */
	WM_WS_E_OPCODE = -1,       /* a reserved opcode (3-7, 0xb-0xf) */
	WM_WS_E_CONTROL = -2,      /* a control frame that is fragmented or longer than 125 bytes */
	WM_WS_E_LENGTH = -3,       /* a 64-bit length with its most significant bit set */
};

typedef struct {
	uint8_t fin;               /* 1 for the last frame of a message */
	uint8_t rsv;               /* RSV1..RSV3 as bits 2..0 (RSV1 = 4: permessage-deflate) */
	uint8_t opcode;
	uint8_t masked;
	uint8_t header_len;        /* 2 to 14 bytes */
	uint64_t payload_len;
	unsigned char mask[4];     /* zero when not masked */
} wm_ws_frame;

/** Parses the frame header at `buf`: its length (2-14), WM_WS_NEED_MORE or a WM_WS_E_* error.
 * Does not judge masking, RSV bits or sizes against limits: that is the caller's policy. */
int wm_ws_parse_header(const unsigned char *buf, size_t len, wm_ws_frame *f);

/** Writes a frame header (the shortest length encoding) and returns its length. `mask` NULL
 * means unmasked (server to client); otherwise the 4 mask bytes are written after the length. */
size_t wm_ws_write_header(unsigned char out[WM_WS_MAX_HEADER], int fin, int rsv, int opcode, uint64_t payload_len,
	const unsigned char *mask);

/** XORs `n` bytes of `src` with the mask into `dst` (which may be `src`), `offset` being the
 * position of src[0] in the payload, so a payload can be unmasked in pieces. */
void wm_ws_mask(unsigned char *dst, const unsigned char *src, size_t n, const unsigned char mask[4], uint64_t offset);

/** UTF-8 validation that can be fed in pieces: `*state` starts at 0 and must be 0 again at the
 * end of a message for it to be valid. Returns 0 as soon as the bytes cannot be UTF-8 (no
 * overlong forms, no surrogates, nothing above U+10FFFF), else 1. */
int wm_ws_utf8_feed(uint32_t *state, const unsigned char *s, size_t n);

/* Close status codes (RFC 6455 section 7.4.1). */
enum {
	WM_WS_CLOSE_NORMAL = 1000,
	WM_WS_CLOSE_PROTOCOL_ERROR = 1002,
	WM_WS_CLOSE_INVALID_DATA = 1007,
};

/** Whether a close frame may carry `code` (RFC 6455 7.4.1-7.4.2 and IANA's registry): 1000-1003
 * and 1007-1014 (1004 is reserved; 1005, 1006 and 1015 must never be sent; 1016-2999 are
 * unassigned), 3000-4999 (registered and private use). Nothing below 1000 or from 5000 on. */
int wm_ws_close_code_valid(unsigned code);

/** The status code to answer a close frame with, from its unmasked payload: 1000 when empty;
 * 1002 (protocol error) for a 1-byte payload or a code that is not valid; 1007 when the reason
 * is not UTF-8; else the code received (echoed, RFC 6455 5.5.1). */
unsigned wm_ws_close_reply_code(const unsigned char *payload, size_t len);

#endif /* WM_PROTO_WS_H */
