/* SPDX-License-Identifier: MIT */
/* Upstream 5.x's protected static steps and helpers of Worker that the native process model does
 * not call through PHP, exposed so that a subclass can call (and for signalHandler() and reload(),
 * override) them: each calls the native code that does that step. Windows-only steps are not
 * here (the extension runs on POSIX systems). */

#include "php/process_impl.h"
#include "php/log.h"
#include "php/events.h"
#include "zend_exceptions.h"

#include <limits.h>
#include <signal.h>

/* The steps these alias (src/php/process_master.c). */
ZEND_METHOD(Workerman_Worker, forkWorkers);
ZEND_METHOD(Workerman_Worker, monitorWorkers);

ZEND_METHOD(Workerman_Worker, initGlobalEvent)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_process_init_global_event();
}

ZEND_METHOD(Workerman_Worker, initId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_process_init_id();
}

/* array_search($pid, static::$idMap[$workerId]): the id slot of that pid (0 for a free slot). */
ZEND_METHOD(Workerman_Worker, getId)
{
	zend_string *worker_id;
	zend_long pid;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(worker_id)
		Z_PARAM_LONG(pid)
	ZEND_PARSE_PARAMETERS_END();
	zval *map = wm_process_sprop("idMap");
	zval *slots = map && Z_TYPE_P(map) == IS_ARRAY ? zend_hash_find(Z_ARRVAL_P(map), worker_id) : NULL;
	if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
		zend_ulong k;
		zend_string *sk;
		zval *v;
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(slots), k, sk, v) {
			if (Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) == pid : zval_get_long(v) == pid) {
				if (sk) {
					RETURN_STR_COPY(sk);
				}
				RETURN_LONG((zend_long) k);
			}
		} ZEND_HASH_FOREACH_END();
	}
	RETURN_FALSE;
}

ZEND_METHOD(Workerman_Worker, getCurrentUser)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_current_user());
}

ZEND_METHOD(Workerman_Worker, getVersionLine)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_process_version_line());
}

/* The status view from Worker::$statisticsFile, as the `status` command prints it. */
ZEND_METHOD(Workerman_Worker, formatProcessStatusData)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable current;
	zend_hash_init(&current, 8, NULL, NULL, 0);
	zend_string *text = wm_format_status(NULL, &current);
	zend_hash_destroy(&current);
	RETURN_STR(text);
}

/* The connections view: the content of Worker::$connectionsFile ('' if it cannot be read). */
ZEND_METHOD(Workerman_Worker, formatConnectionStatusData)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *file = wm_process_sprop_str("connectionsFile");
	php_stream *s = ZSTR_LEN(file) ? php_stream_open_wrapper(ZSTR_VAL(file), "r", 0, NULL) : NULL;
	if (!s) {
		RETURN_EMPTY_STRING();
	}
	zend_string *content = php_stream_copy_to_mem(s, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(s);
	if (!content) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR(content);
}

/* In a worker process: its loop watches the worker signals again (stop, reload, status). */
ZEND_METHOD(Workerman_Worker, reinstallSignal)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *global = wm_process_sprop("globalEvent");
	wm_loop *loop = global ? wm_loop_from_zval(global) : NULL;
	if (loop && !wm_process_is_master()) {
		wm_process_child_install_signals(loop);
	}
}

/* What the master and the worker processes do on a signal: stop, graceful stop, reload, status,
 * connections. */
ZEND_METHOD(Workerman_Worker, signalHandler)
{
	zend_long sig;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();
	wm_process_handle_signal((int) sig);
}

/* Upstream's names for the signals it handles, else the number. */
ZEND_METHOD(Workerman_Worker, getSignalName)
{
	zend_long sig;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();
	switch (sig) {
		case SIGINT: case SIGTERM: case SIGHUP: case SIGTSTP: case SIGQUIT:
		case SIGUSR1: case SIGUSR2: case SIGIOT: case SIGIO: {
			char buf[16];
			RETURN_STRING(wm_process_signal_name((int) sig, buf, sizeof(buf)));
		}
		default:
			RETURN_STR(zend_long_to_str(sig));
	}
}

ZEND_METHOD(Workerman_Worker, forkWorkersForLinux)
{
	ZEND_MN(Workerman_Worker_forkWorkers)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* One more process of `$worker` in a free id slot (none free: nothing, as upstream). */
ZEND_METHOD(Workerman_Worker, forkOneWorkerForLinux)
{
	zend_object *worker;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS(worker, wm_ce_Worker)
	ZEND_PARSE_PARAMETERS_END();
	zval *id = wm_prop(worker, wm_worker_slot_worker_id);
	zval *map = wm_process_sprop("idMap");
	zval *slots = Z_TYPE_P(id) == IS_STRING && map && Z_TYPE_P(map) == IS_ARRAY
		? zend_hash_find(Z_ARRVAL_P(map), Z_STR_P(id)) : NULL;
	if (!slots || Z_TYPE_P(slots) != IS_ARRAY) {
		return;
	}
	bool free_slot = false;
	zval *v;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(slots), v) {
		if (zval_get_long(v) == 0) {
			free_slot = true;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	if (!free_slot) {
		return;
	}
	zend_string *worker_id = zend_string_copy(Z_STR_P(id));
	GC_ADDREF(worker);
	wm_fork_one(worker_id, worker);
	OBJ_RELEASE(worker);
	zend_string_release(worker_id);
}

ZEND_METHOD(Workerman_Worker, setProcessTitle)
{
	zend_string *title;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(title)
	ZEND_PARSE_PARAMETERS_END();
	wm_process_set_title(ZSTR_VAL(title));
}

ZEND_METHOD(Workerman_Worker, monitorWorkersForLinux)
{
	ZEND_MN(Workerman_Worker_monitorWorkers)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Worker, exitAndClearAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_exit_and_clear_all();
}

/* In the master: restart the reloadable processes (Worker::$pidsToRestart) one by one and signal
 * the others; in a worker process: onWorkerReload, then a stop if it is reloadable. */
ZEND_METHOD(Workerman_Worker, reload)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_process_is_master()) {
		wm_process_master_reload();
	} else {
		wm_process_child_reload();
	}
}

/* Every worker process's pid, as [pid => pid]. */
ZEND_METHOD(Workerman_Worker, getAllWorkerPids)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval pids, *p;
	wm_process_all_pids(&pids);
	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL(pids)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), p) {
		add_index_long(return_value, Z_LVAL_P(p), Z_LVAL_P(p));
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

ZEND_METHOD(Workerman_Worker, checkIfChildRunning)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_prune_dead_children();
}

ZEND_METHOD(Workerman_Worker, getUiColumnLength)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *key = zval_get_string(name);
	RETVAL_LONG(wm_process_ui_length(key));
	zend_string_release(key);
}

ZEND_METHOD(Workerman_Worker, writeStatisticsToStatusFile)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_process_is_master()) {
		wm_process_write_status_master();
	} else {
		wm_process_write_status_child();
	}
}

ZEND_METHOD(Workerman_Worker, writeConnectionsStatisticsToStatusFile)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_process_is_master()) {
		wm_process_write_connections_master();
	} else {
		wm_process_write_connections_child();
	}
}

ZEND_METHOD(Workerman_Worker, checkErrors)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_process_check_errors();
}

/* Worker::ERROR_TYPE[$type] ?? '' */
ZEND_METHOD(Workerman_Worker, getErrorType)
{
	zend_long type;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(type)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_constant *c = zend_hash_str_find_ptr(&wm_ce_Worker->constants_table, ZEND_STRL("ERROR_TYPE"));
	zval *name = c && Z_TYPE(c->value) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(c->value), type) : NULL;
	if (name && Z_TYPE_P(name) == IS_STRING) {
		RETURN_STR_COPY(Z_STR_P(name));
	}
	RETURN_EMPTY_STRING();
}

ZEND_METHOD(Workerman_Worker, parseSocketAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *address = wm_worker_parse_socket_address(Z_OBJ_P(ZEND_THIS));
	if (address) {
		RETURN_STR(address);
	}
	RETURN_NULL();
}

ZEND_METHOD(Workerman_Worker, checkMasterIsAlive)
{
	zend_long pid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(pid)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(pid > 0 && pid <= INT_MAX && wm_master_is_alive((pid_t) pid));
}
