/* SPDX-License-Identifier: MIT */
/* Worker::log() and Worker::safeEcho(): console output and the log file, byte-compatible with
 * upstream ("Y-m-d H:i:s pid:<pid> <msg>\n", appended under an exclusive lock). */

#ifndef WM_PHP_LOG_H
#define WM_PHP_LOG_H

#include "common.h"

/** Echoes `msg` to Worker::$outputStream (STDOUT if unset), replacing the <n> <w> <g> pseudo tags
 * by colour codes when `decorated` and the stream supports colour, else by nothing. */
void wm_safe_echo(const char *msg, size_t len, bool decorated);

/** Worker::$daemonize (console output is then off). */
bool wm_log_daemonized(void);

/** Worker::log(): trims `msg`, echoes it unless daemonized, appends it to Worker::$logFile. */
void wm_log(const char *msg, size_t len);

/** Appends `msg` to Worker::$logFile only (no console output). */
void wm_log_file(const char *msg, size_t len);

/** printf-style wm_log(). */
void wm_logf(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/** Logs a Throwable as upstream's Worker::log($e) does: its string form. */
void wm_log_throwable(zend_object *ex);

/** A pending exception other than an exit() unwind: taken and logged (wm_log_throwable()).
 * Returns whether an exit() unwind is pending, which is left for the caller to return on. */
bool wm_log_pending_exception(void);

#endif /* WM_PHP_LOG_H */
