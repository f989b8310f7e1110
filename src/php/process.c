/* SPDX-License-Identifier: MIT */
/* The process model behind Worker::runAll() (process_impl.h lists its files): what its files
 * share. The state of this process (WM_G(master)), Worker::$status and $gracefulStop, the
 * "Workerman[start file]" log line, exit() from C, the process title, the pid bookkeeping over
 * Worker::$pidMap, upstream's signalHandler() for master and children alike, and the request's
 * end. */

#include "php/process_impl.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"
#include "ext/standard/php_string.h"

#include <signal.h>
#include <unistd.h>

wm_master *wm_process_master(void)
{
	if (!WM_G(master)) {
		wm_master *m = ecalloc(1, sizeof(*m));
		m->lock_fd = -1;
		m->fail_fd[0] = m->fail_fd[1] = -1;
		WM_G(master) = m;
	}
	return WM_G(master);
}

/* ---- Worker::$status, logging, exit, title ------------------------------------------------- */

int wm_process_status(void)
{
	zval *zv = wm_process_sprop("status");
	return zv ? (int) zval_get_long(zv) : 0;
}

bool wm_process_graceful(void)
{
	return wm_process_sprop_true("gracefulStop");
}

zend_string *wm_process_start_basename(void)
{
	zend_string *file = wm_process_sprop_str("startFile");
	return php_basename(ZSTR_VAL(file), ZSTR_LEN(file), NULL, 0);
}

/* Logs "Workerman[<start file>] <msg>". */
void wm_process_log_master(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	zend_string *base = wm_process_start_basename();
	wm_logf("Workerman[%s] %s", ZSTR_VAL(base), ZSTR_VAL(msg));
	zend_string_release(base);
	zend_string_release(msg);
}

/* exit($code) from C: unwinds the PHP stack and ends the script like exit() would. */
void wm_process_exit(zend_long code)
{
	if (EG(exception)) {
		return;
	}
	EG(exit_status) = (int) code;
	if (EG(current_execute_data)) {
		zend_throw_unwind_exit();
	}
}

void wm_process_set_title(const char *title)
{
	zval fn, arg, ret;
	if (!zend_hash_str_exists(CG(function_table), "cli_set_process_title", sizeof("cli_set_process_title") - 1)) {
		return;
	}
	ZVAL_STRING(&fn, "cli_set_process_title");
	ZVAL_STRING(&arg, title);
	int old = EG(error_reporting);
	EG(error_reporting) = 0;
	call_user_function(NULL, NULL, &fn, &ret, 1, &arg);
	EG(error_reporting) = old;
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&fn);
}

/* ---- request shutdown, signal names -------------------------------------------------------- */

void wm_process_rshutdown(void)
{
	wm_process_check_errors();
	wm_master *m = WM_G(master);
	if (!m) {
		return;
	}
	wm_process_master_free_base(m, false);
	wm_process_restart_free(m);
	if (m->lock_fd >= 0) {
		close(m->lock_fd);
	}
	efree(m);
	WM_G(master) = NULL;
}

const char *wm_process_signal_name(int sig, char *buf, size_t len)
{
	switch (sig) {
		case SIGINT: return "SIGINT";
		case SIGTERM: return "SIGTERM";
		case SIGHUP: return "SIGHUP";
		case SIGTSTP: return "SIGTSTP";
		case SIGQUIT: return "SIGQUIT";
		case SIGUSR1: return "SIGUSR1";
		case SIGUSR2: return "SIGUSR2";
		case SIGIOT: return "SIGIOT";
		case SIGIO: return "SIGIO";
		case SIGKILL: return "SIGKILL";
		case SIGSEGV: return "SIGSEGV";
		case SIGBUS: return "SIGBUS";
		case SIGFPE: return "SIGFPE";
		case SIGILL: return "SIGILL";
		case SIGPIPE: return "SIGPIPE";
		case SIGALRM: return "SIGALRM";
		default:
			snprintf(buf, len, "%d", sig);
			return buf;
	}
}

/* ---- pid bookkeeping ----------------------------------------------------------------------- */

uint32_t wm_process_child_count(void)
{
	zval *map = wm_process_sprop("pidMap");
	uint32_t n = 0;
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zval *pids;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), pids) {
			if (Z_TYPE_P(pids) == IS_ARRAY) {
				n += zend_hash_num_elements(Z_ARRVAL_P(pids));
			}
		} ZEND_HASH_FOREACH_END();
	}
	return n;
}

/* Collects every child pid into `out` (a packed array of ints). */
void wm_process_all_pids(zval *out)
{
	zval *map = wm_process_sprop("pidMap");
	array_init(out);
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zval *pids, *pid;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), pids) {
			if (Z_TYPE_P(pids) != IS_ARRAY) {
				continue;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pids), pid) {
				add_next_index_long(out, zval_get_long(pid));
			} ZEND_HASH_FOREACH_END();
		} ZEND_HASH_FOREACH_END();
	}
}

zend_object *wm_process_worker_by_id(zend_string *worker_id)
{
	HashTable *workers = wm_process_workers();
	zval *w = workers ? zend_hash_find(workers, worker_id) : NULL;
	return w && Z_TYPE_P(w) == IS_OBJECT ? Z_OBJ_P(w) : NULL;
}

/* ---- signal handling ----------------------------------------------------------------------- */

bool wm_process_overridden(const char *lcname, size_t len)
{
	zend_function *fn = zend_hash_str_find_ptr(&wm_process_scope()->function_table, lcname, len);
	return fn && fn->type == ZEND_USER_FUNCTION;
}

void wm_process_on_signal(int sig)
{
	if (wm_process_overridden(ZEND_STRL("signalhandler"))) {
		zval arg;
		ZVAL_LONG(&arg, sig);
		wm_call_static(wm_process_scope(), "signalhandler", sizeof("signalhandler") - 1, NULL, 1, &arg);
		return;
	}
	wm_process_handle_signal(sig);
}

void wm_process_reload(void)
{
	if (wm_process_overridden(ZEND_STRL("reload"))) {
		wm_call_static(wm_process_scope(), "reload", sizeof("reload") - 1, NULL, 0, NULL);
	} else if (wm_process_is_master()) {
		wm_process_master_reload();
	} else {
		wm_process_child_reload();
	}
}

/* Upstream's signalHandler(), for master and children alike. */
void wm_process_handle_signal(int sig)
{
	char buf[16];
	zval log;
	switch (sig) {
		case SIGINT:
		case SIGTERM:
		case SIGHUP:
		case SIGTSTP:
		case SIGQUIT: {
			wm_process_sprop_set_bool("gracefulStop", sig == SIGQUIT);
			zend_string *msg = zend_strpprintf(0, "received signal %s", wm_process_signal_name(sig, buf, sizeof(buf)));
			ZVAL_STR(&log, msg);
			wm_process_set_status(WM_STATUS_W_SHUTDOWN);
			if (wm_process_is_master()) {
				wm_process_master_stop_all(0, &log);
			} else {
				wm_process_child_stop_all(0, &log);
			}
			zval_ptr_dtor(&log);
			break;
		}
		case SIGUSR1:
		case SIGUSR2:
			if (wm_process_is_master()) {
				int status = wm_process_status();
				if (status == WM_STATUS_W_RELOADING || status == WM_STATUS_W_SHUTDOWN) {
					return;
				}
				wm_process_sprop_set_bool("gracefulStop", sig == SIGUSR2);
				zval pids;
				wm_process_all_pids(&pids);
				zval keyed;
				array_init(&keyed);
				zval *p;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), p) {
					add_index_long(&keyed, Z_LVAL_P(p), Z_LVAL_P(p));
				} ZEND_HASH_FOREACH_END();
				zval_ptr_dtor(&pids);
				wm_process_sprop_set("pidsToRestart", &keyed);
				zval_ptr_dtor(&keyed);
			} else {
				wm_process_sprop_set_bool("gracefulStop", sig == SIGUSR2);
			}
			wm_process_reload();
			break;
		case SIGIOT:
			if (wm_process_is_master()) {
				wm_process_write_status_master();
			} else {
				wm_process_write_status_child();
			}
			break;
		case SIGIO:
			if (wm_process_is_master()) {
				wm_process_write_connections_master();
			} else {
				wm_process_write_connections_child();
			}
			break;
	}
}
