/*
 * nullsrv.c - the I/O floor of the real-application benchmarks (bench/apps.sh, impl "iofloor").
 *
 * A server that makes the same socket calls as the application it stands in for, and nothing
 * else: no protocol beyond what the load generator checks, no framework, no allocation per
 * message. Its CPU per request is what the kernel charges for that I/O on this machine (plus a
 * few hundred nanoseconds of its own), so the application's floor is this plus the framework's
 * own PHP (bench/apps/floor.sh).
 *
 *   cc -O2 -Wall -Wextra -Werror -o bench/nullsrv bench/nullsrv.c
 *   nullsrv -m http -p PORT -r REPLY_FILE [-c]
 *       one worker process: every request (a head ending in an empty line; no body) is answered
 *       with the exact bytes of REPLY_FILE (an application's whole reply, head and body), one
 *       write per read batch, keep-alive; with -c the connection is closed after each reply
 *       (think-worker's way).
 *   nullsrv -m echo -p PORT
 *       one worker process that writes back whatever it reads, one write per read: the floor of
 *       bench/run.sh's text and frame echo (their replies are the request bytes).
 *   nullsrv -m wsecho -p PORT
 *       one worker process: the WebSocket handshake, then every client frame is answered with
 *       the unmasked server text frame, one write per read batch (bench/run.sh's ws echo).
 *   nullsrv -m chat -p PORT [-l LOG_FILE] [-b BYTES]
 *       GatewayWorker's shape with one gateway and one business worker: the gateway process
 *       accepts WebSocket clients (RFC 6455 handshake), sends every client frame's payload to
 *       the business process over a loopback TCP connection (4-byte length + payload, one
 *       write per message), the business process writes one line per message to LOG_FILE (the
 *       chat's debug echo) and sends it back (one write per message), and the gateway frames it
 *       once (a text frame, the payload padded with spaces to BYTES, as long as the chat's JSON
 *       reply) and writes it to every client, one write each.
 *
 * One event loop (serve()) runs every mode with its own handler. The launcher forks the workers
 * (named nullsrv-worker, nullsrv-gw, nullsrv-biz in /proc/PID/comm) and stops them when it gets
 * SIGINT or SIGTERM. Loopback only.
 */
#define _GNU_SOURCE
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
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wsutil.h"

#define MAX_FDS 4096
#define BUF_CAP (256 * 1024)

typedef struct {
	int fd;
	int upgraded;
	size_t len;
	char *buf;
} conn_t;

static conn_t *conns[MAX_FDS];
static char *reply;
static size_t reply_len;
static size_t pad_to;
static int close_after;
static int log_fd = -1;

static void die(const char *what)
{
	fprintf(stderr, "nullsrv: %s: %s\n", what, strerror(errno));
	exit(1);
}

static int listen_on(int port)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
	struct sockaddr_in sa;
	if (fd < 0) {
		die("socket");
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t) port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	/* Workerman sets TCP_NODELAY on its listening sockets (the accepted ones inherit it), the
	 * extension on every connection: the same here, so that small writes go out as they are
	 * made, as theirs do. */
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *) &sa, sizeof(sa)) < 0 || listen(fd, 1024) < 0) {
		die("bind/listen");
	}
	return fd;
}

static void write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR) {
			continue;
		}
		if (w < 0 && errno == EAGAIN) { /* a benchmark client reads everything: wait briefly */
			usleep(50);
			continue;
		}
		if (w <= 0) {
			return;
		}
		p += w;
		n -= (size_t) w;
	}
}

static void conn_close(int ep, conn_t *c)
{
	epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
	close(c->fd);
	conns[c->fd] = NULL;
	free(c->buf);
	free(c);
}

static void add_conn(int ep, int fd)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
	conn_t *c;
	if (fd >= MAX_FDS) {
		close(fd);
		return;
	}
	c = calloc(1, sizeof(*c));
	c->fd = fd;
	c->buf = malloc(BUF_CAP);
	if (!c->buf) {
		die("malloc");
	}
	conns[fd] = c;
	epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
}

static void accept_all(int ep, int lfd)
{
	for (;;) {
		int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			return;
		}
		add_conn(ep, fd);
	}
}

/* Reads what is there; 0 when the connection is gone (closed here). */
static int conn_fill(int ep, conn_t *c)
{
	ssize_t n;
	if (c->len == BUF_CAP) {
		conn_close(ep, c);
		return 0;
	}
	n = recv(c->fd, c->buf + c->len, BUF_CAP - c->len, 0);
	if (n <= 0) {
		if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
			return 1;
		}
		conn_close(ep, c);
		return 0;
	}
	c->len += (size_t) n;
	return 1;
}

static void consume(conn_t *c, size_t used)
{
	memmove(c->buf, c->buf + used, c->len - used);
	c->len -= used;
}

/* ---- the event loop ------------------------------------------------------------------------- */

static char *out_buf;                 /* replies of one read batch (http, wsecho) */
static conn_t relay = { .fd = -1 };   /* chat: the gateway's connection to the business process */

/* One worker's loop: accepts on lfd, reads the relay connection (if any) and every client, and
 * hands a client's new bytes to on_data. */
static void serve(int lfd, void (*on_data)(int ep, conn_t *c), void (*on_relay)(void))
{
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = lfd }, evs[512];
	out_buf = malloc(BUF_CAP);
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	if (relay.fd >= 0) {
		ev.data.fd = relay.fd;
		epoll_ctl(ep, EPOLL_CTL_ADD, relay.fd, &ev);
	}
	for (;;) {
		int n = epoll_wait(ep, evs, 512, -1), i;
		for (i = 0; i < n; i++) {
			int fd = evs[i].data.fd;
			conn_t *c = conns[fd];
			if (fd == lfd) {
				accept_all(ep, lfd);
			} else if (fd == relay.fd) {
				on_relay();
			} else if (c && conn_fill(ep, c)) {
				on_data(ep, c);
			}
		}
	}
}

/* ---- http ------------------------------------------------------------------------------------ */

/* A request is a head ending in an empty line (no body): every complete one gets the reply. */
static void http_on_data(int ep, conn_t *c)
{
	size_t pos = 0, outlen = 0;
	for (;;) {
		char *end = memmem(c->buf + pos, c->len - pos, "\r\n\r\n", 4);
		if (!end) {
			break;
		}
		pos = (size_t) (end - c->buf) + 4;
		if (outlen + reply_len <= BUF_CAP) {
			memcpy(out_buf + outlen, reply, reply_len);
			outlen += reply_len;
		}
	}
	consume(c, pos);
	if (outlen) {
		write_all(c->fd, out_buf, outlen);
		if (close_after) {
			conn_close(ep, c);
		}
	}
}

/* ---- WebSocket frames ------------------------------------------------------------------------ */

/* The client frame at the start of c->buf: 1 with its header and payload lengths, 0 when it is
 * not complete yet, -1 when the connection was closed for it (a close frame, a 64-bit length or
 * a payload over 64 KiB, none of which the benchmark sends). */
static int ws_next_frame(int ep, conn_t *c, size_t *hl, size_t *plen)
{
	const unsigned char *p = (const unsigned char *) c->buf;
	if (c->len < 2) {
		return 0;
	}
	*hl = 2;
	*plen = p[1] & 127;
	if (*plen == 126) {
		*hl = 4;
		if (c->len < 4) {
			return 0;
		}
		*plen = ((size_t) p[2] << 8) | p[3];
	}
	if (*plen == 127 || (p[0] & 15) == 8 || *plen > 65536) {
		conn_close(ep, c);
		return -1;
	}
	*hl += (p[1] & 128) ? 4 : 0;
	return c->len >= *hl + *plen;
}

/* The frame's payload, unmasked, into out. */
static void ws_unmask(const conn_t *c, size_t hl, size_t plen, char *out)
{
	const unsigned char *p = (const unsigned char *) c->buf;
	for (size_t i = 0; i < plen; i++) {
		out[i] = (char) (p[hl + i] ^ ((p[1] & 128) ? p[hl - 4 + (i & 3)] : 0));
	}
}

/* A server text frame's header for plen bytes into out; its length. */
static size_t ws_server_header(char *out, size_t plen)
{
	out[0] = (char) 0x81;
	if (plen < 126) {
		out[1] = (char) plen;
		return 2;
	}
	out[1] = 126;
	out[2] = (char) (plen >> 8);
	out[3] = (char) plen;
	return 4;
}

/* ---- echo, wsecho ---------------------------------------------------------------------------- */

static void ws_upgrade(int ep, conn_t *c);

/* Complete client frames in c->buf -> unmasked server text frames appended to out. */
static size_t ws_echo_frames(int ep, conn_t *c, char *out, size_t cap)
{
	size_t outlen = 0, hl, plen;
	int r;
	while ((r = ws_next_frame(ep, c, &hl, &plen)) == 1) {
		if (outlen + plen + 4 > cap) {
			conn_close(ep, c);
			return 0;
		}
		outlen += ws_server_header(out + outlen, plen);
		ws_unmask(c, hl, plen, out + outlen);
		outlen += plen;
		consume(c, hl + plen);
	}
	return r < 0 ? 0 : outlen;
}

static void echo_on_data(int ep, conn_t *c)
{
	(void) ep;
	write_all(c->fd, c->buf, c->len);
	c->len = 0;
}

static void wsecho_on_data(int ep, conn_t *c)
{
	int fd = c->fd;
	size_t outlen;
	if (!c->upgraded) {
		ws_upgrade(ep, c);
		if (!conns[fd] || !c->upgraded) {
			return;
		}
	}
	outlen = ws_echo_frames(ep, c, out_buf, BUF_CAP);
	if (outlen && conns[fd]) {
		write_all(fd, out_buf, outlen);
	}
}

/* ---- chat ------------------------------------------------------------------------------------ */

static void ws_upgrade(int ep, conn_t *c)
{
	char *end = memmem(c->buf, c->len, "\r\n\r\n", 4), *k, accept[29], resp[256];
	size_t klen = 0;
	int n;
	if (!end) {
		return;
	}
	k = memmem(c->buf, (size_t) (end - c->buf), "Sec-WebSocket-Key:", 18);
	if (!k) {
		conn_close(ep, c);
		return;
	}
	k += 18;
	while (*k == ' ') {
		k++;
	}
	while (k[klen] != '\r') {
		klen++;
	}
	ws_accept_key(k, klen, accept);
	n = snprintf(resp, sizeof(resp), "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
		"Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", accept);
	write_all(c->fd, resp, (size_t) n);
	consume(c, (size_t) (end - c->buf) + 4);
	c->upgraded = 1;
}

/* Client frames -> the business process: [len32][payload] per message, one write each. */
static void ws_frames(int ep, conn_t *c, int relay_fd)
{
	char msg[4 + 65536];
	size_t hl, plen;
	while (ws_next_frame(ep, c, &hl, &plen) == 1) {
		uint32_t be = htonl((uint32_t) plen);
		memcpy(msg, &be, 4);
		ws_unmask(c, hl, plen, msg + 4);
		write_all(relay_fd, msg, 4 + plen);
		consume(c, hl + plen);
	}
}

/* Messages back from the business process -> one text frame each, written to every client. */
static void relay_in(conn_t *r)
{
	static char frame[4 + 65536 + 4096];
	for (;;) {
		uint32_t be;
		size_t plen, flen, hl;
		int fd;
		if (r->len < 4) {
			return;
		}
		memcpy(&be, r->buf, 4);
		plen = ntohl(be);
		if (r->len < 4 + plen) {
			return;
		}
		flen = plen < pad_to ? pad_to : plen;
		if (flen > 65536) {
			flen = 65536;
		}
		hl = ws_server_header(frame, flen);
		memcpy(frame + hl, r->buf + 4, plen);
		memset(frame + hl + plen, ' ', flen - plen);
		for (fd = 0; fd < MAX_FDS; fd++) {
			if (conns[fd] && conns[fd]->upgraded) {
				write_all(fd, frame, hl + flen);
			}
		}
		consume(r, 4 + plen);
	}
}

static void gateway_on_data(int ep, conn_t *c)
{
	int fd = c->fd;
	if (!c->upgraded) {
		ws_upgrade(ep, c);
	}
	if (conns[fd] && c->upgraded) {
		ws_frames(ep, c, relay.fd);
	}
}

/* The business process's messages back (the gateway's relay connection). */
static void relay_on_data(void)
{
	ssize_t got = recv(relay.fd, relay.buf + relay.len, BUF_CAP - relay.len, 0);
	if (got <= 0) {
		exit(0);
	}
	relay.len += (size_t) got;
	relay_in(&relay);
}

static void business_serve(int port)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
	struct sockaddr_in sa;
	char *buf = malloc(BUF_CAP), line[128];
	size_t len = 0;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t) port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (struct sockaddr *) &sa, sizeof(sa)) < 0) {
		die("connect relay");
	}
	for (;;) {
		ssize_t got = recv(fd, buf + len, BUF_CAP - len, 0);
		size_t pos = 0;
		if (got <= 0) {
			exit(0);
		}
		len += (size_t) got;
		for (;;) {
			uint32_t be;
			size_t plen;
			if (len - pos < 4) {
				break;
			}
			memcpy(&be, buf + pos, 4);
			plen = ntohl(be);
			if (len - pos < 4 + plen) {
				break;
			}
			if (log_fd >= 0) {
				int n = snprintf(line, sizeof(line), "client message: %.*s\n", (int) (plen < 80 ? plen : 80), buf + pos + 4);
				if (write(log_fd, line, (size_t) n) < 0) {
					die("write log");
				}
			}
			write_all(fd, buf + pos, 4 + plen);
			pos += 4 + plen;
		}
		memmove(buf, buf + pos, len - pos);
		len -= pos;
	}
}

/* ---- launcher -------------------------------------------------------------------------------- */

static pid_t kids[2];
static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void) sig;
	stop = 1;
}

static pid_t spawn(const char *name, void (*fn)(int, int), int a, int b)
{
	pid_t pid = fork();
	if (pid < 0) {
		die("fork");
	}
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		prctl(PR_SET_NAME, name);
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		fn(a, b);
		exit(0);
	}
	return pid;
}

static void run_http(int lfd, int unused) { (void) unused; serve(lfd, http_on_data, NULL); }
static void run_echo(int lfd, int ws) { serve(lfd, ws ? wsecho_on_data : echo_on_data, NULL); }
static void run_gateway(int lfd, int relay_lfd)
{
	relay.fd = accept4(relay_lfd, NULL, NULL, SOCK_CLOEXEC);
	if (relay.fd < 0) {
		die("accept relay");
	}
	relay.buf = malloc(BUF_CAP);
	serve(lfd, gateway_on_data, relay_on_data);
}
static void run_business(int port, int unused) { (void) unused; business_serve(port); }

int main(int argc, char **argv)
{
	const char *mode = NULL, *reply_file = NULL, *log_file = NULL;
	int port = 0, opt, lfd, i;
	while ((opt = getopt(argc, argv, "m:p:r:l:b:c")) != -1) {
		switch (opt) {
		case 'm': mode = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'r': reply_file = optarg; break;
		case 'l': log_file = optarg; break;
		case 'b': pad_to = (size_t) atol(optarg); break;
		case 'c': close_after = 1; break;
		default:
			fprintf(stderr, "usage: nullsrv -m http -p PORT -r REPLY_FILE [-c] | -m echo|wsecho -p PORT | -m chat -p PORT [-l LOG] [-b BYTES]\n");
			return 2;
		}
	}
	if (!mode || port <= 0 || (strcmp(mode, "http") == 0 && !reply_file)
		|| (strcmp(mode, "http") && strcmp(mode, "chat") && strcmp(mode, "echo") && strcmp(mode, "wsecho"))) {
		fprintf(stderr, "nullsrv: -m http|echo|wsecho|chat and -p PORT are required (http: -r REPLY_FILE)\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	lfd = listen_on(port);
	fcntl(lfd, F_SETFL, O_NONBLOCK);
	if (strcmp(mode, "echo") == 0 || strcmp(mode, "wsecho") == 0) {
		kids[0] = spawn("nullsrv-worker", run_echo, lfd, strcmp(mode, "wsecho") == 0);
	} else if (strcmp(mode, "http") == 0) {
		FILE *f = fopen(reply_file, "rb");
		if (!f) {
			die(reply_file);
		}
		reply = malloc(BUF_CAP);
		reply_len = fread(reply, 1, BUF_CAP, f);
		fclose(f);
		if (reply_len == 0) {
			fprintf(stderr, "nullsrv: %s is empty\n", reply_file);
			return 1;
		}
		kids[0] = spawn("nullsrv-worker", run_http, lfd, 0);
	} else {
		struct sockaddr_in sa;
		socklen_t sl = sizeof(sa);
		int relay_lfd = listen_on(0);
		if (log_file && (log_fd = open(log_file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644)) < 0) {
			die(log_file);
		}
		getsockname(relay_lfd, (struct sockaddr *) &sa, &sl);
		kids[0] = spawn("nullsrv-gw", run_gateway, lfd, relay_lfd);
		kids[1] = spawn("nullsrv-biz", run_business, ntohs(sa.sin_port), 0);
	}
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	while (!stop) {
		pause();
	}
	for (i = 0; i < 2; i++) {
		if (kids[i] > 0) {
			kill(kids[i], SIGTERM);
			waitpid(kids[i], NULL, 0);
		}
	}
	return 0;
}
