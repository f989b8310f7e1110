/* SPDX-License-Identifier: MIT */
/* L0: chunked request bodies. (Placeholder until the parser lands: rejects every chunked body.) */

#include "proto/chunked.h"

void wm_chunked_init(wm_chunked *c, size_t body_off)
{
	c->pos = body_off;
	c->phase = 0;
	c->remaining = 0;
}

int64_t wm_chunked_input(wm_chunked *c, const char *buf, size_t len, int64_t max)
{
	(void) c; (void) buf; (void) len; (void) max;
	return -400;
}

size_t wm_chunked_decode(const char *buf, size_t total, size_t body_off, char *out,
	wm_chunked_trailer_cb cb, void *ctx)
{
	(void) buf; (void) total; (void) body_off; (void) out; (void) cb; (void) ctx;
	return 0;
}
