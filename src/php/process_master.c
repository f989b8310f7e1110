/* SPDX-License-Identifier: MIT */
/* The master process: its libevent base (signals, SIGCHLD, 1-second tick; installSignal), the
 * fork of worker processes (forkWorkers), the monitor loop (monitorWorkers: acting on signals,
 * reaping and restarting children, master-mode timers), stopAll() and reload in the master, and
 * the delayed kill() calls they schedule.
 *
 * Forks happen only outside libevent callbacks (callbacks set flags; the monitor loop acts on
 * them), so a child never returns into the master's event loop. A child leaves the master's
 * base behind (event_reinit + free) and builds its own loop (process_child.c). */

#include "php/process_impl.h"
#include "php/timer.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static const int wm_master_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2, SIGIOT, SIGIO, SIGCHLD};

/* ---- signals ------------------------------------------------------------------------------- */

static void wm_master_on_signal(evutil_socket_t signo, short what, void *arg)
{
	wm_master *m = arg;
	m->pending |= (uint64_t) 1 << signo;
}

static void wm_master_on_tick(evutil_socket_t fd, short what, void *arg)
{
	/* Acted on by the monitor loop after the iteration (master-mode timers, liveness checks). */
}

ZEND_METHOD(Workerman_Worker, installSignal)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_master *m = wm_process_master();
	if (m->base) {
		wm_metrics_master_start(m->base); /* a call that threw for the endpoint tries it again */
		return;
	}
	struct event_config *cfg = event_config_new();
	event_config_set_flag(cfg, EVENT_BASE_FLAG_NOLOCK);
	m->base = event_base_new_with_config(cfg);
	event_config_free(cfg);
	if (!m->base) {
		zend_throw_exception(spl_ce_RuntimeException, "libevent could not create the master's event base", 0);
		return;
	}
	for (size_t i = 0; i < sizeof(wm_master_signals) / sizeof(wm_master_signals[0]); i++) {
		int sig = wm_master_signals[i];
		m->sig_events[sig] = evsignal_new(m->base, sig, wm_master_on_signal, m);
		event_add(m->sig_events[sig], NULL);
	}
	signal(SIGPIPE, SIG_IGN);
	struct timeval tv = {1, 0};
	m->tick = event_new(m->base, -1, EV_PERSIST, wm_master_on_tick, m);
	event_add(m->tick, &tv);
	wm_metrics_master_start(m->base);
}

/* ---- delayed kills, the end of the base ---------------------------------------------------- */

/* A kill() to send later (SIGINT after a second, SIGKILL after stopTimeout). */
struct _wm_kill_task {
	struct event ev;
	wm_master *master;
	wm_kill_task *next;
	pid_t pid;
	int sig;
};

static void wm_kill_task_unlink(wm_kill_task *t)
{
	wm_kill_task **pp = &t->master->kills;
	while (*pp && *pp != t) {
		pp = &(*pp)->next;
	}
	if (*pp) {
		*pp = t->next;
	}
}

static void wm_delayed_kill(evutil_socket_t fd, short what, void *arg)
{
	wm_kill_task *t = arg;
	kill(t->pid, t->sig);
	wm_kill_task_unlink(t);
	efree(t);
}

static void wm_kill_tasks_free(wm_master *m)
{
	while (m->kills) {
		wm_kill_task *t = m->kills;
		m->kills = t->next;
		event_del(&t->ev);
		efree(t);
	}
}

static void wm_schedule_kill(wm_master *m, pid_t pid, int sig, double seconds)
{
	if (!m->base) {
		kill(pid, sig);
		return;
	}
	wm_kill_task *t = ecalloc(1, sizeof(*t));
	t->master = m;
	t->pid = pid;
	t->sig = sig;
	t->next = m->kills;
	m->kills = t;
	struct timeval tv;
	wm_seconds_to_tv(seconds, &tv);
	evtimer_assign(&t->ev, m->base, wm_delayed_kill, t);
	evtimer_add(&t->ev, &tv);
}

/* Frees the master's event base. In a child, after event_reinit() so that the parent's epoll
 * registrations and signal pipe are left untouched. */
void wm_process_master_free_base(wm_master *m, bool in_child)
{
	if (!m->base) {
		return;
	}
	if (in_child) {
		event_reinit(m->base);
	}
	for (int sig = 0; sig < NSIG; sig++) {
		if (m->sig_events[sig]) {
			event_free(m->sig_events[sig]);
			m->sig_events[sig] = NULL;
		}
	}
	if (m->tick) {
		event_free(m->tick);
		m->tick = NULL;
	}
	if (m->restart_ev) {
		event_free(m->restart_ev);
		m->restart_ev = NULL;
	}
	wm_kill_tasks_free(m);
	wm_metrics_master_free();
	event_base_free(m->base);
	m->base = NULL;
	m->pending = 0;
}

/* ---- fork ---------------------------------------------------------------------------------- */

static zval *wm_pid_map(void)
{
	zval *map = wm_process_sprop("pidMap");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		SEPARATE_ARRAY(map);
		return map;
	}
	return NULL;
}

/* Forks one process for `worker`. Returns in the parent; in the child it runs the worker and
 * returns only once the child is exiting (with exit() pending in EG(exception)). */
void wm_fork_one(zend_string *worker_id, zend_object *worker)
{
	zval *id_map = wm_process_sprop("idMap");
	zend_long id = 0;
	if (id_map && Z_TYPE_P(id_map) == IS_ARRAY) {
		zval *slots = zend_hash_find(Z_ARRVAL_P(id_map), worker_id);
		if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
			zend_ulong k;
			zval *v;
			bool found = false;
			ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(slots), k, v) {
				if (zval_get_long(v) == 0) {
					id = (zend_long) k;
					found = true;
					break;
				}
			} ZEND_HASH_FOREACH_END();
			if (!found) {
				id = zend_hash_num_elements(Z_ARRVAL_P(slots));
			}
		}
	}

	/* The child inherits the master's libevent signal handlers, which write to the master's
	 * signal pipe: a signal reaching the child before it has its own handlers would be taken for
	 * one sent to the master. The child unblocks them once its loop watches them. */
	wm_master *m = wm_process_master();
	sigset_t block;
	sigemptyset(&block);
	for (size_t i = 0; i < sizeof(wm_master_signals) / sizeof(wm_master_signals[0]); i++) {
		sigaddset(&block, wm_master_signals[i]);
	}
	sigprocmask(SIG_BLOCK, &block, &m->child_sigmask);
	wm_process_restart_before_fork(m);
	fflush(stdout);
	int mslot = wm_metrics_slot_before_fork(worker_id, id);
	pid_t pid = fork();
	if (pid != 0) {
		sigprocmask(SIG_SETMASK, &m->child_sigmask, NULL);
	}
	if (pid < 0) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "forkOneWorker fail: %s", strerror(errno));
		return;
	}
	if (pid > 0) {
		wm_metrics_slot_forked(mslot, pid);
		zval *map = wm_pid_map();
		if (map) {
			zval *pids = zend_hash_find(Z_ARRVAL_P(map), worker_id);
			if (!pids) {
				zval arr;
				array_init(&arr);
				pids = zend_hash_update(Z_ARRVAL_P(map), worker_id, &arr);
			}
			SEPARATE_ARRAY(pids);
			add_index_long(pids, pid, pid);
		}
		id_map = wm_process_sprop("idMap");
		if (id_map && Z_TYPE_P(id_map) == IS_ARRAY) {
			SEPARATE_ARRAY(id_map);
			zval *slots = zend_hash_find(Z_ARRVAL_P(id_map), worker_id);
			if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
				SEPARATE_ARRAY(slots);
				add_index_long(slots, id, pid);
			}
		}
		return;
	}
	wm_metrics_child_begin(mslot);
	wm_process_child_main(worker, id);
}

ZEND_METHOD(Workerman_Worker, forkWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable *workers = wm_process_workers();
	if (!workers) {
		return;
	}
	zend_string *worker_id;
	zval *w;
	/* Iterate over a copy: a child shrinks the registry to its own worker. */
	HashTable *copy = zend_array_dup(workers);
	ZEND_HASH_FOREACH_STR_KEY_VAL(copy, worker_id, w) {
		if (!worker_id || Z_TYPE_P(w) != IS_OBJECT) {
			continue;
		}
		zend_object *obj = Z_OBJ_P(w);
		if (wm_process_restart_held(worker_id)) {
			continue;   /* its processes failed to start: forked again once its back-off ends */
		}
		if (wm_process_status() == WM_STATUS_W_STARTING && !zend_is_true(wm_prop(obj, wm_worker_slot_name))) {
			zval sn;
			wm_call_method(obj, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
			wm_prop_set(obj, wm_worker_slot_name, &sn);
		}
		for (;;) {
			zval *map = wm_process_sprop("pidMap");
			zval *pids = (map && Z_TYPE_P(map) == IS_ARRAY) ? zend_hash_find(Z_ARRVAL_P(map), worker_id) : NULL;
			zend_long have = (pids && Z_TYPE_P(pids) == IS_ARRAY) ? zend_hash_num_elements(Z_ARRVAL_P(pids)) : 0;
			if (have >= zval_get_long(wm_prop(obj, wm_worker_slot_count))) {
				break;
			}
			wm_fork_one(worker_id, obj);
			if (EG(exception) || WM_G(in_child)) {
				break;
			}
		}
		if (EG(exception) || WM_G(in_child)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_destroy(copy);
}

/* ---- stop ---------------------------------------------------------------------------------- */

void wm_process_master_stop_all(zend_long code, zval *log)
{
	wm_master *m = wm_process_master();
	if (log && zend_is_true(log)) {
		zend_string *s = zval_get_string(log);
		wm_process_log_master("%s", ZSTR_VAL(s));
		zend_string_release(s);
	}
	if (code) {
		wm_process_log_master("stopping, code [" ZEND_LONG_FMT "]", code);
	} else {
		wm_process_log_master("stopping");
	}
	bool graceful = wm_process_graceful();
	bool daemon = wm_process_sprop_true("daemonize");
	double stop_timeout = ceil((double) zval_get_long(wm_process_sprop("stopTimeout")));
	zval pids, *pid;
	wm_process_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		pid_t p = (pid_t) Z_LVAL_P(pid);
		if (!graceful && !daemon) {
			/* In the foreground Ctrl+C already reached the whole process group. */
			wm_schedule_kill(m, p, SIGINT, 1);
		} else {
			kill(p, graceful ? SIGQUIT : SIGINT);
		}
		if (!graceful) {
			wm_schedule_kill(m, p, SIGKILL, stop_timeout);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

ZEND_METHOD(Workerman_Worker, stopAll)
{
	zend_long code = 0;
	zval *log = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(code)
		Z_PARAM_ZVAL(log)
	ZEND_PARSE_PARAMETERS_END();

	wm_process_set_status(WM_STATUS_W_SHUTDOWN);
	if (wm_process_is_master()) {
		wm_process_master_stop_all(code, log);
	} else {
		wm_process_child_stop_all(code, log);
	}
}

/* Master: unlink unix socket files and the pid file, log, onMasterStop, exit(0). */
void wm_exit_and_clear_all(void)
{
	HashTable *workers = wm_process_workers();
	if (workers) {
		zval *w;
		ZEND_HASH_FOREACH_VAL(workers, w) {
			if (Z_TYPE_P(w) != IS_OBJECT) {
				continue;
			}
			zval *transport = wm_prop(Z_OBJ_P(w), wm_worker_slot_transport);
			zval *name = wm_prop(Z_OBJ_P(w), wm_worker_slot_socket_name);
			if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix") &&
				Z_TYPE_P(name) == IS_STRING) {
				const char *p = strstr(Z_STRVAL_P(name), "://");
				if (p) {
					unlink(p + 3);
				}
			}
		} ZEND_HASH_FOREACH_END();
	}
	zend_string *pid_file = wm_process_sprop_str("pidFile");
	if (ZSTR_LEN(pid_file)) {
		unlink(ZSTR_VAL(pid_file));
	}
	wm_process_log_master("has been stopped");
	zval *cb = wm_process_sprop("onMasterStop");
	if (cb && wm_is_set(cb)) {
		zval func;
		ZVAL_COPY(&func, cb);
		wm_call(&func, NULL, 0, NULL);
		zval_ptr_dtor(&func);
		wm_log_pending_exception();
	}
	wm_process_exit(0);
}

/* ---- reload -------------------------------------------------------------------------------- */

void wm_process_master_reload(void)
{
	wm_master *m = wm_process_master();
	int sig = wm_process_graceful() ? SIGUSR2 : SIGUSR1;
	zval *to_restart = wm_process_sprop("pidsToRestart");

	if (wm_process_status() == WM_STATUS_W_RUNNING) {
		wm_process_log_master("reloading");
		wm_process_set_status(WM_STATUS_W_RELOADING);
		wm_call_static(wm_process_scope(), "resetstd", sizeof("resetstd") - 1, NULL, 0, NULL);
		if (EG(exception)) {
			zend_object *ex = wm_exception_take();
			wm_log_throwable(ex);
			OBJ_RELEASE(ex);
		}
		zval *cb = wm_process_sprop("onMasterReload");
		if (cb && wm_is_set(cb)) {
			zval func;
			ZVAL_COPY(&func, cb);
			wm_call(&func, NULL, 0, NULL);
			zval_ptr_dtor(&func);
			if (EG(exception)) {
				if (wm_exception_is_exit()) {
					return;
				}
				zval ex;
				ZVAL_OBJ(&ex, wm_exception_take());
				wm_process_set_status(WM_STATUS_W_SHUTDOWN);
				wm_process_master_stop_all(250, &ex);
				zval_ptr_dtor(&ex);
				return;
			}
			wm_process_init_id();
		}

		/* Non-reloadable workers only get the signal (onWorkerReload); the others restart one by one. */
		zval reloadable;
		array_init(&reloadable);
		zval *map = wm_process_sprop("pidMap");
		if (map && Z_TYPE_P(map) == IS_ARRAY) {
			zend_string *worker_id;
			zval *pids, *pid;
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
				zend_object *w = worker_id ? wm_process_worker_by_id(worker_id) : NULL;
				if (!w || Z_TYPE_P(pids) != IS_ARRAY) {
					continue;
				}
				bool can_reload = zend_is_true(wm_prop(w, wm_worker_slot_reloadable));
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pids), pid) {
					if (can_reload) {
						add_index_long(&reloadable, zval_get_long(pid), zval_get_long(pid));
					} else {
						kill((pid_t) zval_get_long(pid), sig);
					}
				} ZEND_HASH_FOREACH_END();
			} ZEND_HASH_FOREACH_END();
		}
		to_restart = wm_process_sprop("pidsToRestart");
		zval kept;
		array_init(&kept);
		if (to_restart && Z_TYPE_P(to_restart) == IS_ARRAY) {
			zend_ulong k;
			zval *v;
			ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(to_restart), k, v) {
				if (zend_hash_index_exists(Z_ARRVAL(reloadable), zval_get_long(v))) {
					add_index_long(&kept, k, zval_get_long(v));
				}
			} ZEND_HASH_FOREACH_END();
		}
		wm_process_sprop_set("pidsToRestart", &kept);
		zval_ptr_dtor(&kept);
		zval_ptr_dtor(&reloadable);
		to_restart = wm_process_sprop("pidsToRestart");
	}

	if (!to_restart || Z_TYPE_P(to_restart) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(to_restart)) == 0) {
		if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
			wm_process_set_status(WM_STATUS_W_RUNNING);
		}
		return;
	}
	zval *first = NULL;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(to_restart), first) {
		break;
	} ZEND_HASH_FOREACH_END();
	pid_t p = (pid_t) zval_get_long(first);
	kill(p, sig);
	if (!wm_process_graceful()) {
		wm_schedule_kill(m, p, SIGKILL, (double) zval_get_long(wm_process_sprop("stopTimeout")));
	}
}

/* ---- the monitor loop ---------------------------------------------------------------------- */

static void wm_describe_status(int status, char *buf, size_t len)
{
	char sig[16];
	if (WIFEXITED(status)) {
		snprintf(buf, len, "exit code %d", WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		snprintf(buf, len, "killed by signal %s%s", wm_process_signal_name(WTERMSIG(status), sig, sizeof(sig)),
			WCOREDUMP(status) ? ", core dumped" : "");
	} else {
		snprintf(buf, len, "status %d", status);
	}
}

/* Handles one reaped child. Returns false if this process is now a child (fork happened). */
static bool wm_reap(pid_t pid, int status)
{
	zval *map = wm_process_sprop("pidMap");
	zend_string *owner = NULL;
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		zval *pids;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
			if (worker_id && Z_TYPE_P(pids) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(pids), pid)) {
				owner = zend_string_copy(worker_id);
				break;
			}
		} ZEND_HASH_FOREACH_END();
	}
	wm_metrics_reaped(pid);
	if (owner) {
		zend_object *w = wm_process_worker_by_id(owner);
		if (status == SIGINT && wm_process_status() == WM_STATUS_W_SHUTDOWN) {
			status = 0;
		}
		const wm_restart_info *ri = wm_process_restart_info(owner);
		uint32_t failures_before = ri ? ri->failures : 0;
		if (w) {
			GC_ADDREF(w);
			if (status != 0) {
				char why[64];
				wm_describe_status(status, why, sizeof(why));
				zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
				wm_logf("worker[%s:%d] exit with status %d (%s)", ZSTR_VAL(name), (int) pid, status, why);
				zend_string_release(name);
			}
			zval *cb = wm_process_sprop("onWorkerExit");
			if (cb && wm_is_set(cb)) {
				zval func, args[3];
				ZVAL_COPY(&func, cb);
				ZVAL_OBJ(&args[0], w);
				ZVAL_LONG(&args[1], status);
				ZVAL_LONG(&args[2], pid);
				wm_call(&func, NULL, 3, args);
				zval_ptr_dtor(&func);
				if (EG(exception) && !wm_exception_is_exit()) {
					zend_object *ex = wm_exception_take();
					zval exz, str;
					ZVAL_OBJ(&exz, ex);
					ZVAL_STR(&str, zval_get_string(&exz));
					zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
					wm_logf("worker[%s] onWorkerExit %s", ZSTR_VAL(name), Z_STRVAL(str));
					zend_string_release(name);
					zval_ptr_dtor(&str);
					OBJ_RELEASE(ex);
				}
			}
			wm_process_restart_on_reap(owner, w, pid);
			OBJ_RELEASE(w);
		}
		if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
			/* It is forked again: counted by cause for the metrics endpoint. A start that failed
			 * (reported by the child, see process_restart.c) is "start_failed". */
			char cause[48];
			ri = wm_process_restart_info(owner);
			wm_metrics_count_restart(owner, ri && ri->failures != failures_before ? "start_failed"
				: wm_metrics_exit_cause(status, cause, sizeof(cause)));
		}

		/* globalStatistics['worker_exit_info'][$workerId][$status]++ */
		zval *gs = wm_process_sprop("globalStatistics");
		if (gs && Z_TYPE_P(gs) == IS_ARRAY) {
			SEPARATE_ARRAY(gs);
			zval *ei = zend_hash_str_find(Z_ARRVAL_P(gs), "worker_exit_info", sizeof("worker_exit_info") - 1);
			if (!ei) {
				zval arr;
				array_init(&arr);
				ei = zend_hash_str_update(Z_ARRVAL_P(gs), "worker_exit_info", sizeof("worker_exit_info") - 1, &arr);
			}
			SEPARATE_ARRAY(ei);
			zval *mine = zend_hash_find(Z_ARRVAL_P(ei), owner);
			if (!mine) {
				zval arr;
				array_init(&arr);
				mine = zend_hash_update(Z_ARRVAL_P(ei), owner, &arr);
			}
			SEPARATE_ARRAY(mine);
			zval *cnt = zend_hash_index_find(Z_ARRVAL_P(mine), status);
			if (cnt) {
				ZVAL_LONG(cnt, zval_get_long(cnt) + 1);
			} else {
				add_index_long(mine, status, 1);
			}
		}

		map = wm_pid_map();
		zval *pids = map ? zend_hash_find(Z_ARRVAL_P(map), owner) : NULL;
		if (pids && Z_TYPE_P(pids) == IS_ARRAY) {
			SEPARATE_ARRAY(pids);
			zend_hash_index_del(Z_ARRVAL_P(pids), pid);
		}
		zval *id_map = wm_process_sprop("idMap");
		if (id_map && Z_TYPE_P(id_map) == IS_ARRAY) {
			SEPARATE_ARRAY(id_map);
			zval *slots = zend_hash_find(Z_ARRVAL_P(id_map), owner);
			if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
				SEPARATE_ARRAY(slots);
				zval *v;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(slots), v) {
					if (zval_get_long(v) == pid) {
						ZVAL_LONG(v, 0);
						break;
					}
				} ZEND_HASH_FOREACH_END();
			}
		}
		zend_string_release(owner);
	}

	if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
		wm_call_static(wm_process_scope(), "forkworkers", sizeof("forkworkers") - 1, NULL, 0, NULL);
		if (WM_G(in_child) || EG(exception)) {
			return false;
		}
		zval *to_restart = wm_process_sprop("pidsToRestart");
		if (to_restart && Z_TYPE_P(to_restart) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(to_restart), pid)) {
			SEPARATE_ARRAY(to_restart);
			zend_hash_index_del(Z_ARRVAL_P(to_restart), pid);
			wm_process_reload(); /* static::reload(), as upstream's monitor does */
		}
	}
	return !EG(exception);
}

/* During shutdown: forget children that no longer exist (upstream's checkIfChildRunning). */
void wm_prune_dead_children(void)
{
	zval *map = wm_process_sprop("pidMap");
	if (!map || Z_TYPE_P(map) != IS_ARRAY) {
		return;
	}
	zval pids, *pid;
	wm_process_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		if (kill((pid_t) Z_LVAL_P(pid), 0) != 0 && errno == ESRCH) {
			map = wm_pid_map();
			zval *list;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), list) {
				if (Z_TYPE_P(list) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(list), Z_LVAL_P(pid))) {
					SEPARATE_ARRAY(list);
					zend_hash_index_del(Z_ARRVAL_P(list), Z_LVAL_P(pid));
				}
			} ZEND_HASH_FOREACH_END();
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

ZEND_METHOD(Workerman_Worker, monitorWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_master *m = wm_process_master();
	if (!m->base) {
		zend_throw_exception(spl_ce_RuntimeException, "installSignal() did not run: the master has no event loop", 0);
		return;
	}
	if (!m->scope) {
		m->scope = wm_process_called_scope(execute_data);
	}
	wm_process_set_status(WM_STATUS_W_RUNNING);
	time_t last_tick = time(NULL);

	for (;;) {
		if (!m->pending) {
			event_base_loop(m->base, EVLOOP_ONCE);
		}
		uint64_t pending = m->pending;
		m->pending = 0;
		for (int sig = 1; sig < 64; sig++) {
			if (!(pending & ((uint64_t) 1 << sig)) || sig == SIGCHLD) {
				continue;
			}
			wm_process_on_signal(sig);
			if (wm_log_pending_exception()) {
				return;
			}
		}

		int status;
		pid_t pid;
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
			if (!wm_reap(pid, status)) {
				if (EG(exception) && !wm_exception_is_exit() && !WM_G(in_child)) {
					zend_object *ex = wm_exception_take();
					wm_log_throwable(ex);
					OBJ_RELEASE(ex);
					continue;
				}
				return; /* we are a child now, or exiting */
			}
		}

		if (wm_process_restart_due() && wm_process_status() != WM_STATUS_W_SHUTDOWN) {
			wm_call_static(wm_process_scope(), "forkworkers", sizeof("forkworkers") - 1, NULL, 0, NULL);
			if (WM_G(in_child) || wm_log_pending_exception()) {
				return;   /* we are a child now, or exiting */
			}
		}

		time_t now = time(NULL);
		if (now != last_tick) {
			last_tick = now;
			wm_timer_master_tick();
			if (EG(exception)) {
				return;
			}
			if (wm_process_status() == WM_STATUS_W_SHUTDOWN) {
				wm_prune_dead_children();
			}
		}

		if (wm_process_status() == WM_STATUS_W_SHUTDOWN && wm_process_child_count() == 0) {
			wm_exit_and_clear_all();
			return;
		}
	}
}
