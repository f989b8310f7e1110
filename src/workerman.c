/* SPDX-License-Identifier: MIT */
/* Module entry of the workerman extension: globals, startup and shutdown, phpinfo(), and the
 * array-valued class constants. */

#include "php/protocol.h"
#include "php/events.h"
#include "core/fiber.h"
#include "php/timer.h"
#include "php/connection.h"
#include "php/tls_context.h"
#include "php/async.h"
#include "php/udp.h"
#include "php/worker.h"
#include "php/http.h"
#include "php/websocket.h"
#include "php/process.h"
#include "php/log.h"
#include "php/revolt.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include <event2/event.h>

/* ---- array-valued class constants ----------------------------------------------------------
 * gen_stub cannot emit them, so they are built here as immutable persistent arrays. */

static HashTable *wm_const_tables[3];

static HashTable *wm_persistent_table(uint32_t size)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, size, NULL, NULL, 1);
	return ht;
}

static void wm_table_add_str(HashTable *ht, const char *key, const char *value)
{
	zval v;
	ZVAL_INTERNED_STR(&v, zend_string_init_interned(value, strlen(value), 1));
	zend_hash_str_add_new(ht, key, strlen(key), &v);
}

static void wm_table_index_str(HashTable *ht, zend_long key, const char *value)
{
	zval v;
	ZVAL_INTERNED_STR(&v, zend_string_init_interned(value, strlen(value), 1));
	zend_hash_index_add_new(ht, key, &v);
}

static void wm_declare_array_const(zend_class_entry *ce, const char *name, HashTable *ht)
{
	zval v;
	/* MSHUTDOWN frees it (the persistent flag set by zend_hash_init stays). */
	wm_make_immutable(ht);
	ZVAL_ARR(&v, ht);
	Z_TYPE_FLAGS(v) = 0;
	zend_string *cname = zend_string_init_interned(name, strlen(name), 1);
	zend_declare_class_constant_ex(ce, cname, &v, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(cname);
}

static void wm_constants_minit(int module_number)
{
	HashTable *ht = wm_persistent_table(4);
	wm_table_add_str(ht, "tcp", "tcp");
	wm_table_add_str(ht, "udp", "udp");
	wm_table_add_str(ht, "unix", "unix");
	wm_table_add_str(ht, "ssl", "tcp");
	wm_declare_array_const(wm_ce_Worker, "BUILD_IN_TRANSPORTS", ht);
	wm_const_tables[0] = ht;

	static const struct { zend_long type; const char *name; } errors[] = {
		{E_ERROR, "E_ERROR"}, {E_WARNING, "E_WARNING"}, {E_PARSE, "E_PARSE"}, {E_NOTICE, "E_NOTICE"},
		{E_CORE_ERROR, "E_CORE_ERROR"}, {E_CORE_WARNING, "E_CORE_WARNING"}, {E_COMPILE_ERROR, "E_COMPILE_ERROR"},
		{E_COMPILE_WARNING, "E_COMPILE_WARNING"}, {E_USER_ERROR, "E_USER_ERROR"}, {E_USER_WARNING, "E_USER_WARNING"},
		{E_USER_NOTICE, "E_USER_NOTICE"}, {E_RECOVERABLE_ERROR, "E_RECOVERABLE_ERROR"},
		{E_DEPRECATED, "E_DEPRECATED"}, {E_USER_DEPRECATED, "E_USER_DEPRECATED"},
	};
	ht = wm_persistent_table(16);
	for (size_t i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
		wm_table_index_str(ht, errors[i].type, errors[i].name);
	}
	wm_declare_array_const(wm_ce_Worker, "ERROR_TYPE", ht);
	wm_const_tables[1] = ht;

	ht = wm_persistent_table(8);
	wm_table_index_str(ht, 0, "INITIAL");
	wm_table_index_str(ht, 1, "CONNECTING");
	wm_table_index_str(ht, 2, "ESTABLISHED");
	wm_table_index_str(ht, 8, "CLOSING");
	wm_table_index_str(ht, 4, "ENDING");
	wm_table_index_str(ht, 16, "CLOSED");
	wm_declare_array_const(wm_ce_TcpConnection, "STATUS_TO_STRING", ht);
	wm_const_tables[2] = ht;

	/* Workerman 4.x global names (Lib/Constants.php). */
	REGISTER_LONG_CONSTANT("WORKERMAN_CONNECT_FAIL", 1, CONST_CS | CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("WORKERMAN_SEND_FAIL", 2, CONST_CS | CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("OS_TYPE_LINUX", "linux", CONST_CS | CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("OS_TYPE_WINDOWS", "windows", CONST_CS | CONST_PERSISTENT);
}

static void wm_constants_mshutdown(void)
{
	for (size_t i = 0; i < sizeof(wm_const_tables) / sizeof(wm_const_tables[0]); i++) {
		if (wm_const_tables[i]) {
			zend_hash_destroy(wm_const_tables[i]);
			pefree(wm_const_tables[i], 1);
			wm_const_tables[i] = NULL;
		}
	}
}

/* ---- ini ------------------------------------------------------------------------------------ */

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("workerman.http_api", "auto", PHP_INI_ALL, OnUpdateString,
		http_api, zend_workerman_globals, workerman_globals)
	STD_PHP_INI_ENTRY("workerman.upload_max_size", "0", PHP_INI_ALL, OnUpdateLong,
		upload_max_size, zend_workerman_globals, workerman_globals)
	STD_PHP_INI_ENTRY("workerman.upload_stream_min", "256K", PHP_INI_ALL, OnUpdateLong,
		upload_stream_min, zend_workerman_globals, workerman_globals)
	/* Incomplete requests (Http, and the Websocket handshake) are answered 408 and closed. */
	STD_PHP_INI_ENTRY("workerman.http_header_timeout", "60", PHP_INI_ALL, OnUpdateLong,
		http_header_timeout, zend_workerman_globals, workerman_globals)
	STD_PHP_INI_ENTRY("workerman.http_body_timeout", "60", PHP_INI_ALL, OnUpdateLong,
		http_body_timeout, zend_workerman_globals, workerman_globals)
	/* Writes made while a burst of packages is handled go out once per connection at its end. */
	STD_PHP_INI_BOOLEAN("workerman.batch_writes", "1", PHP_INI_ALL, OnUpdateBool,
		batch_writes, zend_workerman_globals, workerman_globals)
	/* Where the master serves GET /metrics ("http://127.0.0.1:9100"); Worker::$metricsListen wins. */
	PHP_INI_ENTRY("workerman.metrics_listen", "", PHP_INI_ALL, NULL)
	/* Off leaves revolt/event-loop alone (it then picks its own driver and loop). */
	STD_PHP_INI_BOOLEAN("workerman.revolt", "1", PHP_INI_ALL, OnUpdateBool,
		revolt, zend_workerman_globals, workerman_globals)
PHP_INI_END()

/* ---- module lifecycle ---------------------------------------------------------------------- */

static PHP_GINIT_FUNCTION(workerman)
{
#if defined(COMPILE_DL_WORKERMAN) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(workerman_globals, 0, sizeof(*workerman_globals));
}

static PHP_MINIT_FUNCTION(workerman)
{
#if defined(COMPILE_DL_WORKERMAN) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	REGISTER_INI_ENTRIES();
	wm_loop_set_throwable_logger(wm_log_throwable);
	wm_events_minit();
	wm_timer_minit();
	wm_protocols_minit();
	wm_worker_minit();     /* before the connections, which find Worker::$connections */
	wm_connection_minit();
	wm_response_minit();
	wm_session_minit();
	wm_request_minit();
	wm_http_minit();
	wm_tls_minit();
	wm_async_minit();
	wm_udp_minit();
	wm_websocket_minit();
	wm_ws_client_minit();
	wm_revolt_minit();
	wm_constants_minit(module_number);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(workerman)
{
	UNREGISTER_INI_ENTRIES();
	wm_constants_mshutdown();
	wm_response_mshutdown();
	wm_session_mshutdown();
	wm_tls_mshutdown();
	wm_async_mshutdown();
	wm_revolt_mshutdown();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(workerman)
{
#if defined(COMPILE_DL_WORKERMAN) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	WM_G(http_v3) = -1;  /* which HTTP API: decided on first use (src/php/http_legacy.c) */
	wm_net_rinit();
	wm_connection_rinit();
	wm_session_rinit();
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(workerman)
{
	wm_fiber_shutdown();
	wm_set_process_loop(NULL);
	wm_process_rshutdown();
	wm_protocols_rshutdown();
	wm_timer_rshutdown();
	wm_net_rshutdown();
	wm_session_rshutdown();
	WM_G(in_child) = false;
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(workerman)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "workerman support", "enabled");
	php_info_print_table_row(2, "Extension version", PHP_WORKERMAN_VERSION);
	php_info_print_table_row(2, "Workerman API level", WM_API_VERSION);
	php_info_print_table_row(2, "libevent version", event_get_version());
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep workerman_deps[] = {
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_REQUIRED("standard")
	ZEND_MOD_OPTIONAL("pcntl")
	ZEND_MOD_OPTIONAL("posix")
	ZEND_MOD_OPTIONAL("sockets")
	ZEND_MOD_END
};

zend_module_entry workerman_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	workerman_deps,
	"workerman",
	NULL,
	PHP_MINIT(workerman),
	PHP_MSHUTDOWN(workerman),
	PHP_RINIT(workerman),
	PHP_RSHUTDOWN(workerman),
	PHP_MINFO(workerman),
	PHP_WORKERMAN_VERSION,
	PHP_MODULE_GLOBALS(workerman),
	PHP_GINIT(workerman),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_WORKERMAN
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(workerman)
#endif
