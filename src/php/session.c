/* SPDX-License-Identifier: MIT */
/* Workerman\\Protocols\\Http\\Session, its handler interface and the File/Redis/RedisCluster handlers. */

#include "php/php_wm.h"

void wm_session_minit(void)
{
}
