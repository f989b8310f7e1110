/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): the Frame protocol, a 4-byte big-endian total length (header included)
 * followed by the payload. */

#ifndef WM_PROTO_FRAME_H
#define WM_PROTO_FRAME_H

#include <stddef.h>
#include <stdint.h>

#define WM_FRAME_HEADER 4

/** The total package length announced by the header, or -1 when fewer than 4 bytes are there. */
int64_t wm_frame_input(const char *buf, size_t len);

/** Writes the header for a payload of `payload_len` bytes; returns false if it cannot be
 * represented (over 4 GiB - 5 bytes). */
int wm_frame_header(unsigned char out[WM_FRAME_HEADER], size_t payload_len);

#endif /* WM_PROTO_FRAME_H */
