/* SPDX-License-Identifier: MIT */
/* Workerman\Events\EventInterface and the native loop classes Event, Select and Ev. */

#include "php/events.h"
#include "php/worker.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "../stubs/events_arginfo.h"

static zend_object_handlers wm_loop_handlers;

static zend_object *wm_loop_create(zend_class_entry *ce)
{
	wm_loop_object *obj = zend_object_alloc(sizeof(wm_loop_object), ce);
	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &wm_loop_handlers;
	if (wm_loop_init(&obj->loop) == FAILURE) {
		/* wm_loop_init() threw; the object stays usable for destruction only. */
		obj->loop.base = NULL;
	}
	return &obj->std;
}

static void wm_loop_free(zend_object *object)
{
	wm_loop_object *obj = wm_loop_from_obj(object);
	wm_loop_destroy(&obj->loop);
	zend_object_std_dtor(object);
}

static HashTable *wm_loop_get_gc(zend_object *object, zval **table, int *n)
{
	wm_loop_object *obj = wm_loop_from_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	if (obj->loop.base) {
		wm_loop_gc(&obj->loop, buf);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

wm_loop *wm_loop_from_zval(zval *zv)
{
	if (zv && Z_TYPE_P(zv) == IS_OBJECT && instanceof_function(Z_OBJCE_P(zv), wm_ce_Event)) {
		wm_loop *loop = &wm_loop_from_obj(Z_OBJ_P(zv))->loop;
		return loop->base ? loop : NULL;
	}
	return NULL;
}

/* Set once at MINIT by the Revolt driver (src/php/revolt.c), which moves its events along. */
static void (*wm_loop_change_hook)(void);

void wm_events_set_loop_change_hook(void (*fn)(void))
{
	wm_loop_change_hook = fn;
}

void wm_set_process_loop(zend_object *obj)
{
	zend_object *old = WM_G(loop_obj);
	WM_G(loop_unpublished) = false;
	if (obj) {
		GC_ADDREF(obj);
		WM_G(loop_obj) = obj;
		WM_G(loop) = &wm_loop_from_obj(obj)->loop;
	} else {
		WM_G(loop_obj) = NULL;
		WM_G(loop) = NULL;
	}
	if (old) {
		OBJ_RELEASE(old);
	}
	if (wm_loop_change_hook && (obj || old)) {
		wm_loop_change_hook();
	}
}

wm_loop *wm_process_loop_ex(bool publish)
{
	if (!WM_G(loop)) {
		zval zv;
		object_init_ex(&zv, wm_ce_Event);
		if (EG(exception)) {
			zval_ptr_dtor(&zv);
			return NULL;
		}
		wm_set_process_loop(Z_OBJ(zv));
		WM_G(loop_unpublished) = true;
		zval_ptr_dtor(&zv);
	}
	if (publish && WM_G(loop_unpublished)) {
		zval zv;
		ZVAL_OBJ(&zv, WM_G(loop_obj));
		zend_update_static_property(wm_ce_Worker, "globalEvent", sizeof("globalEvent") - 1, &zv);
		WM_G(loop_unpublished) = false;
	}
	return WM_G(loop);
}

wm_loop *wm_process_loop(void)
{
	return wm_process_loop_ex(true);
}

static wm_loop *wm_this_loop(zend_execute_data *execute_data)
{
	wm_loop *loop = &wm_loop_from_obj(Z_OBJ_P(ZEND_THIS))->loop;
	if (!loop->base) {
		zend_throw_error(NULL, "The event loop could not be initialised");
		return NULL;
	}
	return loop;
}

ZEND_METHOD(Workerman_Events_Event, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

static void wm_event_add_timer(INTERNAL_FUNCTION_PARAMETERS, bool persistent)
{
	double interval;
	zval *func, *args = NULL;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_ZVAL(func)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();

	if (!zend_is_callable(func, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback");
		RETURN_THROWS();
	}
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	RETURN_LONG(wm_loop_timer_add(loop, interval, func, args, persistent));
}

ZEND_METHOD(Workerman_Events_Event, delay)
{
	wm_event_add_timer(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Workerman_Events_Event, repeat)
{
	wm_event_add_timer(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(Workerman_Events_Event, offDelay)
{
	zend_long id;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wm_loop_timer_del(loop, id));
}

ZEND_METHOD(Workerman_Events_Event, offRepeat)
{
	ZEND_MN(Workerman_Events_Event_offDelay)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

static void wm_event_watch(INTERNAL_FUNCTION_PARAMETERS, bool write)
{
	zval *stream, *func;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(stream)
		Z_PARAM_ZVAL(func)
	ZEND_PARSE_PARAMETERS_END();

	if (!zend_is_callable(func, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback");
		RETURN_THROWS();
	}
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	if (wm_loop_watch_stream(loop, stream, func, write) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(Workerman_Events_Event, onReadable)
{
	wm_event_watch(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Workerman_Events_Event, onWritable)
{
	wm_event_watch(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

static void wm_event_unwatch(INTERNAL_FUNCTION_PARAMETERS, bool write)
{
	zval *stream;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(stream)
	ZEND_PARSE_PARAMETERS_END();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wm_loop_unwatch_stream(loop, stream, write));
}

ZEND_METHOD(Workerman_Events_Event, offReadable)
{
	wm_event_unwatch(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Workerman_Events_Event, offWritable)
{
	wm_event_unwatch(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(Workerman_Events_Event, onSignal)
{
	zend_long signo;
	zval *func;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(signo)
		Z_PARAM_ZVAL(func)
	ZEND_PARSE_PARAMETERS_END();

	if (signo < 1 || signo >= NSIG) {
		zend_argument_value_error(1, "must be a valid signal number");
		RETURN_THROWS();
	}
	if (!zend_is_callable(func, 0, NULL)) {
		zend_argument_type_error(2, "must be a valid callback");
		RETURN_THROWS();
	}
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	wm_loop_watch_signal(loop, (int) signo, func);
}

ZEND_METHOD(Workerman_Events_Event, offSignal)
{
	zend_long signo;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(signo)
	ZEND_PARSE_PARAMETERS_END();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wm_loop_unwatch_signal(loop, (int) signo));
}

ZEND_METHOD(Workerman_Events_Event, deleteAllTimer)
{
	wm_loop *loop;
	ZEND_PARSE_PARAMETERS_NONE();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	wm_loop_timer_del_all(loop);
}

ZEND_METHOD(Workerman_Events_Event, clearAllTimer)
{
	ZEND_MN(Workerman_Events_Event_deleteAllTimer)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Events_Event, run)
{
	wm_loop *loop;
	ZEND_PARSE_PARAMETERS_NONE();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	wm_loop_run(loop);
}

ZEND_METHOD(Workerman_Events_Event, loop)
{
	ZEND_MN(Workerman_Events_Event_run)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Events_Event, stop)
{
	wm_loop *loop;
	ZEND_PARSE_PARAMETERS_NONE();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	wm_loop_stop(loop);
}

ZEND_METHOD(Workerman_Events_Event, destroy)
{
	ZEND_MN(Workerman_Events_Event_stop)(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Events_Event, getTimerCount)
{
	wm_loop *loop;
	ZEND_PARSE_PARAMETERS_NONE();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	RETURN_LONG(wm_loop_timer_count(loop));
}

ZEND_METHOD(Workerman_Events_Event, setErrorHandler)
{
	zval *func;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(func)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_is_callable(func, 0, NULL)) {
		zend_argument_type_error(1, "must be a valid callback");
		RETURN_THROWS();
	}
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&loop->error_handler);
	ZVAL_COPY(&loop->error_handler, func);
}

ZEND_METHOD(Workerman_Events_Event, getErrorHandler)
{
	wm_loop *loop;
	ZEND_PARSE_PARAMETERS_NONE();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	if (Z_TYPE(loop->error_handler) == IS_UNDEF) {
		RETURN_NULL();
	}
	RETURN_COPY(&loop->error_handler);
}

/* Workerman 4.x: add($fd, $flag, $func, $args). */
ZEND_METHOD(Workerman_Events_Event, add)
{
	zval *fd, *func, *args = NULL;
	zend_long flag;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_ZVAL(fd)
		Z_PARAM_LONG(flag)
		Z_PARAM_ZVAL(func)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();

	if (!zend_is_callable(func, 0, NULL)) {
		zend_argument_type_error(3, "must be a valid callback");
		RETURN_THROWS();
	}
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	switch (flag) {
		case 1: /* EV_READ */
		case 2: /* EV_WRITE */
			if (wm_loop_watch_stream(loop, fd, func, flag == 2) == FAILURE) {
				RETURN_THROWS();
			}
			RETURN_TRUE;
		case 4: { /* EV_SIGNAL */
			zend_long signo = zval_get_long(fd);
			if (signo < 1 || signo >= NSIG) {
				RETURN_FALSE;
			}
			wm_loop_watch_signal(loop, (int) signo, func);
			RETURN_TRUE;
		}
		case 8:  /* EV_TIMER */
		case 16: /* EV_TIMER_ONCE */
			RETURN_LONG(wm_loop_timer_add(loop, zval_get_double(fd), func, args, flag == 8));
		default:
			RETURN_FALSE;
	}
}

/* Workerman 4.x: del($fd, $flag). */
ZEND_METHOD(Workerman_Events_Event, del)
{
	zval *fd;
	zend_long flag;
	wm_loop *loop;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(fd)
		Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	loop = wm_this_loop(execute_data);
	if (!loop) {
		RETURN_THROWS();
	}
	switch (flag) {
		case 1:
		case 2:
			RETURN_BOOL(wm_loop_unwatch_stream(loop, fd, flag == 2));
		case 4:
			RETURN_BOOL(wm_loop_unwatch_signal(loop, (int) zval_get_long(fd)));
		case 8:
		case 16:
			RETURN_BOOL(wm_loop_timer_del(loop, zval_get_long(fd)));
		default:
			RETURN_FALSE;
	}
}

void wm_events_minit(void)
{
	wm_ce_EventInterface = register_class_Workerman_Events_EventInterface();
	wm_ce_Event = register_class_Workerman_Events_Event(wm_ce_EventInterface);
	wm_ce_Event->create_object = wm_loop_create;
	register_class_Workerman_Events_Select(wm_ce_Event);
	register_class_Workerman_Events_Ev(wm_ce_Event);
	wm_ce_EventFiber = register_class_Workerman_Events_Fiber(wm_ce_Event);
	wm_ce_EventRevolt = register_class_Workerman_Events_Revolt(wm_ce_Event);

	memcpy(&wm_loop_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_loop_handlers.offset = XtOffsetOf(wm_loop_object, std);
	wm_loop_handlers.free_obj = wm_loop_free;
	wm_loop_handlers.get_gc = wm_loop_get_gc;
	wm_loop_handlers.clone_obj = NULL;
}
