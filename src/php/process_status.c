/* SPDX-License-Identifier: MIT */
/* The `status` and `connections` commands: the master writes a file's head and signals every
 * child (SIGIOT, SIGIO), each child appends its rows, and the CLI process reads and formats the
 * file (process rows sorted by pid, qps between two reads, [busy] rows for silent children). */

#include "php/process_impl.h"
#include "php/connection.h"
#include "core/callback.h"
#include "php/log.h"
#include "ext/standard/php_math.h"
#include "ext/standard/php_var.h"
#include "ext/date/php_date.h"
#include "ext/json/php_json.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- formatting ---------------------------------------------------------------------------- */

static void wm_file_append(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (fd < 0) {
		return;
	}
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n <= 0) {
			break;
		}
		data += n;
		len -= (size_t) n;
	}
	close(fd);
}

static void wm_pad_str(smart_str *out, const char *s, zend_long width)
{
	wm_process_pad(out, s, strlen(s), width, ' ', false);
}

static void wm_pad_long(smart_str *out, zend_long v, zend_long width)
{
	char buf[32];
	snprintf(buf, sizeof(buf), ZEND_LONG_FMT, v);
	wm_pad_str(out, buf, width);
}

static zend_long wm_ui_len(const char *key)
{
	zend_string *k = zend_string_init(key, strlen(key), 0);
	zend_long v = wm_process_ui_length(k);
	zend_string_release(k);
	return v;
}

/* Formats a float as PHP's round($x, 2) . '' would: shortest representation. */
static void wm_append_round2(smart_str *out, double v)
{
	double r = _php_math_round(v, 2, PHP_ROUND_HALF_UP);
	smart_str_append_double(out, r, (int) EG(precision), false);
}

static void wm_bytes_format(smart_str *out, zend_long bytes)
{
	static const struct { double div; const char *unit; } units[] = {
		{1099511627776.0, "TB"}, {1073741824.0, "GB"}, {1048576.0, "MB"}, {1024.0, "KB"},
	};
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if ((double) bytes > units[i].div) {
			double r = _php_math_round((double) bytes / units[i].div, 1, PHP_ROUND_HALF_UP);
			smart_str_append_double(out, r, (int) EG(precision), false);
			smart_str_appends(out, units[i].unit);
			return;
		}
	}
	smart_str_append_long(out, bytes);
	smart_str_appendc(out, 'B');
}

static zend_string *wm_call_string(zend_object *obj, const char *lcname)
{
	zval ret;
	wm_call_method(obj, lcname, strlen(lcname), &ret, 0, NULL);
	zend_string *s = zval_get_string(&ret);
	zval_ptr_dtor(&ret);
	return s;
}

static zend_object *wm_current_worker(void)
{
	HashTable *workers = wm_process_workers();
	zval *w = NULL;
	if (workers) {
		ZEND_HASH_FOREACH_VAL(workers, w) {
			break;
		} ZEND_HASH_FOREACH_END();
	}
	return w && Z_TYPE_P(w) == IS_OBJECT ? Z_OBJ_P(w) : NULL;
}

/* ---- status --json ------------------------------------------------------------------------- */

/* `status --json` asks by creating "<statisticsFile>.json" before its SIGIOT: the master then
 * writes its part there as one JSON line and each child appends its own; without that file
 * (a plain `status`) nothing is written. */
static zend_string *wm_json_path(void)
{
	return zend_strpprintf(0, "%s.json", ZSTR_VAL(wm_process_sprop_str("statisticsFile")));
}

static void wm_json_append_line(zend_string *path, zval *value, bool truncate)
{
	int fd = open(ZSTR_VAL(path), O_WRONLY | O_APPEND | O_CLOEXEC | (truncate ? O_TRUNC : 0));
	if (fd < 0) {
		return;
	}
	smart_str buf = {0};
	php_json_encode(&buf, value, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_PARTIAL_OUTPUT_ON_ERROR);
	smart_str_appendc(&buf, '\n');
	smart_str_0(&buf);
	/* One write of one line: appends of several children do not interleave. */
	if (write(fd, ZSTR_VAL(buf.s), ZSTR_LEN(buf.s)) < 0) {
		/* nothing to do: the CLI reports the process as busy */
	}
	close(fd);
	smart_str_free(&buf);
}

/* The master's part: versions, master, workers (with their exit table), expected processes. */
static void wm_status_json_master(zend_long start, zval *exit_info)
{
	zend_string *path = wm_json_path();
	if (access(ZSTR_VAL(path), F_OK) != 0) {
		zend_string_release(path);
		return;
	}
	zval doc, master, workers, expected, load;
	array_init(&doc);
	add_assoc_long(&doc, "schema", 1);
	add_assoc_string(&doc, "workerman", WM_API_VERSION);
	add_assoc_string(&doc, "extension", PHP_WORKERMAN_VERSION);
	add_assoc_string(&doc, "libevent", event_get_version());
	add_assoc_string(&doc, "php", PHP_VERSION);
	add_assoc_bool(&doc, "jit", wm_process_jit_on());
	add_assoc_str(&doc, "os", wm_process_os());

	array_init(&master);
	add_assoc_long(&master, "pid", (zend_long) getpid());
	add_assoc_long(&master, "start_time", start);
	add_assoc_long(&master, "uptime", (zend_long) time(NULL) - start);
	add_assoc_bool(&master, "daemon", wm_process_sprop_true("daemonize"));
	array_init(&load);
	double l[3];
	if (getloadavg(l, 3) == 3) {
		for (int i = 0; i < 3; i++) {
			add_next_index_double(&load, _php_math_round(l[i], 2, PHP_ROUND_HALF_UP));
		}
	}
	add_assoc_zval(&master, "load_average", &load);
	zval *map = wm_process_sprop("pidMap");
	add_assoc_long(&master, "workers", map && Z_TYPE_P(map) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(map)) : 0);
	add_assoc_long(&master, "processes", wm_process_child_count());
	if (wm_metrics_url()) {
		add_assoc_str(&master, "metrics", zend_string_copy(wm_metrics_url()));
	} else {
		add_assoc_null(&master, "metrics");
	}
	add_assoc_zval(&doc, "master", &master);

	array_init(&workers);
	array_init(&expected);
	zval *id_map = wm_process_sprop("idMap");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(map), worker_id) {
			zend_object *w = worker_id ? wm_process_worker_by_id(worker_id) : NULL;
			if (!w) {
				continue;
			}
			zval row, exits, sn;
			array_init(&row);
			zval *name = wm_prop(w, wm_worker_slot_name);
			Z_TRY_ADDREF_P(name);
			add_assoc_zval(&row, "name", name);
			wm_call_method(w, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
			zend_string *listen = zval_get_string(&sn);
			zval_ptr_dtor(&sn);
			add_assoc_str(&row, "listen", zend_string_copy(listen));
			add_assoc_long(&row, "count", zval_get_long(wm_prop(w, wm_worker_slot_count)));
			zend_string *key = zend_string_init("eventLoopName", sizeof("eventLoopName") - 1, 0);
			add_assoc_str(&row, "event_loop", wm_process_ui_value(w, key));
			zend_string_release(key);
			array_init(&exits);
			zval *mine = (exit_info && Z_TYPE_P(exit_info) == IS_ARRAY) ? zend_hash_find(Z_ARRVAL_P(exit_info), worker_id) : NULL;
			if (mine && Z_TYPE_P(mine) == IS_ARRAY) {
				zend_ulong st;
				zval *cnt;
				ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(mine), st, cnt) {
					zval e;
					char cause[48];
					array_init(&e);
					add_assoc_long(&e, "status", (zend_long) st);
					add_assoc_string(&e, "cause", wm_metrics_exit_cause((int) st, cause, sizeof(cause)));
					add_assoc_long(&e, "count", zval_get_long(cnt));
					add_next_index_zval(&exits, &e);
				} ZEND_HASH_FOREACH_END();
			}
			add_assoc_zval(&row, "exits", &exits);
			/* A worker whose processes failed to start (process_restart.c), as status's line says. */
			const wm_restart_info *ri = wm_process_restart_info(worker_id);
			if (ri && ri->cause) {
				zval f;
				array_init(&f);
				add_assoc_str(&f, "cause", zend_string_copy(ri->cause));
				add_assoc_long(&f, "attempt", ri->attempt);
				add_assoc_long(&f, "failures", ri->failures);
				add_assoc_double(&f, "last_failure", ri->last_failure);
				if (ri->next_restart > 0) {
					add_assoc_double(&f, "next_restart", ri->next_restart);
				} else {
					add_assoc_null(&f, "next_restart");
				}
				add_assoc_zval(&row, "start_failure", &f);
			} else {
				add_assoc_null(&row, "start_failure");
			}
			add_next_index_zval(&workers, &row);

			zval *slots = (id_map && Z_TYPE_P(id_map) == IS_ARRAY) ? zend_hash_find(Z_ARRVAL_P(id_map), worker_id) : NULL;
			if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
				zend_ulong id;
				zval *pid;
				ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(slots), id, pid) {
					if (zval_get_long(pid) <= 0) {
						continue;
					}
					zval p;
					array_init(&p);
					add_assoc_long(&p, "pid", zval_get_long(pid));
					Z_TRY_ADDREF_P(name);
					add_assoc_zval(&p, "worker", name);
					add_assoc_long(&p, "id", (zend_long) id);
					add_assoc_str(&p, "listen", zend_string_copy(listen));
					add_next_index_zval(&expected, &p);
				} ZEND_HASH_FOREACH_END();
			}
			zend_string_release(listen);
		} ZEND_HASH_FOREACH_END();
	}
	add_assoc_zval(&doc, "workers", &workers);
	add_assoc_zval(&doc, "processes", &expected);
	wm_json_append_line(path, &doc, true);
	zval_ptr_dtor(&doc);
	zend_string_release(path);
}

/* A child's part: the fields of its status row, unrounded. */
static void wm_status_json_child(zend_object *w, zend_string *name, zend_string *socket)
{
	zend_string *path = wm_json_path();
	if (access(ZSTR_VAL(path), F_OK) != 0) {
		zend_string_release(path);
		return;
	}
	zval row;
	array_init(&row);
	add_assoc_long(&row, "pid", (zend_long) getpid());
	add_assoc_str(&row, "worker", zend_string_copy(name));
	add_assoc_long(&row, "id", zval_get_long(wm_prop(w, wm_worker_slot_id)));
	add_assoc_str(&row, "listen", zend_string_copy(socket));
	add_assoc_string(&row, "status", "idle");
	add_assoc_long(&row, "memory", (zend_long) zend_memory_usage(0));
	add_assoc_long(&row, "memory_peak", (zend_long) zend_memory_peak_usage(0));
	add_assoc_long(&row, "connections", wm_stat_get("connection_count", sizeof("connection_count") - 1));
	add_assoc_long(&row, "send_fail", wm_stat_get("send_fail", sizeof("send_fail") - 1));
	add_assoc_long(&row, "timers", WM_G(loop) ? (zend_long) wm_loop_timer_count(WM_G(loop)) : 0);
	add_assoc_long(&row, "total_request", wm_stat_get("total_request", sizeof("total_request") - 1));
	wm_json_append_line(path, &row, false);
	zval_ptr_dtor(&row);
	zend_string_release(path);
}

/* ---- status -------------------------------------------------------------------------------- */

void wm_process_write_status_master(void)
{
	zend_string *file = wm_process_sprop_str("statisticsFile");
	smart_str out = {0};

	/* Line 1: serialize([pid => ['name' => ..., 'listen' => ...]]), used for busy rows. */
	zval info;
	array_init(&info);
	zval *map = wm_process_sprop("pidMap");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		zval *pids, *pid;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
			zend_object *w = worker_id ? wm_process_worker_by_id(worker_id) : NULL;
			if (!w || Z_TYPE_P(pids) != IS_ARRAY) {
				continue;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pids), pid) {
				zval row, sn;
				array_init(&row);
				zval *name = wm_prop(w, wm_worker_slot_name);
				Z_TRY_ADDREF_P(name);
				add_assoc_zval(&row, "name", name);
				wm_call_method(w, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
				add_assoc_zval(&row, "listen", &sn);
				add_index_zval(&info, zval_get_long(pid), &row);
			} ZEND_HASH_FOREACH_END();
		} ZEND_HASH_FOREACH_END();
	}
	php_serialize_data_t var_hash;
	PHP_VAR_SERIALIZE_INIT(var_hash);
	php_var_serialize(&out, &info, &var_hash);
	PHP_VAR_SERIALIZE_DESTROY(var_hash);
	zval_ptr_dtor(&info);
	smart_str_appendc(&out, '\n');

	smart_str_appends(&out, wm_process_sprop_true("daemonize") ? "Start worker in DAEMON mode.\n" : "Start worker in DEBUG mode.\n");
	smart_str_appends(&out, "---------------------------------------------------GLOBAL STATUS---------------------------------------------------------\n");
	zend_string *version = wm_process_version_line();
	smart_str_append(&out, version);
	zend_string_release(version);

	zval *gs = wm_process_sprop("globalStatistics");
	zend_long start = 0;
	zval *exit_info = NULL;
	if (gs && Z_TYPE_P(gs) == IS_ARRAY) {
		zval *st = zend_hash_str_find(Z_ARRVAL_P(gs), "start_timestamp", sizeof("start_timestamp") - 1);
		start = st ? zval_get_long(st) : 0;
		exit_info = zend_hash_str_find(Z_ARRVAL_P(gs), "worker_exit_info", sizeof("worker_exit_info") - 1);
	}
	zend_long now = (zend_long) time(NULL);
	zend_string *started = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, start, 1);
	smart_str_appends(&out, "start time:");
	smart_str_append(&out, started);
	zend_string_release(started);
	smart_str_appends(&out, "   run ");
	smart_str_append_long(&out, (now - start) / 86400);
	smart_str_appends(&out, " days ");
	smart_str_append_long(&out, ((now - start) % 86400) / 3600);
	smart_str_appends(&out, " hours   load average: ");
	double load[3];
	if (getloadavg(load, 3) == 3) {
		for (int i = 0; i < 3; i++) {
			if (i) {
				smart_str_appends(&out, ", ");
			}
			wm_append_round2(&out, load[i]);
		}
	} else {
		smart_str_appends(&out, "-, -, -");
	}
	smart_str_appendc(&out, '\n');

	uint32_t nworkers = map && Z_TYPE_P(map) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(map)) : 0;
	smart_str_append_long(&out, nworkers);
	smart_str_appends(&out, " workers    ");
	smart_str_append_long(&out, wm_process_child_count());
	smart_str_appends(&out, " processes\n");

	zend_long name_len = wm_ui_len("maxWorkerNameLength");
	wm_pad_str(&out, "name", name_len);
	smart_str_appends(&out, "     event-loop     exit_status     exit_count\n");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(map), worker_id) {
			zend_object *w = worker_id ? wm_process_worker_by_id(worker_id) : NULL;
			if (!w) {
				continue;
			}
			zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
			zend_string *loop_name_key = zend_string_init("eventLoopName", sizeof("eventLoopName") - 1, 0);
			zend_string *loop_name = wm_process_ui_value(w, loop_name_key);
			zend_string_release(loop_name_key);
			zval *mine = (exit_info && Z_TYPE_P(exit_info) == IS_ARRAY) ? zend_hash_find(Z_ARRVAL_P(exit_info), worker_id) : NULL;
			if (mine && Z_TYPE_P(mine) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(mine))) {
				zend_ulong st;
				zval *cnt;
				ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(mine), st, cnt) {
					wm_pad_str(&out, ZSTR_VAL(name), name_len);
					smart_str_appends(&out, "     ");
					wm_pad_str(&out, ZSTR_VAL(loop_name), 14);
					smart_str_appendc(&out, ' ');
					wm_pad_long(&out, (zend_long) st, 16);
					wm_pad_long(&out, zval_get_long(cnt), 16);
					smart_str_appendc(&out, '\n');
				} ZEND_HASH_FOREACH_END();
			} else {
				wm_pad_str(&out, ZSTR_VAL(name), name_len);
				smart_str_appends(&out, "     ");
				wm_pad_str(&out, ZSTR_VAL(loop_name), 14);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, "0", 16);
				wm_pad_str(&out, "0", 16);
				smart_str_appendc(&out, '\n');
			}
			zend_string_release(loop_name);
			zend_string_release(name);
		} ZEND_HASH_FOREACH_END();
	}
	wm_process_restart_status(&out);
	smart_str_appends(&out, "---------------------------------------------------PROCESS STATUS--------------------------------------------------------\n");
	smart_str_appends(&out, "pid\tmemory  ");
	wm_pad_str(&out, "listening", wm_ui_len("maxSocketNameLength"));
	smart_str_appendc(&out, ' ');
	wm_pad_str(&out, "name", name_len);
	smart_str_appends(&out, " connections ");
	wm_pad_str(&out, "send_fail", 9);
	smart_str_appendc(&out, ' ');
	wm_pad_str(&out, "timers", 8);
	wm_pad_str(&out, "total_request", 13);
	smart_str_appends(&out, " qps    status\n");
	smart_str_0(&out);

	int fd = open(ZSTR_VAL(file), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0722);
	if (fd >= 0) {
		fchmod(fd, 0722);
		close(fd);
	}
	wm_file_append(ZSTR_VAL(file), ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
	wm_status_json_master(start, exit_info);

	zval pids, *pid;
	wm_process_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		kill((pid_t) Z_LVAL_P(pid), SIGIOT);
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

void wm_process_write_status_child(void)
{
	zend_object *w = wm_current_worker();
	if (!w) {
		return;
	}
	smart_str out = {0};
	zval sn;
	wm_call_method(w, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
	zend_string *socket = zval_get_string(&sn);
	zval_ptr_dtor(&sn);
	zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));

	smart_str_append_long(&out, (zend_long) getpid());
	smart_str_appendc(&out, '\t');
	smart_str mem = {0};
	wm_append_round2(&mem, (double) zend_memory_usage(0) / (1024.0 * 1024.0));
	smart_str_appendc(&mem, 'M');
	smart_str_0(&mem);
	wm_pad_str(&out, ZSTR_VAL(mem.s), 7);
	smart_str_free(&mem);
	smart_str_appendc(&out, ' ');
	wm_pad_str(&out, ZSTR_VAL(socket), wm_ui_len("maxSocketNameLength"));
	smart_str_appendc(&out, ' ');
	wm_pad_str(&out, zend_string_equals(name, socket) ? "none" : ZSTR_VAL(name), wm_ui_len("maxWorkerNameLength"));
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, wm_stat_get("connection_count", sizeof("connection_count") - 1), 11);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, wm_stat_get("send_fail", sizeof("send_fail") - 1), 9);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, WM_G(loop) ? (zend_long) wm_loop_timer_count(WM_G(loop)) : 0, 7);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, wm_stat_get("total_request", sizeof("total_request") - 1), 13);
	smart_str_appendc(&out, '\n');
	smart_str_0(&out);
	wm_file_append(ZSTR_VAL(wm_process_sprop_str("statisticsFile")), ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
	wm_status_json_child(w, name, socket);
	zend_string_release(name);
	zend_string_release(socket);
}

/* ---- connections --------------------------------------------------------------------------- */

void wm_process_write_connections_master(void)
{
	zend_string *file = wm_process_sprop_str("connectionsFile");
	int fd = open(ZSTR_VAL(file), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0722);
	if (fd >= 0) {
		fchmod(fd, 0722);
		close(fd);
	}
	static const char header[] =
		"--------------------------------------------------------------------- WORKERMAN CONNECTION STATUS --------------------------------------------------------------------------------\n"
		"PID      Worker          CID       Trans   Protocol        ipv4   ipv6   Recv-Q       Send-Q       Bytes-R      Bytes-W       Status         Local Address          Foreign Address\n";
	wm_file_append(ZSTR_VAL(file), header, sizeof(header) - 1);
	zval pids, *pid;
	wm_process_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		kill((pid_t) Z_LVAL_P(pid), SIGIO);
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

void wm_process_write_connections_child(void)
{
	zend_object *current = wm_current_worker();
	zend_string *default_name = current ? zval_get_string(wm_prop(current, wm_worker_slot_name)) : ZSTR_EMPTY_ALLOC();
	zval *all = wm_static_prop(wm_ce_TcpConnection, "connections", sizeof("connections") - 1);
	smart_str out = {0};

	if (all && Z_TYPE_P(all) == IS_ARRAY) {
		zval copy, *conn;
		ZVAL_COPY(&copy, all);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(copy), conn) {
			if (Z_TYPE_P(conn) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(conn), wm_ce_TcpConnection)) {
				continue;
			}
			zend_object *c = Z_OBJ_P(conn);
			zval rv, ret;
			zend_string *transport = zval_get_string(zend_read_property(c->ce, c, "transport", sizeof("transport") - 1, 1, &rv));
			wm_call_method(c, "isipv4", sizeof("isipv4") - 1, &ret, 0, NULL);
			bool v4 = zend_is_true(&ret);
			zval_ptr_dtor(&ret);
			wm_call_method(c, "isipv6", sizeof("isipv6") - 1, &ret, 0, NULL);
			bool v6 = zend_is_true(&ret);
			zval_ptr_dtor(&ret);
			wm_call_method(c, "getrecvbufferqueuesize", sizeof("getrecvbufferqueuesize") - 1, &ret, 0, NULL);
			zend_long recvq = zval_get_long(&ret);
			wm_call_method(c, "getsendbufferqueuesize", sizeof("getsendbufferqueuesize") - 1, &ret, 0, NULL);
			zend_long sendq = zval_get_long(&ret);
			zend_string *local = wm_call_string(c, "getlocaladdress");
			zend_string *remote = wm_call_string(c, "getremoteaddress");
			zval f;
			ZVAL_FALSE(&f);
			wm_call_method(c, "getstatus", sizeof("getstatus") - 1, &ret, 1, &f);
			zend_string *state = zval_get_string(&ret);
			zval_ptr_dtor(&ret);
			zend_long bytes_read = zval_get_long(zend_read_property(c->ce, c, "bytesRead", sizeof("bytesRead") - 1, 1, &rv));
			zend_long bytes_written = zval_get_long(zend_read_property(c->ce, c, "bytesWritten", sizeof("bytesWritten") - 1, 1, &rv));
			zend_long id = zval_get_long(zend_read_property(c->ce, c, "id", sizeof("id") - 1, 1, &rv));
			zval *proto_zv = zend_read_property(c->ce, c, "protocol", sizeof("protocol") - 1, 1, &rv);
			zend_string *protocol = zend_is_true(proto_zv) ? zval_get_string(proto_zv) : zend_string_copy(transport);
			const char *slash = zend_memrchr(ZSTR_VAL(protocol), '\\', ZSTR_LEN(protocol));
			char proto_buf[256];
			snprintf(proto_buf, sizeof(proto_buf), "%s", slash && slash != ZSTR_VAL(protocol) ? slash + 1 : ZSTR_VAL(protocol));
			if (strlen(proto_buf) > 15) {
				proto_buf[13] = '.';
				proto_buf[14] = '.';
				proto_buf[15] = '\0';
			}
			zval *worker = zend_read_property(c->ce, c, "worker", sizeof("worker") - 1, 1, &rv);
			zend_string *wname = (Z_TYPE_P(worker) == IS_OBJECT && instanceof_function(Z_OBJCE_P(worker), wm_ce_Worker))
				? zval_get_string(wm_prop(Z_OBJ_P(worker), wm_worker_slot_name)) : zend_string_copy(default_name);
			char name_buf[256];
			snprintf(name_buf, sizeof(name_buf), "%s", ZSTR_VAL(wname));
			if (strlen(name_buf) > 14) {
				name_buf[12] = '.';
				name_buf[13] = '.';
				name_buf[14] = '\0';
			}

			smart_str b = {0};
			wm_pad_long(&out, (zend_long) getpid(), 9);
			wm_pad_str(&out, name_buf, 16);
			wm_pad_long(&out, id, 10);
			wm_pad_str(&out, ZSTR_VAL(transport), 8);
			wm_pad_str(&out, proto_buf, 16);
			wm_pad_str(&out, v4 ? " 1" : " 0", 7);
			wm_pad_str(&out, v6 ? " 1" : " 0", 7);
			wm_bytes_format(&b, recvq);
			smart_str_0(&b);
			wm_pad_str(&out, ZSTR_VAL(b.s), 13);
			smart_str_free(&b);
			wm_bytes_format(&b, sendq);
			smart_str_0(&b);
			wm_pad_str(&out, ZSTR_VAL(b.s), 13);
			smart_str_free(&b);
			wm_bytes_format(&b, bytes_read);
			smart_str_0(&b);
			wm_pad_str(&out, ZSTR_VAL(b.s), 13);
			smart_str_free(&b);
			wm_bytes_format(&b, bytes_written);
			smart_str_0(&b);
			wm_pad_str(&out, ZSTR_VAL(b.s), 13);
			smart_str_free(&b);
			smart_str_appendc(&out, ' ');
			wm_pad_str(&out, ZSTR_VAL(state), 14);
			smart_str_appendc(&out, ' ');
			wm_pad_str(&out, ZSTR_VAL(local), 22);
			smart_str_appendc(&out, ' ');
			wm_pad_str(&out, ZSTR_VAL(remote), 22);
			smart_str_appendc(&out, '\n');

			zend_string_release(wname);
			zend_string_release(protocol);
			zend_string_release(state);
			zend_string_release(local);
			zend_string_release(remote);
			zend_string_release(transport);
			if (EG(exception)) {
				break;
			}
		} ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&copy);
	}
	zend_string_release(default_name);
	if (out.s) {
		wm_file_append(ZSTR_VAL(wm_process_sprop_str("connectionsFile")), ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	}
	smart_str_free(&out);
}

/* ---- the commands (CLI process) ------------------------------------------------------------ */

static int wm_compare_pid(Bucket *a, Bucket *b)
{
	return a->h < b->h ? -1 : (a->h > b->h ? 1 : 0);
}

/* Orders the master's expected processes by their "pid". */
static int wm_compare_expected_pid(Bucket *a, Bucket *b)
{
	zval *pa = Z_TYPE(a->val) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(a->val), "pid", 3) : NULL;
	zval *pb = Z_TYPE(b->val) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(b->val), "pid", 3) : NULL;
	zend_long x = pa ? zval_get_long(pa) : 0, y = pb ? zval_get_long(pb) : 0;
	return x < y ? -1 : (x > y ? 1 : 0);
}

/* The status view: process rows sorted by pid, qps, [busy] rows for silent children, summary. */
zend_string *wm_format_status(HashTable *previous_requests, HashTable *current_requests)
{
	zend_string *file = wm_process_sprop_str("statisticsFile");
	php_stream *s = php_stream_open_wrapper(ZSTR_VAL(file), "r", 0, NULL);
	if (!s) {
		return ZSTR_EMPTY_ALLOC();
	}
	zend_string *content = php_stream_copy_to_mem(s, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(s);
	if (!content || ZSTR_LEN(content) == 0) {
		if (content) {
			zend_string_release(content);
		}
		return ZSTR_EMPTY_ALLOC();
	}

	smart_str out = {0};
	const char *p = ZSTR_VAL(content), *end = p + ZSTR_LEN(content);
	const char *nl = memchr(p, '\n', end - p);
	zval info;
	ZVAL_UNDEF(&info);
	if (nl) {
		php_unserialize_data_t var_hash;
		PHP_VAR_UNSERIALIZE_INIT(var_hash);
		const unsigned char *up = (const unsigned char *) p;
		if (!php_var_unserialize(&info, &up, (const unsigned char *) nl, &var_hash)) {
			zval_ptr_dtor(&info);
			ZVAL_UNDEF(&info);
		}
		PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
		p = nl + 1;
	}
	HashTable rows;
	zend_hash_init(&rows, 8, NULL, ZVAL_PTR_DTOR, 0);
	smart_str restarts = {0};
	bool reading_process = false;
	double total_memory = 0;
	zend_long total_conns = 0, total_fails = 0, total_timers = 0, total_requests = 0, total_qps = 0;
	zend_long max1 = MAX(wm_ui_len("maxSocketNameLength"), 8), max2 = MAX(wm_ui_len("maxWorkerNameLength"), 8);

	while (p < end) {
		nl = memchr(p, '\n', end - p);
		size_t len = nl ? (size_t) (nl - p) : (size_t) (end - p);
		if (!reading_process && len > 0 && p[0] == WM_RESTART_STATUS_TAG) {
			smart_str_appendl(&restarts, p + 1, len - 1);   /* printed after the summary */
			smart_str_appendc(&restarts, '\n');
		} else if (!reading_process) {
			smart_str_appendl(&out, p, len);
			smart_str_appendc(&out, '\n');
			if (len >= 3 && strncmp(p, "pid", 3) == 0 && php_memnstr(p, "memory", 6, p + len) &&
				php_memnstr(p, "listening", 9, p + len)) {
				reading_process = true;
			}
		} else if (len > 0 && isdigit((unsigned char) p[0])) {
			zend_long pid = ZEND_STRTOL(p, NULL, 10);
			zval row;
			ZVAL_STRINGL(&row, p, len);
			zend_hash_index_update(&rows, pid, &row);
			/* Fields: pid memory listen name connections send_fail timers total_request */
			char *line = estrndup(p, len), *save = NULL;
			char *f[8];
			int n = 0;
			for (char *tok = strtok_r(line, " \t", &save); tok && n < 8; tok = strtok_r(NULL, " \t", &save)) {
				f[n++] = tok;
			}
			if (n == 8) {
				total_memory += zend_strtod(f[1], NULL);
				max1 = MAX(max1, (zend_long) strlen(f[2]));
				max2 = MAX(max2, (zend_long) strlen(f[3]));
				total_conns += ZEND_STRTOL(f[4], NULL, 10);
				total_fails += ZEND_STRTOL(f[5], NULL, 10);
				total_timers += ZEND_STRTOL(f[6], NULL, 10);
				zend_long req = ZEND_STRTOL(f[7], NULL, 10);
				total_requests += req;
				zval rz;
				ZVAL_LONG(&rz, req);
				zend_hash_index_update(current_requests, pid, &rz);
			}
			efree(line);
		}
		p = nl ? nl + 1 : end;
	}

	if (Z_TYPE(info) == IS_ARRAY) {
		zend_hash_sort(Z_ARRVAL(info), wm_compare_pid, 0);
		zend_ulong pid;
		zval *row;
		ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL(info), pid, row) {
			zval *line = zend_hash_index_find(&rows, pid);
			if (!line) {
				zval *listen = Z_TYPE_P(row) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(row), "listen", 6) : NULL;
				zval *name = Z_TYPE_P(row) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(row), "name", 4) : NULL;
				zend_string *ls = listen ? zval_get_string(listen) : ZSTR_EMPTY_ALLOC();
				zend_string *ns = name ? zval_get_string(name) : ZSTR_EMPTY_ALLOC();
				smart_str_append_long(&out, (zend_long) pid);
				smart_str_appendc(&out, '\t');
				wm_pad_str(&out, "N/A", 7);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, ZSTR_VAL(ls), max1);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, ZSTR_VAL(ns), max2);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, "N/A", 11);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, "N/A", 9);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, "N/A", 7);
				smart_str_appendc(&out, ' ');
				wm_pad_str(&out, "N/A", 13);
				smart_str_appends(&out, " N/A    [busy] \n");
				zend_string_release(ls);
				zend_string_release(ns);
				continue;
			}
			zend_long qps = 0;
			zval *prev = previous_requests ? zend_hash_index_find(previous_requests, pid) : NULL;
			zval *cur = zend_hash_index_find(current_requests, pid);
			if (prev && cur) {
				qps = zval_get_long(cur) - zval_get_long(prev);
				total_qps += qps;
			}
			smart_str_append(&out, Z_STR_P(line));
			smart_str_appendc(&out, ' ');
			wm_pad_long(&out, qps, 6);
			smart_str_appends(&out, " [idle]\n");
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_appends(&out, "---------------------------------------------------PROCESS STATUS--------------------------------------------------------\n");
	smart_str_appends(&out, "Summary\t");
	smart_str mem = {0};
	smart_str_append_double(&mem, total_memory, (int) EG(precision), false);
	smart_str_appendc(&mem, 'M');
	smart_str_0(&mem);
	wm_pad_str(&out, ZSTR_VAL(mem.s), 7);
	smart_str_free(&mem);
	smart_str_appendc(&out, ' ');
	wm_pad_str(&out, "-", max1);
	smart_str_appendc(&out, ' ');
	wm_pad_str(&out, "-", max2);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, total_conns, 11);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, total_fails, 9);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, total_timers, 7);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, total_requests, 13);
	smart_str_appendc(&out, ' ');
	wm_pad_long(&out, total_qps, 6);
	smart_str_appends(&out, " [Summary] \n");
	if (restarts.s) {
		smart_str_append(&out, restarts.s);
		smart_str_free(&restarts);
	}
	smart_str_0(&out);

	zend_hash_destroy(&rows);
	zval_ptr_dtor(&info);
	zend_string_release(content);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* `status --json`: one JSON document on stdout (one-shot, also with -d). */
static void wm_show_status_json(pid_t master_pid)
{
	zend_string *path = wm_json_path();
	int fd = open(ZSTR_VAL(path), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0622);
	if (fd >= 0) {
		fchmod(fd, 0622); /* the master may run as another user, like the status file's 0722 */
		close(fd);
	}
	kill(master_pid, SIGIOT);
	sleep(1);
	php_stream *s = php_stream_open_wrapper(ZSTR_VAL(path), "r", 0, NULL);
	zend_string *content = NULL;
	if (s) {
		content = php_stream_copy_to_mem(s, PHP_STREAM_COPY_ALL, 0);
		php_stream_close(s);
	}
	unlink(ZSTR_VAL(path));
	unlink(ZSTR_VAL(wm_process_sprop_str("statisticsFile")));
	zend_string_release(path);

	zval doc;
	ZVAL_UNDEF(&doc);
	HashTable rows; /* pid => a child's row */
	zend_hash_init(&rows, 8, NULL, ZVAL_PTR_DTOR, 0);
	const char *p = content ? ZSTR_VAL(content) : "", *end = p + (content ? ZSTR_LEN(content) : 0);
	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		size_t len = nl ? (size_t) (nl - p) : (size_t) (end - p);
		if (nl) {
			*(char *) nl = '\0'; /* the JSON scanner stops at a NUL, not at the length */
		}
		zval v;
		if (len && php_json_decode_ex(&v, p, len, PHP_JSON_OBJECT_AS_ARRAY, 64) == SUCCESS && Z_TYPE(v) == IS_ARRAY) {
			if (Z_TYPE(doc) == IS_UNDEF && zend_hash_str_exists(Z_ARRVAL(v), "master", sizeof("master") - 1)) {
				ZVAL_COPY_VALUE(&doc, &v);
			} else {
				zval *pid = zend_hash_str_find(Z_ARRVAL(v), "pid", sizeof("pid") - 1);
				zend_hash_index_update(&rows, pid ? zval_get_long(pid) : 0, &v);
			}
		} else if (len) {
			zval_ptr_dtor(&v);
		}
		p = nl ? nl + 1 : end;
	}
	if (content) {
		zend_string_release(content);
	}
	if (Z_TYPE(doc) != IS_ARRAY) {
		zend_hash_destroy(&rows);
		fprintf(stderr, "no status from the master (pid %d) within 1 second\n", (int) master_pid);
		wm_process_exit(1);
		return;
	}

	/* Every process the master knows, by pid: its own row, or a busy row if it did not answer. */
	static const char *fields[] = {"memory", "memory_peak", "connections", "send_fail", "timers", "total_request"};
	zend_long sums[sizeof(fields) / sizeof(fields[0])] = {0};
	zval processes, *expected = zend_hash_str_find(Z_ARRVAL(doc), "processes", sizeof("processes") - 1), *e;
	array_init(&processes);
	if (expected && Z_TYPE_P(expected) == IS_ARRAY) {
		zend_hash_sort(Z_ARRVAL_P(expected), wm_compare_expected_pid, 1);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(expected), e) {
			zval *pid = Z_TYPE_P(e) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(e), "pid", sizeof("pid") - 1) : NULL;
			zval *row = pid ? zend_hash_index_find(&rows, zval_get_long(pid)) : NULL;
			zval out;
			if (row) {
				ZVAL_COPY(&out, row);
				for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
					zval *f = zend_hash_str_find(Z_ARRVAL(out), fields[i], strlen(fields[i]));
					sums[i] += f ? zval_get_long(f) : 0;
				}
			} else {
				ZVAL_COPY(&out, e);
				SEPARATE_ARRAY(&out);
				add_assoc_string(&out, "status", "busy");
				for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
					add_assoc_null(&out, fields[i]);
				}
			}
			add_next_index_zval(&processes, &out);
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_str_update(Z_ARRVAL(doc), "processes", sizeof("processes") - 1, &processes);
	zval summary;
	array_init(&summary);
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		add_assoc_long(&summary, fields[i], sums[i]);
	}
	add_assoc_zval(&doc, "summary", &summary);

	smart_str out = {0};
	php_json_encode(&out, &doc, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_PRETTY_PRINT | PHP_JSON_PARTIAL_OUTPUT_ON_ERROR);
	smart_str_appendc(&out, '\n');
	smart_str_0(&out);
	PHPWRITE(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
	zval_ptr_dtor(&doc);
	zend_hash_destroy(&rows);
	wm_process_exit(0);
}

/* The `status` and `connections` commands, run by the CLI process. */
void wm_process_show_status(const char *command, const char *mode, pid_t master_pid, bool json)
{
	if (json && strcmp(command, "status") == 0) {
		wm_show_status_json(master_pid);
		return;
	}
	if (strcmp(command, "connections") == 0) {
		zend_string *file = wm_process_sprop_str("connectionsFile");
		kill(master_pid, SIGIO);
		usleep(500000);
		php_stream *s = php_stream_open_wrapper(ZSTR_VAL(file), "r", 0, NULL);
		if (s) {
			zend_string *content = php_stream_copy_to_mem(s, PHP_STREAM_COPY_ALL, 0);
			php_stream_close(s);
			if (content) {
				wm_safe_echo(ZSTR_VAL(content), ZSTR_LEN(content), false);
				zend_string_release(content);
			}
		}
		unlink(ZSTR_VAL(file));
		wm_process_exit(0);
		return;
	}

	zend_string *file = zend_string_copy(wm_process_sprop_str("statisticsFile"));
	HashTable *prev = NULL;
	for (;;) {
		kill(master_pid, SIGIOT);
		sleep(1);
		if (strcmp(mode, "-d") == 0) {
			wm_safe_echo("\33[H\33[2J\33(B\33[m", sizeof("\33[H\33[2J\33(B\33[m") - 1, true);
		}
		HashTable *cur;
		ALLOC_HASHTABLE(cur);
		zend_hash_init(cur, 8, NULL, NULL, 0);
		zend_string *text = wm_format_status(prev, cur);
		wm_safe_echo(ZSTR_VAL(text), ZSTR_LEN(text), false);
		zend_string_release(text);
		if (prev) {
			zend_hash_destroy(prev);
			FREE_HASHTABLE(prev);
		}
		prev = cur;
		if (strcmp(mode, "-d") != 0) {
			break;
		}
		wm_safe_echo("\nPress Ctrl+C to quit.\n\n", sizeof("\nPress Ctrl+C to quit.\n\n") - 1, false);
		if (EG(exception)) {
			break;
		}
	}
	if (prev) {
		zend_hash_destroy(prev);
		FREE_HASHTABLE(prev);
	}
	unlink(ZSTR_VAL(file));
	zend_string_release(file);
	wm_process_exit(0);
}
