/*
 * loadgen.c - small closed-loop load generator for the ext-workerman benchmarks.
 *
 * Single thread, epoll, plain C99 + POSIX.  Loopback only.
 *
 *   cc -O2 -Wall -Wextra -Werror -o bench/loadgen bench/loadgen.c
 *
 * It opens -c connections to 127.0.0.1:-p, then for -d seconds keeps each
 * connection busy: -P messages are in flight per connection, and every time a
 * complete response is parsed (and verified) one more message is sent.  At the
 * end it prints one machine-readable line:
 *
 *   messages=N seconds=S errors=E rate=R stalled=K closed=L
 *
 * messages  responses received and verified during the run
 * seconds   measured wall time (from "all connected" to the end of the run)
 * errors    wrong responses + connections lost (reset / closed by the server)
 * rate      messages / seconds
 * stalled   connections that still had messages in flight at the end but had
 *           not received any response during the last second (hang detector)
 * closed    connections lost during the run (also counted in errors)
 *
 * Protocols (-t):
 *   text    payload + "\n"; the response must be the exact same bytes
 *   frame   4-byte big-endian total length (header included) + payload;
 *           the response must be the exact same bytes
 *   jsonnl  {"id":N,"msg":"hello..."}\n; the response must be exactly
 *           {"code":0,"msg":"ok"}\n
 *   ws      WebSocket (RFC 6455): every connection first sends an HTTP/1.1
 *           upgrade request with its own random Sec-WebSocket-Key and must get
 *           "101" with Upgrade: websocket, Connection: Upgrade and the right
 *           Sec-WebSocket-Accept (SHA-1 + base64 computed here); a failed
 *           handshake is a setup failure (exit 1).  The measured run starts
 *           once every connection is upgraded.  Messages are single masked
 *           text frames (FIN, opcode 1) with a fresh pseudo-random mask key
 *           each, carrying the text payload (without "\n"); the response must
 *           be exactly the unmasked server frame 0x81 + minimal length + the
 *           same payload.
 *   wschat  a chat room over WebSocket (GatewayWorker's workerman-chat,
 *           phpsocket.io): after the upgrade (-U path) every connection sends
 *           the -L login frame, then frames for -S seconds are read and dropped
 *           (joins, user lists), then each keeps -P messages (-M) in flight.
 *           In both templates %c is the connection number and %t a token
 *           "bm<conn>x<seq>y" unique per message.  The server broadcasts
 *           each message; message <seq> of connection c is complete when
 *           connection (c+1) % N receives a text frame carrying its token
 *           (tokens arrive in order), and then c sends the next one.
 *           "messages" counts every delivered frame that carries a token
 *           (so N or N-1 per message, by the room's rule), "origin" the
 *           messages completed; other frames (pings, joins) are ignored.
 *
 * -W SEC prints the result line, then keeps the connections open SEC seconds
 * before closing them, so that a caller can sample and stop the server first.
 *
 * Unique messages (-u, the default) carry the connection number and a per
 * connection counter (text/frame) or a global counter (jsonnl "id"), so a
 * server cannot answer from a cache of identical packets; -i sends the same
 * bytes every time.
 *
 * Exit status: 0 run completed without errors, 3 run completed with errors,
 * 1 setup failure (cannot connect, ...), 2 usage error.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "wsutil.h"

enum proto { P_TEXT, P_FRAME, P_JSONNL, P_WS, P_WSCHAT };

/* Fixed-width header that starts every text/frame payload: "cccccccc:ssssssssssssssss|" */
#define HDR_LEN 26
#define MAX_EVENTS 1024
#define READ_CHUNK 65536
#define MAX_ERR_REPORTS 10
#define WS_MAX_HANDSHAKE 8192   /* bytes of 101 response head accepted */

static const char JSON_REPLY[] = "{\"code\":0,\"msg\":\"ok\"}\n";
#define JSON_REPLY_LEN (sizeof(JSON_REPLY) - 1)

typedef struct {
	int fd;
	int idx;
	int alive;
	int want_out;          /* EPOLLOUT currently registered */
	uint64_t sent;         /* messages sent (or queued) */
	uint64_t recvd;        /* responses parsed */
	double last_progress;  /* time of the last response (or of the start) */
	char *in;
	size_t in_len, in_cap;
	char *out;
	size_t out_off, out_len, out_cap;
	int ws_open;           /* ws: upgrade answered and verified */
	char ws_accept[29];    /* ws: expected Sec-WebSocket-Accept */
} conn_t;

/* options */
static enum proto opt_proto = P_TEXT;
static const char *opt_host = "127.0.0.1";
static int opt_port = 0;
static int opt_conns = 64;
static double opt_duration = 5.0;
static int opt_depth = 1;
static size_t opt_size = 64;
static int opt_unique = 1;
static const char *opt_path = "/bench";   /* ws/wschat: path of the upgrade request */
static const char *opt_login = NULL;      /* wschat: login frame template */
static const char *opt_msg = NULL;        /* wschat: message frame template */
static double opt_settle = 0.5;           /* wschat: seconds between login and the run */
static double opt_linger = 0;             /* seconds to keep the connections open after the report */

/* state */
static int epfd = -1;
static conn_t *conns;
static int alive_conns;
static int running = 1;
static uint64_t total_msgs;
static uint64_t total_errors;
static uint64_t total_closed;
static uint64_t json_id;
static int err_reports;
static char *filler;        /* opt_size bytes of [a-z] */
static char *scratch;       /* expected-message buffer */
static size_t msg_cap;      /* upper bound for one wire message */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static int ws_pending;      /* ws: connections not upgraded yet */
static uint64_t chat_origin; /* wschat: messages completed during the run */
static uint64_t chat_other;  /* wschat: frames without a token (ignored) */
static int chat_measuring;   /* wschat: in the measured run (tokens are checked) */

static double now_sec(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static void *xrealloc(void *p, size_t n)
{
	void *r = realloc(p, n);
	if (!r) {
		fprintf(stderr, "loadgen: out of memory\n");
		exit(1);
	}
	return r;
}

/* xorshift64*: mask keys and Sec-WebSocket-Key bytes (unpredictable enough for a benchmark) */
static uint64_t rng_next(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static void report(conn_t *c, const char *what)
{
	if (err_reports < MAX_ERR_REPORTS) {
		fprintf(stderr, "loadgen: conn %d (after %llu responses): %s\n", c->idx,
			(unsigned long long) c->recvd, what);
	} else if (err_reports == MAX_ERR_REPORTS) {
		fprintf(stderr, "loadgen: further errors not shown\n");
	}
	err_reports++;
}

/* Payload length of a text/frame message (the header always fits). */
static size_t payload_len(void)
{
	return opt_size < HDR_LEN ? HDR_LEN : opt_size;
}

/* WebSocket frame header (FIN + opcode 1, minimal length form); returns its size. */
static size_t ws_header(char *p, size_t plen, int masked)
{
	unsigned char *u = (unsigned char *) p;
	size_t n;
	u[0] = 0x81;
	if (plen < 126) {
		u[1] = (unsigned char) plen;
		n = 2;
	} else if (plen <= 0xffff) {
		u[1] = 126;
		u[2] = (unsigned char) (plen >> 8);
		u[3] = (unsigned char) plen;
		n = 4;
	} else {
		int i;
		u[1] = 127;
		for (i = 0; i < 8; i++) {
			u[2 + i] = (unsigned char) ((uint64_t) plen >> (56 - 8 * i));
		}
		n = 10;
	}
	if (masked) {
		u[1] |= 0x80;
	}
	return n;
}

/* Write the complete wire form of text/frame/ws message number seq of conn c into buf.
 * For ws, client != 0 gives the masked client frame, client == 0 the expected server frame. */
static size_t build_echo_msg(const conn_t *c, uint64_t seq, char *buf, int client)
{
	size_t plen = payload_len();
	char *p = buf;
	char hdr[HDR_LEN + 1];
	unsigned char *mask = NULL;

	if (opt_proto == P_WS) {
		p += ws_header(p, plen, client);
		if (client) {
			uint32_t key = (uint32_t) (rng_next() >> 32);
			mask = (unsigned char *) p;
			memcpy(p, &key, 4);
			p += 4;
		}
	} else if (opt_proto == P_FRAME) {
		uint32_t total = (uint32_t) (plen + 4);
		p[0] = (char) (total >> 24);
		p[1] = (char) (total >> 16);
		p[2] = (char) (total >> 8);
		p[3] = (char) total;
		p += 4;
	}
	snprintf(hdr, sizeof(hdr), "%08x:%016llx|",
		opt_unique ? (unsigned) c->idx : 0u,
		opt_unique ? (unsigned long long) seq : 0ull);
	memcpy(p, hdr, HDR_LEN);
	memcpy(p + HDR_LEN, filler, plen - HDR_LEN);
	if (mask) {
		/* 8 bytes at a time (the key repeats every 4 bytes), then the tail */
		unsigned char *u = (unsigned char *) p;
		uint32_t k32;
		uint64_t k64, w;
		size_t k = 0;
		memcpy(&k32, mask, 4);
		k64 = ((uint64_t) k32 << 32) | k32;
		for (; k + 8 <= plen; k += 8) {
			memcpy(&w, u + k, 8);
			w ^= k64;
			memcpy(u + k, &w, 8);
		}
		for (; k < plen; k++) {
			u[k] ^= mask[k & 3];
		}
	}
	p += plen;
	if (opt_proto == P_TEXT) {
		*p++ = '\n';
	}
	return (size_t) (p - buf);
}

static size_t build_json_msg(char *buf)
{
	/* {"id":N,"msg":"hello<filler>"}  + "\n"; the object is opt_size bytes when possible */
	int n = snprintf(buf, 64, "{\"id\":%llu,\"msg\":\"hello",
		opt_unique ? (unsigned long long) json_id++ : 0ull);
	size_t len = (size_t) n;
	size_t fill = opt_size > len + 2 ? opt_size - len - 2 : 0;
	memcpy(buf + len, filler, fill);
	len += fill;
	memcpy(buf + len, "\"}\n", 3);
	return len + 3;
}

/* wschat: the masked text frame of template tpl for connection c, message seq (%c, %t expanded) */
static size_t build_chat_frame(const conn_t *c, const char *tpl, uint64_t seq, char *buf)
{
	char *pl = scratch;
	size_t plen = 0, hl, k;
	const char *t;
	for (t = tpl; *t && plen + 48 < msg_cap; t++) {
		if (t[0] == '%' && t[1] == 'c') {
			plen += (size_t) snprintf(pl + plen, 24, "%d", c->idx);
			t++;
		} else if (t[0] == '%' && t[1] == 't') {
			plen += (size_t) snprintf(pl + plen, 48, "bm%dx%lluy", c->idx, (unsigned long long) seq);
			t++;
		} else {
			pl[plen++] = *t;
		}
	}
	uint32_t key = (uint32_t) (rng_next() >> 32);
	hl = ws_header(buf, plen, 1);
	memcpy(buf + hl, &key, 4);
	hl += 4;
	for (k = 0; k < plen; k++) {
		buf[hl + k] = (char) (pl[k] ^ ((const char *) &key)[k & 3]);
	}
	return hl + plen;
}

/* wschat: the token "bm<conn>x<seq>y" in [p, p+len): 1 and *conn, *seq if there is one */
static int chat_token(const char *p, size_t len, long *conn, unsigned long long *seq)
{
	const char *end = p + len, *q = p;
	while ((q = memchr(q, 'b', (size_t) (end - q))) != NULL && q + 5 <= end) {
		const char *d = q + 2;
		long cv = 0;
		unsigned long long sv = 0;
		if (q[1] != 'm' || d >= end || *d < '0' || *d > '9') {
			q++;
			continue;
		}
		while (d < end && *d >= '0' && *d <= '9' && cv < 100000) {
			cv = cv * 10 + (*d++ - '0');
		}
		if (d >= end || *d != 'x') {
			q++;
			continue;
		}
		d++;
		while (d < end && *d >= '0' && *d <= '9') {
			sv = sv * 10 + (unsigned long long) (*d++ - '0');
		}
		if (d >= end || *d != 'y') {
			q++;
			continue;
		}
		*conn = cv;
		*seq = sv;
		return 1;
	}
	return 0;
}

static void queue_msg(conn_t *c)
{
	if (c->out_len + msg_cap > c->out_cap) {
		if (c->out_off > 0) {
			memmove(c->out, c->out + c->out_off, c->out_len - c->out_off);
			c->out_len -= c->out_off;
			c->out_off = 0;
		}
		if (c->out_len + msg_cap > c->out_cap) {
			c->out_cap = (c->out_len + msg_cap) * 2;
			c->out = xrealloc(c->out, c->out_cap);
		}
	}
	if (opt_proto == P_JSONNL) {
		c->out_len += build_json_msg(c->out + c->out_len);
	} else if (opt_proto == P_WSCHAT) {
		c->out_len += build_chat_frame(c, opt_msg, c->sent, c->out + c->out_len);
	} else {
		c->out_len += build_echo_msg(c, c->sent, c->out + c->out_len, 1);
	}
	c->sent++;
}

static void set_out_interest(conn_t *c, int want)
{
	struct epoll_event ev;
	if (c->want_out == want) {
		return;
	}
	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN | (want ? EPOLLOUT : 0);
	ev.data.ptr = c;
	if (epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev) == 0) {
		c->want_out = want;
	}
}

static void conn_kill(conn_t *c, const char *why)
{
	if (!c->alive) {
		return;
	}
	if (running) {
		/* losing a connection while the run is on is an error */
		report(c, why);
		total_errors++;
		total_closed++;
	}
	epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
	close(c->fd);
	c->fd = -1;
	c->alive = 0;
	alive_conns--;
}

static void conn_flush(conn_t *c)
{
	while (c->out_off < c->out_len) {
		ssize_t n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
		if (n > 0) {
			c->out_off += (size_t) n;
			continue;
		}
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			set_out_interest(c, 1);
			return;
		}
		conn_kill(c, n < 0 ? strerror(errno) : "send returned 0");
		return;
	}
	c->out_off = c->out_len = 0;
	set_out_interest(c, 0);
}

/* Returns the length of the first complete response in buf, 0 if incomplete, -1 if broken. */
static long response_len(const char *buf, size_t len)
{
	if (opt_proto == P_FRAME) {
		uint32_t total;
		if (len < 4) {
			return 0;
		}
		total = ((uint32_t) (unsigned char) buf[0] << 24) | ((uint32_t) (unsigned char) buf[1] << 16)
			| ((uint32_t) (unsigned char) buf[2] << 8) | (uint32_t) (unsigned char) buf[3];
		if (total < 4 || total > (64u << 20)) {
			return -1;
		}
		return len >= total ? (long) total : 0;
	} else if (opt_proto == P_WS || opt_proto == P_WSCHAT) {
		const unsigned char *u = (const unsigned char *) buf;
		uint64_t plen, total;
		size_t hl = 2;
		if (len < 2) {
			return 0;
		}
		plen = u[1] & 0x7f;
		if (plen == 126) {
			hl = 4;
		} else if (plen == 127) {
			hl = 10;
		}
		if (u[1] & 0x80) {
			hl += 4;
		}
		if (len < hl) {
			return 0;
		}
		if (plen == 126) {
			plen = ((uint64_t) u[2] << 8) | u[3];
		} else if (plen == 127) {
			int i;
			plen = 0;
			for (i = 0; i < 8; i++) {
				plen = (plen << 8) | u[2 + i];
			}
		}
		if (plen > (64u << 20)) {
			return -1;
		}
		total = hl + plen;
		return len >= total ? (long) total : 0;
	} else {
		const char *nl = memchr(buf, '\n', len);
		return nl ? (long) (nl - buf + 1) : 0;
	}
}

static int response_ok(conn_t *c, const char *buf, size_t len)
{
	if (opt_proto == P_JSONNL) {
		return len == JSON_REPLY_LEN && memcmp(buf, JSON_REPLY, JSON_REPLY_LEN) == 0;
	}
	size_t exp = build_echo_msg(c, c->recvd, scratch, 0);
	return len == exp && memcmp(buf, scratch, exp) == 0;
}

/* ws: fatal handshake failure (setup failure, exit 1) with what the server said */
static void ws_handshake_fail(conn_t *c, const char *why)
{
	size_t show = c->in_len < 200 ? c->in_len : 200, i;
	char shown[201];
	for (i = 0; i < show; i++) {
		unsigned char ch = (unsigned char) c->in[i];
		shown[i] = (ch >= 32 && ch < 127) ? (char) ch : (ch == '\r' || ch == '\n') ? '|' : '.';
	}
	shown[show] = '\0';
	fprintf(stderr, "loadgen: conn %d: websocket handshake failed: %s; response: \"%s\"\n",
		c->idx, why, shown);
	exit(1);
}

/* Value of header NAME (case-insensitive) in the head [buf, buf+len), or NULL; *vlen its length. */
static const char *find_header(const char *buf, size_t len, const char *name, size_t *vlen)
{
	size_t nl = strlen(name);
	const char *line = memchr(buf, '\n', len);  /* skip the status line */
	const char *end = buf + len;
	while (line && line + 1 < end) {
		const char *start = line + 1;
		const char *eol = memchr(start, '\n', (size_t) (end - start));
		if (!eol) {
			break;
		}
		if ((size_t) (eol - start) > nl && strncasecmp(start, name, nl) == 0 && start[nl] == ':') {
			const char *v = start + nl + 1, *ve = eol;
			while (v < ve && (*v == ' ' || *v == '\t')) {
				v++;
			}
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t')) {
				ve--;
			}
			*vlen = (size_t) (ve - v);
			return v;
		}
		line = eol;
	}
	return NULL;
}

/* Case-insensitive: does the comma-separated list [v, v+vlen) contain token tok? */
static int has_token(const char *v, size_t vlen, const char *tok)
{
	size_t tl = strlen(tok);
	const char *end = v + vlen;
	while (v < end) {
		const char *comma = memchr(v, ',', (size_t) (end - v));
		const char *ie = comma ? comma : end;
		while (v < ie && (*v == ' ' || *v == '\t')) {
			v++;
		}
		const char *te = ie;
		while (te > v && (te[-1] == ' ' || te[-1] == '\t')) {
			te--;
		}
		if ((size_t) (te - v) == tl && strncasecmp(v, tok, tl) == 0) {
			return 1;
		}
		v = comma ? comma + 1 : end;
	}
	return 0;
}

/* ws: the upgrade response in c->in; verifies it once complete and drops it from the buffer */
static void ws_handshake_read(conn_t *c)
{
	const char *head_end = NULL, *v;
	size_t i, hl, vlen;
	for (i = 0; i + 3 < c->in_len; i++) {
		if (memcmp(c->in + i, "\r\n\r\n", 4) == 0) {
			head_end = c->in + i + 4;
			break;
		}
	}
	if (!head_end) {
		if (c->in_len > WS_MAX_HANDSHAKE) {
			ws_handshake_fail(c, "no end of the response head within 8 KB");
		}
		return;
	}
	hl = (size_t) (head_end - c->in);
	if (hl < 13 || memcmp(c->in, "HTTP/1.1 101", 12) != 0 || (c->in[12] != ' ' && c->in[12] != '\r')) {
		ws_handshake_fail(c, "status is not HTTP/1.1 101");
	}
	v = find_header(c->in, hl, "Upgrade", &vlen);
	if (!v || !has_token(v, vlen, "websocket")) {
		ws_handshake_fail(c, "no Upgrade: websocket");
	}
	v = find_header(c->in, hl, "Connection", &vlen);
	if (!v || !has_token(v, vlen, "upgrade")) {
		ws_handshake_fail(c, "no Connection: Upgrade");
	}
	v = find_header(c->in, hl, "Sec-WebSocket-Accept", &vlen);
	if (!v || vlen != 28 || memcmp(v, c->ws_accept, 28) != 0) {
		ws_handshake_fail(c, "missing or wrong Sec-WebSocket-Accept");
	}
	memmove(c->in, c->in + hl, c->in_len - hl);
	c->in_len -= hl;
	c->ws_open = 1;
	ws_pending--;
}

/* wschat: one server frame received by connection r */
static void chat_frame(conn_t *r, const char *f, size_t len, double t)
{
	const unsigned char *u = (const unsigned char *) f;
	size_t hl = 2;
	long cn;
	unsigned long long seq;
	conn_t *c;
	if ((u[1] & 0x7f) == 126) {
		hl = 4;
	} else if ((u[1] & 0x7f) == 127) {
		hl = 10;
	}
	if (u[1] & 0x80) {
		if (running) {
			report(r, "masked frame from the server");
			total_errors++;
		}
		return;
	}
	if ((u[0] & 0x0f) == 8) {
		conn_kill(r, "close frame from the server");
		return;
	}
	if ((u[0] & 0x0f) != 1 || !chat_measuring || !chat_token(f + hl, len - hl, &cn, &seq)) {
		chat_other++;
		return;
	}
	if (!running) {
		return;
	}
	total_msgs++;
	if (cn >= opt_conns) {
		report(r, "token of an unknown connection");
		total_errors++;
		return;
	}
	c = &conns[cn];
	if (r->idx != (c->idx + 1) % opt_conns) {
		return;
	}
	if (seq != c->recvd || c->recvd >= c->sent) {
		char msg[96];
		snprintf(msg, sizeof(msg), "message %llu of conn %d arrived, %llu expected",
			seq, c->idx, (unsigned long long) c->recvd);
		report(r, msg);
		total_errors++;
		return;
	}
	c->recvd++;
	chat_origin++;
	c->last_progress = t;
	if (c->alive) {
		queue_msg(c);
		if (!c->want_out) {
			conn_flush(c);
		}
	}
}

static void conn_read(conn_t *c, double t)
{
	ssize_t n;
	size_t off = 0;

	if (c->in_cap - c->in_len < READ_CHUNK / 4) {
		c->in_cap = c->in_cap * 2;
		c->in = xrealloc(c->in, c->in_cap);
	}
	for (;;) {
		n = recv(c->fd, c->in + c->in_len, c->in_cap - c->in_len, 0);
		if (n >= 0 || errno != EINTR) {
			break;
		}
	}
	if (n == 0) {
		conn_kill(c, "connection closed by server");
		return;
	}
	if (n < 0) {
		if (errno != EAGAIN && errno != EWOULDBLOCK) {
			conn_kill(c, strerror(errno));
		}
		return;
	}
	c->in_len += (size_t) n;

	if ((opt_proto == P_WS || opt_proto == P_WSCHAT) && !c->ws_open) {
		ws_handshake_read(c);
		if (!c->ws_open) {
			return;
		}
	}

	while (c->alive) {
		long rl = response_len(c->in + off, c->in_len - off);
		if (rl == 0) {
			break;
		}
		if (rl < 0) {
			conn_kill(c, "malformed frame header in response");
			return;
		}
		if (opt_proto == P_WSCHAT) {
			chat_frame(c, c->in + off, (size_t) rl, t);
			off += (size_t) rl;
			continue;
		}
		if (c->recvd >= c->sent) {
			if (running) {
				report(c, "response without a request");
				total_errors++;
			}
		} else if (!response_ok(c, c->in + off, (size_t) rl)) {
			if (running) {
				char msg[160];
				size_t show = (size_t) rl < 60 ? (size_t) rl : 60;
				size_t i;
				char shown[61];
				for (i = 0; i < show; i++) {
					unsigned char ch = (unsigned char) c->in[off + i];
					shown[i] = (ch >= 32 && ch < 127) ? (char) ch : '.';
				}
				shown[show] = '\0';
				snprintf(msg, sizeof(msg), "wrong response (%ld bytes): \"%s\"", rl, shown);
				report(c, msg);
				total_errors++;
			}
			c->recvd++;
		} else {
			c->recvd++;
			if (running) {
				total_msgs++;
			}
		}
		c->last_progress = t;
		off += (size_t) rl;
		if (running) {
			queue_msg(c);
		}
	}
	if (!c->alive) {
		return;
	}
	if (off > 0) {
		memmove(c->in, c->in + off, c->in_len - off);
		c->in_len -= off;
	}
	if (c->out_len > c->out_off && !c->want_out) {
		conn_flush(c);
	}
}

static void set_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL, 0);
	if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) {
		perror("loadgen: fcntl");
		exit(1);
	}
}

static void raise_nofile(int need)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0) {
		return;
	}
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (rlim_t) need) {
		rl.rlim_cur = (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= (rlim_t) need) ? (rlim_t) need : rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/* Connect all sockets (non-blocking, bounded by a 10 s deadline). */
static void connect_all(const struct sockaddr_in *sa)
{
	struct epoll_event evs[MAX_EVENTS];
	int pending = 0;
	int one = 1;
	int i;
	double deadline = now_sec() + 10.0;

	for (i = 0; i < opt_conns; i++) {
		conn_t *c = &conns[i];
		struct epoll_event ev;
		int fd = socket(AF_INET, SOCK_STREAM, 0);
		if (fd < 0) {
			perror("loadgen: socket");
			exit(1);
		}
		set_nonblock(fd);
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		c->fd = fd;
		c->idx = i;
		c->in_cap = READ_CHUNK;
		c->in = xrealloc(NULL, c->in_cap);
		c->out_cap = msg_cap * (size_t) opt_depth * 2;
		c->out = xrealloc(NULL, c->out_cap);
		memset(&ev, 0, sizeof(ev));
		ev.data.ptr = c;
		if (connect(fd, (const struct sockaddr *) sa, sizeof(*sa)) == 0) {
			ev.events = EPOLLIN;
			c->alive = 1;
		} else if (errno == EINPROGRESS) {
			ev.events = EPOLLOUT;
			c->want_out = 1;
			pending++;
		} else {
			fprintf(stderr, "loadgen: connect %s:%d: %s\n", opt_host, opt_port, strerror(errno));
			exit(1);
		}
		if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) != 0) {
			perror("loadgen: epoll_ctl");
			exit(1);
		}
	}
	while (pending > 0) {
		double left = deadline - now_sec();
		int n;
		if (left <= 0) {
			fprintf(stderr, "loadgen: timed out connecting (%d of %d pending)\n", pending, opt_conns);
			exit(1);
		}
		n = epoll_wait(epfd, evs, MAX_EVENTS, (int) (left * 1000) + 1);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			perror("loadgen: epoll_wait");
			exit(1);
		}
		for (i = 0; i < n; i++) {
			conn_t *c = evs[i].data.ptr;
			int err = 0;
			socklen_t el = sizeof(err);
			if (c->alive) {
				continue;
			}
			if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el) != 0) {
				err = errno;
			}
			if (err != 0) {
				fprintf(stderr, "loadgen: connect %s:%d: %s\n", opt_host, opt_port, strerror(err));
				exit(1);
			}
			c->alive = 1;
			pending--;
			set_out_interest(c, 0);
		}
	}
	alive_conns = opt_conns;
}

/* ws: send every connection's upgrade request, wait (bounded) until all are verified. */
static void ws_handshake_all(void)
{
	struct epoll_event evs[MAX_EVENTS];
	double deadline = now_sec() + 10.0 + opt_conns / 100.0;
	int i;
	char req[1024];

	for (i = 0; i < opt_conns; i++) {
		conn_t *c = &conns[i];
		unsigned char key[16];
		char key64[25];
		uint64_t r0 = rng_next(), r1 = rng_next();
		int n;
		memcpy(key, &r0, 8);
		memcpy(key + 8, &r1, 8);
		base64(key, 16, key64);
		ws_accept_key(key64, strlen(key64), c->ws_accept);
		n = snprintf(req, sizeof(req),
			"GET %s HTTP/1.1\r\n"
			"Host: %s:%d\r\n"
			"Upgrade: websocket\r\n"
			"Connection: Upgrade\r\n"
			"Sec-WebSocket-Key: %s\r\n"
			"Sec-WebSocket-Version: 13\r\n"
			"\r\n", opt_path, opt_host, opt_port, key64);
		if (c->out_len + (size_t) n > c->out_cap) {
			c->out_cap = c->out_len + (size_t) n;
			c->out = xrealloc(c->out, c->out_cap);
		}
		memcpy(c->out + c->out_len, req, (size_t) n);
		c->out_len += (size_t) n;
		conn_flush(c);
		if (!c->alive) {
			fprintf(stderr, "loadgen: conn %d: cannot send the websocket upgrade request\n", i);
			exit(1);
		}
	}
	ws_pending = opt_conns;
	while (ws_pending > 0) {
		double left = deadline - now_sec();
		int n;
		if (left <= 0) {
			fprintf(stderr, "loadgen: timed out waiting for websocket handshakes (%d of %d pending)\n",
				ws_pending, opt_conns);
			exit(1);
		}
		n = epoll_wait(epfd, evs, MAX_EVENTS, (int) (left * 1000) + 1);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			perror("loadgen: epoll_wait");
			exit(1);
		}
		for (i = 0; i < n; i++) {
			conn_t *c = evs[i].data.ptr;
			uint32_t e = evs[i].events;
			if (c->alive && (e & (EPOLLIN | EPOLLERR | EPOLLHUP)) && !c->ws_open) {
				conn_read(c, 0);
			}
			if (c->alive && (e & EPOLLOUT)) {
				conn_flush(c);
			}
			if (!c->alive) {
				fprintf(stderr, "loadgen: conn %d: lost during the websocket handshake\n", c->idx);
				exit(1);
			}
		}
	}
}

/* wschat: every connection sends its login frame; frames are read and dropped for opt_settle s */
static void chat_login_all(void)
{
	struct epoll_event evs[MAX_EVENTS];
	double end;
	int i;
	for (i = 0; opt_login && i < opt_conns; i++) {
		conn_t *c = &conns[i];
		if (c->out_len + msg_cap > c->out_cap) {
			c->out_cap = c->out_len + msg_cap;
			c->out = xrealloc(c->out, c->out_cap);
		}
		c->out_len += build_chat_frame(c, opt_login, 0, c->out + c->out_len);
		conn_flush(c);
	}
	end = now_sec() + opt_settle;
	for (;;) {
		double left = end - now_sec();
		int n;
		if (left <= 0) {
			break;
		}
		n = epoll_wait(epfd, evs, MAX_EVENTS, (int) (left * 1000) + 1);
		if (n < 0 && errno != EINTR) {
			perror("loadgen: epoll_wait");
			exit(1);
		}
		for (i = 0; i < n; i++) {
			conn_t *c = evs[i].data.ptr;
			if (c->alive && (evs[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))) {
				conn_read(c, 0);
			}
			if (c->alive && (evs[i].events & EPOLLOUT)) {
				conn_flush(c);
			}
			if (!c->alive) {
				fprintf(stderr, "loadgen: conn %d: lost after the login\n", c->idx);
				exit(1);
			}
		}
	}
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: loadgen -p PORT [options]\n"
		"  -t PROTO   text | frame | jsonnl | ws | wschat (default text)\n"
		"  -h HOST    loopback IPv4 address (default 127.0.0.1)\n"
		"  -p PORT    server port (required)\n"
		"  -c N       connections (default 64, max 10000)\n"
		"  -d SEC     duration in seconds (default 5, 0.1 .. 3600)\n"
		"  -P DEPTH   messages in flight per connection (default 1 = ping-pong, max 4096)\n"
		"  -s BYTES   payload size (default 64; text/frame payloads are at least %d bytes)\n"
		"  -u         unique messages: each carries a counter (default)\n"
		"  -i         identical messages\n"
		"  -U PATH    ws/wschat: path of the upgrade request (default /bench)\n"
		"  -L TPL     wschat: login frame (%%c = connection number, %%t = token)\n"
		"  -M TPL     wschat: message frame (required; must contain %%t)\n"
		"  -S SEC     wschat: seconds between the logins and the run (default 0.5)\n"
		"  -W SEC     print the result, then keep the connections open SEC seconds before\n"
		"             closing them (lets a caller sample the server first; default 0)\n", HDR_LEN);
}

/* Parses an integer option in [lo, hi]; on failure says which option was bad. */
static int parse_int(const char *s, long lo, long hi, const char *what, long *out)
{
	char *end;
	long v;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi) {
		fprintf(stderr, "loadgen: bad %s '%s'\n", what, s);
		return -1;
	}
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	struct sockaddr_in sa;
	struct epoll_event evs[MAX_EVENTS];
	double t0, end, t, elapsed;
	int opt, i, stalled = 0;
	long v;

	while ((opt = getopt(argc, argv, "t:h:p:c:d:P:s:uiU:L:M:S:W:")) != -1) {
		switch (opt) {
		case 't':
			if (strcmp(optarg, "text") == 0) {
				opt_proto = P_TEXT;
			} else if (strcmp(optarg, "frame") == 0) {
				opt_proto = P_FRAME;
			} else if (strcmp(optarg, "jsonnl") == 0) {
				opt_proto = P_JSONNL;
			} else if (strcmp(optarg, "ws") == 0) {
				opt_proto = P_WS;
			} else if (strcmp(optarg, "wschat") == 0) {
				opt_proto = P_WSCHAT;
			} else {
				fprintf(stderr, "loadgen: unknown protocol '%s'\n", optarg);
				return 2;
			}
			break;
		case 'h':
			opt_host = optarg;
			break;
		case 'p':
			if (parse_int(optarg, 1, 65535, "port", &v)) {
				return 2;
			}
			opt_port = (int) v;
			break;
		case 'c':
			if (parse_int(optarg, 1, 10000, "connection count", &v)) {
				return 2;
			}
			opt_conns = (int) v;
			break;
		case 'd': {
			char *e;
			opt_duration = strtod(optarg, &e);
			if (e == optarg || *e || !(opt_duration >= 0.1 && opt_duration <= 3600)) {
				fprintf(stderr, "loadgen: bad duration '%s'\n", optarg);
				return 2;
			}
			break;
		}
		case 'P':
			if (parse_int(optarg, 1, 4096, "pipeline depth", &v)) {
				return 2;
			}
			opt_depth = (int) v;
			break;
		case 's':
			if (parse_int(optarg, 1, 1 << 20, "payload size", &v)) {
				return 2;
			}
			opt_size = (size_t) v;
			break;
		case 'u':
			opt_unique = 1;
			break;
		case 'U':
			if (optarg[0] != '/' || strlen(optarg) > 512 || strpbrk(optarg, " \r\n")) {
				fprintf(stderr, "loadgen: bad path '%s'\n", optarg);
				return 2;
			}
			opt_path = optarg;
			break;
		case 'L':
			opt_login = optarg;
			break;
		case 'M':
			opt_msg = optarg;
			break;
		case 'W': {
			char *e;
			opt_linger = strtod(optarg, &e);
			if (e == optarg || *e || !(opt_linger >= 0 && opt_linger <= 600)) {
				fprintf(stderr, "loadgen: bad linger time '%s'\n", optarg);
				return 2;
			}
			break;
		}
		case 'S': {
			char *e;
			opt_settle = strtod(optarg, &e);
			if (e == optarg || *e || !(opt_settle >= 0 && opt_settle <= 60)) {
				fprintf(stderr, "loadgen: bad settle time '%s'\n", optarg);
				return 2;
			}
			break;
		}
		case 'i':
			opt_unique = 0;
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind != argc || opt_port == 0) {
		usage(stderr);
		return 2;
	}
	if (opt_proto == P_WSCHAT && (!opt_msg || !strstr(opt_msg, "%t") || opt_conns < 2)) {
		fprintf(stderr, "loadgen: wschat needs -M with %%t in it and at least 2 connections\n");
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t) opt_port);
	if (inet_pton(AF_INET, opt_host, &sa.sin_addr) != 1 || (ntohl(sa.sin_addr.s_addr) >> 24) != 127) {
		fprintf(stderr, "loadgen: host must be a loopback IPv4 address (127.x.x.x), got '%s'\n", opt_host);
		return 2;
	}

	signal(SIGPIPE, SIG_IGN);
	raise_nofile(opt_conns + 32);

	filler = xrealloc(NULL, opt_size + 1);
	for (size_t k = 0; k < opt_size; k++) {
		filler[k] = (char) ('a' + k % 26);
	}
	/* bound of one wire message: payload + framing, or the JSON line with its prefix */
	msg_cap = payload_len() + 64;
	if (opt_proto == P_WSCHAT) {
		size_t a = opt_login ? strlen(opt_login) : 0, b = strlen(opt_msg);
		msg_cap = 2 * (a > b ? a : b) + 256;
	}
	scratch = xrealloc(NULL, msg_cap);

	epfd = epoll_create1(0);
	if (epfd < 0) {
		perror("loadgen: epoll_create1");
		return 1;
	}
	conns = calloc((size_t) opt_conns, sizeof(conn_t));
	if (!conns) {
		fprintf(stderr, "loadgen: out of memory\n");
		return 1;
	}
	rng_state ^= ((uint64_t) getpid() << 32) ^ (uint64_t) (now_sec() * 1e9);
	(void) rng_next();
	connect_all(&sa);
	if (opt_proto == P_WS || opt_proto == P_WSCHAT) {
		double h0 = now_sec();
		ws_handshake_all();
		fprintf(stderr, "loadgen: %d websocket handshakes in %.3f s\n", opt_conns, now_sec() - h0);
	}
	if (opt_proto == P_WSCHAT) {
		chat_login_all();
		chat_measuring = 1;
	}

	t0 = now_sec();
	end = t0 + opt_duration;
	for (i = 0; i < opt_conns; i++) {
		conn_t *c = &conns[i];
		c->last_progress = t0;
		for (int k = 0; k < opt_depth; k++) {
			queue_msg(c);
		}
		conn_flush(c);
	}

	t = t0;
	while (alive_conns > 0) {
		int n, timeout;
		t = now_sec();
		if (t >= end) {
			break;
		}
		timeout = (int) ((end - t) * 1000.0) + 1;
		n = epoll_wait(epfd, evs, MAX_EVENTS, timeout);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			perror("loadgen: epoll_wait");
			return 1;
		}
		t = now_sec();
		if (t >= end) {
			/* responses that arrive after the deadline are not counted */
			break;
		}
		for (i = 0; i < n; i++) {
			conn_t *c = evs[i].data.ptr;
			uint32_t e = evs[i].events;
			if (!c->alive) {
				continue;
			}
			if (e & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
				conn_read(c, t);
			}
			if (c->alive && (e & EPOLLOUT)) {
				conn_flush(c);
			}
		}
	}
	if (t > end) {
		t = end;
	}
	elapsed = t - t0;
	running = 0;

	for (i = 0; i < opt_conns; i++) {
		conn_t *c = &conns[i];
		if (c->alive && c->sent > c->recvd && opt_duration >= 2.0 && t - c->last_progress >= 1.0) {
			stalled++;
		}
	}
	if (stalled > 0) {
		fprintf(stderr, "loadgen: %d connection(s) received no response during the last second\n", stalled);
	}
	printf("messages=%llu seconds=%.2f errors=%llu rate=%.1f stalled=%d closed=%llu",
		(unsigned long long) total_msgs, elapsed, (unsigned long long) total_errors,
		elapsed > 0 ? (double) total_msgs / elapsed : 0.0, stalled,
		(unsigned long long) total_closed);
	if (opt_proto == P_WSCHAT) {
		printf(" origin=%llu other=%llu", (unsigned long long) chat_origin, (unsigned long long) chat_other);
	}
	printf("\n");
	fflush(stdout);
	if (opt_linger > 0) {
		struct timespec ts;
		ts.tv_sec = (time_t) opt_linger;
		ts.tv_nsec = (long) ((opt_linger - (double) ts.tv_sec) * 1e9);
		while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
		}
	}
	for (i = 0; i < opt_conns; i++) {
		if (conns[i].alive) {
			conn_kill(&conns[i], "end");
		}
	}
	return total_errors > 0 ? 3 : 0;
}
