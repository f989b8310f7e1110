/* SPDX-License-Identifier: MIT */
/* Worker::runAll() and the process model: upstream's sequence of overridable static steps,
 * the master's monitor loop (a libevent base of its own: signals, SIGCHLD, 1-second tick),
 * worker processes, stop and reload.
 *
 * Forks happen only outside libevent callbacks (callbacks set flags; the monitor loop acts on
 * them), so a child never returns into the master's event loop. A child leaves the master's
 * base behind (event_reinit + free) and builds its own loop. */

#include "php/php_wm.h"
#include "php/process.h"
#include "core/callback.h"
#include "core/log.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/basic_functions.h"
#include "ext/standard/flock_compat.h"
#include "ext/standard/php_string.h"
#include "ext/standard/php_var.h"
#include "ext/standard/php_math.h"
#include "ext/standard/url.h"
#include "ext/date/php_date.h"
#include "main/SAPI.h"
#include "main/php_output.h"
#include "zend_smart_str.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#define WM_STATUS_W_INITIAL   0
#define WM_STATUS_W_STARTING  1
#define WM_STATUS_W_RUNNING   2
#define WM_STATUS_W_SHUTDOWN  4
#define WM_STATUS_W_RELOADING 8

typedef struct _wm_kill_task wm_kill_task;

/* State of the master process (and of the short-lived CLI process): owned by module globals. */
typedef struct _wm_master {
	struct event_base *base;
	struct event *sig_events[NSIG];
	struct event *tick;
	volatile uint64_t pending;    /* bit per signal received, acted on by the monitor loop */
	int lock_fd;
	zend_long exit_code;          /* child: code passed to stopAll() */
	zend_long child_stop;         /* child: timer id of the 10 ms stop check */
	wm_kill_task *kills;          /* master: delayed kill() calls (list) */
	zend_class_entry *scope;      /* the class runAll() was called on: static::step() calls */
	zend_long remains_mod;        /* child, graceful stop: log every this many closed connections */
	sigset_t child_sigmask;       /* child: the signal mask to restore once its handlers exist */
} wm_master;

static const int wm_master_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2, SIGIOT, SIGIO, SIGCHLD};

static wm_master *wm_master_state(void)
{
	if (!WM_G(master)) {
		wm_master *m = ecalloc(1, sizeof(*m));
		m->lock_fd = -1;
		WM_G(master) = m;
	}
	return WM_G(master);
}

/* The class a static step was called on (static::), Worker when there is none. */
static zend_class_entry *wm_called_scope(zend_execute_data *execute_data)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	return scope ? scope : wm_ce_Worker;
}

/* The class whose static steps the process model calls (upstream's static::): the one runAll()
 * was called on, so that a subclass's overrides also run from the monitor loop and children. */
static zend_class_entry *wm_scope(void)
{
	wm_master *m = WM_G(master);
	return m && m->scope ? m->scope : wm_ce_Worker;
}

/* ---- static property helpers --------------------------------------------------------------- */

static zval *wm_s(const char *name)
{
	return wm_static_prop(wm_ce_Worker, name, strlen(name));
}

static void wm_s_set(const char *name, zval *value)
{
	zend_update_static_property(wm_ce_Worker, name, strlen(name), value);
}

static void wm_s_set_long(const char *name, zend_long v)
{
	zval zv;
	ZVAL_LONG(&zv, v);
	wm_s_set(name, &zv);
}

static void wm_s_set_str(const char *name, zend_string *s)
{
	zval zv;
	ZVAL_STR(&zv, s);
	wm_s_set(name, &zv);
	zval_ptr_dtor(&zv);
}

static void wm_s_set_bool(const char *name, bool v)
{
	zval zv;
	ZVAL_BOOL(&zv, v);
	wm_s_set(name, &zv);
}

static zend_string *wm_s_str(const char *name)
{
	zval *zv = wm_s(name);
	return zv && Z_TYPE_P(zv) == IS_STRING ? Z_STR_P(zv) : ZSTR_EMPTY_ALLOC();
}

static bool wm_s_true(const char *name)
{
	zval *zv = wm_s(name);
	return zv && zend_is_true(zv);
}

int wm_process_status(void)
{
	zval *zv = wm_s("status");
	return zv ? (int) zval_get_long(zv) : 0;
}

static void wm_set_status(int status)
{
	wm_s_set_long("status", status);
}

bool wm_process_graceful(void)
{
	return wm_s_true("gracefulStop");
}

static zend_string *wm_start_basename(void)
{
	zend_string *file = wm_s_str("startFile");
	return php_basename(ZSTR_VAL(file), ZSTR_LEN(file), NULL, 0);
}

/* Logs "Workerman[<start file>] <msg>". */
static void wm_log_master(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
static void wm_log_master(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	zend_string *base = wm_start_basename();
	wm_logf("Workerman[%s] %s", ZSTR_VAL(base), ZSTR_VAL(msg));
	zend_string_release(base);
	zend_string_release(msg);
}

/* Iterates over Worker::$workers: calls fn(worker object, workerId). */
static HashTable *wm_workers(void)
{
	zval *workers = wm_s("workers");
	return workers && Z_TYPE_P(workers) == IS_ARRAY ? Z_ARRVAL_P(workers) : NULL;
}

/* Calls a static step of the called class (late static binding), so subclass overrides win. */
static bool wm_step(zend_class_entry *scope, const char *lcname, uint32_t argc, zval *argv)
{
	wm_call_static(scope, lcname, strlen(lcname), NULL, argc, argv);
	return !EG(exception);
}

/* exit($code) from C: unwinds the PHP stack and ends the script like exit() would. */
static void wm_exit(zend_long code)
{
	if (EG(exception)) {
		return;
	}
	EG(exit_status) = (int) code;
	if (EG(current_execute_data)) {
		zend_throw_unwind_exit();
	}
}

void wm_process_argv(zval *out)
{
	zval *argv = zend_hash_str_find(&EG(symbol_table), "argv", sizeof("argv") - 1);
	array_init(out);
	if (argv) {
		ZVAL_DEREF(argv);
		if (Z_TYPE_P(argv) == IS_ARRAY) {
			zval *v;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(argv), v) {
				Z_TRY_ADDREF_P(v);
				zend_hash_next_index_insert(Z_ARRVAL_P(out), v);
			} ZEND_HASH_FOREACH_END();
		}
	}
	zend_string *command = wm_s_str("command");
	if (ZSTR_LEN(command)) {
		zval delim, parts;
		ZVAL_STRINGL(&delim, " ", 1);
		array_init(&parts);
		php_explode(Z_STR(delim), command, &parts, ZEND_LONG_MAX);
		zval *v;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(parts), v) {
			Z_TRY_ADDREF_P(v);
			zend_hash_next_index_insert(Z_ARRVAL_P(out), v);
		} ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&parts);
		zval_ptr_dtor(&delim);
	}
}

static void wm_set_process_title(const char *title)
{
	zval fn, arg, ret;
	if (!zend_hash_str_exists(CG(function_table), "cli_set_process_title", sizeof("cli_set_process_title") - 1)) {
		return;
	}
	ZVAL_STRING(&fn, "cli_set_process_title");
	ZVAL_STRING(&arg, title);
	int old = EG(error_reporting);
	EG(error_reporting) = 0;
	call_user_function(NULL, NULL, &fn, &ret, 1, &arg);
	EG(error_reporting) = old;
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&fn);
}

/* ---- runAll -------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Worker, runAll)
{
	static const char *steps[] = {
		"checksapienv", "initstdout", "init", "parsecommand", "checkportavailable", "lock", "daemonize",
		"initworkers", "installsignal", "savemasterpid", "lock", "displayui", "forkworkers", "resetstd",
		"monitorworkers",
	};
	ZEND_PARSE_PARAMETERS_NONE();

	zend_class_entry *scope = wm_called_scope(execute_data);
	wm_master_state()->scope = scope;
	bool second_lock = false;
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		zval arg;
		uint32_t argc = 0;
		if (strcmp(steps[i], "lock") == 0) {
			if (second_lock) {
				ZVAL_LONG(&arg, PHP_LOCK_UN);
				argc = 1;
			}
			second_lock = true;
		}
		if (!wm_step(scope, steps[i], argc, &arg)) {
			break;
		}
	}
	if (EG(exception) && !wm_exception_is_exit()) {
		/* Upstream: catch (Throwable $e) { static::log($e); } */
		zend_object *ex = wm_exception_take();
		wm_log_throwable(ex);
		OBJ_RELEASE(ex);
	}
}

ZEND_METHOD(Workerman_Worker, checkSapiEnv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (strcmp(sapi_module.name, "cli") != 0 && strcmp(sapi_module.name, "micro") != 0) {
		wm_safe_echo("Only run in command line mode\n", sizeof("Only run in command line mode\n") - 1, false);
		wm_exit(0);
	}
}

static bool wm_has_color_support(php_stream *stream)
{
	const char *no_color = getenv("NO_COLOR");
	if (no_color) {
		return false;
	}
	const char *term_program = getenv("TERM_PROGRAM");
	if (term_program && strcmp(term_program, "Hyper") == 0) {
		return true;
	}
	php_socket_t fd;
	if (stream && php_stream_can_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL) == SUCCESS &&
		php_stream_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) == SUCCESS) {
		return isatty(fd);
	}
	return false;
}

ZEND_METHOD(Workerman_Worker, initStdOut)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *out = wm_s("outputStream");
	if (!out || Z_TYPE_P(out) == IS_NULL) {
		zval *stdout_zv = zend_get_constant_str("STDOUT", sizeof("STDOUT") - 1);
		if (stdout_zv) {
			wm_s_set("outputStream", stdout_zv);
		} else {
			php_stream *s = php_stream_open_wrapper("php://stdout", "w", 0, NULL);
			if (s) {
				zval zv;
				php_stream_to_zval(s, &zv);
				wm_s_set("outputStream", &zv);
				zval_ptr_dtor(&zv);
			}
		}
		out = wm_s("outputStream");
	}
	php_stream *stream = NULL;
	if (out && Z_TYPE_P(out) == IS_RESOURCE) {
		stream = (php_stream *) zend_fetch_resource2(Z_RES_P(out), NULL, php_file_le_stream(), php_file_le_pstream());
	}
	if (!stream) {
		const char *type = out ? zend_zval_type_name(out) : "null";
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "The $outputStream must to be a stream, %s given", type);
		return;
	}
	zval *decorated = wm_s("outputDecorated");
	if (!decorated || Z_TYPE_P(decorated) == IS_NULL) {
		wm_s_set_bool("outputDecorated", wm_has_color_support(stream));
	}
}

/* The file of the outermost PHP frame: the start script. */
static zend_string *wm_outermost_file(void)
{
	zend_string *file = NULL;
	for (zend_execute_data *ex = EG(current_execute_data); ex; ex = ex->prev_execute_data) {
		if (ex->func && ZEND_USER_CODE(ex->func->type) && ex->func->op_array.filename) {
			file = ex->func->op_array.filename;
		}
	}
	return file ? zend_string_copy(file) : zend_string_init("unknown", sizeof("unknown") - 1, 0);
}

static void wm_init_id(void)
{
	HashTable *workers = wm_workers();
	zval *id_map = wm_s("idMap");
	if (!workers || !id_map || Z_TYPE_P(id_map) != IS_ARRAY) {
		return;
	}
	SEPARATE_ARRAY(id_map);
	zend_string *key;
	zval *w;
	ZEND_HASH_FOREACH_STR_KEY_VAL(workers, key, w) {
		if (!key || Z_TYPE_P(w) != IS_OBJECT) {
			continue;
		}
		zval *count_zv = wm_prop(Z_OBJ_P(w), wm_worker_slot_count);
		zend_long count = zval_get_long(count_zv);
		if (count < 1) {
			zval one;
			ZVAL_LONG(&one, 1);
			wm_prop_set(Z_OBJ_P(w), wm_worker_slot_count, &one);
			count = 1;
		}
		zval *old = zend_hash_find(Z_ARRVAL_P(id_map), key);
		zval fresh;
		array_init_size(&fresh, (uint32_t) count);
		for (zend_long i = 0; i < count; i++) {
			zval *prev = (old && Z_TYPE_P(old) == IS_ARRAY) ? zend_hash_index_find(Z_ARRVAL_P(old), i) : NULL;
			zval v;
			ZVAL_LONG(&v, prev ? zval_get_long(prev) : 0);
			zend_hash_index_add_new(Z_ARRVAL(fresh), i, &v);
		}
		zend_hash_update(Z_ARRVAL_P(id_map), key, &fresh);
	} ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(Workerman_Worker, init)
{
	ZEND_PARSE_PARAMETERS_NONE();

	/* $_SERVER['SERVER_SOFTWARE'], $_SERVER['SERVER_START_TIME'] */
	zend_is_auto_global_str(ZEND_STRL("_SERVER"));
	zval *server = zend_hash_str_find(&EG(symbol_table), "_SERVER", sizeof("_SERVER") - 1);
	if (server) {
		ZVAL_DEREF(server);
		if (Z_TYPE_P(server) == IS_ARRAY) {
			SEPARATE_ARRAY(server);
			add_assoc_string(server, "SERVER_SOFTWARE", "Workerman/5.2.2");
			add_assoc_long(server, "SERVER_START_TIME", (zend_long) time(NULL));
		}
	}

	zend_string *start = wm_s_str("startFile");
	if (ZSTR_LEN(start) == 0) {
		wm_s_set_str("startFile", wm_outermost_file());
		start = wm_s_str("startFile");
	}
	zend_string *base = php_basename(ZSTR_VAL(start), ZSTR_LEN(start), NULL, 0);
	char *dir_buf = estrndup(ZSTR_VAL(start), ZSTR_LEN(start));
	size_t dir_len = zend_dirname(dir_buf, ZSTR_LEN(start));

	if (ZSTR_LEN(wm_s_str("pidFile")) == 0) {
		wm_s_set_str("pidFile", zend_strpprintf(0, "%.*s/workerman.%s.pid", (int) dir_len, dir_buf, ZSTR_VAL(base)));
	}
	if (ZSTR_LEN(wm_s_str("statusFile")) == 0) {
		wm_s_set_str("statusFile", zend_strpprintf(0, "%.*s/workerman.%s.status", (int) dir_len, dir_buf, ZSTR_VAL(base)));
	}
	if (ZSTR_LEN(wm_s_str("statisticsFile")) == 0) {
		wm_s_set_str("statisticsFile", zend_string_copy(wm_s_str("statusFile")));
	}
	if (ZSTR_LEN(wm_s_str("connectionsFile")) == 0) {
		wm_s_set_str("connectionsFile", zend_strpprintf(0, "%s.connection", ZSTR_VAL(wm_s_str("statusFile"))));
	}
	if (ZSTR_LEN(wm_s_str("logFile")) == 0) {
		wm_s_set_str("logFile", zend_strpprintf(0, "%.*s/workerman.log", (int) dir_len, dir_buf));
	}
	efree(dir_buf);
	zend_string_release(base);

	zend_string *log = wm_s_str("logFile");
	if (!zend_string_equals_literal(log, "/dev/null") && !strstr(ZSTR_VAL(log), "://")) {
		zend_stat_t st;
		if (VCWD_STAT(ZSTR_VAL(log), &st) != 0) {
			char *ldir = estrndup(ZSTR_VAL(log), ZSTR_LEN(log));
			zend_dirname(ldir, ZSTR_LEN(log));
			if (VCWD_STAT(ldir, &st) != 0) {
				php_stream_mkdir(ldir, 0777, PHP_STREAM_MKDIR_RECURSIVE | REPORT_ERRORS, NULL);
			}
			efree(ldir);
			int fd = open(ZSTR_VAL(log), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
			if (fd >= 0) {
				fchmod(fd, 0644);
				close(fd);
			}
		}
	}

	wm_set_status(WM_STATUS_W_STARTING);

	/* initGlobalEvent(): a loop object set before runAll() names the class children create. */
	zval *global = wm_s("globalEvent");
	if (global && Z_TYPE_P(global) == IS_OBJECT) {
		wm_s_set_str("eventLoopClass", zend_string_copy(Z_OBJCE_P(global)->name));
		zval nv;
		ZVAL_NULL(&nv);
		wm_s_set("globalEvent", &nv);
	} else {
		zval *cls = wm_s("eventLoopClass");
		if (!cls || Z_TYPE_P(cls) != IS_STRING || Z_STRLEN_P(cls) == 0) {
			wm_s_set_str("eventLoopClass", zend_string_copy(wm_ce_Event->name));
		} else {
			zend_class_entry *ce = zend_lookup_class(Z_STR_P(cls));
			if (!ce || !instanceof_function(ce, wm_ce_EventInterface)) {
				if (!EG(exception)) {
					zend_throw_exception_ex(spl_ce_RuntimeException, 0, "%s::$eventLoopClass must implement %s",
						ZSTR_VAL(wm_ce_Worker->name), ZSTR_VAL(wm_ce_EventInterface->name));
				}
				return;
			}
		}
	}

	zval *stats = wm_s("globalStatistics");
	if (stats && Z_TYPE_P(stats) == IS_ARRAY) {
		SEPARATE_ARRAY(stats);
		add_assoc_long(stats, "start_timestamp", (zend_long) time(NULL));
		if (!zend_hash_str_exists(Z_ARRVAL_P(stats), "worker_exit_info", sizeof("worker_exit_info") - 1)) {
			zval arr;
			array_init(&arr);
			zend_hash_str_update(Z_ARRVAL_P(stats), "worker_exit_info", sizeof("worker_exit_info") - 1, &arr);
		}
	}

	zend_string *title = zend_strpprintf(0, "WorkerMan: master process  start_file=%s", ZSTR_VAL(wm_s_str("startFile")));
	wm_set_process_title(ZSTR_VAL(title));
	zend_string_release(title);

	wm_init_id();
}

/* ---- command line -------------------------------------------------------------------------- */

static const char wm_usage[] =
	"Usage: php yourfile <command> [mode]\nCommands: \nstart\t\tStart worker in DEBUG mode.\n"
	"\t\tUse mode -d to start in DAEMON mode.\nstop\t\tStop worker.\n\t\tUse mode -g to stop gracefully.\n"
	"restart\t\tRestart workers.\n\t\tUse mode -d to start in DAEMON mode.\n\t\tUse mode -g to stop gracefully.\n"
	"reload\t\tReload codes.\n\t\tUse mode -g to reload gracefully.\nstatus\t\tGet worker status.\n"
	"\t\tUse mode -d to show live status.\nconnections\tGet worker connections.\n";

/* exit($message): prints through the output layer, then exits with status 0. */
static void wm_exit_with_message(const char *msg, size_t len)
{
	PHPWRITE(msg, len);
	wm_exit(0);
}

static pid_t wm_read_master_pid(void)
{
	zend_string *file = wm_s_str("pidFile");
	char buf[32];
	int fd = ZSTR_LEN(file) ? open(ZSTR_VAL(file), O_RDONLY | O_CLOEXEC) : -1;
	if (fd < 0) {
		return 0;
	}
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0) {
		return 0;
	}
	buf[n] = '\0';
	return (pid_t) strtol(buf, NULL, 10);
}

static bool wm_master_is_alive(pid_t pid)
{
	if (pid <= 0) {
		return false;
	}
	if (kill(pid, 0) != 0 || pid == getpid()) {
		wm_logf("Master pid:%d is not alive", (int) pid);
		return false;
	}
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int) pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return true;
	}
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0) {
		return true;
	}
	for (ssize_t i = 0; i < n; i++) {
		if (buf[i] == '\0') {
			buf[i] = ' ';
		}
	}
	buf[n] = '\0';
	return strstr(buf, "WorkerMan") || strstr(buf, "php");
}

ZEND_METHOD(Workerman_Worker, parseCommand)
{
	static const char *commands[] = {"start", "stop", "restart", "reload", "status", "connections"};
	ZEND_PARSE_PARAMETERS_NONE();

	zval argv;
	wm_call_static(wm_called_scope(execute_data), "getargv", sizeof("getargv") - 1, &argv, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&argv);
		return;
	}
	const char *command = NULL, *mode = NULL;
	if (Z_TYPE(argv) == IS_ARRAY) {
		zval *v;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(argv), v) {
			if (Z_TYPE_P(v) != IS_STRING) {
				continue;
			}
			for (size_t i = 0; !command && i < sizeof(commands) / sizeof(commands[0]); i++) {
				if (strcmp(Z_STRVAL_P(v), commands[i]) == 0) {
					command = commands[i];
				}
			}
			if (!mode && (strcmp(Z_STRVAL_P(v), "-d") == 0 || strcmp(Z_STRVAL_P(v), "-g") == 0)) {
				mode = Z_STRVAL_P(v)[1] == 'd' ? "-d" : "-g";
			}
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&argv);
	if (!mode) {
		mode = "";
	}
	if (!command) {
		wm_exit_with_message(wm_usage, sizeof(wm_usage) - 1);
		return;
	}

	const char *mode_str = "";
	if (strcmp(command, "start") == 0) {
		mode_str = (strcmp(mode, "-d") == 0 || wm_s_true("daemonize")) ? "in DAEMON mode" : "in DEBUG mode";
	}
	wm_log_master("%s %s", command, mode_str);

	pid_t master_pid = wm_read_master_pid();
	if (wm_master_is_alive(master_pid)) {
		if (strcmp(command, "start") == 0) {
			wm_log_master("already running");
			wm_exit(0);
			return;
		}
	} else if (strcmp(command, "start") != 0 && strcmp(command, "restart") != 0) {
		wm_log_master("not run");
		wm_exit(0);
		return;
	}

	if (strcmp(command, "start") == 0) {
		if (strcmp(mode, "-d") == 0) {
			wm_s_set_bool("daemonize", true);
		}
		return;
	}
	if (strcmp(command, "status") == 0 || strcmp(command, "connections") == 0) {
		wm_process_show_status(command, mode, master_pid);
		return;
	}
	if (strcmp(command, "reload") == 0) {
		kill(master_pid, strcmp(mode, "-g") == 0 ? SIGUSR2 : SIGUSR1);
		wm_exit(0);
		return;
	}

	/* stop / restart */
	bool graceful = strcmp(mode, "-g") == 0;
	wm_s_set_bool("gracefulStop", graceful);
	wm_log_master(graceful ? "is gracefully stopping ..." : "is stopping ...");
	if (master_pid > 0) {
		kill(master_pid, graceful ? SIGQUIT : SIGINT);
	}
	zend_long timeout = zval_get_long(wm_s("stopTimeout")) + 3;
	time_t start = time(NULL);
	for (;;) {
		if (master_pid > 0 && kill(master_pid, 0) == 0) {
			if (!graceful && time(NULL) - start >= timeout) {
				wm_log_master("stop fail");
				wm_exit(0);
				return;
			}
			usleep(10000);
			continue;
		}
		wm_log_master("stop success");
		if (strcmp(command, "stop") == 0) {
			wm_exit(0);
			return;
		}
		if (strcmp(mode, "-d") == 0) {
			wm_s_set_bool("daemonize", true);
		}
		break;
	}
}

ZEND_METHOD(Workerman_Worker, checkPortAvailable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable *workers = wm_workers();
	if (!workers || wm_process_status() != WM_STATUS_W_STARTING) {
		return;
	}
	zval *w;
	ZEND_HASH_FOREACH_VAL(workers, w) {
		if (Z_TYPE_P(w) != IS_OBJECT) {
			continue;
		}
		zval *transport = wm_prop(Z_OBJ_P(w), wm_worker_slot_transport);
		zval *name = wm_prop(Z_OBJ_P(w), wm_worker_slot_socket_name);
		if (Z_TYPE_P(transport) != IS_STRING || !zend_string_equals_literal(Z_STR_P(transport), "tcp") ||
			Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0) {
			continue;
		}
		if (zend_binary_strncasecmp(Z_STRVAL_P(name), Z_STRLEN_P(name), "unix", 4, 4) == 0 ||
			zend_binary_strncasecmp(Z_STRVAL_P(name), Z_STRLEN_P(name), "udp", 3, 3) == 0) {
			continue;
		}
		php_url *url = php_url_parse_ex(Z_STRVAL_P(name), Z_STRLEN_P(name));
		if (url && url->host && url->port) {
			zend_string *addr = zend_strpprintf(0, "tcp://%s:%d", ZSTR_VAL(url->host), (int) url->port);
			zend_string *errstr = NULL;
			int err = 0;
			php_stream *s = php_stream_xport_create(ZSTR_VAL(addr), ZSTR_LEN(addr), 0,
				STREAM_XPORT_SERVER | STREAM_XPORT_BIND | STREAM_XPORT_LISTEN, NULL, NULL, NULL, &errstr, &err);
			if (s) {
				php_stream_close(s);
			} else {
				zend_throw_exception_ex(spl_ce_RuntimeException, 0, "stream_socket_server(): Unable to connect to %s (%s)",
					ZSTR_VAL(addr), errstr ? ZSTR_VAL(errstr) : "Unknown error");
			}
			if (errstr) {
				zend_string_release(errstr);
			}
			zend_string_release(addr);
		}
		if (url) {
			php_url_free(url);
		}
		if (EG(exception)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(Workerman_Worker, lock)
{
	zend_long flag = PHP_LOCK_EX;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();

	wm_master *m = wm_master_state();
	zend_string *lock_file = zend_strpprintf(0, "%s.lock", ZSTR_VAL(wm_s_str("pidFile")));
	if (m->lock_fd < 0) {
		m->lock_fd = open(ZSTR_VAL(lock_file), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	}
	if (m->lock_fd >= 0) {
		/* PHP's LOCK_* values, as flock() takes them */
		static const int ops[] = {LOCK_SH, LOCK_EX, LOCK_UN};
		zend_long act = flag & PHP_LOCK_UN;
		if (act >= 1) {
			flock(m->lock_fd, ops[act - 1] | ((flag & PHP_LOCK_NB) ? LOCK_NB : 0));
		}
		if (act == PHP_LOCK_UN) {
			close(m->lock_fd);
			m->lock_fd = -1;
			unlink(ZSTR_VAL(lock_file));
		}
	}
	zend_string_release(lock_file);
}

ZEND_METHOD(Workerman_Worker, daemonize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wm_s_true("daemonize")) {
		return;
	}
	umask(0);
	pid_t pid = fork();
	if (pid < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Fork fail", 0);
		return;
	}
	if (pid > 0) {
		_exit(0);
	}
	if (setsid() < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Setsid fail", 0);
		return;
	}
	pid = fork();
	if (pid < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Fork fail", 0);
		return;
	}
	if (pid > 0) {
		_exit(0);
	}
}

ZEND_METHOD(Workerman_Worker, resetStd)
{
	bool throw_exception = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(throw_exception)
	ZEND_PARSE_PARAMETERS_END();
	if (!wm_s_true("daemonize")) {
		return;
	}
	zend_string *file = wm_s_str("stdoutFile");
	int fd = open(ZSTR_VAL(file), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (fd < 0) {
		if (throw_exception) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Can not open stdoutFile %s", ZSTR_VAL(file));
		}
		return;
	}
	/* Everything the process writes to fd 1 and 2 (echo, var_dump, warnings) goes to the file. */
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	close(fd);
	php_stream *s = php_stream_open_wrapper(ZSTR_VAL(file), "a", 0, NULL);
	if (s) {
		zval zv;
		php_stream_to_zval(s, &zv);
		wm_s_set("outputStream", &zv);
		zval_ptr_dtor(&zv);
	}
}

static zend_string *wm_current_user(void)
{
	struct passwd *pw = getpwuid(getuid());
	return zend_string_init(pw ? pw->pw_name : "unknown", pw ? strlen(pw->pw_name) : 7, 0);
}

/* "max" . ucfirst(strtolower($column)) . "NameLength" */
static zend_string *wm_ui_key(zend_string *column)
{
	zend_string *key = zend_strpprintf(0, "max%sNameLength", ZSTR_VAL(column));
	char *p = ZSTR_VAL(key) + 3;
	for (size_t i = 0; i < ZSTR_LEN(column); i++) {
		p[i] = i == 0 ? toupper((unsigned char) p[i]) : tolower((unsigned char) p[i]);
	}
	return key;
}

/* $worker->$prop ?? $worker->context->$prop, as a string. */
static zend_string *wm_ui_value(zend_object *w, zend_string *prop)
{
	zval rv, *v = NULL;
	if (zend_hash_exists(&w->ce->properties_info, prop) || (w->properties && zend_hash_exists(w->properties, prop))) {
		v = zend_read_property_ex(w->ce, w, prop, 1, &rv);
	}
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		zval *ctx = wm_prop(w, wm_worker_slot_context);
		if (Z_TYPE_P(ctx) == IS_OBJECT) {
			v = zend_read_property_ex(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), prop, 1, &rv);
		}
	}
	return v ? zval_get_string(v) : ZSTR_EMPTY_ALLOC();
}

static void wm_ui_columns(zend_class_entry *scope, zval *out)
{
	wm_call_static(scope, "getuicolumns", sizeof("getuicolumns") - 1, out, 0, NULL);
}

ZEND_METHOD(Workerman_Worker, getUiColumns)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_string(return_value, "event-loop", "eventLoopName");
	add_assoc_string(return_value, "proto", "transport");
	add_assoc_string(return_value, "user", "user");
	add_assoc_string(return_value, "worker", "name");
	add_assoc_string(return_value, "socket", "statusSocket");
	add_assoc_string(return_value, "count", "count");
	add_assoc_string(return_value, "state", "statusState");
}

static zend_long wm_ui_length(zend_string *key)
{
	zval *data = wm_s("uiLengthData");
	if (data && Z_TYPE_P(data) == IS_ARRAY) {
		zval *v = zend_hash_find(Z_ARRVAL_P(data), key);
		if (v) {
			return zval_get_long(v);
		}
	}
	return 0;
}

static zend_long wm_line_version_length(void);

ZEND_METHOD(Workerman_Worker, getSingleLineTotalLength)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval cols;
	zend_long total = 0;
	wm_ui_columns(wm_called_scope(execute_data), &cols);
	if (Z_TYPE(cols) == IS_ARRAY) {
		zend_string *name;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL(cols), name) {
			if (!name) {
				continue;
			}
			zend_string *key = wm_ui_key(name);
			total += wm_ui_length(key) + 4;
			zend_string_release(key);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&cols);
	zend_long min = wm_line_version_length();
	RETURN_LONG(total <= min ? min : total);
}

ZEND_METHOD(Workerman_Worker, initWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_class_entry *scope = wm_called_scope(execute_data);
	HashTable *workers = wm_workers();
	if (!workers) {
		return;
	}
	zval cols;
	wm_ui_columns(scope, &cols);
	zval *ui = wm_s("uiLengthData");
	zval *w;

	ZEND_HASH_FOREACH_VAL(workers, w) {
		if (Z_TYPE_P(w) != IS_OBJECT) {
			continue;
		}
		zend_object *obj = Z_OBJ_P(w);
		zval zv;
		zval *name = wm_prop(obj, wm_worker_slot_name);
		if (!zend_is_true(name)) {
			ZVAL_STRING(&zv, "none");
			wm_prop_set(obj, wm_worker_slot_name, &zv);
		}
		zval *user = wm_prop(obj, wm_worker_slot_user);
		if (!zend_is_true(user)) {
			ZVAL_STR(&zv, wm_current_user());
			wm_prop_set(obj, wm_worker_slot_user, &zv);
		} else if (getuid() != 0) {
			zend_string *cur = wm_current_user();
			if (!zend_string_equals(cur, Z_STR_P(user))) {
				wm_logf("Warning: You must have the root privileges to change uid and gid.");
			}
			zend_string_release(cur);
		}

		zval *ctx = wm_prop(obj, wm_worker_slot_context);
		if (Z_TYPE_P(ctx) == IS_OBJECT) {
			zval sn;
			wm_call_method(obj, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
			zend_update_property(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "statusSocket", sizeof("statusSocket") - 1, &sn);
			zval_ptr_dtor(&sn);

			zval *el = wm_prop(obj, wm_worker_slot_event_loop);
			zend_string *cls = (Z_TYPE_P(el) == IS_STRING && Z_STRLEN_P(el)) ? Z_STR_P(el) : wm_s_str("eventLoopClass");
			const char *short_name = zend_memrchr(ZSTR_VAL(cls), '\\', ZSTR_LEN(cls));
			short_name = short_name ? short_name + 1 : ZSTR_VAL(cls);
			zval lz;
			ZVAL_STR(&lz, zend_string_init(short_name, strlen(short_name), 0));
			zend_str_tolower(Z_STRVAL(lz), Z_STRLEN(lz));
			zend_update_property(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "eventLoopName", sizeof("eventLoopName") - 1, &lz);
			zval_ptr_dtor(&lz);
			zend_update_property_string(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "statusState", sizeof("statusState") - 1, "<g> [OK] </g>");
		}

		if (Z_TYPE(cols) == IS_ARRAY && ui && Z_TYPE_P(ui) == IS_ARRAY) {
			zend_string *col;
			zval *prop;
			SEPARATE_ARRAY(ui);
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(cols), col, prop) {
				if (!col || Z_TYPE_P(prop) != IS_STRING) {
					continue;
				}
				zend_string *value = wm_ui_value(obj, Z_STR_P(prop));
				zend_string *key = wm_ui_key(col);
				zend_long cur = 8;
				zval *old = zend_hash_find(Z_ARRVAL_P(ui), key);
				if (old) {
					cur = zval_get_long(old);
				}
				zval nv;
				ZVAL_LONG(&nv, MAX(cur, (zend_long) ZSTR_LEN(value)));
				zend_hash_update(Z_ARRVAL_P(ui), key, &nv);
				zend_string_release(key);
				zend_string_release(value);
			} ZEND_HASH_FOREACH_END();
		}

		if (!zend_is_true(wm_prop(obj, wm_worker_slot_reuse_port))) {
			zval f;
			ZVAL_FALSE(&f);
			wm_call_method(obj, "listen", sizeof("listen") - 1, NULL, 1, &f);
			if (EG(exception)) {
				break;
			}
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&cols);
}

ZEND_METHOD(Workerman_Worker, saveMasterPid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_s_set_long("masterPid", (zend_long) getpid());
	zend_string *file = wm_s_str("pidFile");
	char buf[32];
	int len = snprintf(buf, sizeof(buf), "%d", (int) getpid());
	int fd = open(ZSTR_VAL(file), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || write(fd, buf, len) != len) {
		if (fd >= 0) {
			close(fd);
		}
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "can not save pid to %s", ZSTR_VAL(file));
		return;
	}
	close(fd);
}

/* ---- banner -------------------------------------------------------------------------------- */

static zend_string *wm_version_line(void)
{
	bool jit = false;
	if (zend_hash_str_exists(CG(function_table), "opcache_get_status", sizeof("opcache_get_status") - 1)) {
		zval fn, ret, arg;
		ZVAL_STRING(&fn, "opcache_get_status");
		ZVAL_FALSE(&arg);
		call_user_function(NULL, NULL, &fn, &ret, 1, &arg);
		if (Z_TYPE(ret) == IS_ARRAY) {
			zval *j = zend_hash_str_find(Z_ARRVAL(ret), "jit", sizeof("jit") - 1);
			if (j && Z_TYPE_P(j) == IS_ARRAY) {
				zval *on = zend_hash_str_find(Z_ARRVAL_P(j), "on", sizeof("on") - 1);
				jit = on && Z_TYPE_P(on) == IS_TRUE;
			}
		}
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&fn);
	}
	struct utsname u;
	if (uname(&u) != 0) {
		strcpy(u.sysname, "Linux");
		u.release[0] = '\0';
	}
	char php[64];
	snprintf(php, sizeof(php), "PHP/%s (JIT %s)", PHP_VERSION, jit ? "on" : "off");
	return zend_strpprintf(0, "%-24s%-30s%s/%s\n", "Workerman/5.2.2", php, u.sysname, u.release);
}

static zend_long wm_line_version_length(void)
{
	zend_string *line = wm_version_line();
	zend_long len = (zend_long) ZSTR_LEN(line);
	zend_string_release(line);
	return len;
}

/* str_pad($s, $width, $pad, STR_PAD_BOTH|STR_PAD_RIGHT) */
static void wm_pad(smart_str *out, const char *s, size_t len, zend_long width, char pad, bool both)
{
	zend_long n = width - (zend_long) len;
	zend_long left = (both && n > 0) ? n / 2 : 0;
	zend_long right = n > 0 ? n - left : 0;
	for (zend_long i = 0; i < left; i++) {
		smart_str_appendc(out, pad);
	}
	smart_str_appendl(out, s, len);
	for (zend_long i = 0; i < right; i++) {
		smart_str_appendc(out, pad);
	}
}

/* Length of the <n> <w> <g> pseudo tags in a banner cell (they take no room on screen). */
static size_t wm_tag_length(zend_string *s)
{
	static const char *tags[] = {"<n>", "</n>", "<w>", "</w>", "<g>", "</g>"};
	size_t total = 0;
	for (size_t i = 0; i < ZSTR_LEN(s); i++) {
		for (size_t t = 0; t < sizeof(tags) / sizeof(tags[0]); t++) {
			size_t tl = strlen(tags[t]);
			if (ZSTR_LEN(s) - i >= tl && strncasecmp(ZSTR_VAL(s) + i, tags[t], tl) == 0) {
				total += tl;
				i += tl - 1;
				break;
			}
		}
	}
	return total;
}

ZEND_METHOD(Workerman_Worker, displayUI)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_class_entry *scope = wm_called_scope(execute_data);
	zval argv;
	wm_call_static(scope, "getargv", sizeof("getargv") - 1, &argv, 0, NULL);
	if (Z_TYPE(argv) == IS_ARRAY) {
		zval *v;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(argv), v) {
			if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "-q")) {
				zval_ptr_dtor(&argv);
				return;
			}
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&argv);

	zend_string *version = wm_version_line();
	zval total_zv;
	wm_call_static(scope, "getsinglelinetotallength", sizeof("getsinglelinetotallength") - 1, &total_zv, 0, NULL);
	zend_long total = zval_get_long(&total_zv);
	zval_ptr_dtor(&total_zv);

	smart_str out = {0};
	smart_str_appends(&out, "<n>");
	wm_pad(&out, "<w> WORKERMAN </w>", sizeof("<w> WORKERMAN </w>") - 1, total + 7, '-', true);
	smart_str_appends(&out, "</n>\n");
	smart_str_append(&out, version);
	wm_pad(&out, "<w> WORKERS </w>", sizeof("<w> WORKERS </w>") - 1, total + 7, '-', true);
	smart_str_appendc(&out, '\n');
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
	zend_string_release(version);

	zval cols;
	wm_ui_columns(scope, &cols);
	if (Z_TYPE(cols) == IS_ARRAY) {
		zend_string *col;
		zval *prop;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL(cols), col) {
			if (!col) {
				continue;
			}
			zend_string *key = wm_ui_key(col);
			const char *label = zend_string_equals_literal(col, "socket") ? "listen" : ZSTR_VAL(col);
			smart_str_appends(&out, "<w>");
			smart_str_appends(&out, label);
			smart_str_appends(&out, "</w>");
			wm_pad(&out, "", 0, wm_ui_length(key) + 4 - (zend_long) strlen(label), ' ', false);
			zend_string_release(key);
		} ZEND_HASH_FOREACH_END();
		bool any = out.s != NULL;
		if (any) {
			smart_str_appendc(&out, '\n');
			smart_str_0(&out);
			wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
			smart_str_free(&out);
		}

		HashTable *workers = wm_workers();
		zval *w;
		bool content = false;
		if (workers) {
			ZEND_HASH_FOREACH_VAL(workers, w) {
				if (Z_TYPE_P(w) != IS_OBJECT) {
					continue;
				}
				ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(cols), col, prop) {
					if (!col || Z_TYPE_P(prop) != IS_STRING) {
						continue;
					}
					zend_string *value = wm_ui_value(Z_OBJ_P(w), Z_STR_P(prop));
					zend_string *key = wm_ui_key(col);
					wm_pad(&out, ZSTR_VAL(value), ZSTR_LEN(value), wm_ui_length(key) + 4 + (zend_long) wm_tag_length(value), ' ', false);
					zend_string_release(key);
					zend_string_release(value);
				} ZEND_HASH_FOREACH_END();
				if (out.s) {
					content = true;
					smart_str_appendc(&out, '\n');
					smart_str_0(&out);
					wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
					smart_str_free(&out);
				}
			} ZEND_HASH_FOREACH_END();
		}
		if (content) {
			wm_pad(&out, "", 0, total, '-', false);
			smart_str_appendc(&out, '\n');
			smart_str_0(&out);
			wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
			smart_str_free(&out);
		}
	}
	zval_ptr_dtor(&cols);

	if (wm_s_true("daemonize")) {
		zend_string *base = wm_start_basename();
		zend_string *line = zend_strpprintf(0, "Input \"php %s stop\" to stop. Start success.\n\n", ZSTR_VAL(base));
		wm_safe_echo(ZSTR_VAL(line), ZSTR_LEN(line), false);
		zend_string_release(line);
		zend_string_release(base);
	} else if (ZSTR_LEN(wm_s_str("command"))) {
		wm_safe_echo("Start success.\n", sizeof("Start success.\n") - 1, false);
	} else {
		wm_safe_echo("Press Ctrl+C to stop. Start success.\n", sizeof("Press Ctrl+C to stop. Start success.\n") - 1, false);
	}
}

/* ---- signals in the master ----------------------------------------------------------------- */

static void wm_master_on_signal(evutil_socket_t signo, short what, void *arg)
{
	wm_master *m = arg;
	m->pending |= (uint64_t) 1 << signo;
}

static void wm_master_on_tick(evutil_socket_t fd, short what, void *arg)
{
	/* Acted on by the monitor loop after the iteration (master-mode timers, liveness checks). */
}

ZEND_METHOD(Workerman_Worker, installSignal)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_master *m = wm_master_state();
	if (m->base) {
		return;
	}
	struct event_config *cfg = event_config_new();
	event_config_set_flag(cfg, EVENT_BASE_FLAG_NOLOCK);
	m->base = event_base_new_with_config(cfg);
	event_config_free(cfg);
	if (!m->base) {
		zend_throw_exception(spl_ce_RuntimeException, "libevent could not create the master's event base", 0);
		return;
	}
	for (size_t i = 0; i < sizeof(wm_master_signals) / sizeof(wm_master_signals[0]); i++) {
		int sig = wm_master_signals[i];
		m->sig_events[sig] = evsignal_new(m->base, sig, wm_master_on_signal, m);
		event_add(m->sig_events[sig], NULL);
	}
	signal(SIGPIPE, SIG_IGN);
	struct timeval tv = {1, 0};
	m->tick = event_new(m->base, -1, EV_PERSIST, wm_master_on_tick, m);
	event_add(m->tick, &tv);
}

static void wm_kill_tasks_free(wm_master *m);

/* Frees the master's event base. In a child, after event_reinit() so that the parent's epoll
 * registrations and signal pipe are left untouched. */
static void wm_master_free_base(wm_master *m, bool in_child)
{
	if (!m->base) {
		return;
	}
	if (in_child) {
		event_reinit(m->base);
	}
	for (int sig = 0; sig < NSIG; sig++) {
		if (m->sig_events[sig]) {
			event_free(m->sig_events[sig]);
			m->sig_events[sig] = NULL;
		}
	}
	if (m->tick) {
		event_free(m->tick);
		m->tick = NULL;
	}
	wm_kill_tasks_free(m);
	event_base_free(m->base);
	m->base = NULL;
	m->pending = 0;
}

/* Upstream's checkErrors() shutdown function of worker processes: a worker process that ends
 * without having been stopped (exit() in user code, a fatal error) says so in the log. */
static void wm_check_errors(void)
{
	if (!WM_G(in_child) || wm_process_status() == WM_STATUS_W_SHUTDOWN) {
		return;
	}
	const char *type = NULL;
	switch (PG(last_error_type)) {
		case E_ERROR: type = "E_ERROR"; break;
		case E_PARSE: type = "E_PARSE"; break;
		case E_CORE_ERROR: type = "E_CORE_ERROR"; break;
		case E_COMPILE_ERROR: type = "E_COMPILE_ERROR"; break;
		case E_RECOVERABLE_ERROR: type = "E_RECOVERABLE_ERROR"; break;
	}
	if (type && PG(last_error_message)) {
		wm_logf("Worker[%d] process terminated with ERROR: %s \"%s in %s on line %d\"", (int) getpid(), type,
			ZSTR_VAL(PG(last_error_message)), PG(last_error_file) ? ZSTR_VAL(PG(last_error_file)) : "Unknown",
			PG(last_error_lineno));
	} else {
		wm_logf("Worker[%d] process terminated", (int) getpid());
	}
}

void wm_process_rshutdown(void)
{
	wm_check_errors();
	wm_master *m = WM_G(master);
	if (!m) {
		return;
	}
	wm_master_free_base(m, false);
	if (m->lock_fd >= 0) {
		close(m->lock_fd);
	}
	efree(m);
	WM_G(master) = NULL;
}

static const char *wm_signal_name(int sig, char *buf, size_t len)
{
	switch (sig) {
		case SIGINT: return "SIGINT";
		case SIGTERM: return "SIGTERM";
		case SIGHUP: return "SIGHUP";
		case SIGTSTP: return "SIGTSTP";
		case SIGQUIT: return "SIGQUIT";
		case SIGUSR1: return "SIGUSR1";
		case SIGUSR2: return "SIGUSR2";
		case SIGIOT: return "SIGIOT";
		case SIGIO: return "SIGIO";
		case SIGKILL: return "SIGKILL";
		case SIGSEGV: return "SIGSEGV";
		case SIGBUS: return "SIGBUS";
		case SIGFPE: return "SIGFPE";
		case SIGILL: return "SIGILL";
		case SIGPIPE: return "SIGPIPE";
		case SIGALRM: return "SIGALRM";
		default:
			snprintf(buf, len, "%d", sig);
			return buf;
	}
}

/* ---- pid bookkeeping ----------------------------------------------------------------------- */

static zval *wm_pid_map(void)
{
	zval *map = wm_s("pidMap");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		SEPARATE_ARRAY(map);
		return map;
	}
	return NULL;
}

static uint32_t wm_child_count(void)
{
	zval *map = wm_s("pidMap");
	uint32_t n = 0;
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zval *pids;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), pids) {
			if (Z_TYPE_P(pids) == IS_ARRAY) {
				n += zend_hash_num_elements(Z_ARRVAL_P(pids));
			}
		} ZEND_HASH_FOREACH_END();
	}
	return n;
}

/* Collects every child pid into `out` (a packed array of ints). */
static void wm_all_pids(zval *out)
{
	zval *map = wm_s("pidMap");
	array_init(out);
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zval *pids, *pid;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), pids) {
			if (Z_TYPE_P(pids) != IS_ARRAY) {
				continue;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pids), pid) {
				add_next_index_long(out, zval_get_long(pid));
			} ZEND_HASH_FOREACH_END();
		} ZEND_HASH_FOREACH_END();
	}
}

static zend_object *wm_worker_by_id(zend_string *worker_id)
{
	HashTable *workers = wm_workers();
	zval *w = workers ? zend_hash_find(workers, worker_id) : NULL;
	return w && Z_TYPE_P(w) == IS_OBJECT ? Z_OBJ_P(w) : NULL;
}

/* ---- worker processes ---------------------------------------------------------------------- */

static void wm_child_signal(int signo, void *arg);
static void wm_child_main(zend_object *worker, zend_long id);

/* Forks one process for `worker`. Returns in the parent; in the child it runs the worker and
 * returns only once the child is exiting (with exit() pending in EG(exception)). */
static void wm_fork_one(zend_string *worker_id, zend_object *worker)
{
	zval *id_map = wm_s("idMap");
	zend_long id = 0;
	if (id_map && Z_TYPE_P(id_map) == IS_ARRAY) {
		zval *slots = zend_hash_find(Z_ARRVAL_P(id_map), worker_id);
		if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
			zend_ulong k;
			zval *v;
			bool found = false;
			ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(slots), k, v) {
				if (zval_get_long(v) == 0) {
					id = (zend_long) k;
					found = true;
					break;
				}
			} ZEND_HASH_FOREACH_END();
			if (!found) {
				id = zend_hash_num_elements(Z_ARRVAL_P(slots));
			}
		}
	}

	/* The child inherits the master's libevent signal handlers, which write to the master's
	 * signal pipe: a signal reaching the child before it has its own handlers would be taken for
	 * one sent to the master. The child unblocks them once its loop watches them. */
	wm_master *m = wm_master_state();
	sigset_t block;
	sigemptyset(&block);
	for (size_t i = 0; i < sizeof(wm_master_signals) / sizeof(wm_master_signals[0]); i++) {
		sigaddset(&block, wm_master_signals[i]);
	}
	sigprocmask(SIG_BLOCK, &block, &m->child_sigmask);
	fflush(stdout);
	pid_t pid = fork();
	if (pid != 0) {
		sigprocmask(SIG_SETMASK, &m->child_sigmask, NULL);
	}
	if (pid < 0) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "forkOneWorker fail: %s", strerror(errno));
		return;
	}
	if (pid > 0) {
		zval *map = wm_pid_map();
		if (map) {
			zval *pids = zend_hash_find(Z_ARRVAL_P(map), worker_id);
			if (!pids) {
				zval arr;
				array_init(&arr);
				pids = zend_hash_update(Z_ARRVAL_P(map), worker_id, &arr);
			}
			SEPARATE_ARRAY(pids);
			add_index_long(pids, pid, pid);
		}
		id_map = wm_s("idMap");
		if (id_map && Z_TYPE_P(id_map) == IS_ARRAY) {
			SEPARATE_ARRAY(id_map);
			zval *slots = zend_hash_find(Z_ARRVAL_P(id_map), worker_id);
			if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
				SEPARATE_ARRAY(slots);
				add_index_long(slots, id, pid);
			}
		}
		return;
	}
	wm_child_main(worker, id);
}

ZEND_METHOD(Workerman_Worker, forkWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable *workers = wm_workers();
	if (!workers) {
		return;
	}
	zend_string *worker_id;
	zval *w;
	/* Iterate over a copy: a child shrinks the registry to its own worker. */
	HashTable *copy = zend_array_dup(workers);
	ZEND_HASH_FOREACH_STR_KEY_VAL(copy, worker_id, w) {
		if (!worker_id || Z_TYPE_P(w) != IS_OBJECT) {
			continue;
		}
		zend_object *obj = Z_OBJ_P(w);
		if (wm_process_status() == WM_STATUS_W_STARTING && !zend_is_true(wm_prop(obj, wm_worker_slot_name))) {
			zval sn;
			wm_call_method(obj, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
			wm_prop_set(obj, wm_worker_slot_name, &sn);
		}
		for (;;) {
			zval *map = wm_s("pidMap");
			zval *pids = (map && Z_TYPE_P(map) == IS_ARRAY) ? zend_hash_find(Z_ARRVAL_P(map), worker_id) : NULL;
			zend_long have = (pids && Z_TYPE_P(pids) == IS_ARRAY) ? zend_hash_num_elements(Z_ARRVAL_P(pids)) : 0;
			if (have >= zval_get_long(wm_prop(obj, wm_worker_slot_count))) {
				break;
			}
			wm_fork_one(worker_id, obj);
			if (EG(exception) || WM_G(in_child)) {
				break;
			}
		}
		if (EG(exception) || WM_G(in_child)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_destroy(copy);
}

/* The child's stop check (upstream's 10 ms repeating timer in stopAll()). */
static void wm_child_stop_check(void *arg)
{
	wm_master *m = arg;
	bool graceful = wm_process_graceful();
	bool all_closed = true;

	if (!graceful) {
		HashTable *workers = wm_workers();
		zval *w;
		if (workers) {
			ZEND_HASH_FOREACH_VAL(workers, w) {
				if (Z_TYPE_P(w) != IS_OBJECT) {
					continue;
				}
				zval *conns = wm_prop(Z_OBJ_P(w), wm_worker_slot_connections);
				if (Z_TYPE_P(conns) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(conns)) == 0) {
					continue;
				}
				all_closed = false;
				zval copy, *conn;
				ZVAL_COPY(&copy, conns);
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL(copy), conn) {
					if (Z_TYPE_P(conn) == IS_OBJECT && instanceof_function(Z_OBJCE_P(conn), wm_ce_TcpConnection) &&
						wm_rbuf_len(&Z_WM_CONN_P(conn)->net.rbuf) == 0) {
						wm_call_method(Z_OBJ_P(conn), "close", sizeof("close") - 1, NULL, 0, NULL);
						if (EG(exception)) {
							break;
						}
					}
				} ZEND_HASH_FOREACH_END();
				zval_ptr_dtor(&copy);
			} ZEND_HASH_FOREACH_END();
		}
	}
	if (EG(exception)) {
		if (WM_G(loop)) {
			wm_loop_stop(WM_G(loop));
		}
		return;
	}
	if ((!graceful && all_closed) || wm_stat_get("connection_count", sizeof("connection_count") - 1) <= 0) {
		if (WM_G(loop)) {
			wm_loop_stop(WM_G(loop));
		}
		wm_exit(m->exit_code);
	}
}

static void wm_child_stop_all(zend_long code, zval *log)
{
	wm_master *m = wm_master_state();
	if (code && log && zend_is_true(log)) {
		if (Z_TYPE_P(log) == IS_OBJECT && instanceof_function(Z_OBJCE_P(log), zend_ce_throwable)) {
			wm_log_throwable(Z_OBJ_P(log));
		} else {
			zend_string *s = zval_get_string(log);
			wm_log(ZSTR_VAL(s), ZSTR_LEN(s));
			zend_string_release(s);
		}
	}
	HashTable *workers = wm_workers();
	if (workers) {
		zval *w;
		ZEND_HASH_REVERSE_FOREACH_VAL(workers, w) {
			if (Z_TYPE_P(w) == IS_OBJECT) {
				zval f;
				ZVAL_FALSE(&f);
				wm_call_method(Z_OBJ_P(w), "stop", sizeof("stop") - 1, NULL, 1, &f);
				if (EG(exception)) {
					return;
				}
			}
		} ZEND_HASH_FOREACH_END();
	}
	m->exit_code = code;
	wm_loop *loop = WM_G(loop);
	if (!loop) {
		wm_exit(code);
		return;
	}
	if (!m->child_stop) {
		m->child_stop = wm_loop_timer_add_native(loop, 0.01, wm_child_stop_check, m, true);
	}
}

static void wm_child_main(zend_object *worker, zend_long id)
{
	wm_master *m = wm_master_state();
	zval fn, ret, zv;

	WM_G(in_child) = true;
	ZVAL_STRING(&fn, "mt_srand");
	call_user_function(NULL, NULL, &fn, &ret, 0, NULL);
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&ret);

	wm_s_set_bool("gracefulStop", false);
	if (wm_process_status() == WM_STATUS_W_STARTING) {
		wm_call_static(wm_scope(), "resetstd", sizeof("resetstd") - 1, NULL, 0, NULL);
		if (EG(exception)) {
			return;
		}
	}
	zval empty;
	array_init(&empty);
	wm_s_set("pidsToRestart", &empty);
	wm_s_set("pidMap", &empty);
	zval_ptr_dtor(&empty);

	/* Only this worker stays registered; the others' inherited listeners are closed. */
	HashTable *workers = wm_workers();
	if (workers) {
		zval *w;
		zend_string *key;
		HashTable *copy = zend_array_dup(workers);
		ZEND_HASH_FOREACH_STR_KEY_VAL(copy, key, w) {
			if (Z_TYPE_P(w) == IS_OBJECT && Z_OBJ_P(w) != worker) {
				wm_call_method(Z_OBJ_P(w), "unlisten", sizeof("unlisten") - 1, NULL, 0, NULL);
				zval *reg = wm_s("workers");
				if (reg && Z_TYPE_P(reg) == IS_ARRAY && key) {
					SEPARATE_ARRAY(reg);
					zend_hash_del(Z_ARRVAL_P(reg), key);
				}
			}
		} ZEND_HASH_FOREACH_END();
		zend_array_destroy(copy);
	}

	wm_master_free_base(m, true);
	wm_call_static(wm_ce_Timer, "delall", sizeof("delall") - 1, NULL, 0, NULL);
	wm_set_status(WM_STATUS_W_RUNNING);

	/* The event loop of this process. */
	zval *global = wm_s("globalEvent");
	if (!global || Z_TYPE_P(global) != IS_OBJECT) {
		zend_string *cls = NULL;
		zval *el = wm_prop(worker, wm_worker_slot_event_loop);
		if (Z_TYPE_P(el) == IS_STRING && Z_STRLEN_P(el)) {
			cls = Z_STR_P(el);
		} else {
			cls = wm_s_str("eventLoopClass");
		}
		zend_class_entry *ce = ZSTR_LEN(cls) ? zend_lookup_class(cls) : NULL;
		if (!ce || !instanceof_function(ce, wm_ce_Event)) {
			if (ce) {
				wm_logf("Warning: event loop %s is not supported by the native runtime; using %s",
					ZSTR_VAL(ce->name), ZSTR_VAL(wm_ce_Event->name));
			}
			ce = wm_ce_Event;
		}
		object_init_ex(&zv, ce);
		wm_s_set("globalEvent", &zv);
		zval_ptr_dtor(&zv);
		global = wm_s("globalEvent");
	}
	wm_loop *loop = wm_loop_from_zval(global);
	if (!loop) {
		zend_throw_exception(spl_ce_RuntimeException, "Worker::$globalEvent must be a native event loop", 0);
		return;
	}
	wm_set_process_loop(Z_OBJ_P(global));

	static const int child_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2, SIGIOT, SIGIO};
	for (size_t i = 0; i < sizeof(child_signals) / sizeof(child_signals[0]); i++) {
		wm_loop_watch_signal_native(loop, child_signals[i], wm_child_signal, NULL);
	}
	/* Signals that arrived since fork() now reach this process's own handlers. */
	sigprocmask(SIG_SETMASK, &m->child_sigmask, NULL);
	wm_call_static(wm_ce_Timer, "init", sizeof("init") - 1, NULL, 1, global);

	zval sn;
	wm_call_method(worker, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
	zend_string *name = zval_get_string(wm_prop(worker, wm_worker_slot_name));
	zend_string *title = zend_strpprintf(0, "WorkerMan: worker process  %s %s", ZSTR_VAL(name),
		Z_TYPE(sn) == IS_STRING ? Z_STRVAL(sn) : "none");
	wm_set_process_title(ZSTR_VAL(title));
	zend_string_release(title);
	zend_string_release(name);
	zval_ptr_dtor(&sn);

	wm_call_method(worker, "setuserandgroup", sizeof("setuserandgroup") - 1, NULL, 0, NULL);
	ZVAL_LONG(&zv, id);
	wm_prop_set(worker, wm_worker_slot_id, &zv);
	if (!EG(exception)) {
		wm_call_method(worker, "run", sizeof("run") - 1, NULL, 0, NULL);
	}
	if (EG(exception) && !wm_exception_is_exit()) {
		zend_object *ex = wm_exception_take();
		wm_log_throwable(ex);
		OBJ_RELEASE(ex);
	}
	if (!EG(exception)) {
		wm_loop_run(loop);
	}
	if (!EG(exception)) {
		if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
			wm_logf("Exception: event-loop exited");
			wm_exit(250);
		} else {
			wm_exit(m->exit_code);
		}
	}
}

/* ---- stop ---------------------------------------------------------------------------------- */

/* A kill() to send later (SIGINT after a second, SIGKILL after stopTimeout). */
struct _wm_kill_task {
	struct event ev;
	wm_master *master;
	wm_kill_task *next;
	pid_t pid;
	int sig;
};

static void wm_kill_task_unlink(wm_kill_task *t)
{
	wm_kill_task **pp = &t->master->kills;
	while (*pp && *pp != t) {
		pp = &(*pp)->next;
	}
	if (*pp) {
		*pp = t->next;
	}
}

static void wm_delayed_kill(evutil_socket_t fd, short what, void *arg)
{
	wm_kill_task *t = arg;
	kill(t->pid, t->sig);
	wm_kill_task_unlink(t);
	efree(t);
}

static void wm_kill_tasks_free(wm_master *m)
{
	while (m->kills) {
		wm_kill_task *t = m->kills;
		m->kills = t->next;
		event_del(&t->ev);
		efree(t);
	}
}

static void wm_schedule_kill(wm_master *m, pid_t pid, int sig, double seconds)
{
	if (!m->base) {
		kill(pid, sig);
		return;
	}
	wm_kill_task *t = ecalloc(1, sizeof(*t));
	t->master = m;
	t->pid = pid;
	t->sig = sig;
	t->next = m->kills;
	m->kills = t;
	struct timeval tv;
	wm_seconds_to_tv(seconds, &tv);
	evtimer_assign(&t->ev, m->base, wm_delayed_kill, t);
	evtimer_add(&t->ev, &tv);
}

static bool wm_is_master(void)
{
	zval *mp = wm_s("masterPid");
	return mp && zval_get_long(mp) == (zend_long) getpid();
}

static void wm_master_stop_all(zend_long code, zval *log)
{
	wm_master *m = wm_master_state();
	if (log && zend_is_true(log)) {
		zend_string *s = zval_get_string(log);
		wm_log_master("%s", ZSTR_VAL(s));
		zend_string_release(s);
	}
	if (code) {
		wm_log_master("stopping, code [" ZEND_LONG_FMT "]", code);
	} else {
		wm_log_master("stopping");
	}
	bool graceful = wm_process_graceful();
	bool daemon = wm_s_true("daemonize");
	double stop_timeout = ceil((double) zval_get_long(wm_s("stopTimeout")));
	zval pids, *pid;
	wm_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		pid_t p = (pid_t) Z_LVAL_P(pid);
		if (!graceful && !daemon) {
			/* In the foreground Ctrl+C already reached the whole process group. */
			wm_schedule_kill(m, p, SIGINT, 1);
		} else {
			kill(p, graceful ? SIGQUIT : SIGINT);
		}
		if (!graceful) {
			wm_schedule_kill(m, p, SIGKILL, stop_timeout);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

ZEND_METHOD(Workerman_Worker, stopAll)
{
	zend_long code = 0;
	zval *log = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(code)
		Z_PARAM_ZVAL(log)
	ZEND_PARSE_PARAMETERS_END();

	wm_set_status(WM_STATUS_W_SHUTDOWN);
	if (wm_is_master()) {
		wm_master_stop_all(code, log);
	} else {
		wm_child_stop_all(code, log);
	}
}

/* Master: unlink unix socket files and the pid file, log, onMasterStop, exit(0). */
static void wm_exit_and_clear_all(void)
{
	HashTable *workers = wm_workers();
	if (workers) {
		zval *w;
		ZEND_HASH_FOREACH_VAL(workers, w) {
			if (Z_TYPE_P(w) != IS_OBJECT) {
				continue;
			}
			zval *transport = wm_prop(Z_OBJ_P(w), wm_worker_slot_transport);
			zval *name = wm_prop(Z_OBJ_P(w), wm_worker_slot_socket_name);
			if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix") &&
				Z_TYPE_P(name) == IS_STRING) {
				const char *p = strstr(Z_STRVAL_P(name), "://");
				if (p) {
					unlink(p + 3);
				}
			}
		} ZEND_HASH_FOREACH_END();
	}
	zend_string *pid_file = wm_s_str("pidFile");
	if (ZSTR_LEN(pid_file)) {
		unlink(ZSTR_VAL(pid_file));
	}
	wm_log_master("has been stopped");
	zval *cb = wm_s("onMasterStop");
	if (cb && wm_is_set(cb)) {
		zval func;
		ZVAL_COPY(&func, cb);
		wm_call(&func, NULL, 0, NULL);
		zval_ptr_dtor(&func);
		if (EG(exception) && !wm_exception_is_exit()) {
			zend_object *ex = wm_exception_take();
			wm_log_throwable(ex);
			OBJ_RELEASE(ex);
		}
	}
	wm_exit(0);
}

/* ---- reload -------------------------------------------------------------------------------- */

static void wm_master_reload(void)
{
	wm_master *m = wm_master_state();
	int sig = wm_process_graceful() ? SIGUSR2 : SIGUSR1;
	zval *to_restart = wm_s("pidsToRestart");

	if (wm_process_status() == WM_STATUS_W_RUNNING) {
		wm_log_master("reloading");
		wm_set_status(WM_STATUS_W_RELOADING);
		wm_call_static(wm_scope(), "resetstd", sizeof("resetstd") - 1, NULL, 0, NULL);
		if (EG(exception)) {
			zend_object *ex = wm_exception_take();
			wm_log_throwable(ex);
			OBJ_RELEASE(ex);
		}
		zval *cb = wm_s("onMasterReload");
		if (cb && wm_is_set(cb)) {
			zval func;
			ZVAL_COPY(&func, cb);
			wm_call(&func, NULL, 0, NULL);
			zval_ptr_dtor(&func);
			if (EG(exception)) {
				if (wm_exception_is_exit()) {
					return;
				}
				zval ex;
				ZVAL_OBJ(&ex, wm_exception_take());
				wm_set_status(WM_STATUS_W_SHUTDOWN);
				wm_master_stop_all(250, &ex);
				zval_ptr_dtor(&ex);
				return;
			}
			wm_init_id();
		}

		/* Non-reloadable workers only get the signal (onWorkerReload); the others restart one by one. */
		zval reloadable;
		array_init(&reloadable);
		zval *map = wm_s("pidMap");
		if (map && Z_TYPE_P(map) == IS_ARRAY) {
			zend_string *worker_id;
			zval *pids, *pid;
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
				zend_object *w = worker_id ? wm_worker_by_id(worker_id) : NULL;
				if (!w || Z_TYPE_P(pids) != IS_ARRAY) {
					continue;
				}
				bool can_reload = zend_is_true(wm_prop(w, wm_worker_slot_reloadable));
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pids), pid) {
					if (can_reload) {
						add_index_long(&reloadable, zval_get_long(pid), zval_get_long(pid));
					} else {
						kill((pid_t) zval_get_long(pid), sig);
					}
				} ZEND_HASH_FOREACH_END();
			} ZEND_HASH_FOREACH_END();
		}
		to_restart = wm_s("pidsToRestart");
		zval kept;
		array_init(&kept);
		if (to_restart && Z_TYPE_P(to_restart) == IS_ARRAY) {
			zend_ulong k;
			zval *v;
			ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(to_restart), k, v) {
				if (zend_hash_index_exists(Z_ARRVAL(reloadable), zval_get_long(v))) {
					add_index_long(&kept, k, zval_get_long(v));
				}
			} ZEND_HASH_FOREACH_END();
		}
		wm_s_set("pidsToRestart", &kept);
		zval_ptr_dtor(&kept);
		zval_ptr_dtor(&reloadable);
		to_restart = wm_s("pidsToRestart");
	}

	if (!to_restart || Z_TYPE_P(to_restart) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(to_restart)) == 0) {
		if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
			wm_set_status(WM_STATUS_W_RUNNING);
		}
		return;
	}
	zval *first = NULL;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(to_restart), first) {
		break;
	} ZEND_HASH_FOREACH_END();
	pid_t p = (pid_t) zval_get_long(first);
	kill(p, sig);
	if (!wm_process_graceful()) {
		wm_schedule_kill(m, p, SIGKILL, (double) zval_get_long(wm_s("stopTimeout")));
	}
}

static void wm_child_reload(void)
{
	HashTable *workers = wm_workers();
	zval *w = NULL;
	if (workers) {
		ZEND_HASH_FOREACH_VAL(workers, w) {
			break;
		} ZEND_HASH_FOREACH_END();
	}
	if (!w || Z_TYPE_P(w) != IS_OBJECT) {
		return;
	}
	zend_object *worker = Z_OBJ_P(w);
	GC_ADDREF(worker);
	zval *cb = wm_prop(worker, wm_worker_slot_on_worker_reload);
	if (wm_is_set(cb)) {
		zval func, self;
		ZVAL_COPY(&func, cb);
		ZVAL_OBJ(&self, worker);
		wm_call(&func, NULL, 1, &self);
		zval_ptr_dtor(&func);
		if (EG(exception)) {
			if (!wm_exception_is_exit()) {
				zend_object *ex = wm_exception_take();
				wm_log_throwable(ex);
				OBJ_RELEASE(ex);
			}
		}
	}
	if (!EG(exception) && zend_is_true(wm_prop(worker, wm_worker_slot_reloadable))) {
		wm_set_status(WM_STATUS_W_SHUTDOWN);
		wm_child_stop_all(0, NULL);
	} else if (!EG(exception)) {
		wm_call_static(wm_scope(), "resetstd", sizeof("resetstd") - 1, NULL, 0, NULL);
	}
	OBJ_RELEASE(worker);
}

/* ---- status and connections ---------------------------------------------------------------- */

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
	wm_pad(out, s, strlen(s), width, ' ', false);
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
	zend_long v = wm_ui_length(k);
	zend_string_release(k);
	return v;
}

/* Formats a float as PHP's round($x, 2) . '' would: shortest representation. */
static void wm_append_round2(smart_str *out, double v)
{
	double r = _php_math_round(v, 2, PHP_ROUND_HALF_UP);
	smart_str_append_double(out, r, (int) EG(precision), false);
}

static void wm_write_status_master(void)
{
	zend_string *file = wm_s_str("statisticsFile");
	smart_str out = {0};

	/* Line 1: serialize([pid => ['name' => ..., 'listen' => ...]]), used for busy rows. */
	zval info;
	array_init(&info);
	zval *map = wm_s("pidMap");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		zval *pids, *pid;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
			zend_object *w = worker_id ? wm_worker_by_id(worker_id) : NULL;
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

	smart_str_appends(&out, wm_s_true("daemonize") ? "Start worker in DAEMON mode.\n" : "Start worker in DEBUG mode.\n");
	smart_str_appends(&out, "---------------------------------------------------GLOBAL STATUS---------------------------------------------------------\n");
	zend_string *version = wm_version_line();
	smart_str_append(&out, version);
	zend_string_release(version);

	zval *gs = wm_s("globalStatistics");
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
	smart_str_append_long(&out, wm_child_count());
	smart_str_appends(&out, " processes\n");

	zend_long name_len = wm_ui_len("maxWorkerNameLength");
	wm_pad_str(&out, "name", name_len);
	smart_str_appends(&out, "     event-loop     exit_status     exit_count\n");
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(map), worker_id) {
			zend_object *w = worker_id ? wm_worker_by_id(worker_id) : NULL;
			if (!w) {
				continue;
			}
			zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
			zend_string *loop_name_key = zend_string_init("eventLoopName", sizeof("eventLoopName") - 1, 0);
			zend_string *loop_name = wm_ui_value(w, loop_name_key);
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

	zval pids, *pid;
	wm_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		kill((pid_t) Z_LVAL_P(pid), SIGIOT);
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

static zend_object *wm_current_worker(void)
{
	HashTable *workers = wm_workers();
	zval *w = NULL;
	if (workers) {
		ZEND_HASH_FOREACH_VAL(workers, w) {
			break;
		} ZEND_HASH_FOREACH_END();
	}
	return w && Z_TYPE_P(w) == IS_OBJECT ? Z_OBJ_P(w) : NULL;
}

static void wm_write_status_child(void)
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
	wm_file_append(ZSTR_VAL(wm_s_str("statisticsFile")), ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
	zend_string_release(name);
	zend_string_release(socket);
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

static void wm_write_connections_master(void)
{
	zend_string *file = wm_s_str("connectionsFile");
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
	wm_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		kill((pid_t) Z_LVAL_P(pid), SIGIO);
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

static zend_string *wm_call_string(zend_object *obj, const char *lcname)
{
	zval ret;
	wm_call_method(obj, lcname, strlen(lcname), &ret, 0, NULL);
	zend_string *s = zval_get_string(&ret);
	zval_ptr_dtor(&ret);
	return s;
}

static void wm_write_connections_child(void)
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
		wm_file_append(ZSTR_VAL(wm_s_str("connectionsFile")), ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	}
	smart_str_free(&out);
}

static int wm_compare_pid(Bucket *a, Bucket *b)
{
	return a->h < b->h ? -1 : (a->h > b->h ? 1 : 0);
}

/* The status view: process rows sorted by pid, qps, [busy] rows for silent children, summary. */
static zend_string *wm_format_status(HashTable *previous_requests, HashTable *current_requests)
{
	zend_string *file = wm_s_str("statisticsFile");
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
	bool reading_process = false;
	double total_memory = 0;
	zend_long total_conns = 0, total_fails = 0, total_timers = 0, total_requests = 0, total_qps = 0;
	zend_long max1 = MAX(wm_ui_len("maxSocketNameLength"), 8), max2 = MAX(wm_ui_len("maxWorkerNameLength"), 8);

	while (p < end) {
		nl = memchr(p, '\n', end - p);
		size_t len = nl ? (size_t) (nl - p) : (size_t) (end - p);
		if (!reading_process) {
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
	smart_str_0(&out);

	zend_hash_destroy(&rows);
	zval_ptr_dtor(&info);
	zend_string_release(content);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* The `status` and `connections` commands, run by the CLI process. */
void wm_process_show_status(const char *command, const char *mode, pid_t master_pid)
{
	if (strcmp(command, "connections") == 0) {
		zend_string *file = wm_s_str("connectionsFile");
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
		wm_exit(0);
		return;
	}

	zend_string *file = zend_string_copy(wm_s_str("statisticsFile"));
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
	wm_exit(0);
}

/* While a child stops gracefully, upstream's TcpConnection destructor logs how many connections
 * remain, at about every third of the number it had (the process exits once none remain). Only
 * in a stopping process: upstream also does it after a graceful reload of a reloadable=false
 * worker (whose gracefulStop flag stays set), and then even stops that worker. */
void wm_process_connection_gone(void)
{
	if (!WM_G(in_child) || !wm_process_graceful() || wm_process_status() != WM_STATUS_W_SHUTDOWN) {
		return;
	}
	wm_master *m = wm_master_state();
	zend_long count = wm_stat_get("connection_count", sizeof("connection_count") - 1);
	if (!m->remains_mod) {
		m->remains_mod = (count + 3) / 3;   /* ceil((count + 1) / 3) */
	}
	if (count % m->remains_mod == 0) {
		wm_logf("worker[%d] remains " ZEND_LONG_FMT " connection(s)", (int) getpid(), count);
	}
}

/* ---- signal handling ----------------------------------------------------------------------- */

/* Upstream's signalHandler(), for master and children alike. */
static void wm_handle_signal(int sig)
{
	char buf[16];
	zval log;
	switch (sig) {
		case SIGINT:
		case SIGTERM:
		case SIGHUP:
		case SIGTSTP:
		case SIGQUIT: {
			wm_s_set_bool("gracefulStop", sig == SIGQUIT);
			zend_string *msg = zend_strpprintf(0, "received signal %s", wm_signal_name(sig, buf, sizeof(buf)));
			ZVAL_STR(&log, msg);
			wm_set_status(WM_STATUS_W_SHUTDOWN);
			if (wm_is_master()) {
				wm_master_stop_all(0, &log);
			} else {
				wm_child_stop_all(0, &log);
			}
			zval_ptr_dtor(&log);
			break;
		}
		case SIGUSR1:
		case SIGUSR2:
			if (wm_is_master()) {
				int status = wm_process_status();
				if (status == WM_STATUS_W_RELOADING || status == WM_STATUS_W_SHUTDOWN) {
					return;
				}
				wm_s_set_bool("gracefulStop", sig == SIGUSR2);
				zval pids;
				wm_all_pids(&pids);
				zval keyed;
				array_init(&keyed);
				zval *p;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), p) {
					add_index_long(&keyed, Z_LVAL_P(p), Z_LVAL_P(p));
				} ZEND_HASH_FOREACH_END();
				zval_ptr_dtor(&pids);
				wm_s_set("pidsToRestart", &keyed);
				zval_ptr_dtor(&keyed);
				wm_master_reload();
			} else {
				wm_s_set_bool("gracefulStop", sig == SIGUSR2);
				wm_child_reload();
			}
			break;
		case SIGIOT:
			if (wm_is_master()) {
				wm_write_status_master();
			} else {
				wm_write_status_child();
			}
			break;
		case SIGIO:
			if (wm_is_master()) {
				wm_write_connections_master();
			} else {
				wm_write_connections_child();
			}
			break;
	}
}

static void wm_child_signal(int signo, void *arg)
{
	wm_handle_signal(signo);
	if (EG(exception) && !wm_exception_is_exit()) {
		zend_object *ex = wm_exception_take();
		wm_log_throwable(ex);
		OBJ_RELEASE(ex);
	}
}

/* ---- the master's monitor loop ------------------------------------------------------------- */

static void wm_describe_status(int status, char *buf, size_t len)
{
	char sig[16];
	if (WIFEXITED(status)) {
		snprintf(buf, len, "exit code %d", WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		snprintf(buf, len, "killed by signal %s%s", wm_signal_name(WTERMSIG(status), sig, sizeof(sig)),
			WCOREDUMP(status) ? ", core dumped" : "");
	} else {
		snprintf(buf, len, "status %d", status);
	}
}

/* Handles one reaped child. Returns false if this process is now a child (fork happened). */
static bool wm_reap(pid_t pid, int status)
{
	zval *map = wm_s("pidMap");
	zend_string *owner = NULL;
	if (map && Z_TYPE_P(map) == IS_ARRAY) {
		zend_string *worker_id;
		zval *pids;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(map), worker_id, pids) {
			if (worker_id && Z_TYPE_P(pids) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(pids), pid)) {
				owner = zend_string_copy(worker_id);
				break;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (owner) {
		zend_object *w = wm_worker_by_id(owner);
		if (status == SIGINT && wm_process_status() == WM_STATUS_W_SHUTDOWN) {
			status = 0;
		}
		if (w) {
			GC_ADDREF(w);
			if (status != 0) {
				char why[64];
				wm_describe_status(status, why, sizeof(why));
				zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
				wm_logf("worker[%s:%d] exit with status %d (%s)", ZSTR_VAL(name), (int) pid, status, why);
				zend_string_release(name);
			}
			zval *cb = wm_s("onWorkerExit");
			if (cb && wm_is_set(cb)) {
				zval func, args[3];
				ZVAL_COPY(&func, cb);
				ZVAL_OBJ(&args[0], w);
				ZVAL_LONG(&args[1], status);
				ZVAL_LONG(&args[2], pid);
				wm_call(&func, NULL, 3, args);
				zval_ptr_dtor(&func);
				if (EG(exception) && !wm_exception_is_exit()) {
					zend_object *ex = wm_exception_take();
					zval exz, str;
					ZVAL_OBJ(&exz, ex);
					ZVAL_STR(&str, zval_get_string(&exz));
					zend_string *name = zval_get_string(wm_prop(w, wm_worker_slot_name));
					wm_logf("worker[%s] onWorkerExit %s", ZSTR_VAL(name), Z_STRVAL(str));
					zend_string_release(name);
					zval_ptr_dtor(&str);
					OBJ_RELEASE(ex);
				}
			}
			OBJ_RELEASE(w);
		}

		/* globalStatistics['worker_exit_info'][$workerId][$status]++ */
		zval *gs = wm_s("globalStatistics");
		if (gs && Z_TYPE_P(gs) == IS_ARRAY) {
			SEPARATE_ARRAY(gs);
			zval *ei = zend_hash_str_find(Z_ARRVAL_P(gs), "worker_exit_info", sizeof("worker_exit_info") - 1);
			if (!ei) {
				zval arr;
				array_init(&arr);
				ei = zend_hash_str_update(Z_ARRVAL_P(gs), "worker_exit_info", sizeof("worker_exit_info") - 1, &arr);
			}
			SEPARATE_ARRAY(ei);
			zval *mine = zend_hash_find(Z_ARRVAL_P(ei), owner);
			if (!mine) {
				zval arr;
				array_init(&arr);
				mine = zend_hash_update(Z_ARRVAL_P(ei), owner, &arr);
			}
			SEPARATE_ARRAY(mine);
			zval *cnt = zend_hash_index_find(Z_ARRVAL_P(mine), status);
			if (cnt) {
				ZVAL_LONG(cnt, zval_get_long(cnt) + 1);
			} else {
				add_index_long(mine, status, 1);
			}
		}

		map = wm_pid_map();
		zval *pids = map ? zend_hash_find(Z_ARRVAL_P(map), owner) : NULL;
		if (pids && Z_TYPE_P(pids) == IS_ARRAY) {
			SEPARATE_ARRAY(pids);
			zend_hash_index_del(Z_ARRVAL_P(pids), pid);
		}
		zval *id_map = wm_s("idMap");
		if (id_map && Z_TYPE_P(id_map) == IS_ARRAY) {
			SEPARATE_ARRAY(id_map);
			zval *slots = zend_hash_find(Z_ARRVAL_P(id_map), owner);
			if (slots && Z_TYPE_P(slots) == IS_ARRAY) {
				SEPARATE_ARRAY(slots);
				zval *v;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(slots), v) {
					if (zval_get_long(v) == pid) {
						ZVAL_LONG(v, 0);
						break;
					}
				} ZEND_HASH_FOREACH_END();
			}
		}
		zend_string_release(owner);
	}

	if (wm_process_status() != WM_STATUS_W_SHUTDOWN) {
		wm_call_static(wm_scope(), "forkworkers", sizeof("forkworkers") - 1, NULL, 0, NULL);
		if (WM_G(in_child) || EG(exception)) {
			return false;
		}
		zval *to_restart = wm_s("pidsToRestart");
		if (to_restart && Z_TYPE_P(to_restart) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(to_restart), pid)) {
			SEPARATE_ARRAY(to_restart);
			zend_hash_index_del(Z_ARRVAL_P(to_restart), pid);
			wm_master_reload();
		}
	}
	return !EG(exception);
}

/* During shutdown: forget children that no longer exist (upstream's checkIfChildRunning). */
static void wm_prune_dead_children(void)
{
	zval *map = wm_s("pidMap");
	if (!map || Z_TYPE_P(map) != IS_ARRAY) {
		return;
	}
	zval pids, *pid;
	wm_all_pids(&pids);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(pids), pid) {
		if (kill((pid_t) Z_LVAL_P(pid), 0) != 0 && errno == ESRCH) {
			map = wm_pid_map();
			zval *list;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), list) {
				if (Z_TYPE_P(list) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(list), Z_LVAL_P(pid))) {
					SEPARATE_ARRAY(list);
					zend_hash_index_del(Z_ARRVAL_P(list), Z_LVAL_P(pid));
				}
			} ZEND_HASH_FOREACH_END();
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&pids);
}

ZEND_METHOD(Workerman_Worker, monitorWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_master *m = wm_master_state();
	if (!m->base) {
		zend_throw_exception(spl_ce_RuntimeException, "installSignal() did not run: the master has no event loop", 0);
		return;
	}
	if (!m->scope) {
		m->scope = wm_called_scope(execute_data);
	}
	wm_set_status(WM_STATUS_W_RUNNING);
	time_t last_tick = time(NULL);

	for (;;) {
		if (!m->pending) {
			event_base_loop(m->base, EVLOOP_ONCE);
		}
		uint64_t pending = m->pending;
		m->pending = 0;
		for (int sig = 1; sig < 64; sig++) {
			if (!(pending & ((uint64_t) 1 << sig)) || sig == SIGCHLD) {
				continue;
			}
			wm_handle_signal(sig);
			if (EG(exception)) {
				if (wm_exception_is_exit()) {
					return;
				}
				zend_object *ex = wm_exception_take();
				wm_log_throwable(ex);
				OBJ_RELEASE(ex);
			}
		}

		int status;
		pid_t pid;
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
			if (!wm_reap(pid, status)) {
				if (EG(exception) && !wm_exception_is_exit() && !WM_G(in_child)) {
					zend_object *ex = wm_exception_take();
					wm_log_throwable(ex);
					OBJ_RELEASE(ex);
					continue;
				}
				return; /* we are a child now, or exiting */
			}
		}

		time_t now = time(NULL);
		if (now != last_tick) {
			last_tick = now;
			wm_timer_master_tick();
			if (EG(exception)) {
				return;
			}
			if (wm_process_status() == WM_STATUS_W_SHUTDOWN) {
				wm_prune_dead_children();
			}
		}

		if (wm_process_status() == WM_STATUS_W_SHUTDOWN && wm_child_count() == 0) {
			wm_exit_and_clear_all();
			return;
		}
	}
}
