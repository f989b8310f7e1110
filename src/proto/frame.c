/* SPDX-License-Identifier: MIT */
/* L0: Frame protocol framing. */

#include "proto/frame.h"

int64_t wm_frame_input(const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *) buf;
	if (len < WM_FRAME_HEADER) {
		return -1;
	}
	return ((int64_t) p[0] << 24) | ((int64_t) p[1] << 16) | ((int64_t) p[2] << 8) | (int64_t) p[3];
}

int wm_frame_header(unsigned char out[WM_FRAME_HEADER], size_t payload_len)
{
	if (payload_len > (size_t) UINT32_MAX - WM_FRAME_HEADER) {
		return 0;
	}
	uint32_t total = (uint32_t) (payload_len + WM_FRAME_HEADER);
	out[0] = (unsigned char) (total >> 24);
	out[1] = (unsigned char) (total >> 16);
	out[2] = (unsigned char) (total >> 8);
	out[3] = (unsigned char) total;
	return 1;
}
