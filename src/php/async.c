/* SPDX-License-Identifier: MIT */
/* Workerman\Connection\AsyncTcpConnection: an outbound TcpConnection.
 *
 * connect() resolves the host (numeric addresses directly, names through libevent's evdns: one
 * evdns_base per process loop, created on first use), opens a non-blocking socket and waits for
 * it to become writable; a SOCKS5 or HTTP CONNECT proxy handshake then runs as a small state
 * machine on the same socket. Once connected, the socket is handed to connection.c
 * (wm_conn_attach_fd) and the object is an ordinary native TcpConnection. While it resolves or
 * connects the connection holds a reference to itself (WM_CONN_F_SELF_REF), as upstream's loop
 * holds its checkConnection closure; destroy() drops it. */

#include "php/protocol.h"
#include "core/fiber.h"
#include "php/events.h"
#include "php/connection.h"
#include "php/tls_context.h"
#include "php/async.h"
#include "core/callback.h"
#include "php/log.h"
#include "net/socket.h"
#include "ext/standard/url.h"
#include "ext/standard/php_math.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "../stubs/async_arginfo.h"

#include <event2/dns.h>
#include <event2/util.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>


static uint32_t slot_proxy_socks5, slot_proxy_http, slot_proxy_auth, slot_socks5_user, slot_socks5_pass,
	slot_remote_host, slot_remote_port, slot_start_time, slot_remote_uri, slot_socket_context,
	slot_reconnect_timer, slot_event_loop;
static zend_string *lc_check_connection, *lc_connect, *lc_emit_error, *lc_destroy;
static HashTable *wm_transports;   /* BUILD_IN_TRANSPORTS, persistent and immutable */

typedef struct _wm_dns_req wm_dns_req;

/* Where a connect attempt is. */
enum {
	WM_ASYNC_IDLE = 0,
	WM_ASYNC_RESOLVING,     /* waiting for evdns */
	WM_ASYNC_CONNECTING,    /* waiting for the socket to become writable */
	WM_ASYNC_PROXY,         /* proxy handshake in progress */
};

/* Steps of the proxy handshakes: each sends `out`, then reads an answer. */
enum {
	WM_PX_SOCKS_GREET = 1,  /* method negotiation */
	WM_PX_SOCKS_AUTH,       /* username/password (RFC 1929) */
	WM_PX_SOCKS_CONNECT,    /* CONNECT request */
	WM_PX_HTTP_CONNECT,     /* HTTP CONNECT request */
};

#define WM_PX_MAX_REPLY 8192

typedef struct _wm_async_conn {
	wm_conn_ext ext;        /* must stay first (wm_conn_async()): ext.async_ops is set */
	struct event ev;        /* one-shot event on `fd` while connecting / in the proxy handshake */
	bool ev_added;
	uint8_t phase;
	uint8_t px_step;
	bool px_reading;        /* the step's request is written, reading its answer */
	php_socket_t fd;        /* socket not yet attached to the connection, or -1 */
	wm_dns_req *dns;        /* pending name resolution, or NULL */
	zend_string *px_out;    /* request of the current proxy step */
	size_t px_off;          /* bytes of px_out written */
	char *px_in;            /* answer of the current proxy step (emalloc'd, WM_PX_MAX_REPLY) */
	size_t px_len;
} wm_async_conn;

#define WM_ASYNC(c) ((wm_async_conn *) wm_conn_async(c))

static void wm_async_established(wm_conn_object *c);
static void wm_async_fail(wm_conn_object *c, zend_string *msg);
static void wm_async_dial(wm_conn_object *c, struct evutil_addrinfo *list);

/* ---- small helpers ------------------------------------------------------------------------- */

static zend_string *wm_async_prop_str(wm_conn_object *c, uint32_t slot)
{
	return zval_get_string(wm_prop(&c->std, slot));
}

static bool wm_async_prop_nonempty(wm_conn_object *c, uint32_t slot)
{
	zval *zv = wm_prop(&c->std, slot);
	return Z_TYPE_P(zv) == IS_STRING ? Z_STRLEN_P(zv) > 0 : zend_is_true(zv);
}

static bool wm_async_transport_is(wm_conn_object *c, const char *name)
{
	zval *zv = wm_prop(&c->std, wm_conn_slot_transport);
	return Z_TYPE_P(zv) == IS_STRING && zend_string_equals_cstr(Z_STR_P(zv), name, strlen(name));
}

static double wm_async_now(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (double) tv.tv_sec + tv.tv_usec / 1000000.0;
}

static void wm_async_set_remote(wm_conn_object *c, zend_string *addr)
{
	wm_conn_remote_set(c, addr);
}

/* "connect host:port fail after 0.0012 seconds": the time as PHP prints round($t, 4). */
static zend_string *wm_async_timeout_message(wm_conn_object *c)
{
	double start = zval_get_double(wm_prop(&c->std, slot_start_time));
	zval t;
	ZVAL_DOUBLE(&t, _php_math_round(wm_async_now() - start, 4, PHP_ROUND_HALF_UP));
	zend_string *secs = zval_get_string(&t);
	zend_string *msg = zend_strpprintf(0, "connect %s fail after %s seconds",
		wm_conn_remote_str(c) ? ZSTR_VAL(wm_conn_remote_str(c)) : "", ZSTR_VAL(secs));
	zend_string_release(secs);
	return msg;
}

/* Calls $connection->name(...) through PHP when a subclass overrides it; returns false when
 * the native implementation should run. */
static bool wm_async_dispatch(wm_conn_object *c, zend_string *lcname, uint32_t argc, zval *argv)
{
	if (c->std.ce == wm_ce_AsyncTcpConnection) {
		return false;
	}
	zend_function *fn = zend_hash_find_ptr(&c->std.ce->function_table, lcname);
	if (!fn || fn->type != ZEND_USER_FUNCTION) {
		return false;
	}
	zval ret;
	zend_call_known_instance_method(fn, &c->std, &ret, argc, argv);
	zval_ptr_dtor(&ret);
	wm_conn_report_exception(c);
	return true;
}

static void wm_async_call_destroy(wm_conn_object *c)
{
	if (!wm_async_dispatch(c, lc_destroy, 0, NULL)) {
		wm_conn_destroy(c);
	}
}

/* ---- DNS: one evdns_base per process loop ------------------------------------------------- */

struct _wm_dns_req {
	wm_conn_object *conn;       /* NULL once the connection gave up on it */
	struct evdns_getaddrinfo_request *req;
	wm_dns_req *prev, *next;    /* pending requests of the base */
	zend_string *host;          /* persistent copy, for the error message */
	bool in_call;               /* evdns_getaddrinfo() is on the stack */
	bool answered;
	int err;
	struct evutil_addrinfo *res;
};

static struct {
	wm_loop *loop;
	struct evdns_base *base;
	wm_loop_ref ref;
	wm_dns_req pending;         /* list head */
} wm_dns;

static void wm_dns_unlink(wm_dns_req *r)
{
	if (r->prev) {
		r->prev->next = r->next;
		r->next->prev = r->prev;
		r->prev = r->next = NULL;
	}
}

static void wm_dns_req_free(wm_dns_req *r)
{
	wm_dns_unlink(r);
	if (r->res) {
		evutil_freeaddrinfo(r->res);
	}
	zend_string_release(r->host);
	pefree(r, 1);
}

/* The loop is going away: give up every request (their connections are told through their own
 * detach) and free the base while the event base still exists. */
static void wm_dns_detach(wm_loop_ref *ref)
{
	while (wm_dns.pending.next != &wm_dns.pending) {
		wm_dns_req *r = wm_dns.pending.next;
		wm_dns_unlink(r);
		if (r->conn) {
			WM_ASYNC(r->conn)->dns = NULL;
			r->conn = NULL;
		}
		/* Its callback can no longer run once the base is freed (nothing is failed back). */
		wm_dns_req_free(r);
	}
	evdns_base_free(wm_dns.base, 0);
	wm_dns.base = NULL;
	wm_dns.loop = NULL;
}

/* evdns logs nameserver failures to stderr; the connect error says what matters. */
static void wm_dns_log(int is_warning, const char *msg)
{
}

static struct evdns_base *wm_dns_base(wm_loop *loop)
{
	if (wm_dns.base && wm_dns.loop == loop) {
		return wm_dns.base;
	}
	if (wm_dns.base) {
		wm_loop_ref_remove(&wm_dns.ref);
		wm_dns_detach(&wm_dns.ref);
	}
	wm_dns.pending.next = wm_dns.pending.prev = &wm_dns.pending;
	evdns_set_log_fn(wm_dns_log);
	/* No 127.0.0.1 fallback: without a configured server a name fails at once instead of
	 * waiting for a timeout; the hosts file is read by the same call. */
	wm_dns.base = evdns_base_new(loop->base, EVDNS_BASE_INITIALIZE_NAMESERVERS
		| EVDNS_BASE_DISABLE_WHEN_INACTIVE | EVDNS_BASE_NAMESERVERS_NO_DEFAULT);
	if (!wm_dns.base) {
		return NULL;
	}
	/* Bounded like a connect: one 2 s try per query (A and AAAA go out together). */
	evdns_base_set_option(wm_dns.base, "timeout:", "2");
	evdns_base_set_option(wm_dns.base, "attempts:", "1");
	wm_dns.loop = loop;
	wm_dns.ref.detach = wm_dns_detach;
	/* Idle, the DNS base is no work (a request in flight belongs to a connection, which is). */
	wm_loop_ref_add_weak(loop, &wm_dns.ref);
	return wm_dns.base;
}

/* PHP's message for a failed getaddrinfo(), as stream_socket_client() reports it. */
static zend_string *wm_dns_error(zend_string *host, int err)
{
	const char *reason = err == EVUTIL_EAI_CANCEL ? "Operation canceled" : gai_strerror(err);
	return zend_strpprintf(0, "php_network_getaddresses: getaddrinfo for %s failed: %s", ZSTR_VAL(host), reason);
}

static void wm_dns_finish(wm_dns_req *r)
{
	wm_conn_object *c = r->conn;
	wm_dns_unlink(r);
	if (!c) {
		wm_dns_req_free(r);
		return;
	}
	WM_ASYNC(c)->dns = NULL;
	GC_ADDREF(&c->std);
	if (r->err || !r->res) {
		zend_string *msg = wm_dns_error(r->host, r->err ? r->err : EVUTIL_EAI_NONAME);
		wm_dns_req_free(r);
		wm_async_fail(c, msg);
	} else {
		struct evutil_addrinfo *res = r->res;
		r->res = NULL;
		wm_dns_req_free(r);
		wm_async_dial(c, res);
		evutil_freeaddrinfo(res);
	}
	OBJ_RELEASE(&c->std);
}

static void wm_dns_cb(int err, struct evutil_addrinfo *res, void *arg)
{
	wm_dns_req *r = arg;
	r->answered = true;
	r->req = NULL;
	r->err = err;
	r->res = res;
	if (r->in_call) {
		return; /* answered at once (hosts file, numeric): the caller goes on */
	}
	wm_dns_finish(r);
}

static void wm_dns_abandon(wm_dns_req *r)
{
	r->conn = NULL;
	if (r->req) {
		/* Its callback still runs (with EVUTIL_EAI_CANCEL) and frees it. */
		struct evdns_getaddrinfo_request *req = r->req;
		r->req = NULL;
		evdns_getaddrinfo_cancel(req);
	}
}

static void wm_async_resolve(wm_conn_object *c, zend_string *host, uint16_t port)
{
	wm_async_conn *a = WM_ASYNC(c);
	struct evdns_base *base = wm_dns_base(c->net.loop);
	if (!base) {
		wm_async_fail(c, wm_dns_error(host, EVUTIL_EAI_FAIL));
		return;
	}
	struct evutil_addrinfo hints;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_protocol = IPPROTO_TCP;
	char service[8];
	snprintf(service, sizeof(service), "%u", (unsigned) port);

	wm_dns_req *r = pecalloc(1, sizeof(*r), 1);
	r->conn = c;
	r->host = zend_string_init(ZSTR_VAL(host), ZSTR_LEN(host), 1);
	r->prev = wm_dns.pending.prev;
	r->next = &wm_dns.pending;
	wm_dns.pending.prev->next = r;
	wm_dns.pending.prev = r;
	a->dns = r;
	a->phase = WM_ASYNC_RESOLVING;

	r->in_call = true;
	struct evdns_getaddrinfo_request *req = evdns_getaddrinfo(base, ZSTR_VAL(host), service, &hints, wm_dns_cb, r);
	r->in_call = false;
	if (r->answered) {
		wm_dns_finish(r);
		return;
	}
	if (!req) {
		/* Refused without an answer (not expected from libevent): do not wait forever. */
		r->answered = true;
		r->err = EVUTIL_EAI_FAIL;
		wm_dns_finish(r);
		return;
	}
	if (evdns_base_count_nameservers(base) == 0) {
		/* Not in the hosts file and nobody to ask: fail now rather than wait forever. */
		r->req = req;
		wm_dns_abandon(r);
		a->dns = NULL;
		wm_async_fail(c, wm_dns_error(host, EVUTIL_EAI_AGAIN));
		return;
	}
	r->req = req;
}

/* ---- connecting ---------------------------------------------------------------------------- */

static void wm_async_on_event(evutil_socket_t fd, short what, void *arg);

static void wm_async_wait(wm_conn_object *c, short what)
{
	wm_async_conn *a = WM_ASYNC(c);
	if (a->ev_added) {
		event_del(&a->ev);
	}
	event_assign(&a->ev, c->net.loop->base, a->fd, what, wm_async_on_event, c);
	event_add(&a->ev, NULL);
	a->ev_added = true;
}

/* What connection.c may ask of the state below (its `ops`); defined after the functions. */
static const wm_conn_async_ops wm_async_conn_ops;

static void wm_async_stop_connecting(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	if (!a) {
		return;
	}
	if (a->ev_added) {
		event_del(&a->ev);
		a->ev_added = false;
	}
	if (a->dns) {
		wm_dns_abandon(a->dns);
		a->dns = NULL;
	}
	if (a->fd >= 0) {
		close(a->fd);
		a->fd = -1;
	}
	if (a->px_out) {
		zend_string_release(a->px_out);
		a->px_out = NULL;
	}
	if (a->px_in) {
		efree(a->px_in);
		a->px_in = NULL;
	}
	a->px_off = a->px_len = 0;
	a->px_step = 0;
	a->px_reading = false;
	a->phase = WM_ASYNC_IDLE;
}

/* socket.bindto of the context options ("ip:port"), applied like PHP's stream layer does:
 * a failure is not fatal. */
static void wm_async_bind(wm_conn_object *c, php_socket_t fd, int family)
{
	zval *ctx = wm_prop(&c->std, slot_socket_context);
	if (Z_TYPE_P(ctx) != IS_ARRAY) {
		return;
	}
	zval *sock = zend_hash_str_find_deref(Z_ARRVAL_P(ctx), "socket", sizeof("socket") - 1);
	zval *bindto = sock && Z_TYPE_P(sock) == IS_ARRAY
		? zend_hash_str_find_deref(Z_ARRVAL_P(sock), "bindto", sizeof("bindto") - 1) : NULL;
	if (!bindto || Z_TYPE_P(bindto) != IS_STRING) {
		return;
	}
	const char *s = Z_STRVAL_P(bindto);
	const char *colon = zend_memrchr(s, ':', Z_STRLEN_P(bindto));
	if (!colon) {
		return;
	}
	char ip[INET6_ADDRSTRLEN + 2];
	size_t iplen = colon - s;
	if (iplen >= 2 && s[0] == '[' && s[iplen - 1] == ']') {
		s++;
		iplen -= 2;
	}
	if (iplen >= sizeof(ip)) {
		return;
	}
	memcpy(ip, s, iplen);
	ip[iplen] = '\0';
	int port = atoi(colon + 1);
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len = 0;
	if (family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *) &ss;
		in->sin_family = AF_INET;
		in->sin_port = htons((uint16_t) port);
		if (iplen && inet_pton(AF_INET, ip, &in->sin_addr) != 1) {
			return;
		}
		len = sizeof(*in);
	} else if (family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *) &ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t) port);
		if (iplen && inet_pton(AF_INET6, ip, &in6->sin6_addr) != 1) {
			return;
		}
		len = sizeof(*in6);
	} else {
		return;
	}
	(void) bind(fd, (struct sockaddr *) &ss, len);
}

/* Starts a non-blocking connect to `sa`. Returns 0, or the errno of an immediate failure. */
static int wm_async_dial_one(wm_conn_object *c, const struct sockaddr *sa, socklen_t len)
{
	php_socket_t fd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		return errno;
	}
	if (sa->sa_family != AF_UNIX) {
		wm_async_bind(c, fd, sa->sa_family);
	}
	int r;
	do {
		r = connect(fd, sa, len);
	} while (r < 0 && errno == EINTR);
	if (r < 0 && errno != EINPROGRESS && errno != EAGAIN) {
		int err = errno;
		close(fd);
		return err;
	}
	WM_ASYNC(c)->fd = fd;
	WM_ASYNC(c)->phase = WM_ASYNC_CONNECTING;
	wm_async_wait(c, EV_WRITE);
	return 0;
}

/* Tries the addresses in order; like PHP's connect, only an immediate failure moves on. */
static void wm_async_dial(wm_conn_object *c, struct evutil_addrinfo *list)
{
	int err = ECONNREFUSED;
	for (struct evutil_addrinfo *ai = list; ai; ai = ai->ai_next) {
		if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) {
			continue;
		}
		err = wm_async_dial_one(c, ai->ai_addr, (socklen_t) ai->ai_addrlen);
		if (err == 0) {
			return;
		}
	}
	wm_async_fail(c, zend_string_init(strerror(err), strlen(strerror(err)), 0));
}

/* "host:port" of a proxy, as PHP's stream layer splits it. */
static bool wm_async_split(zend_string *addr, zend_string **host, zend_long *port)
{
	const char *s = ZSTR_VAL(addr);
	const char *colon = zend_memrchr(s, ':', ZSTR_LEN(addr));
	if (!colon) {
		return false;
	}
	*host = zend_string_init(s, colon - s, 0);
	*port = ZEND_STRTOL(colon + 1, NULL, 10);
	return true;
}

/* Connects to host:port (a numeric address at once, a name after resolution). */
static void wm_async_open(wm_conn_object *c, zend_string *host, zend_long port)
{
	const char *h = ZSTR_VAL(host);
	size_t hlen = ZSTR_LEN(host);
	if (hlen >= 2 && h[0] == '[' && h[hlen - 1] == ']') {
		h++;
		hlen -= 2;
	}
	zend_string *name = zend_string_init(h, hlen, 0);
	struct sockaddr_in in;
	struct sockaddr_in6 in6;
	memset(&in, 0, sizeof(in));
	memset(&in6, 0, sizeof(in6));
	if (inet_pton(AF_INET, ZSTR_VAL(name), &in.sin_addr) == 1) {
		in.sin_family = AF_INET;
		in.sin_port = htons((uint16_t) port);
		int err = wm_async_dial_one(c, (struct sockaddr *) &in, sizeof(in));
		if (err) {
			wm_async_fail(c, zend_string_init(strerror(err), strlen(strerror(err)), 0));
		}
	} else if (inet_pton(AF_INET6, ZSTR_VAL(name), &in6.sin6_addr) == 1) {
		in6.sin6_family = AF_INET6;
		in6.sin6_port = htons((uint16_t) port);
		int err = wm_async_dial_one(c, (struct sockaddr *) &in6, sizeof(in6));
		if (err) {
			wm_async_fail(c, zend_string_init(strerror(err), strlen(strerror(err)), 0));
		}
	} else if (hlen == 0) {
		wm_async_fail(c, wm_dns_error(name, EVUTIL_EAI_NONAME));
	} else {
		wm_async_resolve(c, name, (uint16_t) port);
	}
	zend_string_release(name);
}

static void wm_async_connect(wm_conn_object *c)
{
	if (c->net.status != WM_STATUS_INITIAL && c->net.status != WM_STATUS_CLOSING && c->net.status != WM_STATUS_CLOSED) {
		return;
	}
	/* $this->eventLoop ??= Worker::getEventLoop() */
	zval *el = wm_prop(&c->std, slot_event_loop);
	if (Z_TYPE_P(el) != IS_OBJECT) {
		if (!wm_process_loop()) {
			return;
		}
		zval zv;
		ZVAL_OBJ_COPY(&zv, WM_G(loop_obj));
		wm_prop_set(&c->std, slot_event_loop, &zv);
		el = wm_prop(&c->std, slot_event_loop);
	}
	if (!wm_loop_from_zval(el)) {
		zend_throw_error(NULL, "%s::$eventLoop must be the native Workerman event loop", ZSTR_VAL(c->std.ce->name));
		return;
	}
	zend_object *loop_obj = Z_OBJ_P(el);

	/* A previous socket (reconnect() on an open connection) goes without onClose, as upstream's
	 * overwritten stream does. */
	wm_conn_release_socket(c);
	wm_conn_attach_loop(c, loop_obj);
	if (!(c->net.oflags & WM_CONN_F_SELF_REF)) {
		GC_ADDREF(&c->std);
		c->net.oflags |= WM_CONN_F_SELF_REF;
	}

	c->net.status = WM_STATUS_CONNECTING;
	zval zv;
	ZVAL_DOUBLE(&zv, wm_async_now());
	wm_prop_set(&c->std, slot_start_time, &zv);

	if (wm_async_transport_is(c, "unix")) {
		struct sockaddr_un un;
		memset(&un, 0, sizeof(un));
		un.sun_family = AF_UNIX;
		zend_string *path = wm_conn_remote_str(c) ? wm_conn_remote_str(c) : ZSTR_EMPTY_ALLOC();
		if (ZSTR_LEN(path) >= sizeof(un.sun_path)) {
			wm_async_fail(c, zend_string_init("File name too long", sizeof("File name too long") - 1, 0));
			return;
		}
		memcpy(un.sun_path, ZSTR_VAL(path), ZSTR_LEN(path));
		int err = wm_async_dial_one(c, (struct sockaddr *) &un, sizeof(un));
		if (err) {
			wm_async_fail(c, zend_string_init(strerror(err), strlen(strerror(err)), 0));
		}
		return;
	}

	zend_long port = zval_get_long(wm_prop(&c->std, slot_remote_port));
	zend_string *host = wm_async_prop_str(c, slot_remote_host);
	if (!port) {
		port = wm_async_transport_is(c, "ssl") ? 443 : 80;
		ZVAL_LONG(&zv, port);
		wm_prop_set(&c->std, slot_remote_port, &zv);
		wm_async_set_remote(c, zend_strpprintf(0, "%s:" ZEND_LONG_FMT, ZSTR_VAL(host), port));
	}
	uint32_t proxy_slot = wm_async_prop_nonempty(c, slot_proxy_socks5) ? slot_proxy_socks5
		: wm_async_prop_nonempty(c, slot_proxy_http) ? slot_proxy_http : 0;
	if (proxy_slot) {
		/* $this->socketContext['ssl']['peer_name'] = $this->remoteHost: TLS through the tunnel
		 * checks the target's name. */
		zval *ctx = wm_prop(&c->std, slot_socket_context);
		if (Z_TYPE_P(ctx) == IS_ARRAY) {
			zval copy, *ssl, name;
			ZVAL_COPY(&copy, ctx);
			SEPARATE_ARRAY(&copy);
			ssl = zend_hash_str_find(Z_ARRVAL(copy), "ssl", sizeof("ssl") - 1);
			if (!ssl || Z_TYPE_P(ssl) != IS_ARRAY) {
				zval arr;
				array_init(&arr);
				ssl = zend_hash_str_update(Z_ARRVAL(copy), "ssl", sizeof("ssl") - 1, &arr);
			}
			SEPARATE_ARRAY(ssl);
			ZVAL_STR_COPY(&name, host);
			zend_hash_str_update(Z_ARRVAL_P(ssl), "peer_name", sizeof("peer_name") - 1, &name);
			wm_prop_set(&c->std, slot_socket_context, &copy);
		}
		zend_string *proxy = wm_async_prop_str(c, proxy_slot);
		zend_string *phost;
		zend_long pport;
		if (wm_async_split(proxy, &phost, &pport)) {
			wm_async_open(c, phost, pport);
			zend_string_release(phost);
		} else {
			wm_async_fail(c, zend_strpprintf(0, "Failed to parse address \"%s\"", ZSTR_VAL(proxy)));
		}
		zend_string_release(proxy);
	} else {
		wm_async_open(c, host, port);
	}
	zend_string_release(host);
}

/* emitError() then upstream's follow-up: destroy() if still CLOSING, onConnect dropped if the
 * connection ended up CLOSED (not when a callback reconnected). Takes `msg`. */
static void wm_async_fail(wm_conn_object *c, zend_string *msg)
{
	GC_ADDREF(&c->std);
	wm_async_stop_connecting(c);
	zval args[2];
	ZVAL_LONG(&args[0], 1);
	ZVAL_STR(&args[1], msg);
	if (!wm_async_dispatch(c, lc_emit_error, 2, args)) {
		c->net.status = WM_STATUS_CLOSING;
		wm_conn_emit(c, wm_conn_slot_on_error, 2, args);
	}
	zend_string_release(msg);
	if (!EG(exception) && c->net.status == WM_STATUS_CLOSING) {
		wm_async_call_destroy(c);
	}
	if (c->net.status == WM_STATUS_CLOSED) {
		zval null;
		ZVAL_NULL(&null);
		wm_prop_set(&c->std, wm_conn_slot_on_connect, &null);
	}
	OBJ_RELEASE(&c->std);
}

/* ---- proxy handshakes ---------------------------------------------------------------------- */

static void wm_async_px_send(wm_conn_object *c, uint8_t step, zend_string *out)
{
	wm_async_conn *a = WM_ASYNC(c);
	if (a->px_out) {
		zend_string_release(a->px_out);
	}
	a->px_step = step;
	a->px_out = out;
	a->px_off = 0;
	a->px_len = 0;
	a->px_reading = false;
	if (!a->px_in) {
		a->px_in = emalloc(WM_PX_MAX_REPLY);
	}
	wm_async_wait(c, EV_WRITE);
}

static void wm_async_socks_connect(wm_conn_object *c)
{
	zend_string *host = wm_async_prop_str(c, slot_remote_host);
	zend_long port = zval_get_long(wm_prop(&c->std, slot_remote_port));
	size_t hlen = ZSTR_LEN(host) & 0xff;
	zend_string *out = zend_string_alloc(4 + 1 + hlen + 2, 0);
	unsigned char *p = (unsigned char *) ZSTR_VAL(out);
	p[0] = 5; p[1] = 1; p[2] = 0; p[3] = 3; p[4] = (unsigned char) hlen;
	memcpy(p + 5, ZSTR_VAL(host), hlen);
	p[5 + hlen] = (unsigned char) ((port >> 8) & 0xff);
	p[6 + hlen] = (unsigned char) (port & 0xff);
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	zend_string_release(host);
	wm_async_px_send(c, WM_PX_SOCKS_CONNECT, out);
}

static void wm_async_proxy_start(wm_conn_object *c)
{
	WM_ASYNC(c)->phase = WM_ASYNC_PROXY;
	if (wm_async_prop_nonempty(c, slot_proxy_socks5)) {
		zend_string *user = wm_async_prop_str(c, slot_socks5_user);
		zend_string *pass = wm_async_prop_str(c, slot_socks5_pass);
		bool auth = ZSTR_LEN(user) || ZSTR_LEN(pass);
		zend_string_release(user);
		zend_string_release(pass);
		wm_async_px_send(c, WM_PX_SOCKS_GREET, auth
			? zend_string_init("\x05\x02\x00\x02", 4, 0) : zend_string_init("\x05\x01\x00", 3, 0));
		return;
	}
	zend_string *host = wm_async_prop_str(c, slot_remote_host);
	zend_long port = zval_get_long(wm_prop(&c->std, slot_remote_port));
	zend_string *auth = wm_async_prop_str(c, slot_proxy_auth);
	smart_str s = {0};
	smart_str_append_printf(&s, "CONNECT %s:" ZEND_LONG_FMT " HTTP/1.1\r\nHost: %s:" ZEND_LONG_FMT "\r\n",
		ZSTR_VAL(host), port, ZSTR_VAL(host), port);
	if (ZSTR_LEN(auth)) {
		smart_str_appends(&s, "Proxy-Authorization: ");
		smart_str_append(&s, auth);
		smart_str_appends(&s, "\r\n");
	}
	smart_str_appends(&s, "Proxy-Connection: keep-alive\r\n\r\n");
	smart_str_0(&s);
	zend_string_release(host);
	zend_string_release(auth);
	wm_async_px_send(c, WM_PX_HTTP_CONNECT, s.s);
}

/* Bytes the answer of the current SOCKS step needs in total (0 while unknown). */
static size_t wm_async_socks_need(wm_async_conn *a)
{
	if (a->px_step != WM_PX_SOCKS_CONNECT) {
		return 2;
	}
	if (a->px_len < 5) {
		return 5;
	}
	switch ((unsigned char) a->px_in[3]) {
		case 1: return 10;
		case 3: return 7 + (unsigned char) a->px_in[4];
		case 4: return 22;
		default: return 5;
	}
}

/* A complete HTTP CONNECT answer: upstream's /^HTTP\/\d\.\d\s+(\d{3})(?:\s+([^\r\n]+))?/i. */
static void wm_async_http_answer(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	const char *p = a->px_in, *end = a->px_in + a->px_len;
	if (end - p >= 5 && strncasecmp(p, "HTTP/", 5) == 0 && end - p >= 8 && isdigit((unsigned char) p[5])
		&& p[6] == '.' && isdigit((unsigned char) p[7])) {
		p += 8;
		const char *ws = p;
		while (p < end && isspace((unsigned char) *p)) {
			p++;
		}
		if (p > ws && end - p >= 3 && isdigit((unsigned char) p[0]) && isdigit((unsigned char) p[1])
			&& isdigit((unsigned char) p[2])) {
			int code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
			if (code != 200) {
				const char *r = p + 3, *rs;
				zend_string *reason = NULL;
				ws = r;
				while (r < end && isspace((unsigned char) *r)) {
					r++;
				}
				rs = r;
				while (r < end && *r != '\r' && *r != '\n') {
					r++;
				}
				if (rs > ws && r > rs) {
					reason = zend_string_init(rs, r - rs, 0);
				}
				zend_string *msg = zend_strpprintf(0, "Proxy CONNECT failed: %.3s %s", p,
					reason ? ZSTR_VAL(reason) : "Proxy CONNECT failed");
				if (reason) {
					zend_string_release(reason);
				}
				wm_async_fail(c, msg);
				return;
			}
		}
	}
	wm_async_established(c);
}

/* The current step's answer is complete. */
static void wm_async_px_answer(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	switch (a->px_step) {
		case WM_PX_SOCKS_GREET:
			if (wm_async_prop_nonempty(c, slot_socks5_user) || wm_async_prop_nonempty(c, slot_socks5_pass)) {
				if ((unsigned char) a->px_in[1] != 2) {
					wm_async_fail(c, zend_string_init("SOCKS5 authentication method negotiation failed",
						sizeof("SOCKS5 authentication method negotiation failed") - 1, 0));
					return;
				}
				zend_string *user = wm_async_prop_str(c, slot_socks5_user);
				zend_string *pass = wm_async_prop_str(c, slot_socks5_pass);
				size_t ul = ZSTR_LEN(user) & 0xff, pl = ZSTR_LEN(pass) & 0xff;
				zend_string *out = zend_string_alloc(3 + ul + pl, 0);
				char *o = ZSTR_VAL(out);
				o[0] = 1;
				o[1] = (char) ul;
				memcpy(o + 2, ZSTR_VAL(user), ul);
				o[2 + ul] = (char) pl;
				memcpy(o + 3 + ul, ZSTR_VAL(pass), pl);
				o[3 + ul + pl] = '\0';
				zend_string_release(user);
				zend_string_release(pass);
				wm_async_px_send(c, WM_PX_SOCKS_AUTH, out);
				return;
			}
			wm_async_socks_connect(c);
			return;
		case WM_PX_SOCKS_AUTH:
			if (a->px_in[1] != 0) {
				wm_async_fail(c, zend_string_init("SOCKS5 authentication failed",
					sizeof("SOCKS5 authentication failed") - 1, 0));
				return;
			}
			wm_async_socks_connect(c);
			return;
		case WM_PX_SOCKS_CONNECT:
			/* Upstream reads the reply and does not look at it; neither do we. */
			wm_async_established(c);
			return;
		default:
			wm_async_http_answer(c);
			return;
	}
}

/* The proxy closed or failed before answering. */
static void wm_async_px_lost(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	if (a->px_step == WM_PX_SOCKS_GREET && (wm_async_prop_nonempty(c, slot_socks5_user)
		|| wm_async_prop_nonempty(c, slot_socks5_pass))) {
		wm_async_fail(c, zend_string_init("SOCKS5 authentication method negotiation failed",
			sizeof("SOCKS5 authentication method negotiation failed") - 1, 0));
	} else if (a->px_step == WM_PX_SOCKS_AUTH) {
		wm_async_fail(c, zend_string_init("SOCKS5 authentication failed",
			sizeof("SOCKS5 authentication failed") - 1, 0));
	} else if (a->px_step == WM_PX_HTTP_CONNECT && a->px_len > 0) {
		wm_async_http_answer(c);
	} else {
		wm_async_fail(c, wm_async_timeout_message(c));
	}
}

static void wm_async_px_io(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	if (!a->px_reading) {
		while (a->px_off < ZSTR_LEN(a->px_out)) {
			ssize_t n = send(a->fd, ZSTR_VAL(a->px_out) + a->px_off, ZSTR_LEN(a->px_out) - a->px_off, MSG_NOSIGNAL);
			if (n < 0 && errno == EINTR) {
				continue;
			}
			if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
				wm_async_wait(c, EV_WRITE);
				return;
			}
			if (n <= 0) {
				wm_async_px_lost(c);
				return;
			}
			a->px_off += (size_t) n;
		}
		a->px_reading = true;
	}
	for (;;) {
		ssize_t n;
		if (a->px_step == WM_PX_HTTP_CONNECT) {
			/* Take the answer up to its blank line and nothing of the tunnel behind it. */
			char peek[WM_PX_MAX_REPLY];
			size_t room = WM_PX_MAX_REPLY - a->px_len;
			n = recv(a->fd, peek, room, MSG_PEEK);
			if (n > 0) {
				size_t take = (size_t) n;
				bool done = false;
				memcpy(a->px_in + a->px_len, peek, (size_t) n);
				size_t from = a->px_len > 3 ? a->px_len - 3 : 0;
				const char *hit = php_memnstr(a->px_in + from, "\r\n\r\n", 4, a->px_in + a->px_len + n);
				if (hit) {
					take = (size_t) (hit + 4 - (a->px_in + a->px_len));
					done = true;
				} else if (a->px_len + (size_t) n >= WM_PX_MAX_REPLY) {
					done = true;
				}
				n = recv(a->fd, peek, take, 0);
				if (n > 0) {
					a->px_len += (size_t) n;
				}
				if (done && n == (ssize_t) take) {
					wm_async_px_answer(c);
					return;
				}
				continue;
			}
		} else {
			size_t need = wm_async_socks_need(a);
			if (a->px_len >= need) {
				wm_async_px_answer(c);
				return;
			}
			n = recv(a->fd, a->px_in + a->px_len, need - a->px_len, 0);
			if (n > 0) {
				a->px_len += (size_t) n;
				continue;
			}
		}
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			wm_async_wait(c, EV_READ);
			return;
		}
		wm_async_px_lost(c);
		return;
	}
}

/* ---- established ------------------------------------------------------------------------- */

static void wm_async_established(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	php_socket_t fd = a->fd;
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (a->ev_added) {
		event_del(&a->ev);
		a->ev_added = false;
	}
	a->fd = -1;
	wm_async_stop_connecting(c);
	if (wm_async_transport_is(c, "tcp")) {
		wm_socket_set_tcp_options(fd);
	}
	wm_conn_attach_fd(c, fd);
	if (wm_async_transport_is(c, "ssl")) {
		zval *ctx = wm_prop(&c->std, slot_socket_context);
		zend_string *host = wm_async_prop_str(c, slot_remote_host);
		zend_string *err = NULL;
		bool ok = wm_tls_client_start(c, Z_TYPE_P(ctx) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(ctx)) ? ctx : NULL,
			host, &err);
		zend_string_release(host);
		if (!ok) {
			wm_async_fail(c, err ? err : zend_string_init("TLS handshake failed", sizeof("TLS handshake failed") - 1, 0));
			return;
		}
	}
	c->net.status = WM_STATUS_ESTABLISHED;
	if (getpeername(fd, (struct sockaddr *) &ss, &len) == 0) {
		wm_async_set_remote(c, wm_socket_name((struct sockaddr *) &ss, len));
	}

	GC_ADDREF(&c->std);
	wm_conn_emit(c, wm_conn_slot_on_connect, 0, NULL);
	zval *proto_name = wm_prop(&c->std, wm_conn_slot_protocol);
	if (!EG(exception) && Z_TYPE_P(proto_name) == IS_STRING && Z_STRLEN_P(proto_name)) {
		zend_string *name = zend_string_copy(Z_STR_P(proto_name));
		wm_proto *proto = wm_proto_resolve(name);
		zend_string_release(name);
		if (!proto) {
			zend_clear_exception();
		} else if (proto->on_connect) {
			zval ret, arg;
			ZVAL_OBJ(&arg, &c->std);
			wm_proto_call(proto, proto->on_connect, "onConnect", &ret, 1, &arg);
			zval_ptr_dtor(&ret);
			wm_conn_report_exception(c);
		}
	}
	OBJ_RELEASE(&c->std);
}

/* checkConnection(): the socket became writable (or user code asks). */
static void wm_async_check(wm_conn_object *c)
{
	wm_async_conn *a = WM_ASYNC(c);
	if (a->ev_added && a->phase == WM_ASYNC_CONNECTING) {
		event_del(&a->ev);
		a->ev_added = false;
	}
	if (c->net.status != WM_STATUS_CONNECTING || a->phase == WM_ASYNC_PROXY) {
		return;
	}
	int err = 0;
	socklen_t elen = sizeof(err);
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	if (a->fd < 0 || a->phase != WM_ASYNC_CONNECTING
		|| getsockopt(a->fd, SOL_SOCKET, SO_ERROR, &err, &elen) != 0 || err != 0
		|| getpeername(a->fd, (struct sockaddr *) &ss, &len) != 0) {
		wm_async_fail(c, wm_async_timeout_message(c));
		return;
	}
	if (wm_async_prop_nonempty(c, slot_proxy_socks5) || wm_async_prop_nonempty(c, slot_proxy_http)) {
		wm_async_proxy_start(c);
		return;
	}
	wm_async_established(c);
}

static void wm_async_on_event(evutil_socket_t fd, short what, void *arg)
{
	WM_FIBER_ENTRY(wm_async_on_event, fd, what, arg);
	wm_conn_object *c = arg;
	wm_async_conn *a = WM_ASYNC(c);
	a->ev_added = false;
	GC_ADDREF(&c->std);
	if (a->phase == WM_ASYNC_CONNECTING) {
		if (!wm_async_dispatch(c, lc_check_connection, 0, NULL)) {
			wm_async_check(c);
		}
	} else if (a->phase == WM_ASYNC_PROXY) {
		wm_async_px_io(c);
	}
	OBJ_RELEASE(&c->std);
}

/* ---- object ------------------------------------------------------------------------------- */

static zend_object *wm_async_create(zend_class_entry *ce)
{
	zend_object *obj = wm_ce_TcpConnection->create_object(ce);
	wm_conn_object *c = wm_conn_from_obj(obj);
	c->net.status = WM_STATUS_INITIAL;
	wm_async_conn *a = ecalloc(1, sizeof(wm_async_conn));
	a->ext.async_ops = &wm_async_conn_ops;
	a->fd = -1;
	c->ext = &a->ext;
	return obj;
}

static void wm_async_conn_free(wm_conn_object *c)
{
	if (!WM_ASYNC(c)) {
		return;
	}
	wm_async_stop_connecting(c);
	efree(c->ext);
	c->ext = NULL;
}

static const wm_conn_async_ops wm_async_conn_ops = {
	.stop_connecting = wm_async_stop_connecting,
	.free = wm_async_conn_free,
};

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, __construct)
{
	zend_string *address;
	zval *context = NULL;
	zval zv;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(context)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (!WM_ASYNC(c) || (c->net.oflags & WM_CONN_F_SAFE)) {
		zend_throw_error(NULL, "AsyncTcpConnection is already constructed");
		RETURN_THROWS();
	}

	zend_string *scheme;
	zend_string *remote;
	bool has_port = false;
	php_url *url = php_url_parse_ex2(ZSTR_VAL(address), ZSTR_LEN(address), &has_port);
	if (!url) {
		/* [$scheme, $this->remoteAddress] = explode(':', $remoteAddress, 2) */
		const char *colon = memchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
		if (!colon) {
			zend_throw_exception(spl_ce_RuntimeException, "Bad remoteAddress", 0);
			RETURN_THROWS();
		}
		scheme = zend_string_init(ZSTR_VAL(address), colon - ZSTR_VAL(address), 0);
		remote = zend_string_init(colon + 1, ZSTR_LEN(address) - (colon + 1 - ZSTR_VAL(address)), 0);
		if (zend_string_equals_literal_ci(scheme, "unix")) {
			const char *slash = memchr(ZSTR_VAL(address), '/', ZSTR_LEN(address));
			size_t off = slash ? (size_t) (slash - ZSTR_VAL(address)) + 2 : 1;
			zend_string_release(remote);
			remote = off < ZSTR_LEN(address)
				? zend_string_init(ZSTR_VAL(address) + off, ZSTR_LEN(address) - off, 0) : ZSTR_EMPTY_ALLOC();
		}
		if (!wm_zstr_truthy(remote)) {
			zend_string_release(scheme);
			zend_string_release(remote);
			zend_throw_exception(spl_ce_RuntimeException, "Bad remoteAddress", 0);
			RETURN_THROWS();
		}
	} else {
		if (!url->host) {
			php_url_free(url);
			zend_type_error("Cannot assign null to property %s::$remoteHost of type string",
				ZSTR_VAL(wm_ce_AsyncTcpConnection->name));
			RETURN_THROWS();
		}
		zend_long port = has_port ? url->port : 0;
		ZVAL_STR_COPY(&zv, url->host);
		wm_prop_set(&c->std, slot_remote_host, &zv);
		ZVAL_LONG(&zv, port);
		wm_prop_set(&c->std, slot_remote_port, &zv);
		ZVAL_STR(&zv, zend_strpprintf(0, "%s%s%s", url->path ? ZSTR_VAL(url->path) : "/",
			url->query ? "?" : "", url->query ? ZSTR_VAL(url->query) : ""));
		wm_prop_set(&c->std, slot_remote_uri, &zv);
		scheme = url->scheme ? zend_string_copy(url->scheme) : zend_string_init("tcp", 3, 0);
		if (zend_string_equals_literal_ci(scheme, "unix")) {
			const char *slash = memchr(ZSTR_VAL(address), '/', ZSTR_LEN(address));
			size_t off = slash ? (size_t) (slash - ZSTR_VAL(address)) + 2 : 1;
			remote = off < ZSTR_LEN(address)
				? zend_string_init(ZSTR_VAL(address) + off, ZSTR_LEN(address) - off, 0) : ZSTR_EMPTY_ALLOC();
		} else {
			remote = zend_strpprintf(0, "%s:" ZEND_LONG_FMT, ZSTR_VAL(url->host), port);
		}
		php_url_free(url);
	}
	wm_async_set_remote(c, remote);

	/* Application protocol, unless the scheme is a transport. */
	zval *transport = zend_hash_find(wm_transports, scheme);
	if (transport) {
		ZVAL_COPY(&zv, transport);
		wm_prop_set(&c->std, wm_conn_slot_transport, &zv);
	} else {
		const char *s = ZSTR_VAL(scheme);
		bool simple = ZSTR_LEN(scheme) > 0 && isalpha((unsigned char) s[0]);
		for (size_t i = 1; simple && i < ZSTR_LEN(scheme); i++) {
			simple = isalnum((unsigned char) s[i]);
		}
		zend_string *cls = simple ? wm_proto_class_for_scheme(s, ZSTR_LEN(scheme)) : NULL;
		if (!cls) {
			if (!simple) {
				zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Invalid protocol scheme '%s'", s);
			}
			/* Upstream has taken its id before it looks at the scheme. */
			if (++WM_G(conn_id_seq) == ZEND_LONG_MAX) {
				WM_G(conn_id_seq) = 0;
			}
			zend_string_release(scheme);
			RETURN_THROWS();
		}
		/* Upstream stores the name with a leading backslash. */
		ZVAL_STR(&zv, zend_string_concat2("\\", 1, ZSTR_VAL(cls), ZSTR_LEN(cls)));
		zend_string_release(cls);
		wm_prop_set(&c->std, wm_conn_slot_protocol, &zv);
	}
	zend_string_release(scheme);

	if (context) {
		ZVAL_COPY(&zv, context);
		wm_prop_set(&c->std, slot_socket_context, &zv);
	}
	wm_conn_init_common(c);
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, reconnect)
{
	zend_long after = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(after)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (!WM_ASYNC(c)) {
		return;
	}
	wm_async_stop_connecting(c);
	c->net.status = WM_STATUS_INITIAL;
	wm_conn_register(c);
	zend_long timer = zval_get_long(wm_prop(&c->std, slot_reconnect_timer));
	if (timer && WM_G(loop)) {
		wm_loop_timer_del(WM_G(loop), timer);
	}
	if (after > 0) {
		wm_loop *loop = wm_process_loop();
		if (!loop) {
			return;
		}
		zval func, method, zv;
		array_init_size(&func, 2);
		ZVAL_OBJ_COPY(&method, &c->std);
		zend_hash_next_index_insert_new(Z_ARRVAL(func), &method);
		ZVAL_STRINGL(&method, "connect", sizeof("connect") - 1);
		zend_hash_next_index_insert_new(Z_ARRVAL(func), &method);
		ZVAL_LONG(&zv, wm_loop_timer_add(loop, (double) after, &func, NULL, false));
		zval_ptr_dtor(&func);
		wm_prop_set(&c->std, slot_reconnect_timer, &zv);
		return;
	}
	if (!wm_async_dispatch(c, lc_connect, 0, NULL)) {
		wm_async_connect(c);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (WM_ASYNC(c)) {
		wm_async_connect(c);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, emitError)
{
	zend_long code;
	zval *msg;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_ZVAL(msg)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	c->net.status = WM_STATUS_CLOSING;
	zval *cb = wm_prop(&c->std, wm_conn_slot_on_error);
	if (wm_is_set(cb)) {
		zval func, argv[3];
		ZVAL_COPY(&func, cb);
		ZVAL_OBJ(&argv[0], &c->std);
		ZVAL_LONG(&argv[1], code);
		ZVAL_COPY_VALUE(&argv[2], msg);
		wm_call(&func, NULL, 3, argv);
		zval_ptr_dtor(&func);
		wm_conn_report_exception(c);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, cancelReconnect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	zend_long timer = zval_get_long(wm_prop(&c->std, slot_reconnect_timer));
	if (timer) {
		if (WM_G(loop)) {
			wm_loop_timer_del(WM_G(loop), timer);
		}
		zval zv;
		ZVAL_LONG(&zv, 0);
		wm_prop_set(&c->std, slot_reconnect_timer, &zv);
	}
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteHost)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_async_prop_str(Z_WM_CONN_P(ZEND_THIS), slot_remote_host));
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteURI)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_async_prop_str(Z_WM_CONN_P(ZEND_THIS), slot_remote_uri));
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, checkConnection)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (WM_ASYNC(c)) {
		wm_async_check(c);
	}
}

/* ---- module ---------------------------------------------------------------------------------- */

void wm_async_minit(void)
{
	wm_ce_AsyncTcpConnection = register_class_Workerman_Connection_AsyncTcpConnection(wm_ce_TcpConnection);
	wm_ce_AsyncTcpConnection->create_object = wm_async_create;

	zend_class_entry *ce = wm_ce_AsyncTcpConnection;
	slot_proxy_socks5 = wm_prop_offset(ce, "proxySocks5");
	slot_proxy_http = wm_prop_offset(ce, "proxyHttp");
	slot_proxy_auth = wm_prop_offset(ce, "proxyAuthorization");
	slot_socks5_user = wm_prop_offset(ce, "proxySocks5Username");
	slot_socks5_pass = wm_prop_offset(ce, "proxySocks5Password");
	slot_remote_host = wm_prop_offset(ce, "remoteHost");
	slot_remote_port = wm_prop_offset(ce, "remotePort");
	slot_start_time = wm_prop_offset(ce, "connectStartTime");
	slot_remote_uri = wm_prop_offset(ce, "remoteURI");
	slot_socket_context = wm_prop_offset(ce, "socketContext");
	slot_reconnect_timer = wm_prop_offset(ce, "reconnectTimer");
	slot_event_loop = wm_prop_offset(ce, "eventLoop");

	lc_check_connection = wm_interned("checkconnection");
	lc_connect = wm_interned("connect");
	lc_emit_error = wm_interned("emiterror");
	lc_destroy = wm_interned("destroy");

	/* BUILD_IN_TRANSPORTS: tcp, udp, unix, ssl, sslv2, sslv3, tls map to themselves. */
	static const char *names[] = {"tcp", "udp", "unix", "ssl", "sslv2", "sslv3", "tls"};
	wm_transports = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(wm_transports, 8, NULL, NULL, 1);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		zval v;
		zend_string *s = wm_interned(names[i]);
		ZVAL_INTERNED_STR(&v, s);
		zend_hash_add_new(wm_transports, s, &v);
	}
	wm_make_immutable(wm_transports);
	zval v;
	ZVAL_ARR(&v, wm_transports);
	Z_TYPE_FLAGS(v) = 0;
	zend_declare_class_constant_ex(ce, wm_interned("BUILD_IN_TRANSPORTS"), &v, ZEND_ACC_PUBLIC, NULL);
}

void wm_async_mshutdown(void)
{
	if (wm_transports) {
		zend_hash_destroy(wm_transports);
		pefree(wm_transports, 1);
		wm_transports = NULL;
	}
}
