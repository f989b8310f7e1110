/* SPDX-License-Identifier: MIT */
/* Revolt's event loop on the native loop (src/php/revolt.c): Workerman\Events\RevoltBackend, and
 * the autoload hook that makes Workerman\Events\RevoltDriver Revolt's driver (ini
 * workerman.revolt). */

#ifndef WM_PHP_REVOLT_H
#define WM_PHP_REVOLT_H

#include "common.h"

extern zend_class_entry *wm_ce_RevoltBackend;

void wm_revolt_minit(void);
void wm_revolt_mshutdown(void);

#endif /* WM_PHP_REVOLT_H */
