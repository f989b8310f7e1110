/* SPDX-License-Identifier: MIT */
/* Revolt's event loop on the native loop of the process.
 *
 * When the application's autoloader loads Revolt\EventLoop, the hook below compiles
 * Workerman\Events\RevoltDriver (src/php/revolt_glue.h, a subclass of Revolt's AbstractDriver)
 * and makes it Revolt's driver, before any application code can ask for another one. Revolt's
 * own code then runs callbacks, microtasks and suspensions; this file's RevoltBackend owns the
 * libevent events behind the callbacks, on the same base as Workerman's sockets and timers
 * (the process loop, wm_process_loop()).
 *
 * Who runs Revolt's loop:
 * - While the native loop runs (a worker process, Worker::$globalEvent->run()), a fired event
 *   only enqueues its callback (AbstractDriver::enqueueCallback(), no user code) and arms the
 *   backend's pump, an event of its own; so do new work (queue(), defer(), enable(), ...) and
 *   new watchers. The pump, a native callback in {main}, calls the driver's pump(): Revolt's
 *   run() for one pass (the enqueued callbacks, then one tick), whose dispatch() does not wait
 *   (libevent cannot re-enter the running base) but suspends the loop fiber until the next pass.
 *   A pass that leaves work (defers of its tick) arms the pump for the next native iteration.
 * - Otherwise (a {main} suspension or EventLoop::run() in a plain script, or in onWorkerStart
 *   before the loop starts), dispatch() runs one iteration of the base itself, so Workerman's
 *   own events run there too; they keep that loop running as referenced callbacks would
 *   (wm_loop_busy()). The driver's hidden keep-alive callback keeps Revolt from ending its loop
 *   on its own count of callbacks: dispatch() decides.
 * - A {main} suspension inside a callback of the running native loop cannot wait: the driver
 *   throws an Error saying so into it (code that suspends there belongs in a Fiber).
 *
 * The process loop changes after fork() (a child frees the master's copy and builds its own) and
 * at request shutdown: every backend moves its events to the new loop (or drops them) through the
 * loop-change hook of src/php/events.c, and detaches through its wm_loop_ref if the loop is
 * freed first. */

#include "php/revolt.h"
#include "php/revolt_glue.h"
#include "php/events.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "../stubs/revolt_arginfo.h"

#include <signal.h>
#include <time.h>

static zend_object_handlers wm_rv_handlers;

typedef enum {
	WM_RV_TIMER,
	WM_RV_READ,
	WM_RV_WRITE,
	WM_RV_SIGNAL,
} wm_rv_kind;

typedef struct _wm_rv_backend wm_rv_backend;

/* The native event of one Revolt callback, made at its first activation, freed by cancel(). */
typedef struct _wm_rv_watch {
	struct event ev;
	wm_rv_backend *b;
	zval callback;              /* the DriverCallback (one reference) */
	struct event_base *base;    /* the base `ev` is assigned to (b->loop's), or NULL */
	double expiration;          /* timers: Revolt's expiration, on now()'s clock */
	int key;                    /* fd or signal number */
	wm_rv_kind kind;
	bool want;                  /* activated and not deactivated (nor fired, for a timer) */
} wm_rv_watch;

struct _wm_rv_backend {
	zval driver;                /* the RevoltDriver (one reference) or UNDEF */
	zend_function *enqueue_fn;  /* AbstractDriver::enqueueCallback() */
	zend_function *pump_fn;     /* RevoltDriver::pump() */
	HashTable watches;          /* callback id => wm_rv_watch* (owned) */
	wm_loop *loop;              /* the loop the events are on, or NULL */
	wm_loop_ref ref;            /* registered on `loop` */
	struct event pump;          /* assigned to loop->base while `loop` is set */
	bool pumping;               /* the pump is calling the driver */
	bool dispatching;           /* dispatch() is running the base */
	bool pending;               /* a pass of the pump still needs a tick (of its own, or for work
	                               that arrived while pumping) */
	wm_rv_backend *prev, *next; /* WM_G(revolt_backends) */
	zend_object std;            /* must stay last */
};

static zend_always_inline wm_rv_backend *wm_rv_from_obj(zend_object *obj)
{
	return (wm_rv_backend *) ((char *) obj - XtOffsetOf(wm_rv_backend, std));
}

#define Z_WM_RV_P(zv) wm_rv_from_obj(Z_OBJ_P(zv))

/* Revolt's now(): hrtime(true) / 1e9, the clock its timer expirations are computed on. */
static double wm_rv_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t ns = (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
	return (double) ns / 1e9;
}

/* ---- events -------------------------------------------------------------------------------- */

static void wm_rv_pump_fire(evutil_socket_t fd, short what, void *arg);

/* Arms the pump: Revolt's loop gets a pass from the native loop, in this iteration. */
static void wm_rv_arm(wm_rv_backend *b)
{
	if (b->loop) {
		event_active(&b->pump, EV_TIMEOUT, 1);
	}
}

/* Arms the pump for the next iteration of the native loop (from a pass that left work: the
 * native loop polls its sockets first, so a callback that keeps deferring starves nobody). */
static void wm_rv_arm_later(wm_rv_backend *b)
{
	if (b->loop) {
		struct timeval zero = {0, 0};
		event_add(&b->pump, &zero);
	}
}

static void wm_rv_watch_fire(evutil_socket_t fd, short what, void *arg)
{
	wm_rv_watch *w = arg;
	wm_rv_backend *b = w->b;
	zval cb;

	if (w->kind == WM_RV_TIMER) {
		w->want = false;
	}
	if (Z_TYPE(b->driver) != IS_OBJECT) {
		return;
	}
	/* Enqueueing runs no application code, but the watch may be cancelled meanwhile by a
	 * destructor: only the backend is used afterwards, and it is held. */
	GC_ADDREF(&b->std);
	ZVAL_COPY(&cb, &w->callback);
	zend_call_known_function(b->enqueue_fn, Z_OBJ(b->driver), Z_OBJCE(b->driver), NULL, 1, &cb, NULL);
	zval_ptr_dtor(&cb);
	if (EG(exception) && b->loop) {
		wm_loop_report_exception(b->loop);
	}
	if (!b->dispatching) {
		wm_rv_arm(b);
	}
	OBJ_RELEASE(&b->std);
}

/* Adds (again) the event of an activated watch on the backend's base. */
static void wm_rv_watch_add(wm_rv_backend *b, wm_rv_watch *w, double now)
{
	struct event_base *base = b->loop->base;

	if (w->base != base) {
		short flags = 0;
		int fd = w->key;
		switch (w->kind) {
			case WM_RV_TIMER: flags = 0; fd = -1; break;
			case WM_RV_READ: flags = EV_READ | EV_PERSIST; break;
			case WM_RV_WRITE: flags = EV_WRITE | EV_PERSIST; break;
			case WM_RV_SIGNAL: flags = EV_SIGNAL | EV_PERSIST; break;
		}
		event_assign(&w->ev, base, fd, flags, wm_rv_watch_fire, w);
		w->base = base;
	}
	if (w->kind == WM_RV_TIMER) {
		struct timeval tv;
		double left = w->expiration - now;
		if (left > 1e9) {
			left = 1e9;    /* about 31 years: beyond what a timeval of libevent's clock takes */
		}
		wm_seconds_to_tv(left, &tv);
		event_add(&w->ev, &tv);
	} else if (!event_pending(&w->ev, EV_READ | EV_WRITE | EV_SIGNAL, NULL)) {
		event_add(&w->ev, NULL);
	}
}

/* Takes every event of the backend off its loop (which is still alive) and forgets the loop. */
static void wm_rv_detach_events(wm_rv_backend *b)
{
	wm_rv_watch *w;

	if (!b->loop) {
		return;
	}
	ZEND_HASH_FOREACH_PTR(&b->watches, w) {
		if (w->base) {
			event_del(&w->ev);
			w->base = NULL;
		}
	} ZEND_HASH_FOREACH_END();
	event_del(&b->pump);
	wm_loop_ref_remove(&b->ref);
	b->loop = NULL;
}

/* The loop is being destroyed (before its base is freed). */
static void wm_rv_loop_detach(wm_loop_ref *ref)
{
	wm_rv_backend *b = (wm_rv_backend *) ((char *) ref - XtOffsetOf(wm_rv_backend, ref));
	wm_rv_detach_events(b);
}

/* Puts the backend's events on `loop`: every activated watch again, and the pump, armed once
 * (callbacks may have been queued meanwhile: after fork(), work of the master's Revolt loop). */
static void wm_rv_move(wm_rv_backend *b, wm_loop *loop)
{
	wm_rv_watch *w;

	wm_rv_detach_events(b);
	b->loop = loop;
	b->ref.detach = wm_rv_loop_detach;
	wm_loop_ref_add_weak(loop, &b->ref);
	event_assign(&b->pump, loop->base, -1, 0, wm_rv_pump_fire, b);

	double now = wm_rv_now();
	ZEND_HASH_FOREACH_PTR(&b->watches, w) {
		if (w->want) {
			wm_rv_watch_add(b, w, now);
		}
	} ZEND_HASH_FOREACH_END();
	wm_rv_arm(b);
}

/* The loop the backend's events are on: the process loop, created (not as Worker::$globalEvent)
 * if there is none yet. NULL with an exception if it cannot be created. */
static wm_loop *wm_rv_attach(wm_rv_backend *b)
{
	wm_loop *cur = WM_G(loop);
	if (!cur) {
		cur = wm_process_loop_ex(false);
		if (!cur) {
			if (!EG(exception)) {
				zend_throw_error(NULL, "The event loop could not be initialised");
			}
			return NULL;
		}
	}
	if (b->loop != cur) {
		wm_rv_move(b, cur);
	}
	return cur;
}

/* The process loop changed (src/php/events.c): follow it. */
static void wm_rv_loop_changed(void)
{
	for (wm_rv_backend *b = WM_G(revolt_backends); b; b = b->next) {
		if (!WM_G(loop)) {
			wm_rv_detach_events(b);
		} else if (b->loop != WM_G(loop)) {
			wm_rv_move(b, WM_G(loop));
		}
	}
}

/* The pump: Revolt has work and the native loop runs it, from {main}. */
static void wm_rv_pump_fire(evutil_socket_t fd, short what, void *arg)
{
	wm_rv_backend *b = arg;

	/* Inside dispatch() (Revolt's own loop is running the base) there is nothing to do: the
	 * loop fiber runs the work when dispatch() returns. Nor can Revolt's run() be called from
	 * inside a Fiber. */
	if (b->dispatching || b->pumping || EG(active_fiber) || EG(exception) || Z_TYPE(b->driver) != IS_OBJECT) {
		return;
	}
	wm_loop *loop = b->loop;
	GC_ADDREF(&b->std);
	b->pumping = true;
	/* Until this pass makes a tick (activate()): a pass that resumes the loop fiber in the
	 * middle of a tick (left there by a {main} suspension) ends without activating what was
	 * enabled since; then another pass follows. */
	b->pending = true;
	zend_call_known_function(b->pump_fn, Z_OBJ(b->driver), Z_OBJCE(b->driver), NULL, 0, NULL, NULL);
	b->pumping = false;
	if (EG(exception)) {
		/* An uncaught throwable of a Revolt callback (Revolt's UncaughtThrowable), which
		 * EventLoop::run() would have thrown: the native loop's error handler or log. The loop
		 * fiber stays suspended with its remaining work: pump again. */
		bool exiting = wm_exception_is_exit();
		if (loop) {
			wm_loop_report_exception(loop);
		}
		if (!exiting) {
			b->pending = true;
		}
	}
	if (b->pending) {
		wm_rv_arm_later(b);
	}
	OBJ_RELEASE(&b->std);
}

/* ---- the object ---------------------------------------------------------------------------- */

static void wm_rv_watch_dtor(zval *zv)
{
	wm_rv_watch *w = Z_PTR_P(zv);
	if (w->base) {
		event_del(&w->ev);
	}
	zval_ptr_dtor(&w->callback);
	efree(w);
}

static zend_object *wm_rv_create(zend_class_entry *ce)
{
	wm_rv_backend *b = zend_object_alloc(sizeof(wm_rv_backend), ce);
	zend_object_std_init(&b->std, ce);
	object_properties_init(&b->std, ce);
	b->std.handlers = &wm_rv_handlers;
	ZVAL_UNDEF(&b->driver);
	zend_hash_init(&b->watches, 8, NULL, wm_rv_watch_dtor, 0);
	return &b->std;
}

static void wm_rv_unlink(wm_rv_backend *b)
{
	if (b->prev) {
		b->prev->next = b->next;
	} else if (WM_G(revolt_backends) == b) {
		WM_G(revolt_backends) = b->next;
	}
	if (b->next) {
		b->next->prev = b->prev;
	}
	b->prev = b->next = NULL;
}

static void wm_rv_free(zend_object *obj)
{
	wm_rv_backend *b = wm_rv_from_obj(obj);
	wm_rv_unlink(b);
	wm_rv_detach_events(b);
	zend_hash_destroy(&b->watches);
	zval_ptr_dtor(&b->driver);
	ZVAL_UNDEF(&b->driver);
	zend_object_std_dtor(obj);
}

static HashTable *wm_rv_get_gc(zend_object *obj, zval **table, int *n)
{
	wm_rv_backend *b = wm_rv_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	wm_rv_watch *w;

	zend_get_gc_buffer_add_zval(buf, &b->driver);
	ZEND_HASH_FOREACH_PTR(&b->watches, w) {
		zend_get_gc_buffer_add_zval(buf, &w->callback);
	} ZEND_HASH_FOREACH_END();
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

static wm_rv_backend *wm_rv_this(zend_execute_data *execute_data)
{
	wm_rv_backend *b = Z_WM_RV_P(ZEND_THIS);
	if (Z_TYPE(b->driver) != IS_OBJECT) {
		zend_throw_error(NULL, "%s has no driver", ZSTR_VAL(wm_ce_RevoltBackend->name));
		return NULL;
	}
	return b;
}

/* A declared property of a Revolt callback object, or NULL. */
static zval *wm_rv_prop(zend_object *obj, const char *name, size_t len)
{
	zend_property_info *info = zend_hash_str_find_ptr(&obj->ce->properties_info, name, len);
	if (!info || (info->flags & ZEND_ACC_STATIC)) {
		return NULL;
	}
	zval *zv = OBJ_PROP(obj, info->offset);
	ZVAL_DEREF(zv);
	return Z_TYPE_P(zv) == IS_UNDEF ? NULL : zv;
}

static zend_string *wm_rv_callback_id(zend_object *cb)
{
	zval *id = wm_rv_prop(cb, ZEND_STRL("id"));
	if (!id || Z_TYPE_P(id) != IS_STRING) {
		zend_throw_error(NULL, "%s is not a Revolt callback", ZSTR_VAL(cb->ce->name));
		return NULL;
	}
	return Z_STR_P(id);
}

/* A new watch for a callback being activated for the first time; NULL with an exception for
 * what cannot be watched. */
static wm_rv_watch *wm_rv_watch_new(wm_rv_backend *b, zend_object *cb, zend_string *id)
{
	zend_string *cls = cb->ce->name;
	wm_rv_kind kind;
	int key = -1;

	if (zend_string_equals_literal_ci(cls, "Revolt\\EventLoop\\Internal\\TimerCallback")) {
		kind = WM_RV_TIMER;
	} else if (zend_string_equals_literal_ci(cls, "Revolt\\EventLoop\\Internal\\StreamReadableCallback")
			|| zend_string_equals_literal_ci(cls, "Revolt\\EventLoop\\Internal\\StreamWritableCallback")) {
		kind = ZSTR_VAL(cls)[sizeof("Revolt\\EventLoop\\Internal\\Stream") - 1] == 'R' ? WM_RV_READ : WM_RV_WRITE;
		zval *stream = wm_rv_prop(cb, ZEND_STRL("stream"));
		key = stream ? wm_loop_stream_fd(stream) : -1;
		if (key < 0) {
			zend_throw_error(NULL, "Revolt callback %s: the stream is closed or has no file descriptor",
				ZSTR_VAL(id));
			return NULL;
		}
	} else if (zend_string_equals_literal_ci(cls, "Revolt\\EventLoop\\Internal\\SignalCallback")) {
		kind = WM_RV_SIGNAL;
		zval *signo = wm_rv_prop(cb, ZEND_STRL("signal"));
		zend_long sig = signo ? zval_get_long(signo) : 0;
		if (sig < 1 || sig >= NSIG) {
			zend_throw_error(NULL, "Invalid signal number " ZEND_LONG_FMT, sig);
			return NULL;
		}
		key = (int) sig;
	} else {
		zend_throw_error(NULL, "Unknown callback type %s", ZSTR_VAL(cls));
		return NULL;
	}

	wm_rv_watch *w = ecalloc(1, sizeof(*w));
	w->b = b;
	w->kind = kind;
	w->key = key;
	ZVAL_OBJ_COPY(&w->callback, cb);
	return w;
}

ZEND_METHOD(Workerman_Events_RevoltBackend, __construct)
{
	zend_object *driver;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ(driver)
	ZEND_PARSE_PARAMETERS_END();

	wm_rv_backend *b = Z_WM_RV_P(ZEND_THIS);
	if (Z_TYPE(b->driver) != IS_UNDEF) {
		zend_throw_error(NULL, "%s is already constructed", ZSTR_VAL(wm_ce_RevoltBackend->name));
		RETURN_THROWS();
	}
	zend_function *enqueue = zend_hash_str_find_ptr(&driver->ce->function_table, ZEND_STRL("enqueuecallback"));
	zend_function *pump = zend_hash_str_find_ptr(&driver->ce->function_table, ZEND_STRL("pump"));
	if (!enqueue || !pump || enqueue->common.num_args < 1 || (enqueue->common.fn_flags & ZEND_ACC_STATIC)
			|| (pump->common.fn_flags & ZEND_ACC_STATIC)) {
		zend_argument_type_error(1, "must be a Workerman\\Events\\RevoltDriver");
		RETURN_THROWS();
	}
	b->enqueue_fn = enqueue;
	b->pump_fn = pump;
	ZVAL_OBJ_COPY(&b->driver, driver);
	b->next = WM_G(revolt_backends);
	if (b->next) {
		b->next->prev = b;
	}
	WM_G(revolt_backends) = b;
}

ZEND_METHOD(Workerman_Events_RevoltBackend, activate)
{
	HashTable *callbacks;
	zval *zv;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(callbacks)
	ZEND_PARSE_PARAMETERS_END();

	wm_rv_backend *b = wm_rv_this(execute_data);
	if (!b || !wm_rv_attach(b)) {
		RETURN_THROWS();
	}
	/* A tick is happening: what wake() noted while pumping is being activated now. */
	b->pending = false;
	double now = wm_rv_now();
	ZEND_HASH_FOREACH_VAL(callbacks, zv) {
		ZVAL_DEREF(zv);
		if (Z_TYPE_P(zv) != IS_OBJECT) {
			continue;
		}
		zend_object *cb = Z_OBJ_P(zv);
		zend_string *id = wm_rv_callback_id(cb);
		if (!id) {
			RETURN_THROWS();
		}
		wm_rv_watch *w = zend_hash_find_ptr(&b->watches, id);
		if (!w) {
			w = wm_rv_watch_new(b, cb, id);
			if (!w) {
				RETURN_THROWS();
			}
			zend_hash_add_new_ptr(&b->watches, id, w);
		}
		if (w->kind == WM_RV_TIMER) {
			zval *exp = wm_rv_prop(cb, ZEND_STRL("expiration"));
			w->expiration = exp ? zval_get_double(exp) : now;
		}
		w->want = true;
		wm_rv_watch_add(b, w, now);
	} ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(Workerman_Events_RevoltBackend, deactivate)
{
	zend_object *cb;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ(cb)
	ZEND_PARSE_PARAMETERS_END();

	wm_rv_backend *b = wm_rv_this(execute_data);
	if (!b) {
		RETURN_THROWS();
	}
	zend_string *id = wm_rv_callback_id(cb);
	if (!id) {
		RETURN_THROWS();
	}
	wm_rv_watch *w = zend_hash_find_ptr(&b->watches, id);
	if (w) {
		w->want = false;
		if (w->base) {
			event_del(&w->ev);
		}
	}
}

ZEND_METHOD(Workerman_Events_RevoltBackend, cancel)
{
	zend_string *id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	wm_rv_backend *b = Z_WM_RV_P(ZEND_THIS);
	zend_hash_del(&b->watches, id);
}

ZEND_METHOD(Workerman_Events_RevoltBackend, dispatch)
{
	bool blocking, force = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_BOOL(blocking)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(force)
	ZEND_PARSE_PARAMETERS_END();

	wm_rv_backend *b = wm_rv_this(execute_data);
	if (!b) {
		RETURN_THROWS();
	}
	if (b->pumping) {
		/* The native loop runs the events: this pass of Revolt's loop ends here. */
		RETURN_LONG(1);
	}
	wm_loop *loop = wm_rv_attach(b);
	if (!loop) {
		RETURN_THROWS();
	}
	if (loop->run_depth > 0) {
		/* A callback of the running native loop: libevent cannot re-enter the base. Revolt's
		 * queued work can still run (a suspension already resumed returns); waiting cannot:
		 * the driver tells the waiting code. */
		RETURN_LONG(blocking ? 2 : 0);
	}
	if (loop->broken) {
		zend_throw_error(NULL, "The event loop cannot run after a fatal error");
		RETURN_THROWS();
	}
	/* Workerman's own timers, watchers and connections keep a Revolt loop running, as
	 * upstream's Revolt event loop class makes them referenced Revolt callbacks. */
	if (!force && !wm_loop_busy(loop)) {
		RETURN_LONG(3);
	}
	/* Disarmed while the base runs here (an armed pump would make every iteration
	 * non-blocking), armed again afterwards for whatever this pass of Revolt's loop leaves. */
	event_del(&b->pump);
	b->dispatching = true;
	zend_try {
		event_base_loop(loop->base, EVLOOP_ONCE | (blocking ? 0 : EVLOOP_NONBLOCK));
	} zend_catch {
		/* A fatal error unwound through libevent: its base still thinks it is running. */
		b->dispatching = false;
		loop->broken = true;
		zend_bailout();
	} zend_end_try();
	b->dispatching = false;
	if (b->loop == loop) {
		wm_rv_arm(b);
	}
	RETURN_LONG(0);
}

ZEND_METHOD(Workerman_Events_RevoltBackend, nested)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_rv_backend *b = Z_WM_RV_P(ZEND_THIS);
	RETURN_BOOL(!b->pumping && WM_G(loop) && WM_G(loop)->run_depth > 0);
}

ZEND_METHOD(Workerman_Events_RevoltBackend, wake)
{
	bool tick = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(tick)
	ZEND_PARSE_PARAMETERS_END();

	wm_rv_backend *b = wm_rv_this(execute_data);
	if (!b) {
		RETURN_THROWS();
	}
	if (b->dispatching) {
		return;     /* Revolt's loop is running the base: it sees the work when dispatch() returns */
	}
	if (b->pumping) {
		/* A microtask runs in this pass; a new or re-enabled callback needs the next tick,
		 * which this pass may have had already. */
		b->pending = b->pending || tick;
		return;
	}
	if (!wm_rv_attach(b)) {
		RETURN_THROWS();
	}
	wm_rv_arm(b);
}

ZEND_METHOD(Workerman_Events_RevoltBackend, now)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_DOUBLE(wm_rv_now());
}

ZEND_METHOD(Workerman_Events_RevoltBackend, getHandle)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_rv_backend *b = wm_rv_this(execute_data);
	if (!b || !wm_rv_attach(b)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(WM_G(loop_obj));
}

/* ---- installing the driver ----------------------------------------------------------------- */

static zend_class_entry *(*wm_rv_prev_autoload)(zend_string *name, zend_string *lc_name);

/* Warns that the driver is not installed (Revolt then picks its own), with the pending
 * exception's message if there is one. */
static void wm_rv_install_failed(const char *why)
{
	zend_string *msg = NULL;
	if (EG(exception)) {
		zend_object *ex = wm_exception_take();
		zval rv, *m = zend_read_property(ex->ce, ex, ZEND_STRL("message"), 1, &rv);
		msg = zval_get_string(m);
		OBJ_RELEASE(ex);
	}
	php_error_docref(NULL, E_WARNING, "workerman.revolt: the native Revolt driver is not installed: %s%s%s",
		why, msg ? ": " : "", msg ? ZSTR_VAL(msg) : "");
	if (msg) {
		zend_string_release(msg);
	}
}

/* Revolt's AbstractDriver has the shape the glue was written for (Revolt 1.x). */
static bool wm_rv_revolt_compatible(void)
{
	zend_string *name = zend_string_init(ZEND_STRL("Revolt\\EventLoop\\Internal\\AbstractDriver"), 0);
	zend_class_entry *ce = zend_lookup_class(name);
	zend_string_release(name);
	if (!ce) {
		return false;
	}
	static const struct { const char *name; uint32_t args; } methods[] = {
		{"activate", 1}, {"deactivate", 1}, {"dispatch", 1}, {"now", 0}, {"enqueuecallback", 1},
		{"run", 0}, {"stop", 0}, {"enable", 1}, {"disable", 1}, {"repeat", 2},
	};
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, methods[i].name, strlen(methods[i].name));
		if (!fn || fn->common.num_args != methods[i].args) {
			return false;
		}
	}
	/* Private state the glue reads through closures bound to AbstractDriver. */
	return zend_hash_str_exists(&ce->properties_info, ZEND_STRL("callbacks"))
		&& zend_hash_str_exists(&ce->properties_info, ZEND_STRL("idle"));
}

/* Revolt\EventLoop was just loaded: compile the driver class and make it Revolt's driver. */
static void wm_rv_install(void)
{
	if (!wm_rv_revolt_compatible()) {
		wm_rv_install_failed("Revolt's Internal\\AbstractDriver is missing or of another version than 1.x");
		return;
	}
	if (!zend_hash_str_exists(EG(class_table), ZEND_STRL("workerman\\events\\revoltdriver"))) {
		if (zend_eval_stringl(wm_revolt_glue, sizeof(wm_revolt_glue) - 1, NULL, "ext-workerman Revolt driver") == FAILURE
				|| EG(exception)) {
			wm_rv_install_failed("Workerman\\Events\\RevoltDriver did not compile");
			return;
		}
	}
	static const char set[] = "\\Revolt\\EventLoop::setDriver(new \\Workerman\\Events\\RevoltDriver());";
	if (zend_eval_stringl(set, sizeof(set) - 1, NULL, "ext-workerman Revolt driver") == FAILURE || EG(exception)) {
		wm_rv_install_failed("EventLoop::setDriver() failed");
	}
}

static zend_class_entry *wm_rv_autoload(zend_string *name, zend_string *lc_name)
{
	zend_class_entry *ce = wm_rv_prev_autoload ? wm_rv_prev_autoload(name, lc_name) : NULL;
	if (ce && !EG(exception) && WM_G(revolt) && zend_string_equals_literal(lc_name, "revolt\\eventloop")) {
		wm_rv_install();
	}
	return ce;
}

void wm_revolt_minit(void)
{
	wm_ce_RevoltBackend = register_class_Workerman_Events_RevoltBackend();
	wm_ce_RevoltBackend->create_object = wm_rv_create;

	memcpy(&wm_rv_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_rv_handlers.offset = XtOffsetOf(wm_rv_backend, std);
	wm_rv_handlers.free_obj = wm_rv_free;
	wm_rv_handlers.get_gc = wm_rv_get_gc;
	wm_rv_handlers.clone_obj = NULL;

	wm_events_set_loop_change_hook(wm_rv_loop_changed);
	/* SPL (a required module, started first) has set zend_autoload; PHP 8.2 has no observer of
	 * class declarations, so the hook wraps it. */
	wm_rv_prev_autoload = zend_autoload;
	zend_autoload = wm_rv_autoload;
}

void wm_revolt_mshutdown(void)
{
	if (zend_autoload == wm_rv_autoload) {
		zend_autoload = wm_rv_prev_autoload;
	}
}
