/* SPDX-License-Identifier: MIT */
/* Workers that fail to start, and the master's back-off before it forks them again.
 *
 * A worker process is "starting" from run() until its onWorkerStart has returned. If it fails
 * there (an exception from onWorkerStart or from a run() override, a fatal error, exit()), the
 * child logs the exception, writes one line "<pid>\t<phase>\t<cause>\n" into a pipe the master
 * created before its first fork, and exits with status 250 at once: it never accepts, and no
 * timer or other callback of its runs. The master reads the pipe when it reaps the child and,
 * instead of forking a replacement at once, holds the worker for a delay that doubles with each
 * consecutive failure (1 s, 2 s, 4 s ... up to 60 s); a failure 60 s or more after the last such
 * restart starts again at 1 s. The hold lives in the master (forkWorkers() skips a held worker; a
 * libevent timer wakes the monitor loop when it ends), so a stop during a hold ends at once and
 * forks nothing. Each worker's last cause, its attempt and the time of its next restart are
 * kept for `status` (a line per failing worker after the process table) and for metrics
 * (wm_process_restart_info()). */

#include "php/process_impl.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/time.h>
#include <unistd.h>

/* The first delay, its cap, and how long after a restart a failure still counts as consecutive. */
#define WM_RESTART_DELAY_FIRST 1
#define WM_RESTART_DELAY_MAX   60
#define WM_RESTART_STREAK_RESET 60.0
/* A report fits in one atomic pipe write (PIPE_BUF is at least 512). */
#define WM_RESTART_REPORT_MAX  512

static double wm_restart_now(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (double) tv.tv_sec + (double) tv.tv_usec / 1e6;
}

/* ---- the child ----------------------------------------------------------------------------- */

void wm_process_start_phase(const char *phase)
{
	if (WM_G(in_child)) {
		wm_process_master()->start_phase = phase;
	}
}

/* Sends "<pid>\t<phase>\t<cause>\n" to the master, tabs and line breaks of the cause as spaces. */
static void wm_restart_report(wm_master *m, const char *cause, size_t len)
{
	if (m->start_reported || m->fail_fd[1] < 0) {
		return;
	}
	m->start_reported = true;
	char buf[WM_RESTART_REPORT_MAX];
	int n = snprintf(buf, sizeof(buf), "%d\t%s\t", (int) getpid(), m->start_phase ? m->start_phase : "onWorkerStart");
	if (n < 0 || (size_t) n >= sizeof(buf) - 1) {
		return;
	}
	size_t off = (size_t) n;
	for (size_t i = 0; i < len && off < sizeof(buf) - 1; i++) {
		char c = cause[i];
		buf[off++] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
	}
	buf[off++] = '\n';
	ssize_t w;
	do {
		w = write(m->fail_fd[1], buf, off);
	} while (w < 0 && errno == EINTR);
}

/* "Class: message in file:line" of a throwable, a new string. */
static zend_string *wm_restart_describe(zend_object *ex)
{
	zval rv, *msg, *file, *line;
	zend_class_entry *base = zend_get_exception_base(ex);
	msg = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	zend_string *m = zval_get_string(msg);
	file = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_FILE), 1, &rv);
	zend_string *f = zval_get_string(file);
	line = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_LINE), 1, &rv);
	zend_string *s = zend_strpprintf(0, "%s: %s in %s:" ZEND_LONG_FMT, ZSTR_VAL(ex->ce->name), ZSTR_VAL(m),
		ZSTR_VAL(f), zval_get_long(line));
	zend_string_release(m);
	zend_string_release(f);
	return s;
}

bool wm_process_start_failed(zend_object *ex)
{
	if (!WM_G(in_child) || wm_process_status() == WM_STATUS_W_SHUTDOWN) {
		return false;
	}
	wm_master *m = wm_process_master();
	wm_log_throwable(ex);
	zend_string *cause = wm_restart_describe(ex);
	wm_restart_report(m, ZSTR_VAL(cause), ZSTR_LEN(cause));
	zend_string_release(cause);
	/* Like upstream's stopAll(250, $e), without its 1 s sleep (the master waits instead) and
	 * without running anything more: no onWorkerStop, no timer, no accept. */
	wm_process_set_status(WM_STATUS_W_SHUTDOWN);
	if (WM_G(loop)) {
		wm_loop_stop(WM_G(loop));
	}
	wm_process_exit(250);
	return true;
}

void wm_process_start_check_exit(void)
{
	wm_master *m = WM_G(master);
	if (!WM_G(in_child) || !m || !m->start_phase || m->start_reported ||
		wm_process_status() == WM_STATUS_W_SHUTDOWN) {
		return;
	}
	const char *type = wm_process_fatal_type();
	zend_string *cause;
	if (type && PG(last_error_message)) {
		cause = zend_strpprintf(0, "%s: %s in %s:%d", type, ZSTR_VAL(PG(last_error_message)),
			PG(last_error_file) ? ZSTR_VAL(PG(last_error_file)) : "Unknown", PG(last_error_lineno));
	} else {
		cause = zend_strpprintf(0, "exit(%d)", EG(exit_status));
	}
	wm_restart_report(m, ZSTR_VAL(cause), ZSTR_LEN(cause));
	zend_string_release(cause);
}

/* ---- the master ---------------------------------------------------------------------------- */

void wm_process_restart_before_fork(wm_master *m)
{
	if (m->fail_fd[0] >= 0) {
		return;
	}
	int fds[2];
	if (pipe(fds) != 0) {
		return;   /* failures are then restarted without a cause, and without back-off */
	}
	for (int i = 0; i < 2; i++) {
		fcntl(fds[i], F_SETFD, FD_CLOEXEC);
	}
	fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
	m->fail_fd[0] = fds[0];
	m->fail_fd[1] = fds[1];
}

void wm_process_restart_child_init(wm_master *m)
{
	if (m->fail_fd[0] >= 0) {
		close(m->fail_fd[0]);
		m->fail_fd[0] = -1;
	}
	if (m->restarts) {
		zend_hash_destroy(m->restarts);
		FREE_HASHTABLE(m->restarts);
		m->restarts = NULL;
	}
	if (m->fail_reports) {
		zend_hash_destroy(m->fail_reports);
		FREE_HASHTABLE(m->fail_reports);
		m->fail_reports = NULL;
	}
	smart_str_free(&m->fail_buf);
	m->start_phase = NULL;
	m->start_reported = false;
}

static void wm_restart_info_dtor(zval *zv)
{
	wm_restart_info *r = Z_PTR_P(zv);
	if (r->cause) {
		zend_string_release(r->cause);
	}
	efree(r);
}

void wm_process_restart_free(wm_master *m)
{
	wm_process_restart_child_init(m);
	if (m->fail_fd[1] >= 0) {
		close(m->fail_fd[1]);
		m->fail_fd[1] = -1;
	}
}

/* Reads what the children wrote into fail_reports (pid => "phase\tcause"). */
static void wm_restart_drain(wm_master *m)
{
	if (m->fail_fd[0] < 0) {
		return;
	}
	char buf[4096];
	for (;;) {
		ssize_t n = read(m->fail_fd[0], buf, sizeof(buf));
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			break;
		}
		smart_str_appendl(&m->fail_buf, buf, (size_t) n);
	}
	if (!m->fail_buf.s) {
		return;
	}
	const char *p = ZSTR_VAL(m->fail_buf.s), *end = p + ZSTR_LEN(m->fail_buf.s);
	const char *nl;
	while ((nl = memchr(p, '\n', end - p))) {
		const char *tab = memchr(p, '\t', nl - p);
		if (tab) {
			zend_long pid = ZEND_STRTOL(p, NULL, 10);
			if (!m->fail_reports) {
				ALLOC_HASHTABLE(m->fail_reports);
				zend_hash_init(m->fail_reports, 4, NULL, ZVAL_PTR_DTOR, 0);
			}
			zval v;
			ZVAL_STRINGL(&v, tab + 1, nl - tab - 1);
			zend_hash_index_update(m->fail_reports, (zend_ulong) pid, &v);
		}
		p = nl + 1;
	}
	/* Keep an incomplete line (a write is atomic, a read may still end mid-line). */
	size_t rest = (size_t) (end - p);
	if (rest == 0) {
		smart_str_free(&m->fail_buf);
	} else {
		zend_string *tail = zend_string_init(p, rest, 0);
		smart_str_free(&m->fail_buf);
		smart_str_append(&m->fail_buf, tail);
		zend_string_release(tail);
	}
}

static void wm_restart_wake(evutil_socket_t fd, short what, void *arg)
{
	/* Only wakes the monitor loop, which forks what is due (wm_process_restart_due()). */
}

/* Arms the wake-up for the earliest pending restart. */
static void wm_restart_arm(wm_master *m)
{
	if (!m->base || !m->restarts) {
		return;
	}
	double next = 0;
	wm_restart_info *r;
	ZEND_HASH_FOREACH_PTR(m->restarts, r) {
		if (r->next_restart > 0 && (next == 0 || r->next_restart < next)) {
			next = r->next_restart;
		}
	} ZEND_HASH_FOREACH_END();
	if (!m->restart_ev) {
		m->restart_ev = evtimer_new(m->base, wm_restart_wake, m);
		if (!m->restart_ev) {
			return;
		}
	}
	if (next == 0) {
		evtimer_del(m->restart_ev);
		return;
	}
	double wait = next - wm_restart_now();
	struct timeval tv;
	wm_seconds_to_tv(wait > 0 ? wait + 0.001 : 0.001, &tv);
	evtimer_add(m->restart_ev, &tv);
}

void wm_process_restart_on_reap(zend_string *worker_id, zend_object *worker, pid_t pid)
{
	wm_master *m = wm_process_master();
	wm_restart_drain(m);
	zval *report = m->fail_reports ? zend_hash_index_find(m->fail_reports, (zend_ulong) pid) : NULL;
	if (!report) {
		return;
	}
	zend_string *text = zend_string_copy(Z_STR_P(report));
	zend_hash_index_del(m->fail_reports, (zend_ulong) pid);
	const char *tab = memchr(ZSTR_VAL(text), '\t', ZSTR_LEN(text));
	size_t phase_len = tab ? (size_t) (tab - ZSTR_VAL(text)) : 0;
	const char *why = tab ? tab + 1 : ZSTR_VAL(text);

	if (!m->restarts) {
		ALLOC_HASHTABLE(m->restarts);
		zend_hash_init(m->restarts, 4, NULL, wm_restart_info_dtor, 0);
	}
	wm_restart_info *r = zend_hash_find_ptr(m->restarts, worker_id);
	if (!r) {
		r = ecalloc(1, sizeof(*r));
		zend_hash_add_new_ptr(m->restarts, worker_id, r);
	}
	double now = wm_restart_now();
	if (r->cause) {
		zend_string_release(r->cause);
	}
	r->cause = zend_strpprintf(0, "%.*s failed: %s", (int) phase_len, ZSTR_VAL(text), why);
	r->failures++;
	r->last_failure = now;
	/* One step per round: the other processes of a worker that fail while it is held join the
	 * same hold. */
	if (r->next_restart == 0) {
		if (r->restarted_at == 0 || now - r->restarted_at >= WM_RESTART_STREAK_RESET) {
			r->attempt = 0;
		}
		r->attempt++;
		zend_long delay = WM_RESTART_DELAY_MAX;
		if (r->attempt <= 6) {
			delay = MIN((zend_long) WM_RESTART_DELAY_FIRST << (r->attempt - 1), WM_RESTART_DELAY_MAX);
		}
		r->next_restart = now + (double) delay;
	}
	zend_string_release(text);

	zend_string *name = zval_get_string(wm_prop(worker, wm_worker_slot_name));
	if (wm_process_status() == WM_STATUS_W_SHUTDOWN) {
		wm_logf("worker[%s:%d] %s", ZSTR_VAL(name), (int) pid, ZSTR_VAL(r->cause));
	} else {
		wm_logf("worker[%s:%d] %s; restarting in %.0f s (attempt %u)", ZSTR_VAL(name), (int) pid,
			ZSTR_VAL(r->cause), ceil(r->next_restart - now - 0.0005), r->attempt);
	}
	zend_string_release(name);
	wm_restart_arm(m);
}

bool wm_process_restart_held(zend_string *worker_id)
{
	wm_master *m = WM_G(master);
	wm_restart_info *r = m && m->restarts && !WM_G(in_child) ? zend_hash_find_ptr(m->restarts, worker_id) : NULL;
	return r && r->next_restart > 0;
}

bool wm_process_restart_due(void)
{
	wm_master *m = WM_G(master);
	if (!m || !m->restarts) {
		return false;
	}
	double now = wm_restart_now();
	bool due = false, pending = false;
	wm_restart_info *r;
	ZEND_HASH_FOREACH_PTR(m->restarts, r) {
		if (r->next_restart > 0 && r->next_restart <= now) {
			r->next_restart = 0;
			r->restarted_at = now;
			due = true;
		} else if (r->next_restart > 0) {
			pending = true;
		}
	} ZEND_HASH_FOREACH_END();
	if (due || pending) {
		wm_restart_arm(m);
	}
	return due;
}

const wm_restart_info *wm_process_restart_info(zend_string *worker_id)
{
	wm_master *m = WM_G(master);
	return m && m->restarts ? zend_hash_find_ptr(m->restarts, worker_id) : NULL;
}

/* ---- status -------------------------------------------------------------------------------- */

void wm_process_restart_status(smart_str *out)
{
	wm_master *m = WM_G(master);
	if (!m || !m->restarts) {
		return;
	}
	double now = wm_restart_now();
	zend_string *worker_id;
	wm_restart_info *r;
	ZEND_HASH_FOREACH_STR_KEY_PTR(m->restarts, worker_id, r) {
		zend_object *w = worker_id ? wm_process_worker_by_id(worker_id) : NULL;
		/* Shown while held, and for a while after: until a failure would start a new streak. */
		if (!w || !r->cause || (r->next_restart == 0 && now - r->restarted_at >= WM_RESTART_STREAK_RESET)) {
			continue;
		}
		zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
		smart_str_appendc(out, WM_RESTART_STATUS_TAG);
		smart_str_appends(out, "worker[");
		smart_str_append(out, name);
		smart_str_appends(out, "] ");
		smart_str_append(out, r->cause);
		if (r->next_restart > 0) {
			smart_str_appends(out, "; restarting in ");
			smart_str_append_long(out, (zend_long) ceil(r->next_restart - now));
			smart_str_appends(out, " s");
		} else {
			smart_str_appends(out, "; restarted ");
			smart_str_append_long(out, (zend_long) (now - r->restarted_at));
			smart_str_appends(out, " s ago");
		}
		smart_str_appends(out, " (attempt ");
		smart_str_append_long(out, r->attempt);
		smart_str_appends(out, ")\n");
		zend_string_release(name);
	} ZEND_HASH_FOREACH_END();
}
