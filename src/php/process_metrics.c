/* SPDX-License-Identifier: MIT */
/* The metrics endpoint (opt-in: Worker::$metricsListen or ini workerman.metrics_listen).
 *
 * The master maps one shared slot per worker process (src/core/metrics.h) before its first fork,
 * hands a slot to each child it forks (by worker and id), and answers GET /metrics in the
 * Prometheus text format (0.0.4) from its own event base, reading the slots: no signal to the
 * children, no file. A child counts into its slot on the paths that already count (bytes, buffer
 * full, exceptions, accepts) and refreshes the rest (status's connections/requests/send_fail,
 * memory, timers, event-loop lag) from a 1 s tick of its own loop. The master also counts the
 * restarts of each worker by cause, where children are reaped. */

#include "php/process_impl.h"
#include "php/connection.h"
#include "php/log.h"
#include "core/metrics.h"
#include "core/loop.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define WM_MCONN_MAX      16      /* scrapes served at once; more are closed at accept */
#define WM_MCONN_HEAD_MAX 4096    /* bytes of a request head */
#define WM_MCONN_TIMEOUT  10      /* seconds a scrape may take */

typedef struct _wm_mconn wm_mconn;
struct _wm_mconn {
	wm_mconn *next;
	struct event *ev;
	int fd;
	size_t in_len;
	zend_string *out;
	size_t off;
	char in[WM_MCONN_HEAD_MAX];
};

/* Who a slot belongs to: a worker (Worker::$workers key) and an id. */
typedef struct {
	zend_string *worker_id;
	zend_long id;
} wm_mslot_owner;

/* The master's side (this process is the master, or a child that inherited it and drops it). */
static struct {
	struct event_base *base;
	struct event *accept_ev;
	int fd;
	zend_string *url;             /* "http://host:port/metrics" once listening */
	wm_mslot_owner *owners;       /* per slot of the mapping */
	uint32_t nowners;
	wm_mconn *conns;
	uint32_t nconns;
	HashTable *restarts;          /* worker id => [cause => count] */
} wm_mm = {.fd = -1};

/* The child's side: its tick. */
static struct {
	struct event *ev;
	wm_loop_ref ref;
	int64_t due_us;
} wm_mt;

/* ---- configuration ------------------------------------------------------------------------- */

/* Worker::$metricsListen, else ini workerman.metrics_listen; "" when off. */
static const char *wm_metrics_address(void)
{
	zend_string *prop = wm_process_sprop_str("metricsListen");
	if (ZSTR_LEN(prop)) {
		return ZSTR_VAL(prop);
	}
	const char *ini = INI_STR("workerman.metrics_listen");
	return ini ? ini : "";
}

zend_string *wm_metrics_url(void)
{
	return wm_mm.url;
}

/* ---- restarts ------------------------------------------------------------------------------ */

const char *wm_metrics_exit_cause(int status, char *buf, size_t len)
{
	char sig[16];
	if (WIFEXITED(status)) {
		snprintf(buf, len, "exit:%d", WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		snprintf(buf, len, "signal:%s", wm_process_signal_name(WTERMSIG(status), sig, sizeof(sig)));
	} else {
		snprintf(buf, len, "status:%d", status);
	}
	return buf;
}

void wm_metrics_count_restart(zend_string *worker_id, const char *cause)
{
	if (!wm_mm.restarts) {
		ALLOC_HASHTABLE(wm_mm.restarts);
		zend_hash_init(wm_mm.restarts, 8, NULL, ZVAL_PTR_DTOR, 0);
	}
	zval *per = zend_hash_find(wm_mm.restarts, worker_id);
	if (!per) {
		zval arr;
		array_init(&arr);
		per = zend_hash_update(wm_mm.restarts, worker_id, &arr);
	}
	zval *cnt = zend_hash_str_find(Z_ARRVAL_P(per), cause, strlen(cause));
	if (cnt) {
		Z_LVAL_P(cnt)++;
	} else {
		zval one;
		ZVAL_LONG(&one, 1);
		zend_hash_str_update(Z_ARRVAL_P(per), cause, strlen(cause), &one);
	}
}

/* ---- slots (master) ------------------------------------------------------------------------ */

int wm_metrics_slot_before_fork(zend_string *worker_id, zend_long id)
{
	if (!wm_mm.owners) {
		return -1;
	}
	/* The slot this worker and id had, else one never used, else any whose process is gone. */
	int slot = -1, fresh = -1, dead = -1;
	for (uint32_t i = 0; i < wm_mm.nowners && slot < 0; i++) {
		if (WM_METRICS_LOAD(wm_metrics_map_slot(i)->pid) != 0) {
			continue;
		}
		wm_mslot_owner *o = &wm_mm.owners[i];
		if (!o->worker_id) {
			fresh = fresh < 0 ? (int) i : fresh;
		} else if (o->id == id && zend_string_equals(o->worker_id, worker_id)) {
			slot = (int) i;
		} else {
			dead = dead < 0 ? (int) i : dead;
		}
	}
	slot = slot >= 0 ? slot : (fresh >= 0 ? fresh : dead);
	if (slot < 0) {
		return -1;
	}
	wm_mslot_owner *o = &wm_mm.owners[slot];
	if (o->worker_id) {
		zend_string_release(o->worker_id);
	}
	o->worker_id = zend_string_copy(worker_id);
	o->id = id;
	wm_metrics_slot *s = wm_metrics_map_slot((uint32_t) slot);
	memset(s, 0, sizeof(*s));
	s->id = id;
	s->started = (int64_t) time(NULL);
	return slot;
}

void wm_metrics_slot_forked(int slot, pid_t pid)
{
	wm_metrics_slot *s = slot >= 0 ? wm_metrics_map_slot((uint32_t) slot) : NULL;
	if (s) {
		__atomic_store_n(&s->pid, (int64_t) pid, __ATOMIC_RELAXED);
	}
}

void wm_metrics_reaped(pid_t pid)
{
	for (uint32_t i = 0; wm_mm.owners && i < wm_mm.nowners; i++) {
		wm_metrics_slot *s = wm_metrics_map_slot(i);
		if (WM_METRICS_LOAD(s->pid) == (int64_t) pid) {
			__atomic_store_n(&s->pid, 0, __ATOMIC_RELAXED);
		}
	}
}

/* ---- the exposition ------------------------------------------------------------------------ */

/* A label value: backslash, double quote and newline escaped. */
static void wm_label(smart_str *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\' || s[i] == '"') {
			smart_str_appendc(out, '\\');
			smart_str_appendc(out, s[i]);
		} else if (s[i] == '\n') {
			smart_str_appends(out, "\\n");
		} else {
			smart_str_appendc(out, s[i]);
		}
	}
}

static void wm_head(smart_str *out, const char *name, const char *type, const char *help)
{
	smart_str_appends(out, "# HELP ");
	smart_str_appends(out, name);
	smart_str_appendc(out, ' ');
	smart_str_appends(out, help);
	smart_str_appends(out, "\n# TYPE ");
	smart_str_appends(out, name);
	smart_str_appendc(out, ' ');
	smart_str_appends(out, type);
	smart_str_appendc(out, '\n');
}

static zend_string *wm_worker_name(zend_string *worker_id)
{
	zend_object *w = worker_id ? wm_process_worker_by_id(worker_id) : NULL;
	return w ? zval_get_string(wm_prop(w, wm_worker_slot_name)) : ZSTR_EMPTY_ALLOC();
}

typedef struct {
	const char *name, *type, *help;
	size_t field;       /* offset in wm_metrics_slot */
	bool micro;         /* microseconds shown as seconds */
} wm_metric_def;

#define WM_F(f) offsetof(wm_metrics_slot, f)
static const wm_metric_def wm_metric_defs[] = {
	{"workerman_process_start_time_seconds", "gauge", "Unix time the worker process was started.", WM_F(started), false},
	{"workerman_connections", "gauge", "Connections of the process (status: connections).", WM_F(connections), false},
	{"workerman_connections_accepted_total", "counter", "Connections accepted by the process's listeners.", WM_F(accepted), false},
	{"workerman_requests_total", "counter", "Requests/messages received (status: total_request).", WM_F(requests), false},
	{"workerman_received_bytes_total", "counter", "Bytes received by the process's TCP connections.", WM_F(bytes_in), false},
	{"workerman_sent_bytes_total", "counter", "Bytes written by the process's TCP connections.", WM_F(bytes_out), false},
	{"workerman_send_buffer_full_total", "counter", "Times a send buffer reached maxSendBufferSize (onBufferFull).", WM_F(buffer_full), false},
	{"workerman_send_fail_total", "counter", "Failed sends (status: send_fail).", WM_F(send_fail), false},
	{"workerman_exceptions_total", "counter", "Uncaught throwables from callbacks written to the log.", WM_F(exceptions), false},
	{"workerman_memory_bytes", "gauge", "PHP memory in use (memory_get_usage()).", WM_F(memory), false},
	{"workerman_memory_peak_bytes", "gauge", "Peak PHP memory (memory_get_peak_usage()).", WM_F(memory_peak), false},
	{"workerman_timers", "gauge", "Timers of the process's event loop (status: timers).", WM_F(timers), false},
	{"workerman_event_loop_lag_seconds", "gauge", "How late the process's last 1 s metrics tick ran.", WM_F(lag_us), true},
};

static zend_string *wm_metrics_render(void)
{
	smart_str out = {0};
	char num[64];

	wm_head(&out, "workerman_info", "gauge", "The native runtime: Workerman API level, extension, libevent and PHP versions.");
	smart_str_appends(&out, "workerman_info{workerman=\"" WM_API_VERSION "\",extension=\"" PHP_WORKERMAN_VERSION "\",libevent=\"");
	smart_str_appends(&out, event_get_version());
	smart_str_appends(&out, "\",php=\"" PHP_VERSION "\"} 1\n");

	zval *gs = wm_process_sprop("globalStatistics");
	zval *st = gs && Z_TYPE_P(gs) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(gs), "start_timestamp", sizeof("start_timestamp") - 1) : NULL;
	wm_head(&out, "workerman_master_start_time_seconds", "gauge", "Unix time the master process was started.");
	smart_str_appends(&out, "workerman_master_start_time_seconds ");
	smart_str_append_long(&out, st ? zval_get_long(st) : 0);
	smart_str_appendc(&out, '\n');

	/* Live processes per worker, from Worker::$pidMap. */
	wm_head(&out, "workerman_worker_processes", "gauge", "Running processes of each worker.");
	zval *map = wm_process_sprop("pidMap");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		zval *pids;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
			if (!worker_id) {
				continue;
			}
			zend_string *name = wm_worker_name(worker_id);
			smart_str_appends(&out, "workerman_worker_processes{worker=\"");
			wm_label(&out, ZSTR_VAL(name), ZSTR_LEN(name));
			smart_str_appends(&out, "\"} ");
			smart_str_append_long(&out, Z_TYPE_P(pids) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(pids)) : 0);
			smart_str_appendc(&out, '\n');
			zend_string_release(name);
		} ZEND_HASH_FOREACH_END();
	}

	wm_head(&out, "workerman_worker_restarts_total", "counter",
		"Worker processes that ended and were forked again, by cause (exit:<status>, signal:<name>).");
	if (wm_mm.restarts) {
		zend_string *worker_id, *cause;
		zval *per, *cnt;
		ZEND_HASH_FOREACH_STR_KEY_VAL(wm_mm.restarts, worker_id, per) {
			zend_string *name = wm_worker_name(worker_id);
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(per), cause, cnt) {
				smart_str_appends(&out, "workerman_worker_restarts_total{worker=\"");
				wm_label(&out, ZSTR_VAL(name), ZSTR_LEN(name));
				smart_str_appends(&out, "\",cause=\"");
				wm_label(&out, ZSTR_VAL(cause), ZSTR_LEN(cause));
				smart_str_appends(&out, "\"} ");
				smart_str_append_long(&out, Z_LVAL_P(cnt));
				smart_str_appendc(&out, '\n');
			} ZEND_HASH_FOREACH_END();
			zend_string_release(name);
		} ZEND_HASH_FOREACH_END();
	}

	/* Per process: one label set per live slot, computed once. */
	uint32_t n = wm_mm.nowners;
	zend_string **labels = n ? ecalloc(n, sizeof(zend_string *)) : NULL;
	for (uint32_t i = 0; i < n; i++) {
		wm_metrics_slot *s = wm_metrics_map_slot(i);
		int64_t pid = WM_METRICS_LOAD(s->pid);
		if (pid == 0 || !wm_mm.owners[i].worker_id) {
			continue;
		}
		smart_str l = {0};
		zend_string *name = wm_worker_name(wm_mm.owners[i].worker_id);
		smart_str_appends(&l, "{pid=\"");
		smart_str_append_long(&l, (zend_long) pid);
		smart_str_appends(&l, "\",worker=\"");
		wm_label(&l, ZSTR_VAL(name), ZSTR_LEN(name));
		smart_str_appends(&l, "\",id=\"");
		smart_str_append_long(&l, wm_mm.owners[i].id);
		smart_str_appends(&l, "\"} ");
		smart_str_0(&l);
		labels[i] = l.s;
		zend_string_release(name);
	}
	for (size_t d = 0; d < sizeof(wm_metric_defs) / sizeof(wm_metric_defs[0]); d++) {
		const wm_metric_def *def = &wm_metric_defs[d];
		wm_head(&out, def->name, def->type, def->help);
		for (uint32_t i = 0; i < n; i++) {
			if (!labels[i]) {
				continue;
			}
			wm_metrics_slot *s = wm_metrics_map_slot(i);
			int64_t v = WM_METRICS_LOAD(*(int64_t *) ((char *) s + def->field));
			smart_str_appends(&out, def->name);
			smart_str_append(&out, labels[i]);
			if (def->micro) {
				snprintf(num, sizeof(num), "%.6f", (double) v / 1e6);
			} else if (def->field < WM_F(connections)) {
				snprintf(num, sizeof(num), "%" PRIu64, (uint64_t) v);
			} else {
				snprintf(num, sizeof(num), "%" PRId64, v);
			}
			smart_str_appends(&out, num);
			smart_str_appendc(&out, '\n');
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		if (labels[i]) {
			zend_string_release(labels[i]);
		}
	}
	if (labels) {
		efree(labels);
	}
	smart_str_0(&out);
	return out.s;
}

/* ---- the HTTP side ------------------------------------------------------------------------- */

static void wm_mconn_free(wm_mconn *c)
{
	wm_mconn **pp = &wm_mm.conns;
	while (*pp && *pp != c) {
		pp = &(*pp)->next;
	}
	if (*pp) {
		*pp = c->next;
		wm_mm.nconns--;
	}
	if (c->ev) {
		event_free(c->ev);
	}
	if (c->fd >= 0) {
		close(c->fd);
	}
	if (c->out) {
		zend_string_release(c->out);
	}
	efree(c);
}

static void wm_mconn_on_event(evutil_socket_t fd, short what, void *arg);

static void wm_mconn_respond(wm_mconn *c, const char *status, const char *extra, zend_string *body, bool head_only)
{
	smart_str out = {0};
	smart_str_appends(&out, "HTTP/1.1 ");
	smart_str_appends(&out, status);
	smart_str_appends(&out, "\r\nContent-Type: ");
	smart_str_appends(&out, body ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8");
	smart_str_appends(&out, "\r\nContent-Length: ");
	const char *text = body ? ZSTR_VAL(body) : status;
	size_t text_len = body ? ZSTR_LEN(body) : strlen(status) + 1;
	smart_str_append_long(&out, (zend_long) text_len);
	smart_str_appends(&out, "\r\nConnection: close\r\n");
	smart_str_appends(&out, extra);
	smart_str_appends(&out, "\r\n");
	if (!head_only) {
		smart_str_appendl(&out, text, body ? text_len : text_len - 1);
		if (!body) {
			smart_str_appendc(&out, '\n');
		}
	}
	smart_str_0(&out);
	c->out = out.s;
	c->off = 0;
	event_free(c->ev);
	c->ev = event_new(wm_mm.base, c->fd, EV_WRITE | EV_PERSIST, wm_mconn_on_event, c);
	struct timeval tv = {WM_MCONN_TIMEOUT, 0};
	event_add(c->ev, &tv);
}

/* A complete head is in c->in: answer it. */
static void wm_mconn_request(wm_mconn *c)
{
	const char *p = c->in, *end = c->in + c->in_len;
	const char *sp1 = memchr(p, ' ', end - p);
	const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', end - sp1 - 1) : NULL;
	const char *eol = memchr(p, '\n', end - p);
	if (!sp1 || !sp2 || !eol || sp2 > eol || sp1 == p || sp2 == sp1 + 1) {
		wm_mconn_respond(c, "400 Bad Request", "", NULL, false);
		return;
	}
	size_t mlen = (size_t) (sp1 - p);
	bool get = mlen == 3 && memcmp(p, "GET", 3) == 0;
	bool head = mlen == 4 && memcmp(p, "HEAD", 4) == 0;
	const char *target = sp1 + 1;
	const char *q = memchr(target, '?', sp2 - target);
	size_t plen = (size_t) ((q ? q : sp2) - target);
	if (!get && !head) {
		wm_mconn_respond(c, "405 Method Not Allowed", "Allow: GET, HEAD\r\n", NULL, false);
		return;
	}
	if (plen != sizeof("/metrics") - 1 || memcmp(target, "/metrics", plen) != 0) {
		wm_mconn_respond(c, "404 Not Found", "", NULL, head);
		return;
	}
	zend_string *body = wm_metrics_render();
	wm_mconn_respond(c, "200 OK", "", body, head);
	zend_string_release(body);
}

static void wm_mconn_on_event(evutil_socket_t fd, short what, void *arg)
{
	wm_mconn *c = arg;
	if (what & EV_TIMEOUT) {
		wm_mconn_free(c);
		return;
	}
	if (c->out) {
		while (c->off < ZSTR_LEN(c->out)) {
			ssize_t n = send(c->fd, ZSTR_VAL(c->out) + c->off, ZSTR_LEN(c->out) - c->off, MSG_NOSIGNAL);
			if (n > 0) {
				c->off += (size_t) n;
				continue;
			}
			if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
				return;
			}
			break;
		}
		wm_mconn_free(c);
		return;
	}
	for (;;) {
		if (c->in_len == sizeof(c->in)) {
			wm_mconn_respond(c, "431 Request Header Fields Too Large", "", NULL, false);
			return;
		}
		ssize_t n = recv(c->fd, c->in + c->in_len, sizeof(c->in) - c->in_len, 0);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			return;
		}
		if (n <= 0) {
			wm_mconn_free(c);
			return;
		}
		size_t from = c->in_len > 3 ? c->in_len - 3 : 0;
		c->in_len += (size_t) n;
		for (size_t i = from; i + 1 < c->in_len; i++) {
			if ((c->in[i] == '\n' && c->in[i + 1] == '\n')
					|| (i + 3 < c->in_len && memcmp(c->in + i, "\r\n\r\n", 4) == 0)) {
				wm_mconn_request(c);
				return;
			}
		}
	}
}

static void wm_metrics_on_accept(evutil_socket_t fd, short what, void *arg)
{
	for (int i = 0; i < 16; i++) {
		int cfd = accept4(fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (cfd < 0) {
			return;
		}
		if (wm_mm.nconns >= WM_MCONN_MAX) {
			close(cfd);
			continue;
		}
		wm_mconn *c = emalloc(sizeof(*c));
		c->fd = cfd;
		c->in_len = 0;
		c->out = NULL;
		c->off = 0;
		c->next = wm_mm.conns;
		wm_mm.conns = c;
		wm_mm.nconns++;
		c->ev = event_new(wm_mm.base, cfd, EV_READ | EV_PERSIST, wm_mconn_on_event, c);
		struct timeval tv = {WM_MCONN_TIMEOUT, 0};
		event_add(c->ev, &tv);
	}
}

/* ---- start and end (master) ---------------------------------------------------------------- */

/* Parses "[http://|tcp://]host:port[/...]" (an IPv6 host in brackets) and listens there. */
static int wm_metrics_listen(const char *address, char *err, size_t errlen)
{
	const char *p = address;
	if (strncasecmp(p, "http://", 7) == 0) {
		p += 7;
	} else if (strncasecmp(p, "tcp://", 6) == 0) {
		p += 6;
	}
	char host[256], port[16];
	const char *end = p + strcspn(p, "/");
	const char *colon;
	if (*p == '[') {
		const char *rb = memchr(p, ']', end - p);
		if (!rb || rb[1] != ':') {
			snprintf(err, errlen, "expected host:port");
			return -1;
		}
		snprintf(host, sizeof(host), "%.*s", (int) (rb - p - 1), p + 1);
		colon = rb + 1;
	} else {
		colon = NULL;
		for (const char *s = p; s < end; s++) {
			if (*s == ':') {
				colon = s;
			}
		}
		if (!colon) {
			snprintf(err, errlen, "expected host:port");
			return -1;
		}
		snprintf(host, sizeof(host), "%.*s", (int) (colon - p), p);
	}
	snprintf(port, sizeof(port), "%.*s", (int) (end - colon - 1), colon + 1);
	if (!port[0] || strspn(port, "0123456789") != strlen(port)) {
		snprintf(err, errlen, "bad port");
		return -1;
	}
	struct addrinfo hints = {0}, *res = NULL;
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	int rc = getaddrinfo(host[0] ? host : NULL, port, &hints, &res);
	if (rc != 0 || !res) {
		snprintf(err, errlen, "%s", gai_strerror(rc));
		return -1;
	}
	int fd = socket(res->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	int one = 1;
	if (fd >= 0) {
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	}
	if (fd < 0 || bind(fd, res->ai_addr, res->ai_addrlen) != 0 || listen(fd, 64) != 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		if (fd >= 0) {
			close(fd);
		}
		freeaddrinfo(res);
		return -1;
	}
	freeaddrinfo(res);
	return fd;
}

/* "http://<bound address>/metrics" of the listening socket. */
static zend_string *wm_metrics_bound_url(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char host[INET6_ADDRSTRLEN + 2] = "", port[16] = "";
	if (getsockname(fd, (struct sockaddr *) &ss, &len) == 0) {
		getnameinfo((struct sockaddr *) &ss, len, host, sizeof(host), port, sizeof(port), NI_NUMERICHOST | NI_NUMERICSERV);
	}
	return ss.ss_family == AF_INET6 ? zend_strpprintf(0, "http://[%s]:%s/metrics", host, port)
		: zend_strpprintf(0, "http://%s:%s/metrics", host, port);
}

void wm_metrics_master_start(struct event_base *base)
{
	const char *address = wm_metrics_address();
	if (!address[0] || wm_mm.base) {
		return;
	}
	char err[256];
	int fd = wm_metrics_listen(address, err, sizeof(err));
	if (fd < 0) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "metrics: cannot listen on %s (%s)", address, err);
		return;
	}
	/* A slot per process of every worker, and as many again for the counts onMasterReload or a
	 * rolling reload may add; a process without a slot counts only for itself. */
	uint32_t total = 0;
	HashTable *workers = wm_process_workers();
	zval *w;
	if (workers) {
		ZEND_HASH_FOREACH_VAL(workers, w) {
			if (Z_TYPE_P(w) == IS_OBJECT) {
				total += (uint32_t) MAX(1, MIN(zval_get_long(wm_prop(Z_OBJ_P(w), wm_worker_slot_count)), 65536));
			}
		} ZEND_HASH_FOREACH_END();
	}
	uint32_t n = total * 2 + 8;
	if (!wm_metrics_map_create(n)) {
		close(fd);
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "metrics: mmap failed (%s)", strerror(errno));
		return;
	}
	wm_mm.owners = ecalloc(n, sizeof(wm_mslot_owner));
	wm_mm.nowners = n;
	wm_mm.base = base;
	wm_mm.fd = fd;
	wm_mm.accept_ev = event_new(base, fd, EV_READ | EV_PERSIST, wm_metrics_on_accept, NULL);
	event_add(wm_mm.accept_ev, NULL);
	wm_mm.url = wm_metrics_bound_url(fd);
	wm_logf("metrics on %s", ZSTR_VAL(wm_mm.url));
}

void wm_metrics_master_free(void)
{
	while (wm_mm.conns) {
		wm_mconn_free(wm_mm.conns);
	}
	if (wm_mm.accept_ev) {
		event_free(wm_mm.accept_ev);
		wm_mm.accept_ev = NULL;
	}
	if (wm_mm.fd >= 0) {
		close(wm_mm.fd);
		wm_mm.fd = -1;
	}
	for (uint32_t i = 0; wm_mm.owners && i < wm_mm.nowners; i++) {
		if (wm_mm.owners[i].worker_id) {
			zend_string_release(wm_mm.owners[i].worker_id);
		}
	}
	if (wm_mm.owners) {
		efree(wm_mm.owners);
		wm_mm.owners = NULL;
	}
	wm_mm.nowners = 0;
	if (wm_mm.restarts) {
		zend_hash_destroy(wm_mm.restarts);
		FREE_HASHTABLE(wm_mm.restarts);
		wm_mm.restarts = NULL;
	}
	if (wm_mm.url) {
		zend_string_release(wm_mm.url);
		wm_mm.url = NULL;
	}
	wm_mm.base = NULL;
}

/* ---- the child's tick ---------------------------------------------------------------------- */

static int64_t wm_mono_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void wm_metrics_refresh(void)
{
	wm_metrics_slot *s = wm_metrics;
	s->connections = wm_stat_get("connection_count", sizeof("connection_count") - 1);
	s->requests = wm_stat_get("total_request", sizeof("total_request") - 1);
	s->send_fail = wm_stat_get("send_fail", sizeof("send_fail") - 1);
	s->memory = (int64_t) zend_memory_usage(0);
	s->memory_peak = (int64_t) zend_memory_peak_usage(0);
	s->timers = WM_G(loop) ? (int64_t) wm_loop_timer_count(WM_G(loop)) : 0;
	s->updated = (int64_t) time(NULL);
}

static void wm_metrics_tick(evutil_socket_t fd, short what, void *arg)
{
	int64_t now = wm_mono_us();
	wm_metrics->lag_us = now > wm_mt.due_us ? now - wm_mt.due_us : 0;
	wm_metrics_refresh();
	struct timeval tv = {1, 0};
	wm_mt.due_us = wm_mono_us() + 1000000;
	event_add(wm_mt.ev, &tv);
}

static void wm_metrics_tick_detach(wm_loop_ref *ref)
{
	if (wm_mt.ev) {
		event_free(wm_mt.ev);
		wm_mt.ev = NULL;
	}
}

void wm_metrics_child_begin(int slot)
{
	if (slot >= 0) {
		wm_metrics_use_slot((uint32_t) slot);
		wm_metrics->pid = (int64_t) getpid();
	}
}

void wm_metrics_child_loop(wm_loop *loop)
{
	if (wm_metrics_map_size() == 0 || wm_mt.ev || !loop || !loop->base) {
		return;
	}
	wm_mt.ev = evtimer_new(loop->base, wm_metrics_tick, NULL);
	wm_mt.ref.detach = wm_metrics_tick_detach;
	wm_loop_ref_add_weak(loop, &wm_mt.ref);
	wm_metrics_refresh();
	struct timeval tv = {1, 0};
	wm_mt.due_us = wm_mono_us() + 1000000;
	event_add(wm_mt.ev, &tv);
}
