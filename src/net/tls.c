/* SPDX-License-Identifier: MIT */
/* The TLS transport: handshake, reads, queue flushes through SSL_write(), close_notify (see
 * tls.h). Contexts and the SSL objects are built by the owner of the connection. */

#include "net/tls.h"
#include "net/socket.h"

#include <openssl/err.h>
#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

/* Plaintext per SSL_write: one full TLS record. */
#define WM_TLS_RECORD 16384

typedef struct _wm_net_tls_state {
	SSL *ssl;
	size_t retry_len;   /* length of the SSL_write that must be retried (OpenSSL's rule), or 0 */
	bool server;
	bool done;          /* handshake completed */
	bool peeked;        /* server: the first bytes were checked for plain HTTP */
	bool dead;          /* a fatal error or EOF happened: no close_notify */
} wm_net_tls_state;

static unsigned char wm_tls_scratch[WM_TLS_RECORD];

void wm_net_tls_append_errors(smart_str *out)
{
	unsigned long e;
	bool first = true;
	char buf[256];
	while ((e = ERR_get_error()) != 0) {
		ERR_error_string_n(e, buf, sizeof(buf));
		if (!first) {
			smart_str_appendc(out, '\n');
		}
		smart_str_appends(out, buf);
		first = false;
	}
}

/* ---- state --------------------------------------------------------------------------------- */

static void wm_net_tls_free(wm_net_conn *nc)
{
	wm_net_tls_state *t = nc->tr_state;
	if (!t) {
		return;
	}
	SSL_free(t->ssl);
	efree(t);
	nc->tr_state = NULL;
}

static bool wm_net_tls_established(wm_net_conn *nc)
{
	wm_net_tls_state *t = nc->tr_state;
	return t && t->done;
}

bool wm_net_tls_attach(wm_net_conn *nc, SSL *ssl, bool server)
{
	if (SSL_set_fd(ssl, (int) nc->fd) != 1) {
		return false;
	}
	wm_net_tls_state *t = ecalloc(1, sizeof(*t));
	t->ssl = ssl;
	t->server = server;
	if (server) {
		SSL_set_accept_state(ssl);
	} else {
		SSL_set_connect_state(ssl);
	}
	wm_net_transport_free(nc); /* a reconnect() of a connection that still has its old state */
	nc->tr = &wm_net_tls;
	nc->tr_state = t;
	return true;
}

bool wm_net_tls_connect(wm_net_conn *nc, zend_string **error)
{
	wm_net_tls_state *t = nc->tr_state;
	ERR_clear_error();
	int r = SSL_do_handshake(t->ssl);
	if (r == 1) {
		t->done = true;
		return true;
	}
	int err = SSL_get_error(t->ssl, r);
	if (err == SSL_ERROR_WANT_WRITE) {
		wm_net_write_start(nc);
	} else if (err != SSL_ERROR_WANT_READ) {
		smart_str s = {0};
		smart_str_appends(&s, "SSL operation failed");
		if (ERR_peek_error()) {
			smart_str_appends(&s, ". OpenSSL Error messages:\n");
			wm_net_tls_append_errors(&s);
		}
		smart_str_0(&s);
		*error = s.s;
		return false;
	}
	return true;
}

/* ---- handshake ----------------------------------------------------------------------------- */

/* The first bytes of a server connection are not a TLS record but an HTTP request line: answer
 * it in plain HTTP instead of letting the client wait for a reply it can read. Returns true if
 * it was one (the caller closes the connection). */
static bool wm_net_tls_plain_http(wm_net_conn *nc, const char *peek, size_t n)
{
	static const char *const methods[] = {"GET ", "POST", "HEAD", "PUT ", "DELE", "OPTI", "PATC", "CONN", "TRAC"};
	bool http = false;
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		if (n >= 4 && memcmp(peek, methods[i], 4) == 0) {
			http = true;
			break;
		}
	}
	if (!http) {
		return false;
	}
	/* A misconfigured client or proxy, worth a line in the log file too (Worker::log(): also
	 * echoed unless daemonized), where handshake errors are only echoed, as upstream's. */
	zend_string *local = wm_socket_local_name(nc->fd);
	zend_string *line = zend_strpprintf(0, "SSL handshake error: plain HTTP request received on TLS port %s from %s",
		ZSTR_VAL(local), nc->up->peer_name(nc));
	nc->up->log(nc, ZSTR_VAL(line), ZSTR_LEN(line));
	zend_string_release(line);
	zend_string_release(local);
	/* Read what the client sent first: closing a socket with unread bytes resets it, and the
	 * client would lose the reply. */
	char sink[4096];
	for (int i = 0; i < 16; i++) {
		ssize_t r = recv(nc->fd, sink, sizeof(sink), 0);
		if (r <= 0) {
			break;
		}
	}
	static const char reply[] =
		"HTTP/1.1 400 Bad Request\r\n"
		"Content-Type: text/plain\r\n"
		"Content-Length: 49\r\n"
		"Connection: close\r\n"
		"\r\n"
		"The plain HTTP request was sent to an HTTPS port\n";
	(void) !send(nc->fd, reply, sizeof(reply) - 1, MSG_NOSIGNAL);
	shutdown(nc->fd, SHUT_WR);
	return true;
}

static int wm_net_tls_handshake(wm_net_conn *nc)
{
	wm_net_tls_state *t = nc->tr_state;
	if (t->done) {
		return 1;
	}
	if (nc->fd < 0) {
		return -1;
	}
	if (t->server && !t->peeked) {
		char peek[8];
		ssize_t n;
		do {
			n = recv(nc->fd, peek, sizeof(peek), MSG_PEEK);
		} while (n < 0 && errno == EINTR);
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
			t->dead = true;
			return -1; /* upstream: feof() before the handshake → destroy, nothing printed */
		}
		if (n < 0) {
			return 0;
		}
		t->peeked = true;
		if (peek[0] != 0x16 && wm_net_tls_plain_http(nc, peek, (size_t) n)) {
			t->dead = true;
			return -1;
		}
	}

	ERR_clear_error();
	errno = 0;
	int r = SSL_do_handshake(t->ssl);
	if (r == 1) {
		if (t->server && (SSL_get_verify_mode(t->ssl) & SSL_VERIFY_PEER) && !SSL_get0_peer_certificate(t->ssl)) {
			/* verify_peer on a server: PHP's policy check after the handshake wants one. */
			static const char msg[] = "SSL handshake error: stream_socket_enable_crypto(): Could not get peer certificate\n";
			t->dead = true;
			nc->up->echo(nc, msg, sizeof(msg) - 1);
			return -1;
		}
		t->done = true;
		if (t->server) {
			nc->up->handshake_done(nc);
		}
		return 1;
	}
	int err = SSL_get_error(t->ssl, r);
	if (err == SSL_ERROR_WANT_READ) {
		wm_net_write_stop(nc);
		return 0;
	}
	if (err == SSL_ERROR_WANT_WRITE) {
		wm_net_write_start(nc);
		return 0;
	}
	t->dead = true;
	int saved_errno = errno;
	if (err == SSL_ERROR_ZERO_RETURN || (err == SSL_ERROR_SYSCALL && !ERR_peek_error()
			&& (saved_errno == 0 || saved_errno == ECONNRESET || saved_errno == EPIPE))) {
		/* The peer went away mid-handshake (closed or reset): nothing to say, as upstream,
		 * whose feof() check before each handshake step destroys such a connection quietly. */
		ERR_clear_error();
		return -1;
	}
	/* PHP's warning of stream_socket_enable_crypto(), as upstream echoes it. */
	smart_str s = {0};
	smart_str_appends(&s, "SSL handshake error: stream_socket_enable_crypto(): ");
	if (ERR_peek_error()) {
		smart_str_appends(&s, "SSL operation failed with code 1. OpenSSL Error messages:\n");
		wm_net_tls_append_errors(&s);
	} else {
		smart_str_appends(&s, "SSL: ");
		smart_str_appends(&s, saved_errno ? strerror(saved_errno) : "Connection closed");
	}
	smart_str_appendc(&s, '\n');
	smart_str_0(&s);
	nc->up->echo(nc, ZSTR_VAL(s.s), ZSTR_LEN(s.s));
	smart_str_free(&s);
	ERR_clear_error();
	return -1;
}

/* ---- reading and writing ------------------------------------------------------------------- */

static ssize_t wm_net_tls_recv(wm_net_conn *nc, char *buf, size_t len)
{
	wm_net_tls_state *t = nc->tr_state;
	if (t->dead || nc->fd < 0) {
		return -1;
	}
	ERR_clear_error();
	int n = SSL_read(t->ssl, buf, len > INT_MAX ? INT_MAX : (int) len);
	if (n > 0) {
		return n;
	}
	int err = SSL_get_error(t->ssl, n);
	if (err == SSL_ERROR_WANT_READ) {
		return 0;
	}
	if (err == SSL_ERROR_WANT_WRITE) {
		wm_net_write_start(nc);
		return 0;
	}
	/* close_notify, EOF or a protocol error: the connection is over (as fread() === false). */
	t->dead = err != SSL_ERROR_ZERO_RETURN;
	ERR_clear_error();
	return -1;
}

static bool wm_net_tls_pending(wm_net_conn *nc)
{
	wm_net_tls_state *t = nc->tr_state;
	/* Decrypted bytes, or (read-ahead) raw records already taken from the kernel: no readiness
	 * event would announce those. A partial record held here costs one recv() that says
	 * EAGAIN, after which the read loop waits for the kernel. */
	return t && !t->dead && nc->fd >= 0 && SSL_has_pending(t->ssl);
}

/* The next plaintext to hand to SSL_write: a large memory chunk as it is, else up to one record
 * gathered from the head of the queue (small chunks such as an HTTP head and its body become one
 * record; a file chunk is read with pread()). `want` forces the length (a retry). Returns the
 * length, or -1 if a file could not be read. */
static ssize_t wm_net_tls_next(wm_outq *q, size_t want, const void **data)
{
	wm_chunk *first = &q->v[q->head];
	if (first->fd >= 0) {
		size_t len = want ? want : (first->len < WM_TLS_RECORD ? first->len : WM_TLS_RECORD);
		size_t got = 0;
		while (got < len) {
			ssize_t r = pread(first->fd, wm_tls_scratch + got, len - got, (off_t) (first->off + got));
			if (r < 0 && errno == EINTR) {
				continue;
			}
			if (r <= 0) {
				errno = r == 0 ? EIO : errno; /* a file that shrank: the peer expects the bytes */
				return -1;
			}
			got += (size_t) r;
		}
		*data = wm_tls_scratch;
		return (ssize_t) len;
	}
	const char *p = wm_chunk_data(first);
	if ((want == 0 && first->len >= WM_TLS_RECORD) || (want && want <= first->len)) {
		*data = p;
		return (ssize_t) (want ? want : first->len);
	}
	size_t limit = want ? want : WM_TLS_RECORD, got = 0;
	for (uint32_t i = 0; i < q->count && got < limit; i++) {
		wm_chunk *ch = &q->v[(q->head + i) & (q->cap - 1)];
		if (ch->fd >= 0) {
			break;
		}
		size_t take = ch->len < limit - got ? ch->len : limit - got;
		memcpy(wm_tls_scratch + got, wm_chunk_data(ch), take);
		got += take;
	}
	*data = wm_tls_scratch;
	return (ssize_t) got;
}

static ssize_t wm_net_tls_flush(wm_net_conn *nc)
{
	wm_net_tls_state *t = nc->tr_state;
	wm_outq *q = &nc->outq;
	ssize_t total = 0;
	if (!t->done) {
		return 0; /* queued until the handshake completes */
	}
	if (t->dead || nc->fd < 0) {
		errno = EPIPE;
		return -1;
	}
	while (q->count > 0) {
		const void *data;
		ssize_t len = wm_net_tls_next(q, t->retry_len, &data);
		if (len < 0) {
			t->dead = true;
			return -1;
		}
		ERR_clear_error();
		int w = SSL_write(t->ssl, data, (int) (len > INT_MAX ? INT_MAX : len));
		if (w > 0) {
			t->retry_len = 0;
			wm_outq_consume(q, (size_t) w);
			total += w;
			continue;
		}
		int err = SSL_get_error(t->ssl, w);
		if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
			/* OpenSSL wants the same bytes again: the queue head stays as it is. */
			t->retry_len = (size_t) len;
			break;
		}
		t->dead = true;
		ERR_clear_error();
		if (total == 0) {
			errno = EPIPE;
			return -1;
		}
		break;
	}
	return total;
}

static void wm_net_tls_close_notify(wm_net_conn *nc)
{
	wm_net_tls_state *t = nc->tr_state;
	if (!t || !t->done || t->dead || nc->fd < 0 || t->retry_len) {
		return;
	}
	/* One non-blocking try: a peer that does not read it gets the FIN anyway. */
	ERR_clear_error();
	(void) SSL_shutdown(t->ssl);
	ERR_clear_error();
	t->dead = true;
}

const wm_net_transport wm_net_tls = {
	.name = "tls",
	.recv = wm_net_tls_recv,
	.flush = wm_net_tls_flush,
	.handshake = wm_net_tls_handshake,
	.established = wm_net_tls_established,
	.pending = wm_net_tls_pending,
	.close_notify = wm_net_tls_close_notify,
	.free = wm_net_tls_free,
	.via_queue = true,
};
