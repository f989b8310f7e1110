/* SPDX-License-Identifier: MIT */
/* A tiny test kit for the L0 unit tests (no Zend): CHECK() counts and reports failures, sbuf is
 * a growable byte string, sbuf_esc() writes the transcript escaping that tests/unit/gen_expect.php
 * uses for upstream's results (printable ASCII but space and backslash as is, else \xHH). */

#ifndef WM_UNIT_H
#define WM_UNIT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int unit_checks, unit_failures;

#define CHECK(cond, ...) do { \
		unit_checks++; \
		if (!(cond)) { \
			unit_failures++; \
			fprintf(stderr, "%s:%d: failed: %s: ", __FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
		} \
	} while (0)

static inline int unit_report(const char *name)
{
	printf("%s: %d checks, %d failed\n", name, unit_checks, unit_failures);
	return unit_failures ? 1 : 0;
}

typedef struct {
	char *p;
	size_t len, cap;
} sbuf;

static inline void sbuf_add(sbuf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1) {
			cap *= 2;
		}
		char *np = realloc(b->p, cap);
		if (!np) {
			abort();
		}
		b->p = np;
		b->cap = cap;
	}
	if (n) {
		memcpy(b->p + b->len, p, n);
	}
	b->len += n;
	b->p[b->len] = '\0';
}

static inline void sbuf_str(sbuf *b, const char *s)
{
	sbuf_add(b, s, strlen(s));
}

static inline void sbuf_esc(sbuf *b, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char) p[i];
		if (c >= 0x21 && c <= 0x7e && c != '\\') {
			sbuf_add(b, &c, 1);
		} else {
			char hex[5];
			snprintf(hex, sizeof(hex), "\\x%02x", c);
			sbuf_add(b, hex, 4);
		}
	}
}

static inline void sbuf_reset(sbuf *b)
{
	b->len = 0;
	if (b->p) {
		b->p[0] = '\0';
	}
}

static inline void sbuf_free(sbuf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* The contents, "" when empty (for printing and comparing). */
static inline const char *sbuf_cstr(const sbuf *b)
{
	return b->p ? b->p : "";
}

/* A deterministic PRNG for split points (xorshift). */
static inline uint32_t unit_rand(uint32_t *s)
{
	uint32_t x = *s;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *s = x;
}

#endif /* WM_UNIT_H */
