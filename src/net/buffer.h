/* SPDX-License-Identifier: MIT */
/* Connection buffers.
 * wm_rbuf: the receive buffer, one zend_string grown in place while we own it alone, so that a
 *   whole buffered package can be handed to PHP without a copy.
 * wm_outq: the send queue, a ring of references to the zend_strings that send() was given
 *   (no copy), written with sendmsg() and an iovec per chunk; a chunk may also be a range of an
 *   open file, written with sendfile() (HTTP file responses). */

#ifndef WM_NET_BUFFER_H
#define WM_NET_BUFFER_H

#include "common.h"
#include "main/php_network.h"
#include <sys/uio.h>

typedef struct {
	zend_string *str;   /* NULL when empty; bytes [pos, ZSTR_LEN(str)) are unconsumed */
	size_t pos;
	size_t cap;         /* allocated payload size of `str` */
} wm_rbuf;

static inline size_t wm_rbuf_len(const wm_rbuf *b)
{
	return b->str ? ZSTR_LEN(b->str) - b->pos : 0;
}

static inline const char *wm_rbuf_data(const wm_rbuf *b)
{
	return b->str ? ZSTR_VAL(b->str) + b->pos : "";
}

/** Appends `n` bytes (copied). */
void wm_rbuf_append(wm_rbuf *b, const char *data, size_t n);
/** Drops the first `n` unconsumed bytes (n is clamped to the length). */
void wm_rbuf_consume(wm_rbuf *b, size_t n);
/** Removes the first `n` bytes and returns them as a new string (zero-copy when they are the
 * whole buffer). `n` must not exceed the length. */
zend_string *wm_rbuf_take(wm_rbuf *b, size_t n);
/** Returns a borrowed string holding exactly the unconsumed bytes (moving them to the front if
 * needed); the caller adds a reference if it passes it on. Never NULL. */
zend_string *wm_rbuf_string(wm_rbuf *b);
/** Empties the buffer and releases its memory. */
void wm_rbuf_free(wm_rbuf *b);

typedef struct {
	zend_string *ref;   /* owned reference holding the bytes, or NULL for inline bytes / a file */
	size_t off;         /* first unsent byte within ref or inl, or the file offset */
	size_t len;         /* unsent bytes */
	int fd;             /* owned file descriptor of a file chunk, else -1 */
	char inl[8];
} wm_chunk;

typedef struct {
	wm_chunk *v;
	uint32_t head;
	uint32_t count;
	uint32_t cap;       /* power of two, 0 before the first push */
	size_t bytes;       /* total unsent bytes */
	size_t file_bytes;  /* of which in file chunks (not held in memory) */
} wm_outq;

/** The unsent bytes of a memory chunk (not of a file chunk). */
static inline const char *wm_chunk_data(const wm_chunk *c)
{
	return (c->ref ? ZSTR_VAL(c->ref) : c->inl) + c->off;
}

/** Queues bytes [off, off+len) of `s`; takes a new reference to `s`. */
void wm_outq_push_str(wm_outq *q, zend_string *s, size_t off, size_t len);
/** Queues a copy of `len` bytes. */
void wm_outq_push_bytes(wm_outq *q, const char *p, size_t len);
/** Queues `len` bytes of the open file `fd` from `off`; takes ownership of `fd` (closed once
 * sent or when the queue is cleared). */
void wm_outq_push_file(wm_outq *q, int fd, size_t off, size_t len);
/** Writes as much as the socket takes. Returns the bytes written (0 when it would block) or -1
 * on a socket error (errno set); written bytes leave the queue. */
ssize_t wm_outq_flush(wm_outq *q, php_socket_t fd);
/** Drops the first `n` queued bytes (written by the caller, e.g. through TLS), releasing the
 * chunks they emptied. `n` must not exceed q->bytes. */
void wm_outq_consume(wm_outq *q, size_t n);
/** Drops everything queued. */
void wm_outq_clear(wm_outq *q);

/** sendmsg() without SIGPIPE, retrying on EINTR. Returns bytes written, 0 if it would block,
 * -1 on error. */
ssize_t wm_sock_writev(php_socket_t fd, struct iovec *iov, int iovcnt);

#endif /* WM_NET_BUFFER_H */
