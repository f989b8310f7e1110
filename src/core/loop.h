/* SPDX-License-Identifier: MIT */
/* The per-process event loop: a libevent base plus the timer, fd and signal registries that
 * Workerman's EventInterface exposes. Knows no class entries; PHP callables are stored as zvals
 * and called through src/core/callback.c. */

#ifndef WM_CORE_LOOP_H
#define WM_CORE_LOOP_H

#include "common.h"
#include <event2/event.h>
#include <event2/event_struct.h>

typedef struct _wm_timer wm_timer;
typedef struct _wm_watch wm_watch;
typedef struct _wm_loop_ref wm_loop_ref;

/* Something outside the loop (a connection, a listener) that has events on its base. The loop
 * calls `detach` if it is destroyed first (e.g. at request shutdown, where objects are freed in
 * creation order), so that nobody touches a freed base. */
struct _wm_loop_ref {
	wm_loop_ref *prev;
	wm_loop_ref *next;
	void (*detach)(wm_loop_ref *ref);
};

/* A native (C) signal handler, for the runtime's own process control. */
typedef void (*wm_signal_fn)(int signo, void *arg);

struct _wm_loop {
	struct event_base *base;
	HashTable timers;           /* timer id => wm_timer* (owned) */
	zend_long timer_seq;        /* last timer id handed out */
	HashTable readers;          /* fd => wm_watch* (owned): PHP-level onReadable watchers */
	HashTable writers;          /* fd => wm_watch* (owned): PHP-level onWritable watchers */
	HashTable signals;          /* signo => wm_watch* (owned) */
	zval error_handler;         /* callable, or UNDEF */
	struct event *tick;         /* periodic wake-up that dispatches pcntl signal handlers */
	zend_function *pcntl_dispatch; /* pcntl_signal_dispatch(), if ext/pcntl is loaded */
	wm_loop_ref refs;           /* list head of wm_loop_ref holders (each connection is one) */
	wm_loop_ref weak_refs;      /* list head of the weak ones (wm_loop_ref_add_weak()): not
	                               counted by wm_loop_busy(); a list of their own so that a
	                               holder needs no flag */
	uint32_t run_depth;         /* nesting of wm_loop_run() */
	bool stop;                  /* stop() was requested */
	bool broken;                /* a PHP bailout unwound through the loop: do not run it again */
};

/** Initialises `loop` with a fresh event base. Returns FAILURE (and throws) if libevent fails. */
zend_result wm_loop_init(wm_loop *loop);
/** Releases every watcher, timer and the event base. `loop` itself is owned by the caller. */
void wm_loop_destroy(wm_loop *loop);
/** Re-initialises the event base after fork(); watchers registered before the fork are dropped. */
void wm_loop_after_fork(wm_loop *loop);
/** Runs the loop until wm_loop_stop() or until an exit()/fatal error unwinds it. */
void wm_loop_run(wm_loop *loop);
/** Asks a running loop to return after the current callback. */
void wm_loop_stop(wm_loop *loop);
/** With an exit-type exception pending: stops `loop` (may be NULL) for exit(), whose unwind must
 * end the script, but not for a suspended Fiber being destroyed (PHP's graceful exit). */
void wm_loop_stop_on_exit(wm_loop *loop);

/** Registers / unregisters an external holder of events on this loop. */
void wm_loop_ref_add(wm_loop *loop, wm_loop_ref *ref);
void wm_loop_ref_remove(wm_loop_ref *ref);
/** Registers a holder whose presence alone is no work of the loop (the DNS base, Revolt's
 * backends: their events are accounted for elsewhere). */
void wm_loop_ref_add_weak(wm_loop *loop, wm_loop_ref *ref);
/** Whether the loop has work of its own: a timer, a stream or signal watcher, or a holder of
 * events (a connection, a listener) registered with wm_loop_ref_add(). A Revolt loop driven from
 * outside the native loop counts it as a referenced callback. */
bool wm_loop_busy(wm_loop *loop);

/** Adds a timer calling `func(...$args)` after `interval` seconds; repeats when `persistent`.
 * Copies `func` and `args` (args may be NULL). Returns the new timer id (> 0). */
zend_long wm_loop_timer_add(wm_loop *loop, double interval, zval *func, zval *args, bool persistent);
/** Adds a timer calling the C function `fn(arg)`; otherwise like wm_loop_timer_add(). */
zend_long wm_loop_timer_add_native(wm_loop *loop, double interval, void (*fn)(void *arg), void *arg, bool persistent);
/** Deletes a timer; safe from inside its own callback. Returns whether it existed. */
bool wm_loop_timer_del(wm_loop *loop, zend_long id);
/** Deletes every timer. */
void wm_loop_timer_del_all(wm_loop *loop);
/** Number of live timers (what `status` shows). */
static inline uint32_t wm_loop_timer_count(wm_loop *loop)
{
	return zend_hash_num_elements(&loop->timers);
}

/** Watches a PHP stream resource for readability (`write` false) or writability; `func($stream)`
 * is called on each event. Replaces an existing watcher of the same fd and direction. */
zend_result wm_loop_watch_stream(wm_loop *loop, zval *stream, zval *func, bool write);
/** The file descriptor behind a PHP stream resource (what stream watchers watch), or -1. */
int wm_loop_stream_fd(zval *stream);
/** Removes a stream watcher. Returns whether one existed. */
bool wm_loop_unwatch_stream(wm_loop *loop, zval *stream, bool write);
/** Watches a signal with a PHP callable `func($signo)`. */
void wm_loop_watch_signal(wm_loop *loop, int signo, zval *func);
/** Watches a signal with a C handler. */
void wm_loop_watch_signal_native(wm_loop *loop, int signo, wm_signal_fn fn, void *arg);
/** Removes a signal watcher. Returns whether one existed. */
bool wm_loop_unwatch_signal(wm_loop *loop, int signo);

/** Where a throwable that no error handler took is logged (the binding layer sets Worker::log()
 * at MINIT; the loop knows no PHP class). */
typedef void (*wm_throwable_logger)(zend_object *ex);
void wm_loop_set_throwable_logger(wm_throwable_logger fn);

/** Reports an exception raised by a loop callback: the loop's error handler, else the logger set
 * by wm_loop_set_throwable_logger().
 * Takes the pending EG(exception); an exit() unwind is left pending and stops the loop. */
void wm_loop_report_exception(wm_loop *loop);

/** Adds every zval the loop holds to a GC buffer (for the owning object's get_gc). */
void wm_loop_gc(wm_loop *loop, zend_get_gc_buffer *buf);

/** Converts a float number of seconds to a timeval (negative becomes zero). */
void wm_seconds_to_tv(double seconds, struct timeval *tv);

#endif /* WM_CORE_LOOP_H */
