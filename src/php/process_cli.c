/* SPDX-License-Identifier: MIT */
/* Worker::runAll() and its steps up to the start, each an overridable static method called through
 * late static binding: checkSapiEnv, initStdOut, init, parseCommand (the CLI commands, the pid
 * file, whether the master is alive), checkPortAvailable, lock, daemonize, resetStd, initWorkers,
 * saveMasterPid, and the banner (displayUI and its column helpers). Also Worker::getArgv()'s
 * argument list. */

#include "php/process_impl.h"
#include "php/events.h"
#include "core/callback.h"
#include "php/log.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/file.h"
#include "ext/standard/flock_compat.h"
#include "ext/standard/php_string.h"
#include "ext/standard/url.h"
#include "main/SAPI.h"
#include "main/php_output.h"

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

/* ---- runAll -------------------------------------------------------------------------------- */

/* Calls a static step of the called class (late static binding), so subclass overrides win. */
static bool wm_step(zend_class_entry *scope, const char *lcname, uint32_t argc, zval *argv)
{
	wm_call_static(scope, lcname, strlen(lcname), NULL, argc, argv);
	return !EG(exception);
}

ZEND_METHOD(Workerman_Worker, runAll)
{
	static const char *steps[] = {
		"checksapienv", "initstdout", "init", "parsecommand", "checkportavailable", "lock", "daemonize",
		"initworkers", "installsignal", "savemasterpid", "lock", "displayui", "forkworkers", "resetstd",
		"monitorworkers",
	};
	ZEND_PARSE_PARAMETERS_NONE();

	zend_class_entry *scope = wm_process_called_scope(execute_data);
	wm_process_master()->scope = scope;
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
		wm_process_exit(0);
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
	/* stream_isatty()'s way: the descriptor for select, which does not sync the stream. A plain
	 * PHP_STREAM_AS_FD cast seeks the descriptor to the stream's own position, which for STDOUT
	 * is 0 while echo wrote through the SAPI: into a file, what was printed so far would then be
	 * overwritten. */
	php_socket_t fd;
	if (stream && php_stream_can_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL) == SUCCESS &&
		php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) == SUCCESS) {
		return isatty(fd);
	}
	if (stream && php_stream_can_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL) == SUCCESS &&
		php_stream_cast(stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) == SUCCESS) {
		return isatty(fd);
	}
	return false;
}

ZEND_METHOD(Workerman_Worker, initStdOut)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *out = wm_process_sprop("outputStream");
	if (!out || Z_TYPE_P(out) == IS_NULL) {
		zval *stdout_zv = zend_get_constant_str("STDOUT", sizeof("STDOUT") - 1);
		if (stdout_zv) {
			wm_process_sprop_set("outputStream", stdout_zv);
		} else {
			php_stream *s = php_stream_open_wrapper("php://stdout", "w", 0, NULL);
			if (s) {
				zval zv;
				php_stream_to_zval(s, &zv);
				wm_process_sprop_set("outputStream", &zv);
				zval_ptr_dtor(&zv);
			}
		}
		out = wm_process_sprop("outputStream");
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
	zval *decorated = wm_process_sprop("outputDecorated");
	if (!decorated || Z_TYPE_P(decorated) == IS_NULL) {
		wm_process_sprop_set_bool("outputDecorated", wm_has_color_support(stream));
	}
}

/* Upstream 4.x kept its pid file in vendor/workerman/, named after the start file ('/' -> '_'),
 * and 5.x still looks for it there when Worker::$pidFile is not set, so that stop, status and
 * restart find a master that an older version started. The folder is where Composer installed
 * workerman/workerman (Composer\InstalledVersions), less its last part. Returns the pid file if it
 * exists, else NULL; an application without Composer or without that package has none. */
static zend_string *wm_legacy_pid_file(zend_string *start)
{
	zval path;
	if (!wm_composer_package(ZEND_STRL("getInstallPath"), "workerman/workerman", &path)) {
		return NULL;
	}
	zend_string *found = NULL;
	if (Z_TYPE(path) == IS_STRING && Z_STRLEN(path) > 0) {
		char *dir = estrndup(Z_STRVAL(path), Z_STRLEN(path));
		size_t dir_len = zend_dirname(dir, Z_STRLEN(path));
		zend_string *prefix = zend_string_init(ZSTR_VAL(start), ZSTR_LEN(start), 0);
		for (size_t i = 0; i < ZSTR_LEN(prefix); i++) {
			if (ZSTR_VAL(prefix)[i] == '/') {
				ZSTR_VAL(prefix)[i] = '_';
			}
		}
		zend_string *file = zend_strpprintf(0, "%.*s/%s.pid", (int) dir_len, dir, ZSTR_VAL(prefix));
		zend_stat_t st;
		if (VCWD_STAT(ZSTR_VAL(file), &st) == 0 && S_ISREG(st.st_mode)) {
			found = file;
		} else {
			zend_string_release(file);
		}
		zend_string_release(prefix);
		efree(dir);
	}
	zval_ptr_dtor(&path);
	return found;
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

void wm_process_init_id(void)
{
	HashTable *workers = wm_process_workers();
	zval *id_map = wm_process_sprop("idMap");
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

/* Whether `name` is one of the coroutine runtimes' loop classes, which run on the Fiber loop. */
static bool wm_process_coroutine_loop_name(zend_string *name)
{
	return zend_string_equals_literal_ci(name, "Workerman\\Events\\Swoole")
		|| zend_string_equals_literal_ci(name, "Workerman\\Events\\Swow");
}

zend_class_entry *wm_process_coroutine_loop(zend_string *name)
{
	if (!wm_process_coroutine_loop_name(name)) {
		return NULL;
	}
	wm_logf("Warning: event loop %s is not available in the native runtime; using %s",
		ZSTR_VAL(name), ZSTR_VAL(wm_ce_EventFiber->name));
	return wm_ce_EventFiber;
}

/* The loop class when the application names none. Upstream 5.0 picks its Revolt loop (every
 * callback in a Fiber) whenever revolt/event-loop is installed; 5.1 and later pick Event. An
 * application installed with Workerman 5.0 and Revolt gets the native Fiber loop under that name. */
static zend_class_entry *wm_default_loop_class(void)
{
	zval version;
	bool v50 = false;
	if (wm_composer_package(ZEND_STRL("getVersion"), "workerman/workerman", &version)) {
		v50 = Z_TYPE(version) == IS_STRING && Z_STRLEN(version) >= 4 && strncmp(Z_STRVAL(version), "5.0.", 4) == 0;
		zval_ptr_dtor(&version);
	}
	if (v50) {
		zend_string *name = zend_string_init(ZEND_STRL("Revolt\\EventLoop"), 0);
		zend_class_entry *ce = zend_lookup_class(name);
		zend_string_release(name);
		if (EG(exception)) {
			zend_clear_exception();
		}
		if (ce) {
			return wm_ce_EventRevolt;
		}
	}
	return wm_ce_Event;
}

/* initGlobalEvent(): a loop object set before runAll() names the class children create; else
 * $eventLoopClass is checked (empty: the default loop). False with an exception if it is no loop. */
bool wm_process_init_global_event(void)
{
	zval *global = wm_process_sprop("globalEvent");
	if (global && Z_TYPE_P(global) == IS_OBJECT) {
		wm_process_sprop_set_str("eventLoopClass", zend_string_copy(Z_OBJCE_P(global)->name));
		zval nv;
		ZVAL_NULL(&nv);
		wm_process_sprop_set("globalEvent", &nv);
	} else {
		zval *cls = wm_process_sprop("eventLoopClass");
		zend_class_entry *use;
		if (!cls || Z_TYPE_P(cls) != IS_STRING || Z_STRLEN_P(cls) == 0) {
			wm_process_sprop_set_str("eventLoopClass", zend_string_copy(wm_default_loop_class()->name));
		} else if ((use = wm_process_coroutine_loop(Z_STR_P(cls)))) {
			wm_process_sprop_set_str("eventLoopClass", zend_string_copy(use->name));
		} else {
			zend_class_entry *ce = zend_lookup_class(Z_STR_P(cls));
			if (!ce || !instanceof_function(ce, wm_ce_EventInterface)) {
				if (!EG(exception)) {
					zend_throw_exception_ex(spl_ce_RuntimeException, 0, "%s::$eventLoopClass must implement %s",
						ZSTR_VAL(wm_ce_Worker->name), ZSTR_VAL(wm_ce_EventInterface->name));
				}
				return false;
			}
		}
	}
	return true;
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

	zend_string *start = wm_process_sprop_str("startFile");
	if (ZSTR_LEN(start) == 0) {
		wm_process_sprop_set_str("startFile", wm_outermost_file());
		start = wm_process_sprop_str("startFile");
	}
	zend_string *base = php_basename(ZSTR_VAL(start), ZSTR_LEN(start), NULL, 0);
	char *dir_buf = estrndup(ZSTR_VAL(start), ZSTR_LEN(start));
	size_t dir_len = zend_dirname(dir_buf, ZSTR_LEN(start));

	if (ZSTR_LEN(wm_process_sprop_str("pidFile")) == 0) {
		zend_string *start_copy = zend_string_copy(start); /* the autoloader may run code */
		zend_string *legacy = wm_legacy_pid_file(start_copy);
		zend_string_release(start_copy);
		wm_process_sprop_set_str("pidFile", legacy ? legacy
			: zend_strpprintf(0, "%.*s/workerman.%s.pid", (int) dir_len, dir_buf, ZSTR_VAL(base)));
	}
	if (ZSTR_LEN(wm_process_sprop_str("statusFile")) == 0) {
		wm_process_sprop_set_str("statusFile", zend_strpprintf(0, "%.*s/workerman.%s.status", (int) dir_len, dir_buf, ZSTR_VAL(base)));
	}
	if (ZSTR_LEN(wm_process_sprop_str("statisticsFile")) == 0) {
		wm_process_sprop_set_str("statisticsFile", zend_string_copy(wm_process_sprop_str("statusFile")));
	}
	if (ZSTR_LEN(wm_process_sprop_str("connectionsFile")) == 0) {
		wm_process_sprop_set_str("connectionsFile", zend_strpprintf(0, "%s.connection", ZSTR_VAL(wm_process_sprop_str("statusFile"))));
	}
	if (ZSTR_LEN(wm_process_sprop_str("logFile")) == 0) {
		wm_process_sprop_set_str("logFile", zend_strpprintf(0, "%.*s/workerman.log", (int) dir_len, dir_buf));
	}
	efree(dir_buf);
	zend_string_release(base);

	zend_string *log = wm_process_sprop_str("logFile");
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

	wm_process_set_status(WM_STATUS_W_STARTING);

	if (!wm_process_init_global_event()) {
		return;
	}

	zval *stats = wm_process_sprop("globalStatistics");
	if (stats && Z_TYPE_P(stats) == IS_ARRAY) {
		SEPARATE_ARRAY(stats);
		add_assoc_long(stats, "start_timestamp", (zend_long) time(NULL));
		if (!zend_hash_str_exists(Z_ARRVAL_P(stats), "worker_exit_info", sizeof("worker_exit_info") - 1)) {
			zval arr;
			array_init(&arr);
			zend_hash_str_update(Z_ARRVAL_P(stats), "worker_exit_info", sizeof("worker_exit_info") - 1, &arr);
		}
	}

	zend_string *title = zend_strpprintf(0, "WorkerMan: master process  start_file=%s", ZSTR_VAL(wm_process_sprop_str("startFile")));
	wm_process_set_title(ZSTR_VAL(title));
	zend_string_release(title);

	wm_process_init_id();
}

/* ---- command line -------------------------------------------------------------------------- */

void wm_process_argv(zval *out)
{
	zval *argv = zend_hash_str_find_ind(&EG(symbol_table), "argv", sizeof("argv") - 1);
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
	zend_string *command = wm_process_sprop_str("command");
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
	wm_process_exit(0);
}

static pid_t wm_read_master_pid(void)
{
	zend_string *file = wm_process_sprop_str("pidFile");
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

bool wm_master_is_alive(pid_t pid)
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
	wm_call_static(wm_process_called_scope(execute_data), "getargv", sizeof("getargv") - 1, &argv, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&argv);
		return;
	}
	const char *command = NULL, *mode = NULL;
	bool json = false;
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
			json = json || strcmp(Z_STRVAL_P(v), "--json") == 0;
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
		mode_str = (strcmp(mode, "-d") == 0 || wm_process_sprop_true("daemonize")) ? "in DAEMON mode" : "in DEBUG mode";
	}
	json = json && strcmp(command, "status") == 0;
	if (json) {
		/* stdout carries the JSON document alone: the command goes to the log file only. */
		zend_string *base = wm_process_start_basename();
		zend_string *line = zend_strpprintf(0, "Workerman[%s] status --json", ZSTR_VAL(base));
		wm_log_file(ZSTR_VAL(line), ZSTR_LEN(line));
		zend_string_release(line);
		zend_string_release(base);
	} else {
		wm_process_log_master("%s %s", command, mode_str);
	}

	pid_t master_pid = wm_read_master_pid();
	if (wm_master_is_alive(master_pid)) {
		if (strcmp(command, "start") == 0) {
			wm_process_log_master("already running");
			wm_process_exit(0);
			return;
		}
	} else if (strcmp(command, "start") != 0 && strcmp(command, "restart") != 0) {
		wm_process_log_master("not run");
		wm_process_exit(0);
		return;
	}

	if (strcmp(command, "start") == 0) {
		if (strcmp(mode, "-d") == 0) {
			wm_process_sprop_set_bool("daemonize", true);
		}
		return;
	}
	if (strcmp(command, "status") == 0 || strcmp(command, "connections") == 0) {
		wm_process_show_status(command, mode, master_pid, json);
		return;
	}
	if (strcmp(command, "reload") == 0) {
		kill(master_pid, strcmp(mode, "-g") == 0 ? SIGUSR2 : SIGUSR1);
		wm_process_exit(0);
		return;
	}

	/* stop / restart */
	bool graceful = strcmp(mode, "-g") == 0;
	wm_process_sprop_set_bool("gracefulStop", graceful);
	wm_process_log_master(graceful ? "is gracefully stopping ..." : "is stopping ...");
	if (master_pid > 0) {
		kill(master_pid, graceful ? SIGQUIT : SIGINT);
	}
	zend_long timeout = zval_get_long(wm_process_sprop("stopTimeout")) + 3;
	time_t start = time(NULL);
	for (;;) {
		if (master_pid > 0 && kill(master_pid, 0) == 0) {
			if (!graceful && time(NULL) - start >= timeout) {
				wm_process_log_master("stop fail");
				wm_process_exit(0);
				return;
			}
			usleep(10000);
			continue;
		}
		wm_process_log_master("stop success");
		if (strcmp(command, "stop") == 0) {
			wm_process_exit(0);
			return;
		}
		if (strcmp(mode, "-d") == 0) {
			wm_process_sprop_set_bool("daemonize", true);
		}
		break;
	}
}

ZEND_METHOD(Workerman_Worker, checkPortAvailable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	HashTable *workers = wm_process_workers();
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

	wm_master *m = wm_process_master();
	zend_string *lock_file = zend_strpprintf(0, "%s.lock", ZSTR_VAL(wm_process_sprop_str("pidFile")));
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
	if (!wm_process_sprop_true("daemonize")) {
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
	if (!wm_process_sprop_true("daemonize")) {
		return;
	}
	zend_string *file = wm_process_sprop_str("stdoutFile");
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
		wm_process_sprop_set("outputStream", &zv);
		zval_ptr_dtor(&zv);
	}
}

/* ---- workers and UI columns ---------------------------------------------------------------- */

zend_string *wm_current_user(void)
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
zend_string *wm_process_ui_value(zend_object *w, zend_string *prop)
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

zend_long wm_process_ui_length(zend_string *key)
{
	zval *data = wm_process_sprop("uiLengthData");
	if (data && Z_TYPE_P(data) == IS_ARRAY) {
		zval *v = zend_hash_find(Z_ARRVAL_P(data), key);
		if (v) {
			return zval_get_long(v);
		}
	}
	return 0;
}

ZEND_METHOD(Workerman_Worker, initWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_class_entry *scope = wm_process_called_scope(execute_data);
	HashTable *workers = wm_process_workers();
	if (!workers) {
		return;
	}
	zval cols;
	wm_ui_columns(scope, &cols);
	zval *ui = wm_process_sprop("uiLengthData");
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
		if (Z_TYPE_P(ctx) != IS_OBJECT) {
			/* code written for 3.x/4.x (no such property then) wrote something else there:
			 * the status columns need their object back */
			zval fresh;
			object_init(&fresh);
			wm_prop_set(obj, wm_worker_slot_context, &fresh);
			ctx = wm_prop(obj, wm_worker_slot_context);
		}
		{
			zval sn;
			wm_call_method(obj, "getsocketname", sizeof("getsocketname") - 1, &sn, 0, NULL);
			zend_update_property(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "statusSocket", sizeof("statusSocket") - 1, &sn);
			zval_ptr_dtor(&sn);

			zval *el = wm_prop(obj, wm_worker_slot_event_loop);
			zend_string *cls = (Z_TYPE_P(el) == IS_STRING && Z_STRLEN_P(el)) ? Z_STR_P(el) : wm_process_sprop_str("eventLoopClass");
			zend_update_property_string(Z_OBJCE_P(ctx), Z_OBJ_P(ctx), "eventLoopName", sizeof("eventLoopName") - 1,
				wm_process_loop_label(cls));
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
				zend_string *value = wm_process_ui_value(obj, Z_STR_P(prop));
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
	wm_process_sprop_set_long("masterPid", (zend_long) getpid());
	zend_string *file = wm_process_sprop_str("pidFile");
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

const char *wm_process_loop_label(zend_string *cls)
{
	/* Every loop class runs on the one native libevent loop; the Fiber and Revolt classes (and
	 * Swoole/Swow, which map to the Fiber loop) also run each callback in a Fiber. */
	if (wm_process_coroutine_loop_name(cls)) {
		return "native-fiber";
	}
	zend_class_entry *ce = ZSTR_LEN(cls) ? zend_lookup_class(cls) : NULL;
	if (EG(exception)) {
		zend_clear_exception();
	}
	if (ce && (instanceof_function(ce, wm_ce_EventFiber) || instanceof_function(ce, wm_ce_EventRevolt))) {
		return "native-fiber";
	}
	return "native";
}

bool wm_process_jit_on(void)
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
	return jit;
}

zend_string *wm_process_os(void)
{
	struct utsname u;
	if (uname(&u) != 0) {
		strcpy(u.sysname, "Linux");
		u.release[0] = '\0';
	}
	return zend_strpprintf(0, "%s/%s", u.sysname, u.release);
}

zend_string *wm_process_version_line(void)
{
	bool jit = wm_process_jit_on();
	char php[64];
	snprintf(php, sizeof(php), "PHP/%s (JIT %s)", PHP_VERSION, jit ? "on" : "off");
	zend_string *os = wm_process_os();
	/* Upstream's three columns, then what runs them: this extension and its libevent. */
	zend_string *line = zend_strpprintf(0, "%-24s%-30s%-*sext-workerman/%s libevent/%s\n", "Workerman/" WM_API_VERSION,
		php, (int) MAX(ZSTR_LEN(os) + 3, 30), ZSTR_VAL(os), PHP_WORKERMAN_VERSION, event_get_version());
	zend_string_release(os);
	return line;
}

/* The banner's minimum width: upstream's version line (up to the OS column), so that the native
 * runtime's tail leaves the dashes and columns as wide as upstream draws them. */
static zend_long wm_line_version_length(void)
{
	zend_string *line = wm_process_version_line();
	const char *tail = php_memnstr(ZSTR_VAL(line), "ext-workerman/", sizeof("ext-workerman/") - 1, ZSTR_VAL(line) + ZSTR_LEN(line));
	zend_long len = (zend_long) (tail ? (size_t) (tail - ZSTR_VAL(line)) : ZSTR_LEN(line));
	while (len > 0 && ZSTR_VAL(line)[len - 1] == ' ') {
		len--;
	}
	zend_string_release(line);
	return len + 1; /* the newline, as upstream counts it */
}

ZEND_METHOD(Workerman_Worker, getSingleLineTotalLength)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval cols;
	zend_long total = 0;
	wm_ui_columns(wm_process_called_scope(execute_data), &cols);
	if (Z_TYPE(cols) == IS_ARRAY) {
		zend_string *name;
		ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL(cols), name) {
			if (!name) {
				continue;
			}
			zend_string *key = wm_ui_key(name);
			total += wm_process_ui_length(key) + 4;
			zend_string_release(key);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&cols);
	zend_long min = wm_line_version_length();
	RETURN_LONG(total <= min ? min : total);
}

/* str_pad($s, $width, $pad, STR_PAD_BOTH|STR_PAD_RIGHT) */
void wm_process_pad(smart_str *out, const char *s, size_t len, zend_long width, char pad, bool both)
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
	zend_class_entry *scope = wm_process_called_scope(execute_data);
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

	zend_string *version = wm_process_version_line();
	zval total_zv;
	wm_call_static(scope, "getsinglelinetotallength", sizeof("getsinglelinetotallength") - 1, &total_zv, 0, NULL);
	zend_long total = zval_get_long(&total_zv);
	zval_ptr_dtor(&total_zv);

	smart_str out = {0};
	smart_str_appends(&out, "<n>");
	wm_process_pad(&out, "<w> WORKERMAN </w>", sizeof("<w> WORKERMAN </w>") - 1, total + 7, '-', true);
	smart_str_appends(&out, "</n>\n");
	smart_str_append(&out, version);
	wm_process_pad(&out, "<w> WORKERS </w>", sizeof("<w> WORKERS </w>") - 1, total + 7, '-', true);
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
			wm_process_pad(&out, "", 0, wm_process_ui_length(key) + 4 - (zend_long) strlen(label), ' ', false);
			zend_string_release(key);
		} ZEND_HASH_FOREACH_END();
		bool any = out.s != NULL;
		if (any) {
			smart_str_appendc(&out, '\n');
			smart_str_0(&out);
			wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
			smart_str_free(&out);
		}

		HashTable *workers = wm_process_workers();
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
					zend_string *value = wm_process_ui_value(Z_OBJ_P(w), Z_STR_P(prop));
					zend_string *key = wm_ui_key(col);
					wm_process_pad(&out, ZSTR_VAL(value), ZSTR_LEN(value), wm_process_ui_length(key) + 4 + (zend_long) wm_tag_length(value), ' ', false);
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
			wm_process_pad(&out, "", 0, total, '-', false);
			smart_str_appendc(&out, '\n');
			smart_str_0(&out);
			wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
			smart_str_free(&out);
		}
	}
	zval_ptr_dtor(&cols);

	if (wm_process_sprop_true("daemonize")) {
		zend_string *base = wm_process_start_basename();
		zend_string *line = zend_strpprintf(0, "Input \"php %s stop\" to stop. Start success.\n\n", ZSTR_VAL(base));
		wm_safe_echo(ZSTR_VAL(line), ZSTR_LEN(line), false);
		zend_string_release(line);
		zend_string_release(base);
	} else if (ZSTR_LEN(wm_process_sprop_str("command"))) {
		wm_safe_echo("Start success.\n", sizeof("Start success.\n") - 1, false);
	} else {
		wm_safe_echo("Press Ctrl+C to stop. Start success.\n", sizeof("Press Ctrl+C to stop. Start success.\n") - 1, false);
	}
}
