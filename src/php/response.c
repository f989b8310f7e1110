/* SPDX-License-Identifier: MIT */
/* Workerman\\Protocols\\Http\\{Response, Chunk, ServerSentEvents}. */

#include "php/php_wm.h"

void wm_response_minit(void)
{
}
