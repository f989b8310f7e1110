/* SPDX-License-Identifier: MIT */
/* The process model behind Worker::runAll(): master, worker processes, signals, stop and reload,
 * CLI commands, status files (src/php/process*.c; their shared internals are in process_impl.h).
 * Called by the Worker class (src/php/worker.c). */

#ifndef WM_PHP_PROCESS_H
#define WM_PHP_PROCESS_H

#include "common.h"

/** Worker::$status (one of Worker::STATUS_*). */
int wm_process_status(void);
/** Worker::$gracefulStop. */
bool wm_process_graceful(void);
/** Worker::getArgv(): the global $argv plus the words of Worker::$command. */
void wm_process_argv(zval *out);
/** The `status` and `connections` commands (CLI side). */
void wm_process_show_status(const char *command, const char *mode, pid_t master_pid, bool json);
/** A connection object was destroyed (connection_count went down): graceful stop bookkeeping. */
void wm_process_connection_gone(void);
/** A worker process is starting: `phase` ("run()", "onWorkerStart"; static strings) until NULL
 * says it has started. Nothing outside a worker process. */
void wm_process_start_phase(const char *phase);
/** An exception `ex` (the caller's) ended a worker's start: in a worker process, logs it, reports
 * it to the master (which restarts the worker after a back-off) and exits with 250 (exit()
 * pending on return); returns false elsewhere (the caller logs it and goes on). */
bool wm_process_start_failed(zend_object *ex);
/** Frees the master's state at request end. */
void wm_process_rshutdown(void);

/* Worker property slots shared with the process model (src/php/process*.c). */
extern uint32_t wm_worker_slot_id, wm_worker_slot_name, wm_worker_slot_count, wm_worker_slot_user,
	wm_worker_slot_group, wm_worker_slot_reloadable, wm_worker_slot_reuse_port, wm_worker_slot_transport,
	wm_worker_slot_protocol, wm_worker_slot_socket_name, wm_worker_slot_main_socket, wm_worker_slot_context,
	wm_worker_slot_worker_id, wm_worker_slot_on_worker_start, wm_worker_slot_on_worker_stop,
	wm_worker_slot_on_worker_reload, wm_worker_slot_stopping, wm_worker_slot_event_loop;

#endif /* WM_PHP_PROCESS_H */
