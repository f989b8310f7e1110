/* SPDX-License-Identifier: MIT */
/* Private header of the process model (Worker::runAll()), shared by its files and by nothing else:
 *   process.c         state of the master, logging, exit, pid bookkeeping, the signal dispatcher;
 *   process_cli.c     runAll() and its steps up to the start (command line, daemonize, banner);
 *   process_master.c  the master: signals, fork, monitor loop, stop and reload;
 *   process_child.c   a worker process: its main, stop and reload;
 *   process_status.c  the `status` and `connections` commands and the files behind them;
 *   process_restart.c workers that fail to start: their report, the master's back-off.
 * The rest of L2 uses src/php/process.h. */

#ifndef WM_PHP_PROCESS_IMPL_H
#define WM_PHP_PROCESS_IMPL_H

#include "php/worker.h"
#include "php/process.h"
#include "zend_smart_str.h"

#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

/* Worker::$status values (Worker::STATUS_*). */
#define WM_STATUS_W_INITIAL   0
#define WM_STATUS_W_STARTING  1
#define WM_STATUS_W_RUNNING   2
#define WM_STATUS_W_SHUTDOWN  4
#define WM_STATUS_W_RELOADING 8

/* A delayed kill() of the master (process_master.c). */
typedef struct _wm_kill_task wm_kill_task;

/* State of the master process (and of the short-lived CLI process): owned by module globals. */
typedef struct _wm_master {
	struct event_base *base;
	struct event *sig_events[NSIG];
	struct event *tick;
	volatile uint64_t pending;    /* bit per signal received, acted on by the monitor loop */
	int lock_fd;
	zend_long exit_code;          /* child: code passed to stopAll() */
	zend_long child_stop;         /* child: timer id of the 10 ms stop check */
	wm_kill_task *kills;          /* master: delayed kill() calls (list) */
	zend_class_entry *scope;      /* the class runAll() was called on: static::step() calls */
	zend_long remains_mod;        /* child, graceful stop: log every this many closed connections */
	sigset_t child_sigmask;       /* child: the signal mask to restore once its handlers exist */
	/* Start failures and restart back-off (process_restart.c). */
	int fail_fd[2];               /* pipe: children report a failed start on [1], the master reads [0] */
	const char *start_phase;      /* child: "run()" or "onWorkerStart" while starting, NULL once started */
	bool start_reported;          /* child: its failed start was reported */
	smart_str fail_buf;           /* master: bytes read from the pipe, not yet a whole line */
	HashTable *fail_reports;      /* master: pid => "phase\tcause", until the pid is reaped */
	HashTable *restarts;          /* master: worker id => wm_restart_info */
	struct event *restart_ev;     /* master: wakes the monitor loop when a hold ends */
} wm_master;

/* ---- state (process.c) --------------------------------------------------------------------- */

/** The state of this process (WM_G(master)), created at the first call. */
wm_master *wm_process_master(void);

/** The class a static step was called on (static::), Worker when there is none. */
static inline zend_class_entry *wm_process_called_scope(zend_execute_data *execute_data)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	return scope ? scope : wm_ce_Worker;
}

/** The class whose static steps the process model calls (upstream's static::): the one runAll()
 * was called on, so that a subclass's overrides also run from the monitor loop and children. */
static inline zend_class_entry *wm_process_scope(void)
{
	wm_master *m = WM_G(master);
	return m && m->scope ? m->scope : wm_ce_Worker;
}

/* ---- Worker static properties -------------------------------------------------------------- */

/** Worker::$<name>, NULL if there is no such property. */
static inline zval *wm_process_sprop(const char *name)
{
	return wm_static_prop(wm_ce_Worker, name, strlen(name));
}

/** Worker::$<name> = value (copied). */
static inline void wm_process_sprop_set(const char *name, zval *value)
{
	zend_update_static_property(wm_ce_Worker, name, strlen(name), value);
}

/** Worker::$<name> = v. */
static inline void wm_process_sprop_set_long(const char *name, zend_long v)
{
	zval zv;
	ZVAL_LONG(&zv, v);
	wm_process_sprop_set(name, &zv);
}

/** Worker::$<name> = s; takes over the caller's reference to s. */
static inline void wm_process_sprop_set_str(const char *name, zend_string *s)
{
	zval zv;
	ZVAL_STR(&zv, s);
	wm_process_sprop_set(name, &zv);
	zval_ptr_dtor(&zv);
}

/** Worker::$<name> = v. */
static inline void wm_process_sprop_set_bool(const char *name, bool v)
{
	zval zv;
	ZVAL_BOOL(&zv, v);
	wm_process_sprop_set(name, &zv);
}

/** Worker::$<name> if it is a string (borrowed), else the empty string. */
static inline zend_string *wm_process_sprop_str(const char *name)
{
	zval *zv = wm_process_sprop(name);
	return zv && Z_TYPE_P(zv) == IS_STRING ? Z_STR_P(zv) : ZSTR_EMPTY_ALLOC();
}

/** Whether Worker::$<name> is truthy. */
static inline bool wm_process_sprop_true(const char *name)
{
	zval *zv = wm_process_sprop(name);
	return zv && zend_is_true(zv);
}

/** Worker::$status = status. */
static inline void wm_process_set_status(int status)
{
	wm_process_sprop_set_long("status", status);
}

/** Worker::$workers (borrowed), NULL if it is not an array. */
static inline HashTable *wm_process_workers(void)
{
	zval *workers = wm_process_sprop("workers");
	return workers && Z_TYPE_P(workers) == IS_ARRAY ? Z_ARRVAL_P(workers) : NULL;
}

/** Whether this process is the master (Worker::$masterPid is its pid). */
static inline bool wm_process_is_master(void)
{
	zval *mp = wm_process_sprop("masterPid");
	return mp && zval_get_long(mp) == (zend_long) getpid();
}

/* ---- helpers (process.c) ------------------------------------------------------------------- */

/** basename(Worker::$startFile), a new string. */
zend_string *wm_process_start_basename(void);
/** Logs "Workerman[<start file>] <msg>". */
void wm_process_log_master(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
/** exit($code) from C: unwinds the PHP stack and ends the script like exit() would. Does nothing
 * while an exception is pending. */
void wm_process_exit(zend_long code);
/** cli_set_process_title(title) if the function exists, warnings silenced. */
void wm_process_set_title(const char *title);
/** The name of a signal ("SIGINT"), or its number written into buf. */
const char *wm_process_signal_name(int sig, char *buf, size_t len);
/** The number of child pids in Worker::$pidMap. */
uint32_t wm_process_child_count(void);
/** Collects every child pid of Worker::$pidMap into `out` (a new packed array of ints). */
void wm_process_all_pids(zval *out);
/** Worker::$workers[worker_id] (borrowed), NULL if there is none. */
zend_object *wm_process_worker_by_id(zend_string *worker_id);
/** Upstream's signalHandler(), for master and children alike: stop, reload, status, connections. */
void wm_process_handle_signal(int sig);
/** A signal received by the master or a worker process: static::signalHandler() when the class
 * runAll() was called on overrides it, else wm_process_handle_signal(). */
void wm_process_on_signal(int sig);
/** Whether the class runAll() was called on overrides the static method `lcname` in PHP. */
bool wm_process_overridden(const char *lcname, size_t len);
/** reload(): static::reload() when overridden in PHP, else the master's or this worker's reload. */
void wm_process_reload(void);

/* ---- runAll steps (process_cli.c) ---------------------------------------------------------- */

/** Worker::$idMap: one slot per process of each worker (count at least 1), keeping known pids. */
void wm_process_init_id(void);
/** For Workerman\Events\Swoole and \Swow (coroutine runtimes of their own), the loop class that
 * runs instead, having logged so: the Fiber loop, under whose name workerman/coroutine picks its
 * Fiber drivers. NULL for any other name. */
zend_class_entry *wm_process_coroutine_loop(zend_string *name);
/** $worker->$prop ?? $worker->context->$prop, as a new string. */
zend_string *wm_process_ui_value(zend_object *w, zend_string *prop);
/** Worker::$uiLengthData[key] (a column's width), 0 if unset. */
zend_long wm_process_ui_length(zend_string *key);
/** initGlobalEvent(): false with an exception when $eventLoopClass names no event loop. */
bool wm_process_init_global_event(void);
/** Whether `pid` is a live master process (upstream's checkMasterIsAlive(); logs if not). */
bool wm_master_is_alive(pid_t pid);
/** The user name of this process (upstream's getCurrentUser()), a new string. */
zend_string *wm_current_user(void);
/** The event-loop column's value for a loop class: "native" (the libevent loop every class runs
 * on), "native-fiber" for the Fiber and Revolt classes (and Swoole/Swow, mapped to the Fiber loop). */
const char *wm_process_loop_label(zend_string *cls);
/** Whether opcache's JIT is on (what the version line shows). */
bool wm_process_jit_on(void);
/** The banner's version line ("Workerman/x  PHP/x (JIT on|off)  OS/release  ext-workerman/x
 * libevent/x\n"), a new string. */
zend_string *wm_process_version_line(void);
/** "<sysname>/<release>" as the banner shows it ("Linux/" if uname() fails); a new string. */
zend_string *wm_process_os(void);
/** str_pad($s, $width, $pad, STR_PAD_BOTH or STR_PAD_RIGHT), appended to out. */
void wm_process_pad(smart_str *out, const char *s, size_t len, zend_long width, char pad, bool both);

/* ---- the master (process_master.c) --------------------------------------------------------- */

/** Frees the master's event base, its signal events, tick and delayed kills. In a child, after
 * event_reinit() so that the parent's epoll registrations and signal pipe are left untouched. */
void wm_process_master_free_base(wm_master *m, bool in_child);
/** stopAll() in the master: logs, then signals every child (delayed SIGINT/SIGKILL as upstream). */
void wm_process_master_stop_all(zend_long code, zval *log);
/** Forks one process of `worker` (a free id slot of Worker::$idMap[worker_id]). Returns in the
 * parent; in the child only once it is exiting. */
void wm_fork_one(zend_string *worker_id, zend_object *worker);
/** The master's end: unlinks unix socket files and the pid file, logs, onMasterStop, exit(0). */
void wm_exit_and_clear_all(void);
/** During shutdown: forgets children that no longer exist (upstream's checkIfChildRunning()). */
void wm_prune_dead_children(void);
/** Reload in the master: restarts the reloadable children one by one (Worker::$pidsToRestart),
 * signals the others. */
void wm_process_master_reload(void);

/* ---- metrics (process_metrics.c) ----------------------------------------------------------- */

/** installSignal(): with Worker::$metricsListen or ini workerman.metrics_listen set, maps the
 * shared slots and listens for GET /metrics on the master's base (throws if it cannot). */
void wm_metrics_master_start(struct event_base *base);
/** Closes the endpoint and forgets the master's side (a child, or the master's base going away). */
void wm_metrics_master_free(void);
/** "http://host:port/metrics" while the endpoint listens, else NULL (borrowed). */
zend_string *wm_metrics_url(void);
/** Before fork(): the slot for this worker and id (zeroed), -1 if metrics are off or none is free. */
int wm_metrics_slot_before_fork(zend_string *worker_id, zend_long id);
/** After fork(), in the master: the slot belongs to `pid`. */
void wm_metrics_slot_forked(int slot, pid_t pid);
/** A child was reaped: its slot is no longer shown. */
void wm_metrics_reaped(pid_t pid);
/** Counts a restart of the worker `worker_id` (Worker::$workers key) with a cause label. */
void wm_metrics_count_restart(zend_string *worker_id, const char *cause);
/** The cause label of a wait() status: "exit:<code>", "signal:<SIGNAME>". */
const char *wm_metrics_exit_cause(int status, char *buf, size_t len);
/** After fork(), in the child: count into `slot` (if >= 0). */
void wm_metrics_child_begin(int slot);
/** In the child once its loop exists: the 1 s tick refreshing the slot (if metrics are on). */
void wm_metrics_child_loop(wm_loop *loop);

/* ---- a worker process (process_child.c) ---------------------------------------------------- */

/** The child after fork(): leaves the master's state, builds its loop, runs the worker. Returns
 * only once the child is exiting (with exit() pending in EG(exception)). */
void wm_process_child_main(zend_object *worker, zend_long id);
/** stopAll() in a child: stops the worker, then exits once its connections are closed. */
void wm_process_child_stop_all(zend_long code, zval *log);
/** Reload in a child: onWorkerReload, then a stop if the worker is reloadable. */
void wm_process_child_reload(void);
/** reinstallSignal(): the worker process's signal watchers on `loop`. */
void wm_process_child_install_signals(wm_loop *loop);
/** Upstream's checkErrors(): a worker process ending without a stop says so in the log. */
void wm_process_check_errors(void);
/** The last error's type name if it was fatal (E_ERROR, E_PARSE, ...), else NULL. */
const char *wm_process_fatal_type(void);

/* ---- start failures and the restart back-off (process_restart.c) -------------------------- */

/* What the master knows of a worker whose processes failed to start (kept per worker id). */
typedef struct _wm_restart_info {
	zend_string *cause;     /* "onWorkerStart failed: RuntimeException: msg in file:line" (or "run() failed: ...") */
	uint32_t attempt;       /* consecutive failed rounds (the back-off step); 1 for the first */
	uint32_t failures;      /* failed starts of this worker's processes since the master started */
	double last_failure;    /* unix time of the last failed start */
	double next_restart;    /* unix time the held worker is forked again; 0 when not held */
	double restarted_at;    /* unix time of the last fork after a hold; 0 if none yet */
} wm_restart_info;

/** Master: the restart state of Worker::$workers[worker_id], NULL if none of its processes ever
 * failed to start. Borrowed: valid until the next reap or monitor-loop iteration. */
const wm_restart_info *wm_process_restart_info(zend_string *worker_id);
/** Master, before a fork: creates the pipe on which children report a failed start. */
void wm_process_restart_before_fork(wm_master *m);
/** Child after fork(): drops the master's side of it (read end, back-off state). */
void wm_process_restart_child_init(wm_master *m);
/** Request end: frees it all. */
void wm_process_restart_free(wm_master *m);
/** Master, reaping `pid` of `worker`: if it reported a failed start, logs the cause and holds the
 * worker (forkWorkers() skips it) for the back-off delay. */
void wm_process_restart_on_reap(zend_string *worker_id, zend_object *worker, pid_t pid);
/** Whether forkWorkers() must skip this worker for now. */
bool wm_process_restart_held(zend_string *worker_id);
/** Monitor loop: ends the holds that are due; true if forkWorkers() has work to do. */
bool wm_process_restart_due(void);
/** Child, at shutdown: a process that ends while starting (fatal error, exit()) reports it. */
void wm_process_start_check_exit(void);
/** A status-file line that the CLI prints after the process table starts with this byte. */
#define WM_RESTART_STATUS_TAG '\x1e'
/** Master, status file: one tagged line per worker failing to start. */
void wm_process_restart_status(smart_str *out);

/* ---- status files (process_status.c) ------------------------------------------------------- */

/** SIGIOT in the master: writes the status file's head, then asks every child for its row. */
void wm_process_write_status_master(void);
/** SIGIOT in a child: appends its row to the status file. */
void wm_process_write_status_child(void);
/** The status view of Worker::$statisticsFile (upstream's formatProcessStatusData()); qps from the
 * request counts in `previous_requests` (may be NULL), this view's counts put in `current_requests`. */
zend_string *wm_format_status(HashTable *previous_requests, HashTable *current_requests);
/** SIGIO in the master: writes the connections file's head, then asks every child. */
void wm_process_write_connections_master(void);
/** SIGIO in a child: appends a row per connection to the connections file. */
void wm_process_write_connections_child(void);

#endif /* WM_PHP_PROCESS_IMPL_H */
