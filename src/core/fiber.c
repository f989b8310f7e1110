/* SPDX-License-Identifier: MIT */
/* Loop callbacks inside PHP Fibers (see fiber.h). The Fiber objects are ordinary
 * \Fiber instances, so Fiber::getCurrent(), Fiber::suspend() and every library built on them
 * (Revolt suspensions, workerman/coroutine) see what they see under upstream. */

#include "core/fiber.h"
#include "core/callback.h"
#include "zend_fibers.h"
#include "zend_closures.h"

bool wm_fiber_all;

typedef struct {
	wm_fiber_job_fn fn;
	evutil_socket_t fd;
	short what;
	void *arg;
} wm_fiber_job;

ZEND_TLS zend_object *wm_pool;     /* the reusable Fiber (a reference held), or NULL */
ZEND_TLS bool wm_pool_parked;      /* it waits at its parking point for the next job */
ZEND_TLS wm_fiber_job wm_pending;  /* the job handed to it by wm_fiber_run() */
ZEND_TLS zend_object *wm_current;  /* the Fiber wm_fiber_run() is running a job in */

/* Fiber::start(), resume() and suspend(), looked up once (zend_ce_fiber is the engine's). */
static zend_function *wm_fiber_start_fn, *wm_fiber_resume_fn, *wm_fiber_suspend_fn;

static void wm_fiber_methods(void)
{
	if (!wm_fiber_suspend_fn) {
		HashTable *ft = &zend_ce_fiber->function_table;
		wm_fiber_start_fn = zend_hash_str_find_ptr(ft, ZEND_STRL("start"));
		wm_fiber_resume_fn = zend_hash_str_find_ptr(ft, ZEND_STRL("resume"));
		wm_fiber_suspend_fn = zend_hash_str_find_ptr(ft, ZEND_STRL("suspend"));
	}
}

/* The body of the reusable Fiber: run the job handed over, park, repeat. A job that suspended
 * made this Fiber someone else's: once resumed and done, it ends instead of parking. */
static ZEND_NAMED_FUNCTION(wm_fiber_main);

static zend_internal_arg_info wm_fiber_main_arginfo[] = {
	{(const char *)(uintptr_t) 0, ZEND_TYPE_INIT_NONE(0), NULL},
};

static zend_internal_function wm_fiber_main_fn = {
	ZEND_INTERNAL_FUNCTION,   /* type */
	{0, 0, 0},                /* arg_flags */
	ZEND_ACC_PUBLIC,          /* fn_flags */
	NULL,                     /* name (set at first use) */
	NULL,                     /* scope */
	NULL,                     /* prototype */
	0,                        /* num_args */
	0,                        /* required_num_args */
	wm_fiber_main_arginfo + 1,/* arg_info */
	NULL,                     /* attributes */
	0,                        /* T */
	NULL,                     /* run_time_cache */
	wm_fiber_main,            /* handler */
	NULL,                     /* module */
	{NULL, NULL, NULL, NULL}  /* reserved */
};

static ZEND_NAMED_FUNCTION(wm_fiber_main)
{
	zend_object *self = &EG(active_fiber)->std;
	ZEND_PARSE_PARAMETERS_NONE();

	for (;;) {
		wm_fiber_job job = wm_pending;
		wm_pending.fn = NULL;
		if (job.fn) {
			job.fn(job.fd, job.what, job.arg);
		}
		if (EG(exception) || wm_pool != self) {
			return; /* exit(), destroyed while suspended, or no longer the reusable Fiber */
		}
		wm_pool_parked = true;
		zend_call_known_function(wm_fiber_suspend_fn, NULL, zend_ce_fiber, NULL, 0, NULL, NULL);
		if (EG(exception)) {
			return; /* destroyed while parked */
		}
	}
}

static zend_object *wm_fiber_new(zval *callable)
{
	zval fiber;
	if (object_init_ex(&fiber, zend_ce_fiber) != SUCCESS) {
		return NULL;
	}
	zend_call_known_function(Z_OBJ(fiber)->ce->constructor, Z_OBJ(fiber), Z_OBJCE(fiber), NULL, 1, callable, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&fiber);
		return NULL;
	}
	return Z_OBJ(fiber);
}

static zend_object *wm_pool_new(void)
{
	if (!wm_fiber_main_fn.function_name) {
		wm_fiber_main_fn.function_name = zend_string_init_interned(ZEND_STRL("{workerman-fiber}"), 1);
	}
	zval closure;
	zend_create_fake_closure(&closure, (zend_function *) &wm_fiber_main_fn, NULL, NULL, NULL);
	zend_object *f = wm_fiber_new(&closure);
	zval_ptr_dtor(&closure);
	return f;
}

bool wm_fiber_run(wm_fiber_job_fn fn, evutil_socket_t fd, short what, void *arg)
{
	if (EG(active_fiber) && &EG(active_fiber)->std == wm_current) {
		return false; /* already inside the job's Fiber */
	}
	wm_fiber_methods();
	if (!wm_pool) {
		wm_pool = wm_pool_new();
		if (!wm_pool) {
			return false; /* exception pending: the caller runs the job, which sees it */
		}
	}
	zend_object *f = wm_pool;
	GC_ADDREF(f);
	wm_pending = (wm_fiber_job){fn, fd, what, arg};
	wm_pool_parked = false;
	zend_object *outer = wm_current;
	wm_current = f;
	zend_fiber *zf = (zend_fiber *) f;
	zend_call_known_function(zf->context.status == ZEND_FIBER_STATUS_INIT ? wm_fiber_start_fn : wm_fiber_resume_fn,
		f, zend_ce_fiber, NULL, 0, NULL, NULL);
	wm_current = outer;
	if (!wm_pool_parked && wm_pool == f) {
		/* The job suspended: the Fiber is now whoever resumes it; the next job gets a new one. */
		wm_pool = NULL;
		OBJ_RELEASE(f);
	}
	OBJ_RELEASE(f);
	return true;
}

bool wm_fiber_sleep(wm_loop *loop, double seconds)
{
	if (!EG(active_fiber) || !loop) {
		return false;
	}
	/* The timer holds [$fiber, 'resume'], so the Fiber lives until it wakes. */
	zval cb, method;
	array_init_size(&cb, 2);
	GC_ADDREF(&EG(active_fiber)->std);
	ZVAL_OBJ(&method, &EG(active_fiber)->std);
	add_next_index_zval(&cb, &method);
	add_next_index_stringl(&cb, "resume", sizeof("resume") - 1);
	wm_loop_timer_add(loop, seconds, &cb, NULL, false);
	zval_ptr_dtor(&cb);
	wm_fiber_methods();
	zend_call_known_function(wm_fiber_suspend_fn, NULL, zend_ce_fiber, NULL, 0, NULL, NULL);
	return true;
}

void wm_fiber_shutdown(void)
{
	wm_fiber_all = false;
	if (wm_pool) {
		zend_object *f = wm_pool;
		wm_pool = NULL;
		OBJ_RELEASE(f);
	}
}
