/* SPDX-License-Identifier: MIT */
/* Workerman\\Protocols\\Http (static input/decode/encode, requestClass, uploadTmpDir) and the HTTP fast path helpers used by connection.c. */

#include "php/php_wm.h"

void wm_http_minit(void)
{
}
