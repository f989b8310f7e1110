/* SPDX-License-Identifier: MIT */
/* Receive buffer and send queue of a connection. */

#include "net/buffer.h"

#include <errno.h>
#include <sys/socket.h>

#include <sys/sendfile.h>
#include <unistd.h>

#define WM_IOV_BATCH 64

/* ---- receive buffer ------------------------------------------------------------------------ */

static zend_string *wm_rbuf_alloc(size_t cap)
{
	zend_string *s = zend_string_alloc(cap, 0);
	ZSTR_LEN(s) = 0;
	return s;
}

void wm_rbuf_append(wm_rbuf *b, const char *data, size_t n)
{
	if (n == 0) {
		return;
	}
	if (!b->str) {
		/* Exact size: the common case is one package per read, handed to PHP as it is. */
		b->str = wm_rbuf_alloc(n);
		b->cap = n;
		b->pos = 0;
	} else {
		size_t used = ZSTR_LEN(b->str) - b->pos;
		bool owned = GC_REFCOUNT(b->str) == 1;
		if (!owned || ZSTR_LEN(b->str) + n > b->cap) {
			if (owned && b->pos > 0 && used + n <= b->cap) {
				memmove(ZSTR_VAL(b->str), ZSTR_VAL(b->str) + b->pos, used);
			} else {
				size_t cap = used + n;
				if (cap < 2 * used) {
					cap = 2 * used;
				}
				if (cap < 4096) {
					cap = 4096;
				}
				zend_string *s = wm_rbuf_alloc(cap);
				memcpy(ZSTR_VAL(s), ZSTR_VAL(b->str) + b->pos, used);
				zend_string_release(b->str);
				b->str = s;
				b->cap = cap;
			}
			ZSTR_LEN(b->str) = used;
			b->pos = 0;
		}
	}
	memcpy(ZSTR_VAL(b->str) + ZSTR_LEN(b->str), data, n);
	ZSTR_LEN(b->str) += n;
	ZSTR_VAL(b->str)[ZSTR_LEN(b->str)] = '\0';
	zend_string_forget_hash_val(b->str);
}

void wm_rbuf_consume(wm_rbuf *b, size_t n)
{
	size_t len = wm_rbuf_len(b);
	if (n >= len) {
		wm_rbuf_free(b);
		return;
	}
	b->pos += n;
}

zend_string *wm_rbuf_take(wm_rbuf *b, size_t n)
{
	size_t len = wm_rbuf_len(b);
	zend_string *out;

	ZEND_ASSERT(n <= len);
	if (n == len && b->str) {
		if (b->pos == 0) {
			out = b->str;
		} else if (GC_REFCOUNT(b->str) == 1) {
			memmove(ZSTR_VAL(b->str), ZSTR_VAL(b->str) + b->pos, n);
			ZSTR_LEN(b->str) = n;
			ZSTR_VAL(b->str)[n] = '\0';
			zend_string_forget_hash_val(b->str);
			out = b->str;
		} else {
			out = zend_string_init(ZSTR_VAL(b->str) + b->pos, n, 0);
			zend_string_release(b->str);
		}
		b->str = NULL;
		b->pos = b->cap = 0;
		return out;
	}
	out = zend_string_init(wm_rbuf_data(b), n, 0);
	b->pos += n;
	return out;
}

zend_string *wm_rbuf_string(wm_rbuf *b)
{
	if (!b->str) {
		return ZSTR_EMPTY_ALLOC();
	}
	if (b->pos > 0) {
		size_t used = ZSTR_LEN(b->str) - b->pos;
		if (GC_REFCOUNT(b->str) == 1) {
			memmove(ZSTR_VAL(b->str), ZSTR_VAL(b->str) + b->pos, used);
			ZSTR_LEN(b->str) = used;
			ZSTR_VAL(b->str)[used] = '\0';
			zend_string_forget_hash_val(b->str);
		} else {
			zend_string *s = wm_rbuf_alloc(used);
			memcpy(ZSTR_VAL(s), ZSTR_VAL(b->str) + b->pos, used);
			ZSTR_LEN(s) = used;
			ZSTR_VAL(s)[used] = '\0';
			zend_string_release(b->str);
			b->str = s;
			b->cap = used;
		}
		b->pos = 0;
	}
	return b->str;
}

void wm_rbuf_free(wm_rbuf *b)
{
	if (b->str) {
		zend_string_release(b->str);
	}
	b->str = NULL;
	b->pos = b->cap = 0;
}

/* ---- send queue ---------------------------------------------------------------------------- */

static wm_chunk *wm_outq_slot(wm_outq *q)
{
	if (q->count == q->cap) {
		uint32_t cap = q->cap ? q->cap * 2 : 4;
		wm_chunk *v = safe_emalloc(cap, sizeof(wm_chunk), 0);
		for (uint32_t i = 0; i < q->count; i++) {
			v[i] = q->v[(q->head + i) & (q->cap - 1)];
		}
		if (q->v) {
			efree(q->v);
		}
		q->v = v;
		q->cap = cap;
		q->head = 0;
	}
	wm_chunk *c = &q->v[(q->head + q->count) & (q->cap - 1)];
	q->count++;
	c->fd = -1;
	return c;
}

void wm_outq_push_str(wm_outq *q, zend_string *s, size_t off, size_t len)
{
	if (len == 0) {
		return;
	}
	wm_chunk *c = wm_outq_slot(q);
	c->ref = zend_string_copy(s);
	c->off = off;
	c->len = len;
	q->bytes += len;
}

void wm_outq_push_bytes(wm_outq *q, const char *p, size_t len)
{
	if (len == 0) {
		return;
	}
	wm_chunk *c = wm_outq_slot(q);
	if (len <= sizeof(c->inl)) {
		c->ref = NULL;
		memcpy(c->inl, p, len);
	} else {
		c->ref = zend_string_init(p, len, 0);
	}
	c->off = 0;
	c->len = len;
	q->bytes += len;
}

void wm_outq_push_file(wm_outq *q, int fd, size_t off, size_t len)
{
	if (len == 0) {
		close(fd);
		return;
	}
	wm_chunk *c = wm_outq_slot(q);
	c->ref = NULL;
	c->fd = fd;
	c->off = off;
	c->len = len;
	q->bytes += len;
	q->file_bytes += len;
}

static void wm_chunk_release(wm_chunk *c)
{
	if (c->ref) {
		zend_string_release(c->ref);
	}
	if (c->fd >= 0) {
		close(c->fd);
	}
}

/* sendfile() of a file chunk: bytes written, 0 if the socket would block, -1 on error. A file
 * that became shorter than announced is an error too (the peer expects the bytes). */
static ssize_t wm_chunk_sendfile(php_socket_t sock, wm_chunk *c)
{
	off_t off = (off_t) c->off;
	size_t want = c->len > (1u << 30) ? (1u << 30) : c->len;
	for (;;) {
		ssize_t n = sendfile(sock, c->fd, &off, want);
		if (n > 0) {
			return n;
		}
		if (n == 0) {
			errno = EIO;
			return -1;
		}
		if (errno == EINTR) {
			continue;
		}
		return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
	}
}

ssize_t wm_sock_writev(php_socket_t fd, struct iovec *iov, int iovcnt)
{
	struct msghdr msg;
	memset(&msg, 0, sizeof(msg));
	msg.msg_iov = iov;
	msg.msg_iovlen = iovcnt;
	for (;;) {
		ssize_t n = sendmsg(fd, &msg, MSG_NOSIGNAL);
		if (n >= 0) {
			return n;
		}
		if (errno == EINTR) {
			continue;
		}
		if (errno == EAGAIN || errno == EWOULDBLOCK) {
			return 0;
		}
		if (errno == ENOTSOCK) {
			/* A stream that is not a socket (pipe, file): plain writev(). */
			n = writev(fd, iov, iovcnt);
			if (n >= 0) {
				return n;
			}
			if (errno == EAGAIN || errno == EWOULDBLOCK) {
				return 0;
			}
		}
		return -1;
	}
}

ssize_t wm_outq_flush(wm_outq *q, php_socket_t fd)
{
	ssize_t total = 0;

	while (q->count > 0) {
		struct iovec iov[WM_IOV_BATCH];
		int n = 0;
		size_t want = 0;
		ssize_t w;
		wm_chunk *first = &q->v[q->head];
		if (first->fd >= 0) {
			want = first->len;
			w = wm_chunk_sendfile(fd, first);
		} else {
			/* Memory chunks up to the next file chunk go out in one sendmsg(). */
			for (uint32_t i = 0; i < q->count && n < WM_IOV_BATCH; i++, n++) {
				wm_chunk *c = &q->v[(q->head + i) & (q->cap - 1)];
				if (c->fd >= 0) {
					break;
				}
				iov[n].iov_base = (void *) wm_chunk_data(c);
				iov[n].iov_len = c->len;
				want += c->len;
			}
			w = wm_sock_writev(fd, iov, n);
		}
		if (w < 0) {
			return -1;
		}
		total += w;
		wm_outq_consume(q, (size_t) w);
		if ((size_t) w < want) {
			break; /* the socket buffer is full */
		}
	}
	return total;
}

void wm_outq_consume(wm_outq *q, size_t n)
{
	q->bytes -= n;
	while (n > 0) {
		wm_chunk *c = &q->v[q->head];
		size_t take = n < c->len ? n : c->len;
		if (c->fd >= 0) {
			q->file_bytes -= take;
		}
		if (take == c->len) {
			wm_chunk_release(c);
			q->head = (q->head + 1) & (q->cap - 1);
			q->count--;
		} else {
			c->off += take;
			c->len -= take;
		}
		n -= take;
	}
	if (q->count == 0 && q->v) {
		efree(q->v);
		q->v = NULL;
		q->cap = 0;
		q->head = 0;
	}
}

void wm_outq_clear(wm_outq *q)
{
	for (uint32_t i = 0; i < q->count; i++) {
		wm_chunk_release(&q->v[(q->head + i) & (q->cap - 1)]);
	}
	if (q->v) {
		efree(q->v);
	}
	memset(q, 0, sizeof(*q));
}
