/* SPDX-License-Identifier: MIT */
/* The connection engine: one stream connection's socket, events, receive buffer, send queue and
 * transport, with its read loop and write path.
 *
 * A wm_net_conn is embedded in the object of the layer above (TcpConnection), which sets its
 * upcall table (wm_net_upcalls) when it creates the connection: the engine tells that layer
 * what happened (bytes arrived, the peer went away, a write failed, the queue drained or crossed
 * its limit, bytes were counted) and never calls it by name. The transport (wm_net_transport)
 * is chosen when the connection gets its socket: plain (wm_net_plain, below) or TLS
 * (src/net/tls.h); the engine calls its table and never asks which one it is. */

#ifndef WM_NET_CONN_H
#define WM_NET_CONN_H

#include "common.h"
#include "core/loop.h"
#include "net/buffer.h"

/* Connection states (upstream's TcpConnection::STATUS_* values). */
enum {
	WM_STATUS_INITIAL = 0,
	WM_STATUS_CONNECTING = 1,
	WM_STATUS_ESTABLISHED = 2,
	WM_STATUS_ENDING = 4,
	WM_STATUS_CLOSING = 8,
	WM_STATUS_CLOSED = 16,
};

/* Engine flags (wm_net_conn.flags). */
#define WM_NET_F_READING   (1u << 0)  /* ev_read is added */
#define WM_NET_F_WRITING   (1u << 1)  /* *ev_write is added */
#define WM_NET_F_PAUSED    (1u << 2)  /* pauseRecv(): no reading */
#define WM_NET_F_CORK      (1u << 3)  /* more packages are pending: queue sends */
#define WM_NET_F_EVENTS    (1u << 4)  /* ev_read is assigned (ev_write when it is allocated) */
#define WM_NET_F_UNIX      (1u << 5)  /* AF_UNIX socket */
#define WM_NET_F_BATCHED   (1u << 6)  /* corked by the write batch, listed for its end */

/* Sends larger than this are not held back while a pipelined batch is being answered. */
#define WM_NET_CORK_LIMIT (64 * 1024)

typedef struct _wm_net_conn wm_net_conn;

/* A connection's deadline (wm_net_deadline_set()): a node of the process's list of armed
 * deadlines, which one coarse sweep walks every second. Not linked while `next` is NULL. */
typedef struct _wm_net_deadline {
	struct _wm_net_deadline *prev;
	struct _wm_net_deadline *next;
	uint64_t at_ms;             /* monotonic milliseconds at which it expires */
} wm_net_deadline;

/* A transport: how bytes cross the socket. NULL entries mean "nothing to do". */
typedef struct _wm_net_transport {
	const char *name;
	/** Reads up to `len` bytes: > 0 bytes, 0 nothing now (would block), -1 EOF or error. */
	ssize_t (*recv)(wm_net_conn *nc, char *buf, size_t len);
	/** Writes the send queue as far as the socket takes it: bytes written (0 when it would block
	 * or the transport is not ready), -1 on error; written bytes leave the queue. */
	ssize_t (*flush)(wm_net_conn *nc);
	/** One handshake step as far as the socket allows: 1 done, 0 waiting (the transport arms the
	 * write event when it must write), -1 failed (already reported; the caller closes). NULL: no
	 * handshake. */
	int (*handshake)(wm_net_conn *nc);
	/** Whether the handshake has completed (NULL: always). */
	bool (*established)(wm_net_conn *nc);
	/** Whether bytes wait inside the transport that no readiness event would announce. NULL: the
	 * transport holds none, and a readiness event is answered with exactly one recv. */
	bool (*pending)(wm_net_conn *nc);
	/** Says goodbye (TLS close_notify) before the socket is shut or closed, once, best effort. */
	void (*close_notify)(wm_net_conn *nc);
	/** Frees the transport's state (nc->tr_state). */
	void (*free)(wm_net_conn *nc);
	/** Writes always go through the send queue (a TLS record is cut from it, and a retried write
	 * must get the same bytes); send() then reports null, as upstream's TLS send() does. */
	bool via_queue;
} wm_net_transport;

/* What the engine tells the layer that owns the connection. Every entry is set. */
typedef struct _wm_net_upcalls {
	/** Keeps the owner alive across an event callback / releases it (may free `nc`). */
	void (*hold)(wm_net_conn *nc);
	void (*release)(wm_net_conn *nc);
	/** Bytes were appended to the receive buffer (or a read found none): run the framing loop. */
	void (*received)(wm_net_conn *nc);
	/** `n` bytes came from the peer (counted even while ENDING drops them). */
	void (*count_read)(wm_net_conn *nc, size_t n);
	/** `n` bytes (may be negative: corked bytes were counted when queued) were written. */
	void (*count_written)(wm_net_conn *nc, zend_long n);
	/** EOF, a read error or a failed handshake: destroy the connection. */
	void (*closed)(wm_net_conn *nc);
	/** A write made for a send failed ("client closed"): report it and destroy. */
	void (*send_failed)(wm_net_conn *nc);
	/** The writable event's flush failed: count it and destroy. */
	void (*flush_failed)(wm_net_conn *nc);
	/** The queue is at its limit: report it (onError) and return true to drop the send. */
	bool (*send_full)(wm_net_conn *nc);
	/** Something was queued: report when the queue crossed its limit (onBufferFull). */
	void (*check_full)(wm_net_conn *nc);
	/** The writable event emptied the queue (onBufferDrain, then whatever waited for it). */
	void (*drained)(wm_net_conn *nc);
	/** A server-side TLS handshake completed (onSslHandshake). */
	void (*handshake_done)(wm_net_conn *nc);
	/** Prints a transport error the way the owner echoes them (unless it is quiet). */
	void (*echo)(wm_net_conn *nc, const char *msg, size_t len);
	/** Writes a line to the owner's log (Worker::log(): the log file, and echoed unless
	 * daemonized). */
	void (*log)(wm_net_conn *nc, const char *msg, size_t len);
	/** The peer's address as the owner reports it (for log lines), never NULL. */
	const char *(*peer_name)(wm_net_conn *nc);
	/** The deadline set with wm_net_deadline_set() has passed (it is disarmed already). */
	void (*timed_out)(wm_net_conn *nc);
} wm_net_upcalls;

struct _wm_net_conn {
	php_socket_t fd;            /* -1 once closed */
	uint32_t flags;             /* WM_NET_F_* */
	uint8_t status;             /* WM_STATUS_* */
	uint8_t obyte;              /* a byte and flags of the owner's own: the engine never reads */
	uint16_t oflags;            /* them (here, they take no room of their own) */
	uint32_t dl_idle_ms;        /* deadline: non-zero, each read that brings bytes moves
	                               `deadline.at_ms` to now + this */
	wm_loop *loop;              /* the loop the events run on (the owner holds it), or NULL */
	struct event ev_read;
	struct event *ev_write;     /* allocated and assigned the first time a write must wait for the
	                               socket (most connections never need it), freed on detach */
	wm_rbuf rbuf;
	wm_outq outq;
	size_t cork_bytes;          /* queued during a pipelined batch, flushed at its end */
	const wm_net_transport *tr; /* never NULL (wm_net_plain without a transport of its own) */
	void *tr_state;             /* the transport's state, NULL for plain */
	const wm_net_upcalls *up;
	wm_net_deadline deadline;
};

/** The plain socket transport: recv(), sendmsg()/sendfile() of the queue. */
extern const wm_net_transport wm_net_plain;

typedef enum { WM_NET_SENT, WM_NET_QUEUED, WM_NET_FAILED } wm_net_result;

/** Allocates the per-process read scratch buffer (request start) / frees it. */
void wm_net_rinit(void);
void wm_net_rshutdown(void);

/** Initialises an engine without a socket, on the plain transport. */
void wm_net_init(wm_net_conn *nc, const wm_net_upcalls *up, uint8_t status);

/** Attaches a connected non-blocking socket (nc->loop set first): its read and write events,
 * reading unless paused, and a write event when data was queued before. */
void wm_net_attach(wm_net_conn *nc, php_socket_t fd);
/** Removes both events (before the socket is closed or the loop goes away). */
void wm_net_detach(wm_net_conn *nc);
/** Frees the transport's state and falls back to the plain transport. */
void wm_net_transport_free(wm_net_conn *nc);

/** Reads what the socket has (the handshake first, while the transport has one), appends it to
 * the receive buffer and runs the framing loop; on EOF or error closes if `check_eof`. */
void wm_net_read(wm_net_conn *nc, bool check_eof);
/** The socket is writable (or the owner asks): the handshake, then the queue. */
void wm_net_writable(wm_net_conn *nc);

/** Writes `prefix`, `s`, `suffix` (the affixes may be empty): directly when nothing is queued,
 * else (or what the socket did not take) through the send queue; held back (corked) while
 * WM_NET_F_CORK is set. `s` is referenced, not copied. */
wm_net_result wm_net_write(wm_net_conn *nc, zend_string *s, const char *prefix, size_t prefix_len,
	const char *suffix, size_t suffix_len);
/** Writes the replies corked during a read batch, in one write. */
void wm_net_uncork(wm_net_conn *nc);
/* Write batching across connections. While the owner delivers the packages of one read that
 * brought several (a pipelined burst, or a GatewayWorker gateway's batch of broadcasts), writes
 * to any established connection are corked like the reading connection's own replies, and each
 * connection's corked bytes go out in one write when the burst is handled: a gateway that
 * broadcasts K messages of one read to N clients makes N writes instead of K x N. Only code on
 * the main context is batched (a write from inside a Fiber goes out at once), a connection's
 * corked bytes are bounded (WM_NET_CORK_LIMIT: past it they go out at once), and a burst that has
 * run for WM_NET_BATCH_MAX_NS is flushed between two packages, so what a handler wrote waits at
 * most for the rest of that handler. Corked bytes count as written and send() reports them sent,
 * as for the reading connection's replies. Off with ini workerman.batch_writes=0. */
#define WM_NET_BATCH_MAX_NS 1000000  /* 1 ms */
/** Starts (or nests into) a burst; `enabled` false makes it a no-op pair with _end(). */
void wm_net_batch_begin(bool enabled);
/** Between two packages of the burst: flushes what is corked if the burst is older than
 * WM_NET_BATCH_MAX_NS. */
void wm_net_batch_tick(void);
/** Ends the burst begun by the matching wm_net_batch_begin(): the outermost end writes every
 * connection's corked bytes. */
void wm_net_batch_end(void);

/** Queues `len` bytes of the open file `fd` from `off` (takes ownership of `fd`) and writes now
 * unless the connection is not established or a corked batch will flush it. */
void wm_net_queue_file(wm_net_conn *nc, int fd, size_t off, size_t len);
/** destroy(): gives corked replies (reported as sent) to the kernel and says goodbye
 * (close_notify), before the socket goes. */
void wm_net_flush_for_close(wm_net_conn *nc);
/** end(): says goodbye and shuts the write side of the socket. */
void wm_net_shutdown_write(wm_net_conn *nc);

/** Arms the connection's deadline `ms` (> 0) milliseconds from now, or, with `idle`, `ms` after
 * the last read that brought bytes (then every such read moves it). Once it has passed, the
 * process's sweep (a 1 s tick on the connection's loop, running only while some deadline is
 * armed) disarms it and calls the `timed_out` upcall, up to a second late (the clock is the
 * kernel's coarse monotonic one). Re-arming replaces the deadline; wm_net_detach() disarms it.
 * What a deadline means is the owner's business. Costs: a list insertion to arm, one test per
 * read (whether it is an idle one), none per request of a connection that is not armed. */
void wm_net_deadline_set(wm_net_conn *nc, uint32_t ms, bool idle);
/** Disarms an armed deadline (see wm_net_deadline_clear()). */
void wm_net_deadline_unlink(wm_net_conn *nc);

/** Whether a deadline is armed. */
static zend_always_inline bool wm_net_deadline_armed(const wm_net_conn *nc)
{
	return nc->deadline.next != NULL;
}

/** Disarms the deadline (nothing when none is armed). */
static zend_always_inline void wm_net_deadline_clear(wm_net_conn *nc)
{
	if (UNEXPECTED(nc->deadline.next != NULL)) {
		wm_net_deadline_unlink(nc);
	}
}

/** Adds the read event (once the socket is attached). */
static zend_always_inline void wm_net_read_start(wm_net_conn *nc)
{
	if (!(nc->flags & WM_NET_F_READING) && (nc->flags & WM_NET_F_EVENTS)) {
		event_add(&nc->ev_read, NULL);
		nc->flags |= WM_NET_F_READING;
	}
}

/** Removes the read event. */
static zend_always_inline void wm_net_read_stop(wm_net_conn *nc)
{
	if (nc->flags & WM_NET_F_READING) {
		event_del(&nc->ev_read);
		nc->flags &= ~WM_NET_F_READING;
	}
}

/** Allocates and assigns the write event (the first time a write must wait). */
void wm_net_write_event_new(wm_net_conn *nc);

/** Adds the write event (once the socket is attached). */
static zend_always_inline void wm_net_write_start(wm_net_conn *nc)
{
	if (!(nc->flags & WM_NET_F_WRITING) && (nc->flags & WM_NET_F_EVENTS)) {
		if (UNEXPECTED(!nc->ev_write)) {
			wm_net_write_event_new(nc);
		}
		event_add(nc->ev_write, NULL);
		nc->flags |= WM_NET_F_WRITING;
	}
}

/** Removes the write event. */
static zend_always_inline void wm_net_write_stop(wm_net_conn *nc)
{
	if (nc->flags & WM_NET_F_WRITING) {
		event_del(nc->ev_write);
		nc->flags &= ~WM_NET_F_WRITING;
	}
}

/** Bytes held in memory waiting for the socket to become writable (corked bytes count as
 * written; file chunks are not in memory and do not count). */
static zend_always_inline size_t wm_net_backlog(const wm_net_conn *nc)
{
	return nc->outq.bytes - nc->outq.file_bytes - nc->cork_bytes;
}

/** Whether anything at all waits for the socket (new bytes must then queue behind it). */
static zend_always_inline bool wm_net_pending_write(const wm_net_conn *nc)
{
	return nc->outq.bytes > nc->cork_bytes;
}

/** Writes the send queue through the transport. */
static zend_always_inline ssize_t wm_net_flush(wm_net_conn *nc)
{
	return nc->tr->flush(nc);
}

#endif /* WM_NET_CONN_H */
