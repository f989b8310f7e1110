/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): the Text protocol, one package per "\n"-terminated line. */

#ifndef WM_PROTO_TEXT_H
#define WM_PROTO_TEXT_H

#include <stddef.h>

/** Length of the first package in `buf` (up to and including the first "\n"), or 0 if there is
 * no "\n" yet. */
size_t wm_text_input(const char *buf, size_t len);

/** Length of a package once its trailing "\r" and "\n" characters are stripped (Text::decode). */
size_t wm_text_decoded_len(const char *pkg, size_t len);

#endif /* WM_PROTO_TEXT_H */
