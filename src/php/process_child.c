/* SPDX-License-Identifier: MIT */
/* A worker process: its main after fork() (leaving the master's state, its own loop and signal
 * watchers, run()), stopAll() in a child (the 10 ms stop check), reload in a child, the signal
 * callback of its loop, the graceful stop's "remains N connection(s)" log and upstream's
 * checkErrors() at shutdown. */

#include "php/process_impl.h"
#include "core/fiber.h"
#include "php/events.h"
#include "php/timer.h"
#include "php/connection.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include <signal.h>
#include <unistd.h>

/* ---- main ---------------------------------------------------------------------------------- */

static void wm_child_signal(int signo, void *arg)
{
	wm_process_on_signal(signo);
	if (EG(exception) && !wm_exception_is_exit()) {
		zend_object *ex = wm_exception_take();
		wm_log_throwable(ex);
		OBJ_RELEASE(ex);
	}
}

/* reinstallSignal(): this process's loop watches the signals of a worker process (a watcher
 * replaces the one before it for the same signal). */
void wm_process_child_install_signals(wm_loop *loop)
{
	static const int child_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2, SIGIOT, SIGIO};
	for (size_t i = 0; i < sizeof(child_signals) / sizeof(child_signals[0]); i++) {
		wm_loop_watch_signal_native(loop, child_signals[i], wm_child_signal, NULL);
	}
}

void wm_process_child_main(zend_object *worker, zend_long id)
{
	wm_master *m = wm_process_master();
	zval fn, ret, zv;

	WM_G(in_child) = true;
	wm_process_restart_child_init(m);
	ZVAL_STRING(&fn, "mt_srand");
	call_user_function(NULL, NULL, &fn, &ret, 0, NULL);
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&ret);

	wm_process_sprop_set_bool("gracefulStop", false);
	if (wm_process_status() == WM_STATUS_W_STARTING) {
		wm_call_static(wm_process_scope(), "resetstd", sizeof("resetstd") - 1, NULL, 0, NULL);
		if (EG(exception)) {
			return;
		}
	}
	zval empty;
	array_init(&empty);
	wm_process_sprop_set("pidsToRestart", &empty);
	wm_process_sprop_set("pidMap", &empty);
	zval_ptr_dtor(&empty);

	/* Only this worker stays registered; the others' inherited listeners are closed. */
	HashTable *workers = wm_process_workers();
	if (workers) {
		zval *w;
		zend_string *key;
		HashTable *copy = zend_array_dup(workers);
		ZEND_HASH_FOREACH_STR_KEY_VAL(copy, key, w) {
			if (Z_TYPE_P(w) == IS_OBJECT && Z_OBJ_P(w) != worker) {
				wm_call_method(Z_OBJ_P(w), "unlisten", sizeof("unlisten") - 1, NULL, 0, NULL);
				zval *reg = wm_process_sprop("workers");
				if (reg && Z_TYPE_P(reg) == IS_ARRAY && key) {
					SEPARATE_ARRAY(reg);
					zend_hash_del(Z_ARRVAL_P(reg), key);
				}
			}
		} ZEND_HASH_FOREACH_END();
		zend_array_destroy(copy);
	}

	wm_process_master_free_base(m, true);
	wm_call_static(wm_ce_Timer, "delall", sizeof("delall") - 1, NULL, 0, NULL);
	wm_process_set_status(WM_STATUS_W_RUNNING);

	/* The event loop of this process. */
	zval *global = wm_process_sprop("globalEvent");
	if (!global || Z_TYPE_P(global) != IS_OBJECT) {
		zend_string *cls = NULL;
		zval *el = wm_prop(worker, wm_worker_slot_event_loop);
		if (Z_TYPE_P(el) == IS_STRING && Z_STRLEN_P(el)) {
			cls = Z_STR_P(el);
		} else {
			cls = wm_process_sprop_str("eventLoopClass");
		}
		zend_class_entry *ce = ZSTR_LEN(cls) ? zend_lookup_class(cls) : NULL;
		if (!ce || !instanceof_function(ce, wm_ce_Event)) {
			zend_class_entry *use = ce ? wm_process_coroutine_loop(ce->name) : NULL;
			if (use) {
				wm_process_sprop_set_str("eventLoopClass", zend_string_copy(use->name));
			} else {
				use = wm_ce_Event;
				if (ce) {
					wm_logf("Warning: event loop %s is not available in the native runtime; using %s",
						ZSTR_VAL(ce->name), ZSTR_VAL(use->name));
				}
			}
			ce = use;
		}
		object_init_ex(&zv, ce);
		wm_process_sprop_set("globalEvent", &zv);
		zval_ptr_dtor(&zv);
		global = wm_process_sprop("globalEvent");
	}
	wm_loop *loop = wm_loop_from_zval(global);
	if (!loop) {
		zend_throw_exception(spl_ce_RuntimeException, "Worker::$globalEvent must be a native event loop", 0);
		return;
	}
	wm_set_process_loop(Z_OBJ_P(global));
	wm_metrics_child_loop(loop);
	wm_fiber_all = instanceof_function(Z_OBJCE_P(global), wm_ce_EventFiber)
		|| instanceof_function(Z_OBJCE_P(global), wm_ce_EventRevolt);

	wm_process_child_install_signals(loop);
	/* Signals that arrived since fork() now reach this process's own handlers. */
	sigprocmask(SIG_SETMASK, &m->child_sigmask, NULL);
	wm_call_static(wm_ce_Timer, "init", sizeof("init") - 1, NULL, 1, global);

	zval sn;
	wm_call_method(worker, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
	zend_string *name = zval_get_string(wm_prop(worker, wm_worker_slot_name));
	zend_string *title = zend_strpprintf(0, "WorkerMan: worker process  %s %s", ZSTR_VAL(name),
		Z_TYPE(sn) == IS_STRING ? Z_STRVAL(sn) : "none");
	wm_process_set_title(ZSTR_VAL(title));
	zend_string_release(title);
	zend_string_release(name);
	zval_ptr_dtor(&sn);

	/* Until onWorkerStart has returned (run() moves the phase on), a failure is a failed start:
	 * the process exits with 250 and the master restarts it after a back-off. */
	m->start_phase = "setUserAndGroup()";
	wm_call_method(worker, "setuserandgroup", sizeof("setuserandgroup") - 1, NULL, 0, NULL);
	ZVAL_LONG(&zv, id);
	wm_prop_set(worker, wm_worker_slot_id, &zv);
	static const char phase_run[] = "run()";
	if (!EG(exception)) {
		m->start_phase = phase_run;
		wm_call_method(worker, "run", sizeof("run") - 1, NULL, 0, NULL);
	}
	if (EG(exception) && !wm_exception_is_exit()) {
		zend_object *ex = wm_exception_take();
		if (!wm_process_start_failed(ex)) {
			wm_log_throwable(ex);
		}
		OBJ_RELEASE(ex);
	}
	if (m->start_phase == phase_run) {
		m->start_phase = NULL;   /* no onWorkerStart still running in a suspended Fiber */
	}
	if (!EG(exception)) {
		wm_loop_run(loop);
	}
	if (!EG(exception)) {
		if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
			wm_logf("Exception: event-loop exited");
			wm_process_exit(250);
		} else {
			wm_process_exit(m->exit_code);
		}
	}
}

/* ---- stop ---------------------------------------------------------------------------------- */

/* The child's stop check (upstream's 10 ms repeating timer in stopAll()). */
static void wm_child_stop_check(void *arg)
{
	wm_master *m = arg;
	bool graceful = wm_process_graceful();
	bool all_closed = true;

	if (!graceful) {
		HashTable *workers = wm_process_workers();
		zval *w;
		if (workers) {
			ZEND_HASH_FOREACH_VAL(workers, w) {
				if (Z_TYPE_P(w) != IS_OBJECT) {
					continue;
				}
				zval *conns = wm_prop(Z_OBJ_P(w), wm_worker_slot_connections);
				if (Z_TYPE_P(conns) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(conns)) == 0) {
					continue;
				}
				all_closed = false;
				zval copy, *conn;
				ZVAL_COPY(&copy, conns);
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL(copy), conn) {
					if (Z_TYPE_P(conn) == IS_OBJECT && instanceof_function(Z_OBJCE_P(conn), wm_ce_TcpConnection) &&
						wm_rbuf_len(&Z_WM_CONN_P(conn)->net.rbuf) == 0) {
						wm_call_method(Z_OBJ_P(conn), "close", sizeof("close") - 1, NULL, 0, NULL);
						if (EG(exception)) {
							break;
						}
					}
				} ZEND_HASH_FOREACH_END();
				zval_ptr_dtor(&copy);
			} ZEND_HASH_FOREACH_END();
		}
	}
	if (EG(exception)) {
		if (WM_G(loop)) {
			wm_loop_stop(WM_G(loop));
		}
		return;
	}
	if ((!graceful && all_closed) || wm_stat_get("connection_count", sizeof("connection_count") - 1) <= 0) {
		if (WM_G(loop)) {
			wm_loop_stop(WM_G(loop));
		}
		wm_process_exit(m->exit_code);
	}
}

void wm_process_child_stop_all(zend_long code, zval *log)
{
	wm_master *m = wm_process_master();
	if (code && log && zend_is_true(log)) {
		if (Z_TYPE_P(log) == IS_OBJECT && instanceof_function(Z_OBJCE_P(log), zend_ce_throwable)) {
			wm_log_throwable(Z_OBJ_P(log));
		} else {
			zend_string *s = zval_get_string(log);
			wm_log(ZSTR_VAL(s), ZSTR_LEN(s));
			zend_string_release(s);
		}
	}
	HashTable *workers = wm_process_workers();
	if (workers) {
		zval *w;
		ZEND_HASH_REVERSE_FOREACH_VAL(workers, w) {
			if (Z_TYPE_P(w) == IS_OBJECT) {
				zval f;
				ZVAL_FALSE(&f);
				wm_call_method(Z_OBJ_P(w), "stop", sizeof("stop") - 1, NULL, 1, &f);
				if (EG(exception)) {
					return;
				}
			}
		} ZEND_HASH_FOREACH_END();
	}
	m->exit_code = code;
	wm_loop *loop = WM_G(loop);
	if (!loop) {
		wm_process_exit(code);
		return;
	}
	if (!m->child_stop) {
		m->child_stop = wm_loop_timer_add_native(loop, 0.01, wm_child_stop_check, m, true);
	}
}

/* While a child stops gracefully, upstream's TcpConnection destructor logs how many connections
 * remain, at about every third of the number it had (the process exits once none remain). Only
 * in a stopping process: upstream also does it after a graceful reload of a reloadable=false
 * worker (whose gracefulStop flag stays set), and then even stops that worker. */
void wm_process_connection_gone(void)
{
	if (!WM_G(in_child) || !wm_process_graceful() || wm_process_status() != WM_STATUS_W_SHUTDOWN) {
		return;
	}
	wm_master *m = wm_process_master();
	zend_long count = wm_stat_get("connection_count", sizeof("connection_count") - 1);
	if (!m->remains_mod) {
		m->remains_mod = (count + 3) / 3;   /* ceil((count + 1) / 3) */
	}
	if (count % m->remains_mod == 0) {
		wm_logf("worker[%d] remains " ZEND_LONG_FMT " connection(s)", (int) getpid(), count);
	}
}

/* The name of the last error's type when it ended the script (E_ERROR, E_PARSE, ...), else NULL. */
const char *wm_process_fatal_type(void)
{
	switch (PG(last_error_type)) {
		case E_ERROR: return "E_ERROR";
		case E_PARSE: return "E_PARSE";
		case E_CORE_ERROR: return "E_CORE_ERROR";
		case E_COMPILE_ERROR: return "E_COMPILE_ERROR";
		case E_RECOVERABLE_ERROR: return "E_RECOVERABLE_ERROR";
	}
	return NULL;
}

/* Upstream's checkErrors() shutdown function of worker processes: a worker process that ends
 * without having been stopped (exit() in user code, a fatal error) says so in the log. */
void wm_process_check_errors(void)
{
	wm_process_start_check_exit();
	if (!WM_G(in_child) || wm_process_status() == WM_STATUS_W_SHUTDOWN) {
		return;
	}
	const char *type = wm_process_fatal_type();
	if (type && PG(last_error_message)) {
		wm_logf("Worker[%d] process terminated with ERROR: %s \"%s in %s on line %d\"", (int) getpid(), type,
			ZSTR_VAL(PG(last_error_message)), PG(last_error_file) ? ZSTR_VAL(PG(last_error_file)) : "Unknown",
			PG(last_error_lineno));
	} else {
		wm_logf("Worker[%d] process terminated", (int) getpid());
	}
}

/* ---- reload -------------------------------------------------------------------------------- */

void wm_process_child_reload(void)
{
	HashTable *workers = wm_process_workers();
	zval *w = NULL;
	if (workers) {
		ZEND_HASH_FOREACH_VAL(workers, w) {
			break;
		} ZEND_HASH_FOREACH_END();
	}
	if (!w || Z_TYPE_P(w) != IS_OBJECT) {
		return;
	}
	zend_object *worker = Z_OBJ_P(w);
	GC_ADDREF(worker);
	zval *cb = wm_prop(worker, wm_worker_slot_on_worker_reload);
	if (wm_is_set(cb)) {
		zval func, self;
		ZVAL_COPY(&func, cb);
		ZVAL_OBJ(&self, worker);
		wm_call(&func, NULL, 1, &self);
		zval_ptr_dtor(&func);
		wm_log_pending_exception();
	}
	if (!EG(exception) && zend_is_true(wm_prop(worker, wm_worker_slot_reloadable))) {
		wm_process_set_status(WM_STATUS_W_SHUTDOWN);
		wm_process_child_stop_all(0, NULL);
	} else if (!EG(exception)) {
		wm_call_static(wm_process_scope(), "resetstd", sizeof("resetstd") - 1, NULL, 0, NULL);
	}
	OBJ_RELEASE(worker);
}
