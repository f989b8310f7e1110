/* SPDX-License-Identifier: MIT */
/* L0: Text protocol framing. */

#include "proto/text.h"
#include <string.h>

size_t wm_text_input(const char *buf, size_t len)
{
	const char *nl = memchr(buf, '\n', len);
	return nl ? (size_t) (nl - buf) + 1 : 0;
}

size_t wm_text_decoded_len(const char *pkg, size_t len)
{
	while (len > 0 && (pkg[len - 1] == '\n' || pkg[len - 1] == '\r')) {
		len--;
	}
	return len;
}
