/* SPDX-License-Identifier: MIT */
/* The per-process event loop: libevent base, timers, stream and signal watchers. */

#include "core/loop.h"
#include "core/fiber.h"
#include "core/callback.h"
#include "main/php_streams.h"
#include "main/php_network.h"
#include "zend_exceptions.h"

#include <math.h>

struct _wm_timer {
	struct event ev;
	wm_loop *loop;
	zend_long id;
	zval func;
	zval args;          /* array or UNDEF */
	void (*native)(void *arg);  /* C callback instead of func, or NULL */
	void *native_arg;
	bool persistent;
	uint32_t running;   /* its callback is on the stack (more than once when one suspended in a
	                       Fiber): free it afterwards */
	bool deleted;       /* deleted while running */
};

struct _wm_watch {
	struct event ev;
	wm_loop *loop;
	zend_long key;      /* fd or signal number */
	zval target;        /* the stream resource (fd watchers) or UNDEF */
	zval func;          /* PHP callable, or UNDEF for a native handler */
	wm_signal_fn native;
	void *native_arg;
	uint32_t running;   /* as wm_timer's */
	bool deleted;
};

void wm_seconds_to_tv(double seconds, struct timeval *tv)
{
	if (!(seconds > 0)) {
		tv->tv_sec = 0;
		tv->tv_usec = 0;
		return;
	}
	double whole = floor(seconds);
	tv->tv_sec = (time_t) whole;
	tv->tv_usec = (suseconds_t) ((seconds - whole) * 1000000.0);
	if (tv->tv_usec >= 1000000) {
		tv->tv_sec++;
		tv->tv_usec -= 1000000;
	}
}

/* ---- exceptions --------------------------------------------------------------------------- */

/* Set once at MINIT by the binding layer (Worker::log()); NULL drops the throwable. */
static wm_throwable_logger wm_loop_logger;

void wm_loop_set_throwable_logger(wm_throwable_logger fn)
{
	wm_loop_logger = fn;
}

static void wm_loop_log_throwable(zend_object *ex)
{
	if (wm_loop_logger) {
		wm_loop_logger(ex);
	}
}

void wm_loop_report_exception(wm_loop *loop)
{
	if (!EG(exception)) {
		return;
	}
	if (wm_exception_is_exit()) {
		wm_loop_stop_on_exit(loop);
		return;
	}
	zend_object *ex = wm_exception_take();
	if (Z_TYPE(loop->error_handler) != IS_UNDEF) {
		zval arg, handler;
		ZVAL_OBJ(&arg, ex);
		ZVAL_COPY(&handler, &loop->error_handler);
		wm_call(&handler, NULL, 1, &arg);
		zval_ptr_dtor(&handler);
		if (EG(exception)) {
			if (wm_exception_is_exit()) {
				wm_loop_stop_on_exit(loop);
				OBJ_RELEASE(ex);
				return;
			}
			zend_object *ex2 = wm_exception_take();
			wm_loop_log_throwable(ex2);
			OBJ_RELEASE(ex2);
		}
	} else {
		wm_loop_log_throwable(ex);
	}
	OBJ_RELEASE(ex);
}

/* ---- timers ------------------------------------------------------------------------------- */

static void wm_timer_free(wm_timer *t)
{
	event_del(&t->ev);
	zval_ptr_dtor(&t->func);
	zval_ptr_dtor(&t->args);
	efree(t);
}

/* Hash destructor of loop->timers: frees the timer unless its callback is still running. */
static void wm_timer_dtor(zval *zv)
{
	wm_timer *t = Z_PTR_P(zv);
	if (t->running) {
		event_del(&t->ev);
		t->deleted = true;
		return;
	}
	wm_timer_free(t);
}

static void wm_timer_fire(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_timer_fire, fd, what, arg);
	wm_timer *t = arg;
	wm_loop *loop = t->loop;
	zval func;

	/* One-shot timers leave the registry before they run (upstream 5.x): del() inside the
	 * callback returns false and getTimerCount() no longer counts it. */
	t->running++;
	if (!t->persistent) {
		zend_hash_index_del(&loop->timers, t->id);
	}

	if (t->native) {
		t->native(t->native_arg);
	} else {
		ZVAL_COPY(&func, &t->func);
		wm_call_with_array(&func, NULL, 0, NULL, &t->args);
		zval_ptr_dtor(&func);
	}
	t->running--;

	if ((!t->persistent || t->deleted) && !t->running) {
		wm_timer_free(t);
	}
	wm_loop_report_exception(loop);
}

static zend_long wm_loop_timer_insert(wm_loop *loop, wm_timer *t, double interval)
{
	struct timeval tv;

	if (loop->timer_seq == ZEND_LONG_MAX) {
		loop->timer_seq = 0;
	}
	do {
		t->id = ++loop->timer_seq;
	} while (zend_hash_index_exists(&loop->timers, t->id));

	event_assign(&t->ev, loop->base, -1, t->persistent ? EV_PERSIST : 0, wm_timer_fire, t);
	wm_seconds_to_tv(interval, &tv);
	event_add(&t->ev, &tv);
	zend_hash_index_add_new_ptr(&loop->timers, t->id, t);
	return t->id;
}

zend_long wm_loop_timer_add(wm_loop *loop, double interval, zval *func, zval *args, bool persistent)
{
	wm_timer *t = ecalloc(1, sizeof(*t));
	t->loop = loop;
	t->persistent = persistent;
	ZVAL_COPY(&t->func, func);
	if (args && Z_TYPE_P(args) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(args)) > 0) {
		ZVAL_COPY(&t->args, args);
	} else {
		ZVAL_UNDEF(&t->args);
	}
	return wm_loop_timer_insert(loop, t, interval);
}

zend_long wm_loop_timer_add_native(wm_loop *loop, double interval, void (*fn)(void *arg), void *arg, bool persistent)
{
	wm_timer *t = ecalloc(1, sizeof(*t));
	t->loop = loop;
	t->persistent = persistent;
	t->native = fn;
	t->native_arg = arg;
	ZVAL_UNDEF(&t->func);
	ZVAL_UNDEF(&t->args);
	return wm_loop_timer_insert(loop, t, interval);
}

bool wm_loop_timer_del(wm_loop *loop, zend_long id)
{
	return zend_hash_index_del(&loop->timers, id) == SUCCESS;
}

void wm_loop_timer_del_all(wm_loop *loop)
{
	zend_hash_clean(&loop->timers);
}

/* ---- stream and signal watchers ------------------------------------------------------------ */

static void wm_watch_free(wm_watch *w)
{
	event_del(&w->ev);
	zval_ptr_dtor(&w->target);
	zval_ptr_dtor(&w->func);
	efree(w);
}

static void wm_watch_dtor(zval *zv)
{
	wm_watch *w = Z_PTR_P(zv);
	if (w->running) {
		event_del(&w->ev);
		w->deleted = true;
		return;
	}
	wm_watch_free(w);
}

static void wm_watch_fire(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_watch_fire, fd, what, arg);
	wm_watch *w = arg;
	wm_loop *loop = w->loop;

	w->running++;
	if (w->native) {
		w->native((int) w->key, w->native_arg);
	} else {
		zval func, param;
		ZVAL_COPY(&func, &w->func);
		if (Z_TYPE(w->target) != IS_UNDEF) {
			ZVAL_COPY(&param, &w->target);
		} else {
			ZVAL_LONG(&param, w->key);
		}
		wm_call(&func, NULL, 1, &param);
		zval_ptr_dtor(&param);
		zval_ptr_dtor(&func);
	}
	w->running--;
	if (w->deleted && !w->running) {
		wm_watch_free(w);
	}
	wm_loop_report_exception(loop);
}

int wm_loop_stream_fd(zval *stream)
{
	php_stream *s;
	php_socket_t fd = -1;

	if (Z_TYPE_P(stream) != IS_RESOURCE) {
		return -1;
	}
	s = (php_stream *) zend_fetch_resource2(Z_RES_P(stream), NULL, php_file_le_stream(), php_file_le_pstream());
	if (!s) {
		return -1;
	}
	if (php_stream_can_cast(s, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL) == SUCCESS &&
		php_stream_cast(s, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 1) == SUCCESS) {
		return fd;
	}
	return -1;
}

zend_result wm_loop_watch_stream(wm_loop *loop, zval *stream, zval *func, bool write)
{
	php_socket_t fd = wm_loop_stream_fd(stream);
	HashTable *table = write ? &loop->writers : &loop->readers;

	if (fd < 0) {
		zend_type_error("Event loop watchers need a stream resource that has a file descriptor");
		return FAILURE;
	}
	zend_hash_index_del(table, fd);

	wm_watch *w = ecalloc(1, sizeof(*w));
	w->loop = loop;
	w->key = fd;
	ZVAL_COPY(&w->target, stream);
	ZVAL_COPY(&w->func, func);
	event_assign(&w->ev, loop->base, fd, (write ? EV_WRITE : EV_READ) | EV_PERSIST, wm_watch_fire, w);
	event_add(&w->ev, NULL);
	zend_hash_index_add_new_ptr(table, fd, w);
	return SUCCESS;
}

bool wm_loop_unwatch_stream(wm_loop *loop, zval *stream, bool write)
{
	php_socket_t fd = wm_loop_stream_fd(stream);
	if (fd < 0) {
		return false;
	}
	return zend_hash_index_del(write ? &loop->writers : &loop->readers, fd) == SUCCESS;
}

static wm_watch *wm_signal_watch_new(wm_loop *loop, int signo)
{
	zend_hash_index_del(&loop->signals, signo);
	wm_watch *w = ecalloc(1, sizeof(*w));
	w->loop = loop;
	w->key = signo;
	ZVAL_UNDEF(&w->target);
	ZVAL_UNDEF(&w->func);
	evsignal_assign(&w->ev, loop->base, signo, wm_watch_fire, w);
	event_add(&w->ev, NULL);
	zend_hash_index_add_new_ptr(&loop->signals, signo, w);
	return w;
}

void wm_loop_watch_signal(wm_loop *loop, int signo, zval *func)
{
	wm_watch *w = wm_signal_watch_new(loop, signo);
	ZVAL_COPY(&w->func, func);
}

void wm_loop_watch_signal_native(wm_loop *loop, int signo, wm_signal_fn fn, void *arg)
{
	wm_watch *w = wm_signal_watch_new(loop, signo);
	w->native = fn;
	w->native_arg = arg;
}

bool wm_loop_unwatch_signal(wm_loop *loop, int signo)
{
	return zend_hash_index_del(&loop->signals, signo) == SUCCESS;
}

/* ---- lifecycle ----------------------------------------------------------------------------- */

/* Runs user-level pcntl signal handlers. libevent restarts epoll_wait() after EINTR, so a
 * periodic tick bounds how long a handler installed with pcntl_signal() can wait. */
static void wm_loop_dispatch_pcntl(wm_loop *loop)
{
	if (loop->pcntl_dispatch) {
		zval ret;
		zend_call_known_function(loop->pcntl_dispatch, NULL, NULL, &ret, 0, NULL, NULL);
		zval_ptr_dtor(&ret);
		wm_loop_report_exception(loop);
	}
}

static void wm_loop_tick(evutil_socket_t fd, short what, void *arg)
{
	/* Nothing to do here: returning from the loop iteration runs the pcntl dispatch. */
}

static void wm_loop_ref_link(wm_loop_ref *head, wm_loop_ref *ref)
{
	ref->prev = head;
	ref->next = head->next;
	head->next->prev = ref;
	head->next = ref;
}

void wm_loop_ref_add(wm_loop *loop, wm_loop_ref *ref)
{
	wm_loop_ref_link(&loop->refs, ref);
}

void wm_loop_ref_add_weak(wm_loop *loop, wm_loop_ref *ref)
{
	wm_loop_ref_link(&loop->weak_refs, ref);
}

bool wm_loop_busy(wm_loop *loop)
{
	if (zend_hash_num_elements(&loop->timers) || zend_hash_num_elements(&loop->readers)
			|| zend_hash_num_elements(&loop->writers) || zend_hash_num_elements(&loop->signals)) {
		return true;
	}
	return loop->refs.next != &loop->refs;
}

void wm_loop_ref_remove(wm_loop_ref *ref)
{
	if (ref->next) {
		ref->next->prev = ref->prev;
		ref->prev->next = ref->next;
		ref->next = ref->prev = NULL;
	}
}

zend_result wm_loop_init(wm_loop *loop)
{
	memset(loop, 0, sizeof(*loop));
	loop->refs.next = loop->refs.prev = &loop->refs;
	loop->weak_refs.next = loop->weak_refs.prev = &loop->weak_refs;
	struct event_config *cfg = event_config_new();
	/* Workerman processes are single-threaded; no locking in libevent. */
	event_config_set_flag(cfg, EVENT_BASE_FLAG_NOLOCK);
	loop->base = event_base_new_with_config(cfg);
	event_config_free(cfg);
	if (!loop->base) {
		zend_throw_error(NULL, "libevent could not create an event base");
		return FAILURE;
	}
	zend_hash_init(&loop->timers, 8, NULL, wm_timer_dtor, 0);
	zend_hash_init(&loop->readers, 8, NULL, wm_watch_dtor, 0);
	zend_hash_init(&loop->writers, 8, NULL, wm_watch_dtor, 0);
	zend_hash_init(&loop->signals, 8, NULL, wm_watch_dtor, 0);
	ZVAL_UNDEF(&loop->error_handler);
	loop->pcntl_dispatch = zend_hash_str_find_ptr(CG(function_table), "pcntl_signal_dispatch",
		sizeof("pcntl_signal_dispatch") - 1);
	if (loop->pcntl_dispatch) {
		struct timeval tv = {0, 500000};
		loop->tick = event_new(loop->base, -1, EV_PERSIST, wm_loop_tick, loop);
		event_add(loop->tick, &tv);
	}
	return SUCCESS;
}

void wm_loop_destroy(wm_loop *loop)
{
	if (!loop->base) {
		return;
	}
	for (wm_loop_ref *head = &loop->refs; head; head = head == &loop->refs ? &loop->weak_refs : NULL) {
		while (head->next != head) {
			wm_loop_ref *ref = head->next;
			wm_loop_ref_remove(ref);
			ref->detach(ref);
		}
	}
	zend_hash_destroy(&loop->timers);
	zend_hash_destroy(&loop->readers);
	zend_hash_destroy(&loop->writers);
	zend_hash_destroy(&loop->signals);
	zval_ptr_dtor(&loop->error_handler);
	ZVAL_UNDEF(&loop->error_handler);
	if (loop->tick) {
		event_free(loop->tick);
		loop->tick = NULL;
	}
	event_base_free(loop->base);
	loop->base = NULL;
}

void wm_loop_after_fork(wm_loop *loop)
{
	if (loop->base) {
		event_reinit(loop->base);
	}
}

void wm_loop_stop_on_exit(wm_loop *loop)
{
	/* exit() inside a callback: let it unwind through run() and end the script. A Fiber destroyed
	 * while suspended (a graceful exit) unwinds its own stack only: the loop goes on. */
	if (loop && EG(exception) && zend_is_unwind_exit(EG(exception))) {
		wm_loop_stop(loop);
	}
}

void wm_loop_stop(wm_loop *loop)
{
	loop->stop = true;
	if (loop->base) {
		event_base_loopbreak(loop->base);
	}
}

void wm_loop_run(wm_loop *loop)
{
	if (loop->broken || !loop->base) {
		return;
	}
	loop->stop = false;
	loop->run_depth++;
	zend_try {
		while (!loop->stop && !EG(exception)) {
			if (event_base_loop(loop->base, EVLOOP_ONCE | EVLOOP_NO_EXIT_ON_EMPTY) < 0) {
				break;
			}
			if (!loop->stop && !EG(exception)) {
				wm_loop_dispatch_pcntl(loop);
			}
		}
	} zend_catch {
		/* A fatal error unwound through libevent: its base still thinks it is running. */
		loop->broken = true;
		loop->run_depth--;
		zend_bailout();
	} zend_end_try();
	loop->run_depth--;
	loop->stop = false;
}

void wm_loop_gc(wm_loop *loop, zend_get_gc_buffer *buf)
{
	wm_timer *t;
	wm_watch *w;

	ZEND_HASH_FOREACH_PTR(&loop->timers, t) {
		zend_get_gc_buffer_add_zval(buf, &t->func);
		zend_get_gc_buffer_add_zval(buf, &t->args);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_PTR(&loop->readers, w) {
		zend_get_gc_buffer_add_zval(buf, &w->func);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_PTR(&loop->writers, w) {
		zend_get_gc_buffer_add_zval(buf, &w->func);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_PTR(&loop->signals, w) {
		zend_get_gc_buffer_add_zval(buf, &w->func);
	} ZEND_HASH_FOREACH_END();
	zend_get_gc_buffer_add_zval(buf, &loop->error_handler);
}
