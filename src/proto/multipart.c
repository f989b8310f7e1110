/* SPDX-License-Identifier: MIT */
/* L0: streaming multipart/form-data. (Placeholder until the parser lands: parses nothing.) */

#include "proto/multipart.h"
#include <stdlib.h>

wm_multipart *wm_multipart_new(const char *delimiter, size_t len, uint32_t max_parts,
	const wm_mp_callbacks *cb, void *ctx)
{
	(void) delimiter; (void) len; (void) max_parts; (void) cb; (void) ctx;
	return NULL;
}

bool wm_multipart_feed(wm_multipart *m, const char *data, size_t len)
{
	(void) m; (void) data; (void) len;
	return false;
}

void wm_multipart_finish(wm_multipart *m)
{
	(void) m;
}

void wm_multipart_free(wm_multipart *m)
{
	(void) m;
}
