/* SPDX-License-Identifier: MIT */
/* Loop callbacks inside PHP Fibers. Upstream's Fiber event loop starts every callback it runs
 * (reads, writes, timers, signals) in a Fiber, so the application may suspend there
 * (Timer::sleep(), workerman/coroutine, Revolt suspensions). The runtime does the same with one
 * reusable Fiber: a callback that returns leaves it parked for the next one; a callback that
 * suspends keeps it (whoever resumes it later owns it) and the next callback gets a new one. */

#ifndef WM_CORE_FIBER_H
#define WM_CORE_FIBER_H

#include "common.h"
#include "core/loop.h"

/** The shape of a libevent callback: what a fiber job runs. */
typedef void (*wm_fiber_job_fn)(evutil_socket_t fd, short what, void *arg);

/** Every loop callback runs in a Fiber (Worker::$eventLoopClass is Events\Fiber). */
extern bool wm_fiber_all;

/** Runs `fn(fd, what, arg)` inside the reusable Fiber. Returns false, having run nothing, when
 * the caller already runs inside that Fiber (the caller then runs `fn` itself). An exit() in the
 * job is left pending in EG(exception). */
bool wm_fiber_run(wm_fiber_job_fn fn, evutil_socket_t fd, short what, void *arg);

/** A loop callback's first line: in Fiber mode, or when the loop was entered from inside some
 * Fiber (a Revolt {main} suspension drives it from Revolt's loop fiber), re-run this callback
 * inside the reusable Fiber and return. One well-predicted test on the default path. */
#define WM_FIBER_ENTRY(fn, fd, what, arg) do { \
		if (UNEXPECTED(wm_fiber_all || EG(active_fiber)) && wm_fiber_run((fn), (fd), (what), (arg))) { \
			return; \
		} \
	} while (0)

/** Suspends the current Fiber until a timer of `seconds` resumes it (Timer::sleep() in Fiber
 * mode). Returns false, doing nothing, outside a Fiber. */
bool wm_fiber_sleep(wm_loop *loop, double seconds);

/** Releases the parked Fiber (request shutdown). */
void wm_fiber_shutdown(void);

#endif /* WM_CORE_FIBER_H */
