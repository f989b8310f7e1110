/* SPDX-License-Identifier: MIT */
/* Workerman\Timer (and its 4.x name Workerman\Lib\Timer).
 * With an event loop (Timer::$event, set by Timer::init() in each worker process) timers live in
 * that loop. Before any loop exists (in the master, or at file scope) they are kept aside, as
 * upstream's alarm mode keeps them; a worker process drops them when it starts, as upstream's
 * children do after fork. */

#include "php/events.h"
#include "core/fiber.h"
#include "php/timer.h"
#include "php/worker.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "../stubs/timer_arginfo.h"

static uint32_t sslot_event;

typedef struct {
	zval func;
	zval args;
	double interval;
	bool persistent;
	time_t run_at;
} wm_master_timer;

static void wm_master_timer_dtor(zval *zv)
{
	wm_master_timer *t = Z_PTR_P(zv);
	zval_ptr_dtor(&t->func);
	zval_ptr_dtor(&t->args);
	efree(t);
}

static HashTable *wm_master_timers(void)
{
	if (!WM_G(master_timers)) {
		ALLOC_HASHTABLE(WM_G(master_timers));
		zend_hash_init(WM_G(master_timers), 8, NULL, wm_master_timer_dtor, 0);
	}
	return WM_G(master_timers);
}

/* Timer::$tasks, $status and $timerId show the master-mode timers as upstream's alarm mode keeps
 * them ([run at => [id => [func, args, persistent, interval]]], [id => true], the last id):
 * rebuilt after each change, which happens only in master mode. */
static uint32_t sslot_tasks, sslot_status, sslot_timer_id;

static void wm_timer_sprop_set(uint32_t slot, zval *value)
{
	zval *zv = wm_static_slot(wm_ce_Timer, slot);
	zval old;
	ZVAL_COPY_VALUE(&old, zv);
	ZVAL_COPY_VALUE(zv, value);
	zval_ptr_dtor(&old);
}

static void wm_timer_master_sync(void)
{
	zval tasks, status, last;
	array_init(&tasks);
	array_init(&status);
	HashTable *ht = WM_G(master_timers);
	if (ht) {
		zend_ulong id;
		wm_master_timer *t;
		ZEND_HASH_FOREACH_NUM_KEY_PTR(ht, id, t) {
			zval *at = zend_hash_index_find(Z_ARRVAL(tasks), (zend_ulong) t->run_at);
			if (!at) {
				zval arr;
				array_init(&arr);
				at = zend_hash_index_update(Z_ARRVAL(tasks), (zend_ulong) t->run_at, &arr);
			}
			zval task, v;
			array_init_size(&task, 4);
			Z_TRY_ADDREF(t->func);
			add_next_index_zval(&task, &t->func);
			if (Z_TYPE(t->args) == IS_ARRAY) {
				ZVAL_COPY(&v, &t->args);
			} else {
				array_init(&v);
			}
			add_next_index_zval(&task, &v);
			add_next_index_bool(&task, t->persistent);
			add_next_index_double(&task, t->interval);
			add_index_zval(at, id, &task);
			add_index_bool(&status, id, 1);
		} ZEND_HASH_FOREACH_END();
	}
	ZVAL_LONG(&last, WM_G(master_timer_seq));
	wm_timer_sprop_set(sslot_tasks, &tasks);
	wm_timer_sprop_set(sslot_status, &status);
	wm_timer_sprop_set(sslot_timer_id, &last);
}

void wm_timer_rshutdown(void)
{
	if (WM_G(master_timers)) {
		zend_hash_destroy(WM_G(master_timers));
		FREE_HASHTABLE(WM_G(master_timers));
		WM_G(master_timers) = NULL;
	}
}

/* Timer::$event, or NULL. */
static zval *wm_timer_event(void)
{
	zval *ev = wm_static_slot(wm_ce_Timer, sslot_event);
	return Z_TYPE_P(ev) == IS_OBJECT ? ev : NULL;
}

static bool wm_any_worker(void)
{
	zval *workers = wm_static_prop(wm_ce_Worker, "workers", sizeof("workers") - 1);
	return workers && Z_TYPE_P(workers) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(workers)) > 0;
}

static zend_long wm_timer_add(double interval, zval *func, zval *args, bool persistent)
{
	zval *ev = wm_timer_event();
	if (ev) {
		wm_loop *loop = wm_loop_from_zval(ev);
		if (loop) {
			return wm_loop_timer_add(loop, interval, func, args, persistent);
		}
		/* A user-supplied EventInterface: ask it through PHP. */
		zval ret, params[3];
		ZVAL_DOUBLE(&params[0], interval);
		ZVAL_COPY_VALUE(&params[1], func);
		if (args) {
			ZVAL_COPY_VALUE(&params[2], args);
		} else {
			ZVAL_EMPTY_ARRAY(&params[2]);
		}
		if (persistent) {
			wm_call_method(Z_OBJ_P(ev), "repeat", sizeof("repeat") - 1, &ret, 3, params);
		} else {
			wm_call_method(Z_OBJ_P(ev), "delay", sizeof("delay") - 1, &ret, 3, params);
		}
		zend_long id = zval_get_long(&ret);
		zval_ptr_dtor(&ret);
		return id;
	}

	if (!wm_any_worker()) {
		zend_throw_exception(spl_ce_RuntimeException, "Timer can only be used in workerman running environment", 0);
		return 0;
	}
	wm_master_timer *t = ecalloc(1, sizeof(*t));
	ZVAL_COPY(&t->func, func);
	if (args) {
		ZVAL_COPY(&t->args, args);
	} else {
		ZVAL_UNDEF(&t->args);
	}
	t->interval = interval;
	t->persistent = persistent;
	t->run_at = time(NULL) + (time_t) interval;
	if (WM_G(master_timer_seq) == ZEND_LONG_MAX) {
		WM_G(master_timer_seq) = 0;
	}
	zend_long id = ++WM_G(master_timer_seq);
	zend_hash_index_update_ptr(wm_master_timers(), id, t);
	wm_timer_master_sync();
	return id;
}

/* Runs the master-mode timers that are due (upstream's Timer::tick()), once per second. */
void wm_timer_master_tick(void)
{
	HashTable *ht = WM_G(master_timers);
	if (!ht) {
		return;
	}
	time_t now = time(NULL);
	zend_ulong id;
	wm_master_timer *t;
	zend_ulong *due = NULL;
	uint32_t n = 0;

	ZEND_HASH_FOREACH_NUM_KEY_PTR(ht, id, t) {
		if (t->run_at <= now) {
			due = erealloc(due, sizeof(zend_ulong) * (n + 1));
			due[n++] = id;
		}
	} ZEND_HASH_FOREACH_END();

	for (uint32_t i = 0; i < n; i++) {
		t = zend_hash_index_find_ptr(ht, due[i]);
		if (!t) {
			continue; /* deleted by an earlier callback */
		}
		zval func, args;
		ZVAL_COPY(&func, &t->func);
		ZVAL_COPY(&args, &t->args);
		bool persistent = t->persistent;
		if (persistent) {
			t->run_at = time(NULL) + (time_t) t->interval;
		} else {
			zend_hash_index_del(ht, due[i]);
		}
		wm_call_with_array(&func, NULL, 0, NULL, &args);
		zval_ptr_dtor(&func);
		zval_ptr_dtor(&args);
		if (wm_log_pending_exception()) {
			break;
		}
	}
	if (due) {
		efree(due);
	}
	if (n) {
		wm_timer_master_sync();
	}
}

/* Drops the master-mode timers (a worker process does this when it starts). */
void wm_timer_master_clear(void)
{
	if (WM_G(master_timers)) {
		zend_hash_clean(WM_G(master_timers));
		wm_timer_master_sync();
	}
}

static bool wm_check_callable(zval *func, uint32_t arg)
{
	if (!zend_is_callable(func, 0, NULL)) {
		zend_argument_type_error(arg, "must be a valid callback");
		return false;
	}
	return true;
}

ZEND_METHOD(Workerman_Timer, init)
{
	zval *event = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(event, wm_ce_EventInterface)
	ZEND_PARSE_PARAMETERS_END();

	/* Without a loop upstream only (re)installs its SIGALRM handler, which the master's tick
	 * stands for here: the current loop, if any, stays. */
	if (event) {
		zend_update_static_property(wm_ce_Timer, "event", sizeof("event") - 1, event);
	}
}

ZEND_METHOD(Workerman_Timer, add)
{
	double interval;
	zval *func, *args = NULL;
	bool persistent = true;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_ZVAL(func)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_OR_NULL(args)
		Z_PARAM_BOOL(persistent)
	ZEND_PARSE_PARAMETERS_END();

	if (!wm_check_callable(func, 2)) {
		RETURN_THROWS();
	}
	if (interval < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "$timeInterval can not less than 0", 0);
		RETURN_THROWS();
	}
	zend_long id = wm_timer_add(interval, func, args, persistent);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(id);
}

static void wm_timer_add_method(INTERNAL_FUNCTION_PARAMETERS, bool persistent)
{
	double interval;
	zval *func, *args = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_ZVAL(func)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();

	if (!wm_check_callable(func, 2)) {
		RETURN_THROWS();
	}
	zend_long id = wm_timer_add(interval < 0 ? 0 : interval, func, args, persistent);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(id);
}

ZEND_METHOD(Workerman_Timer, repeat)
{
	wm_timer_add_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(Workerman_Timer, delay)
{
	wm_timer_add_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Workerman_Timer, signalHandle)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wm_timer_event()) {
		wm_timer_master_tick();
	}
}

/* Runs the master-mode timers that are due (what signalHandle() does before a loop exists). */
ZEND_METHOD(Workerman_Timer, tick)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_master_tick();
}

ZEND_METHOD(Workerman_Timer, sleep)
{
	double delay;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_DOUBLE(delay)
	ZEND_PARSE_PARAMETERS_END();
	if (delay < 0) {
		delay = 0;
	}
	/* On the Fiber loop (upstream's Events\Fiber, 5.0's Events\Revolt) a callback suspends its
	 * Fiber until a timer resumes it; elsewhere, like upstream's Select/Event drivers, it blocks. */
	if (wm_fiber_all && wm_fiber_sleep(WM_G(loop), delay)) {
		return;
	}
	if (delay > 0) {
		usleep((useconds_t) (delay * 1000000.0));
	}
}

ZEND_METHOD(Workerman_Timer, del)
{
	zend_long id = 0;
	bool is_null = true;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG_OR_NULL(id, is_null)
	ZEND_PARSE_PARAMETERS_END();

	if (is_null || id <= 0) {
		RETURN_FALSE;
	}
	zval *ev = wm_timer_event();
	if (ev) {
		wm_loop *loop = wm_loop_from_zval(ev);
		if (loop) {
			RETURN_BOOL(wm_loop_timer_del(loop, id));
		}
		zval ret, arg;
		ZVAL_LONG(&arg, id);
		zend_call_method_with_1_params(Z_OBJ_P(ev), Z_OBJCE_P(ev), NULL, "offdelay", &ret, &arg);
		RETURN_BOOL(zend_is_true(&ret));
	}
	if (WM_G(master_timers) && zend_hash_index_del(WM_G(master_timers), id) == SUCCESS) {
		wm_timer_master_sync();
		RETURN_TRUE;
	}
	RETURN_TRUE; /* upstream's alarm-mode del() always answers true */
}

ZEND_METHOD(Workerman_Timer, delAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_master_clear();
	zval *ev = wm_timer_event();
	if (ev) {
		wm_loop *loop = wm_loop_from_zval(ev);
		if (loop) {
			wm_loop_timer_del_all(loop);
		} else {
			zend_call_method_with_0_params(Z_OBJ_P(ev), Z_OBJCE_P(ev), NULL, "deletealltimer", NULL);
		}
	}
}

void wm_timer_minit(void)
{
	wm_ce_Timer = register_class_Workerman_Timer();
	register_class_Workerman_Lib_Timer(wm_ce_Timer);
	sslot_event = wm_static_offset(wm_ce_Timer, "event");
	sslot_tasks = wm_static_offset(wm_ce_Timer, "tasks");
	sslot_status = wm_static_offset(wm_ce_Timer, "status");
	sslot_timer_id = wm_static_offset(wm_ce_Timer, "timerId");
}
