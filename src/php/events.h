/* SPDX-License-Identifier: MIT */
/* Events\\EventInterface and Events\\Event (src/php/events.c): the PHP object around the native
 * loop of the process (Worker::$globalEvent), used by timers, workers and connections. */

#ifndef WM_PHP_EVENTS_H
#define WM_PHP_EVENTS_H

#include "common.h"
#include "core/loop.h"

extern zend_class_entry *wm_ce_EventInterface;
extern zend_class_entry *wm_ce_Event;
extern zend_class_entry *wm_ce_EventFiber;   /* Events\Fiber: every callback in a Fiber */
extern zend_class_entry *wm_ce_EventRevolt;  /* Events\Revolt (5.0): the same */

void wm_events_minit(void);

typedef struct _wm_loop_object {
	wm_loop loop;
	zend_object std;    /* must stay last */
} wm_loop_object;

static zend_always_inline wm_loop_object *wm_loop_from_obj(zend_object *obj)
{
	return (wm_loop_object *) ((char *) obj - XtOffsetOf(wm_loop_object, std));
}

/** The object of a native loop (the loops of connections and timers are all inside one). */
static zend_always_inline zend_object *wm_loop_obj(wm_loop *loop)
{
	return &((wm_loop_object *) ((char *) loop - XtOffsetOf(wm_loop_object, loop)))->std;
}

/** The native loop behind `zv` if it holds a native Event object, else NULL. */
wm_loop *wm_loop_from_zval(zval *zv);
/** Makes `obj` (a native loop object) the process loop used by connections and timers.
 * NULL clears it. */
void wm_set_process_loop(zend_object *obj);
/** The process loop, creating it (and setting Worker::$globalEvent) if there is none yet. */
wm_loop *wm_process_loop(void);
/** The same; with `publish` false a loop created here is not made Worker::$globalEvent (yet),
 * so that runAll() still creates children's loops from Worker::$eventLoopClass. */
wm_loop *wm_process_loop_ex(bool publish);
/** `fn` runs after every change of the process loop (wm_set_process_loop(): a child's own loop
 * after fork(), request shutdown). Set once at MINIT. */
void wm_events_set_loop_change_hook(void (*fn)(void));

#endif /* WM_PHP_EVENTS_H */
