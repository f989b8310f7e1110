/* SPDX-License-Identifier: MIT */
/* The connection engine: read loop, write path and events of a stream connection (see conn.h). */

#include "net/conn.h"
#include "core/fiber.h"
#include "net/socket.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static void wm_batch_drop(void);

/* Scratch buffer of every socket read in this process (upstream's READ_BUFFER_SIZE). */
static char *wm_net_read_buf;

void wm_net_rinit(void)
{
	wm_net_read_buf = emalloc(WM_READ_BUFFER_SIZE);
}

void wm_net_rshutdown(void)
{
	wm_batch_drop();
	if (wm_net_read_buf) {
		efree(wm_net_read_buf);
		wm_net_read_buf = NULL;
	}
}

/* ---- the plain transport ------------------------------------------------------------------- */

static ssize_t wm_net_plain_recv(wm_net_conn *nc, char *buf, size_t len)
{
	ssize_t n;
	do {
		n = recv(nc->fd, buf, len, 0);
	} while (n < 0 && errno == EINTR);
	if (n > 0) {
		return n;
	}
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
		return 0;
	}
	return -1;
}

static ssize_t wm_net_plain_flush(wm_net_conn *nc)
{
	return wm_outq_flush(&nc->outq, nc->fd);
}

const wm_net_transport wm_net_plain = {
	.name = "plain",
	.recv = wm_net_plain_recv,
	.flush = wm_net_plain_flush,
	.via_queue = false,
};

/* ---- life ---------------------------------------------------------------------------------- */

static void wm_net_on_readable(evutil_socket_t fd, short what, void *arg);
static void wm_net_on_writable(evutil_socket_t fd, short what, void *arg);

void wm_net_init(wm_net_conn *nc, const wm_net_upcalls *up, uint8_t status)
{
	nc->fd = -1;
	nc->status = status;
	nc->tr = &wm_net_plain;
	nc->up = up;
}

void wm_net_attach(wm_net_conn *nc, php_socket_t fd)
{
	nc->fd = fd;
	if (wm_socket_family(fd) == AF_UNIX) {
		nc->flags |= WM_NET_F_UNIX;
	} else {
		nc->flags &= ~WM_NET_F_UNIX;
	}
	event_assign(&nc->ev_read, nc->loop->base, fd, EV_READ | EV_PERSIST, wm_net_on_readable, nc);
	nc->flags |= WM_NET_F_EVENTS;
	if (!(nc->flags & WM_NET_F_PAUSED)) {
		wm_net_read_start(nc);
	}
	if (nc->outq.bytes) {
		wm_net_write_start(nc);
	}
}

void wm_net_detach(wm_net_conn *nc)
{
	wm_net_deadline_clear(nc);
	if (nc->flags & WM_NET_F_EVENTS) {
		event_del(&nc->ev_read);
		nc->flags &= ~(WM_NET_F_EVENTS | WM_NET_F_READING | WM_NET_F_WRITING);
	}
	if (nc->ev_write) {
		/* libevent allows freeing an event from its own callback once it is deleted */
		event_del(nc->ev_write);
		efree(nc->ev_write);
		nc->ev_write = NULL;
	}
}

/* The write event costs 128 bytes that an idle connection, or one whose writes the socket always
 * takes at once, never needs: it is made the first time a write must wait. */
void wm_net_write_event_new(wm_net_conn *nc)
{
	nc->ev_write = emalloc(sizeof(struct event));
	event_assign(nc->ev_write, nc->loop->base, nc->fd, EV_WRITE | EV_PERSIST, wm_net_on_writable, nc);
}

void wm_net_transport_free(wm_net_conn *nc)
{
	if (nc->tr->free) {
		nc->tr->free(nc);
	}
	nc->tr = &wm_net_plain;
	nc->tr_state = NULL;
}

/* ---- deadlines ----------------------------------------------------------------------------- */

/* The armed deadlines of this process (a circular list through wm_net_deadline, `list` its
 * sentinel) and the 1 s tick that sweeps them: added to the loop of the connection that armed the
 * first one, removed by the first sweep that finds the list empty, so an idle process does not
 * wake up for it. The tick is a plain event (no timer id: Timer::count() and `status` do not see
 * it), and a weak reference on its loop forgets it when that loop goes away. */
static struct {
	wm_net_deadline list;
	wm_loop *loop;              /* the loop `tick` is assigned on, or NULL */
	struct event tick;
	wm_loop_ref ref;
	bool ticking;               /* `tick` is added */
} wm_net_dl;

static uint64_t wm_net_now_ms(void)
{
	struct timespec ts;
#ifdef CLOCK_MONOTONIC_COARSE
	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts); /* the vDSO's clock of the last tick: no syscall */
#else
	clock_gettime(CLOCK_MONOTONIC, &ts);
#endif
	return (uint64_t) ts.tv_sec * 1000 + (uint64_t) ts.tv_nsec / 1000000;
}

static zend_always_inline void wm_net_dl_link_before(wm_net_deadline *at, wm_net_deadline *d)
{
	d->next = at;
	d->prev = at->prev;
	at->prev->next = d;
	at->prev = d;
}

static zend_always_inline void wm_net_dl_unlink(wm_net_deadline *d)
{
	d->prev->next = d->next;
	d->next->prev = d->prev;
	d->next = d->prev = NULL;
}

void wm_net_deadline_unlink(wm_net_conn *nc)
{
	wm_net_dl_unlink(&nc->deadline);
	nc->dl_idle_ms = 0;
}

static void wm_net_deadline_touch(wm_net_conn *nc)
{
	nc->deadline.at_ms = wm_net_now_ms() + nc->dl_idle_ms;
}

static void wm_net_dl_detach(wm_loop_ref *ref)
{
	(void) ref;
	if (wm_net_dl.ticking) {
		event_del(&wm_net_dl.tick);
		wm_net_dl.ticking = false;
	}
	wm_net_dl.loop = NULL;
}

/* Fires the deadlines that have passed. They are first moved to the front of the list, then taken
 * from there one by one: a callback may disarm, re-arm or destroy any connection (or suspend in a
 * Fiber), and each step finds the list consistent. */
static void wm_net_dl_sweep(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_net_dl_sweep, fd, what, arg);
	wm_net_deadline *head = &wm_net_dl.list;
	if (head->next == head) {
		if (wm_net_dl.ticking) {
			event_del(&wm_net_dl.tick);
			wm_net_dl.ticking = false;
		}
		return;
	}
	uint64_t now = wm_net_now_ms();
	wm_net_deadline due = { .prev = &due, .next = &due };
	for (wm_net_deadline *d = head->next, *next; d != head; d = next) {
		next = d->next;
		if (d->at_ms <= now) {
			wm_net_dl_unlink(d);
			wm_net_dl_link_before(&due, d);
		}
	}
	if (due.next == &due) {
		return;
	}
	/* Splice `due` in at the front (no callback ran since it was built). */
	due.prev->next = head->next;
	head->next->prev = due.prev;
	head->next = due.next;
	due.next->prev = head;
	while (head->next != head && head->next->at_ms <= now) {
		wm_net_conn *nc = (wm_net_conn *) ((char *) head->next - XtOffsetOf(wm_net_conn, deadline));
		const wm_net_upcalls *up = nc->up;
		wm_net_deadline_unlink(nc);
		up->hold(nc);
		up->timed_out(nc);
		up->release(nc);
	}
}

void wm_net_deadline_set(wm_net_conn *nc, uint32_t ms, bool idle)
{
	wm_net_deadline *head = &wm_net_dl.list, *d = &nc->deadline;
	wm_loop *loop = nc->loop;
	if (!loop) {
		return; /* no loop, no sweep: nothing would ever fire */
	}
	if (!head->next) {
		head->next = head->prev = head;
	}
	if (d->next) {
		wm_net_dl_unlink(d);
	}
	wm_net_dl_link_before(head, d);
	d->at_ms = wm_net_now_ms() + ms;
	nc->dl_idle_ms = idle ? ms : 0;
	if (wm_net_dl.loop != loop) {
		if (wm_net_dl.loop) {
			wm_loop_ref_remove(&wm_net_dl.ref);
			wm_net_dl_detach(&wm_net_dl.ref);
		}
		event_assign(&wm_net_dl.tick, loop->base, -1, EV_PERSIST, wm_net_dl_sweep, NULL);
		wm_net_dl.ref.detach = wm_net_dl_detach;
		wm_loop_ref_add_weak(loop, &wm_net_dl.ref);
		wm_net_dl.loop = loop;
	}
	if (!wm_net_dl.ticking) {
		struct timeval tv = {1, 0};
		event_add(&wm_net_dl.tick, &tv);
		wm_net_dl.ticking = true;
	}
}

/* ---- reading ------------------------------------------------------------------------------- */

/* The read of a transport that holds bytes of its own (TLS): the handshake first, then its bytes
 * into the framing loop, again while it holds bytes that no readiness event would announce. */
static void wm_net_read_buffered(wm_net_conn *nc, bool check_eof)
{
	const wm_net_transport *tr = nc->tr;
	if (tr->established && !tr->established(nc)) {
		int r = tr->handshake(nc);
		if (r < 0) {
			nc->up->closed(nc);
			return;
		}
		if (r == 0 || nc->status == WM_STATUS_CLOSED || nc->tr != tr) {
			return;
		}
		if (nc->outq.bytes) {
			wm_net_write_start(nc); /* what was sent meanwhile */
		}
	}
	for (;;) {
		size_t got = 0;
		ssize_t n = 0;
		while (got < WM_READ_BUFFER_SIZE) {
			n = tr->recv(nc, wm_net_read_buf + got, WM_READ_BUFFER_SIZE - got);
			if (n <= 0) {
				break;
			}
			got += (size_t) n;
			if (!tr->pending(nc)) {
				break; /* the transport holds nothing more: the next readiness event says when */
			}
		}
		if (got) {
			if (UNEXPECTED(nc->dl_idle_ms)) {
				wm_net_deadline_touch(nc);
			}
			nc->up->count_read(nc, got);
			if (nc->status != WM_STATUS_ENDING) { /* end(): incoming bytes are counted and dropped */
				wm_rbuf_append(&nc->rbuf, wm_net_read_buf, got);
			}
		}
		if (nc->status != WM_STATUS_ENDING) {
			nc->up->received(nc);
		}
		/* Callbacks may have closed the connection, or destroyed it and reconnected (its
		 * transport is then new, or gone): what was read here belonged to the old socket. */
		if (nc->status < WM_STATUS_ESTABLISHED || nc->status == WM_STATUS_CLOSED || nc->tr != tr
				|| (tr->established && !tr->established(nc))) {
			return;
		}
		if (n < 0) {
			if (check_eof) {
				nc->up->closed(nc);
			}
			return;
		}
		if (got == 0 || nc->status >= WM_STATUS_CLOSING || (nc->flags & WM_NET_F_PAUSED) || !tr->pending(nc)) {
			return;
		}
	}
}

void wm_net_read(wm_net_conn *nc, bool check_eof)
{
	if (nc->status == WM_STATUS_CLOSED || nc->fd < 0) {
		return;
	}
	if (nc->tr->pending) {
		wm_net_read_buffered(nc, check_eof);
		return;
	}
	ssize_t n = nc->tr->recv(nc, wm_net_read_buf, WM_READ_BUFFER_SIZE);
	if (n < 0) {
		if (check_eof) {
			nc->up->closed(nc);
			return;
		}
	} else if (n > 0) {
		if (UNEXPECTED(nc->dl_idle_ms)) {
			wm_net_deadline_touch(nc);
		}
		nc->up->count_read(nc, (size_t) n);
		if (nc->status == WM_STATUS_ENDING) {
			return; /* end(): incoming bytes are counted and dropped */
		}
		wm_rbuf_append(&nc->rbuf, wm_net_read_buf, (size_t) n);
	}
	nc->up->received(nc);
}

static void wm_net_on_readable(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_net_on_readable, fd, what, arg);
	wm_net_conn *nc = arg;
	const wm_net_upcalls *up = nc->up;
	(void) fd;
	(void) what;
	up->hold(nc);
	wm_net_read(nc, true);
	up->release(nc);
}

/* ---- write batching (see conn.h) ----------------------------------------------------------- */

static struct {
	int depth;              /* nesting of wm_net_batch_begin() */
	bool on;                /* the outermost begin enabled it */
	uint64_t start_ns;      /* when the current window opened (CLOCK_MONOTONIC) */
	wm_net_conn **items;    /* connections corked by the batch, each held (up->hold) */
	size_t n, cap;
} wm_batch;

static uint64_t wm_batch_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

static zend_always_inline bool wm_batch_takes(const wm_net_conn *nc)
{
	/* Not a transport that writes from the queue (TLS): send() would report null, not true. */
	return wm_batch.on && !(nc->flags & WM_NET_F_CORK) && !nc->tr->via_queue && EG(active_fiber) == NULL;
}

static void wm_batch_add(wm_net_conn *nc)
{
	if (nc->flags & WM_NET_F_BATCHED) {
		return;
	}
	if (wm_batch.n == wm_batch.cap) {
		wm_batch.cap = wm_batch.cap ? wm_batch.cap * 2 : 16;
		wm_batch.items = erealloc(wm_batch.items, wm_batch.cap * sizeof(*wm_batch.items));
	}
	nc->flags |= WM_NET_F_BATCHED;
	nc->up->hold(nc);
	wm_batch.items[wm_batch.n++] = nc;
}

/* Writes every listed connection's corked bytes (an upcall may cork more: they are listed
 * again and written in the same pass). */
static void wm_batch_flush(void)
{
	for (size_t i = 0; i < wm_batch.n; i++) {
		wm_net_conn *nc = wm_batch.items[i];
		nc->flags &= ~WM_NET_F_BATCHED;
		wm_net_uncork(nc);
		nc->up->release(nc);
	}
	wm_batch.n = 0;
}

void wm_net_batch_begin(bool enabled)
{
	if (wm_batch.depth++ == 0) {
		wm_batch.on = enabled;
		if (enabled) {
			wm_batch.start_ns = wm_batch_now();
		}
	}
}

void wm_net_batch_tick(void)
{
	if (wm_batch.on && wm_batch.n) {
		uint64_t now = wm_batch_now();
		if (now - wm_batch.start_ns >= WM_NET_BATCH_MAX_NS) {
			wm_batch_flush();
			wm_batch.start_ns = now;
		}
	}
}

void wm_net_batch_end(void)
{
	if (--wm_batch.depth == 0) {
		wm_batch.on = false;
		wm_batch_flush();
		if (wm_batch.cap > 64) { /* a burst to many connections: do not keep its list */
			efree(wm_batch.items);
			wm_batch.items = NULL;
			wm_batch.cap = 0;
		}
	}
}

/* A fatal error inside a burst skips its end: drops the list (the references it holds). */
static void wm_batch_drop(void)
{
	for (size_t i = 0; i < wm_batch.n; i++) {
		wm_batch.items[i]->flags &= ~WM_NET_F_BATCHED;
		wm_batch.items[i]->up->release(wm_batch.items[i]);
	}
	if (wm_batch.items) {
		efree(wm_batch.items);
	}
	memset(&wm_batch, 0, sizeof(wm_batch));
}

/* ---- writing ------------------------------------------------------------------------------- */

void wm_net_uncork(wm_net_conn *nc)
{
	if (!nc->cork_bytes) {
		return;
	}
	size_t corked = nc->cork_bytes;
	nc->cork_bytes = 0;
	if (nc->status == WM_STATUS_CLOSED || nc->fd < 0) {
		wm_outq_clear(&nc->outq);
		return;
	}
	ssize_t w = wm_net_flush(nc);
	if (w < 0) {
		nc->up->send_failed(nc);
		return;
	}
	/* Corked bytes were counted as written by send(). */
	nc->up->count_written(nc, (zend_long) (w - (ssize_t) corked));
	if (nc->outq.bytes > 0) {
		wm_net_write_start(nc);
		nc->up->check_full(nc);
	}
}

static zend_always_inline void wm_net_queue(wm_net_conn *nc, zend_string *s, const char *prefix, size_t prefix_len,
	const char *suffix, size_t suffix_len)
{
	wm_outq_push_bytes(&nc->outq, prefix, prefix_len);
	wm_outq_push_str(&nc->outq, s, 0, ZSTR_LEN(s));
	wm_outq_push_bytes(&nc->outq, suffix, suffix_len);
}

wm_net_result wm_net_write(wm_net_conn *nc, zend_string *s, const char *prefix, size_t prefix_len,
	const char *suffix, size_t suffix_len)
{
	const wm_net_transport *tr = nc->tr;
	size_t total = prefix_len + ZSTR_LEN(s) + suffix_len;

	if (nc->status != WM_STATUS_ESTABLISHED || (tr->established && !tr->established(nc))) {
		/* Not connected yet (AsyncTcpConnection) or handshake running: queue. */
		if (nc->outq.bytes && nc->up->send_full(nc)) {
			return WM_NET_FAILED;
		}
		wm_net_queue(nc, s, prefix, prefix_len, suffix, suffix_len);
		nc->up->check_full(nc);
		return WM_NET_QUEUED;
	}

	if (wm_net_pending_write(nc)) {
		if (nc->up->send_full(nc)) {
			return WM_NET_FAILED;
		}
		wm_net_queue(nc, s, prefix, prefix_len, suffix, suffix_len);
		nc->up->check_full(nc);
		return WM_NET_QUEUED;
	}

	if (((nc->flags & WM_NET_F_CORK) || wm_batch_takes(nc)) && nc->cork_bytes + total <= WM_NET_CORK_LIMIT) {
		if (!(nc->flags & WM_NET_F_CORK)) {
			wm_batch_add(nc);
		}
		wm_net_queue(nc, s, prefix, prefix_len, suffix, suffix_len);
		nc->cork_bytes += total;
		/* send() reports these as written (true), so they count as written now, as upstream's. */
		nc->up->count_written(nc, (zend_long) total);
		return tr->via_queue ? WM_NET_QUEUED : WM_NET_SENT;
	}

	ssize_t w;
	size_t corked = nc->cork_bytes;
	if (nc->cork_bytes || tr->via_queue) {
		/* Earlier answers of this batch go out in the same write; a transport that writes from
		 * the queue cuts its records from it (and a retried write needs the same bytes). */
		wm_net_queue(nc, s, prefix, prefix_len, suffix, suffix_len);
		total = nc->outq.bytes;
		nc->cork_bytes = 0;
		w = wm_net_flush(nc);
		if (w < 0) {
			nc->up->send_failed(nc);
			return WM_NET_FAILED;
		}
	} else {
		struct iovec iov[3];
		int n = 0;
		if (prefix_len) {
			iov[n].iov_base = (void *) prefix;
			iov[n++].iov_len = prefix_len;
		}
		iov[n].iov_base = ZSTR_VAL(s);
		iov[n++].iov_len = ZSTR_LEN(s);
		if (suffix_len) {
			iov[n].iov_base = (void *) suffix;
			iov[n++].iov_len = suffix_len;
		}
		w = wm_sock_writev(nc->fd, iov, n);
		if (w < 0) {
			nc->up->send_failed(nc);
			return WM_NET_FAILED;
		}
		if ((size_t) w < total) {
			/* Queue what the socket did not take. */
			size_t done = (size_t) w;
			if (done < prefix_len) {
				wm_outq_push_bytes(&nc->outq, prefix + done, prefix_len - done);
				done = 0;
			} else {
				done -= prefix_len;
			}
			if (done < ZSTR_LEN(s)) {
				wm_outq_push_str(&nc->outq, s, done, ZSTR_LEN(s) - done);
				done = 0;
			} else {
				done -= ZSTR_LEN(s);
			}
			wm_outq_push_bytes(&nc->outq, suffix + done, suffix_len - done);
		}
	}
	nc->up->count_written(nc, (zend_long) (w - (ssize_t) corked));
	if ((size_t) w == total) {
		return tr->via_queue ? WM_NET_QUEUED : WM_NET_SENT;
	}
	wm_net_write_start(nc);
	nc->up->check_full(nc);
	return WM_NET_QUEUED;
}

void wm_net_queue_file(wm_net_conn *nc, int fd, size_t off, size_t len)
{
	wm_outq_push_file(&nc->outq, fd, off, len);
	if (nc->status == WM_STATUS_ESTABLISHED && nc->cork_bytes == 0) {
		/* Not part of a corked batch (that one is flushed at its end): write now. */
		ssize_t w = wm_net_flush(nc);
		if (w < 0) {
			nc->up->send_failed(nc);
		} else {
			nc->up->count_written(nc, (zend_long) w);
			if (nc->outq.bytes > 0) {
				wm_net_write_start(nc);
			}
		}
	}
}

void wm_net_writable(wm_net_conn *nc)
{
	const wm_net_upcalls *up = nc->up;
	const wm_net_transport *tr = nc->tr;
	up->hold(nc);

	if (tr->established && !tr->established(nc)) {
		int r = tr->handshake(nc);
		if (r < 0) {
			up->closed(nc);
		} else if (r > 0) {
			if (tr->pending(nc) && (nc->flags & WM_NET_F_READING)) {
				/* Records that came with the end of the handshake wait in the transport
				 * (read-ahead), not in the kernel: no readiness event would announce them. */
				event_active(&nc->ev_read, EV_READ, 0);
			}
			if (nc->outq.bytes == 0) {
				wm_net_write_stop(nc);
			}
		}
		if (r <= 0 || nc->outq.bytes == 0 || nc->status == WM_STATUS_CLOSED) {
			up->release(nc);
			return;
		}
	}
	ssize_t w = wm_net_flush(nc);
	if (w < 0) {
		up->flush_failed(nc);
	} else {
		up->count_written(nc, (zend_long) w);
		if (nc->outq.bytes == 0) {
			wm_net_write_stop(nc);
			up->drained(nc);
		}
	}
	up->release(nc);
}

static void wm_net_on_writable(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_net_on_writable, fd, what, arg);
	(void) fd;
	(void) what;
	wm_net_writable(arg);
}

/* ---- closing ------------------------------------------------------------------------------- */

void wm_net_flush_for_close(wm_net_conn *nc)
{
	if (nc->cork_bytes && nc->fd >= 0) {
		/* Replies corked in this read batch were reported as sent: give them to the kernel, as
		 * upstream's direct writes would have been, before the socket goes. */
		(void) wm_net_flush(nc);
		nc->cork_bytes = 0;
	}
	if (nc->tr->close_notify) {
		nc->tr->close_notify(nc);
	}
}

void wm_net_shutdown_write(wm_net_conn *nc)
{
	if (nc->fd >= 0) {
		if (nc->tr->close_notify) {
			nc->tr->close_notify(nc);
		}
		shutdown(nc->fd, SHUT_WR);
	}
}
