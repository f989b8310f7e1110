/* SPDX-License-Identifier: MIT */
/* Workerman\\Protocols\\Http\\Request: lazy getters over the raw request bytes. */

#include "php/php_wm.h"

void wm_request_minit(void)
{
}
