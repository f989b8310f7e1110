/* SPDX-License-Identifier: MIT */
/* Workerman\\Timer (src/php/timer.c), and the master-mode timers run before any loop exists. */

#ifndef WM_PHP_TIMER_H
#define WM_PHP_TIMER_H

#include "common.h"

extern zend_class_entry *wm_ce_Timer;

void wm_timer_minit(void);
void wm_timer_rshutdown(void);
/** Runs master-mode timers (added before any loop existed) that are due. */
void wm_timer_master_tick(void);
/** Drops every master-mode timer. */
void wm_timer_master_clear(void);

#endif /* WM_PHP_TIMER_H */
