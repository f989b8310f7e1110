/*
 * wsutil.h - SHA-1 and base64 for the WebSocket handshake (Sec-WebSocket-Accept), shared by the
 * benchmark's load generator (loadgen.c) and its I/O-floor server (nullsrv.c). Header-only, C99.
 */
#ifndef BENCH_WSUTIL_H
#define BENCH_WSUTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* SHA-1 (FIPS 180-4) of a short message, for Sec-WebSocket-Accept only. */
static uint32_t rol32(uint32_t x, int n)
{
	return (x << n) | (x >> (32 - n));
}

static void sha1_block(uint32_t h[5], const unsigned char *p)
{
	uint32_t w[80], a, b, c, d, e, f, k, tmp;
	int i;
	for (i = 0; i < 16; i++) {
		w[i] = ((uint32_t) p[4 * i] << 24) | ((uint32_t) p[4 * i + 1] << 16)
			| ((uint32_t) p[4 * i + 2] << 8) | (uint32_t) p[4 * i + 3];
	}
	for (i = 16; i < 80; i++) {
		w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	}
	a = h[0]; b = h[1]; c = h[2]; d = h[3]; e = h[4];
	for (i = 0; i < 80; i++) {
		if (i < 20) {
			f = (b & c) | (~b & d); k = 0x5a827999u;
		} else if (i < 40) {
			f = b ^ c ^ d; k = 0x6ed9eba1u;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdcu;
		} else {
			f = b ^ c ^ d; k = 0xca62c1d6u;
		}
		tmp = rol32(a, 5) + f + e + k + w[i];
		e = d; d = c; c = rol32(b, 30); b = a; a = tmp;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void sha1(const void *data, size_t len, unsigned char out[20])
{
	uint32_t h[5] = { 0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u };
	const unsigned char *p = data;
	unsigned char block[64];
	size_t left = len, i;
	uint64_t bits = (uint64_t) len * 8;

	while (left >= 64) {
		sha1_block(h, p);
		p += 64;
		left -= 64;
	}
	memset(block, 0, sizeof(block));
	memcpy(block, p, left);
	block[left] = 0x80;
	if (left >= 56) {
		sha1_block(h, block);
		memset(block, 0, sizeof(block));
	}
	for (i = 0; i < 8; i++) {
		block[63 - i] = (unsigned char) (bits >> (8 * i));
	}
	sha1_block(h, block);
	for (i = 0; i < 20; i++) {
		out[i] = (unsigned char) (h[i / 4] >> (24 - 8 * (i % 4)));
	}
}

/* Standard base64 with padding; out needs 4 * ((len + 2) / 3) + 1 bytes. */
static void base64(const unsigned char *in, size_t len, char *out)
{
	static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;
	for (i = 0; i + 2 < len; i += 3) {
		uint32_t v = ((uint32_t) in[i] << 16) | ((uint32_t) in[i + 1] << 8) | in[i + 2];
		*out++ = tbl[v >> 18];
		*out++ = tbl[(v >> 12) & 63];
		*out++ = tbl[(v >> 6) & 63];
		*out++ = tbl[v & 63];
	}
	if (i < len) {
		uint32_t v = (uint32_t) in[i] << 16;
		if (i + 1 < len) {
			v |= (uint32_t) in[i + 1] << 8;
		}
		*out++ = tbl[v >> 18];
		*out++ = tbl[(v >> 12) & 63];
		*out++ = i + 1 < len ? tbl[(v >> 6) & 63] : '=';
		*out++ = '=';
	}
	*out = '\0';
}

/* Sec-WebSocket-Accept for a key: base64(SHA-1(key + GUID)); out needs 29 bytes. */
static void ws_accept_key(const char *key, size_t klen, char out[29])
{
	static const char guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
	char buf[128 + sizeof(guid)];
	unsigned char digest[20];
	if (klen > 128) {
		klen = 128;
	}
	memcpy(buf, key, klen);
	memcpy(buf + klen, guid, sizeof(guid) - 1);
	sha1(buf, klen + sizeof(guid) - 1, digest);
	base64(digest, 20, out);
}

#endif
