/* SPDX-License-Identifier: MIT */
/* Public header of the workerman extension: module entry, version, module globals. */

#ifndef PHP_WORKERMAN_H
#define PHP_WORKERMAN_H

extern zend_module_entry workerman_module_entry;
#define phpext_workerman_ptr &workerman_module_entry

/* The extension's own version; Worker::VERSION reports the Workerman API level instead. */
#define PHP_WORKERMAN_VERSION "0.2.0"
/* The Workerman API level it implements (Worker::VERSION, kept equal in stubs/worker.stub.php). */
#define WM_API_VERSION "5.2.2"

/* PHP 8.2 is the oldest PHP it builds for: it uses 8.2's ext/random API and dynamic-property
 * flags (docs/install.md, "Supported PHP versions"). */
#if PHP_VERSION_ID < 80200
# error "ext-workerman needs PHP 8.2 or later"
#endif

#if defined(ZTS) && defined(COMPILE_DL_WORKERMAN)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

typedef struct _wm_loop wm_loop;
typedef struct _wm_master wm_master;

ZEND_BEGIN_MODULE_GLOBALS(workerman)
	wm_loop *loop;              /* the event loop of this process while one exists (borrowed) */
	zend_object *loop_obj;      /* the PHP object owning `loop` (one reference held here) */
	bool loop_unpublished;      /* `loop` was created for Revolt and is not Worker::$globalEvent yet */
	bool revolt;                /* ini workerman.revolt: install the native Revolt driver */
	struct _wm_rv_backend *revolt_backends; /* live RevoltBackend objects (src/php/revolt.c) */
	zend_long conn_id_seq;      /* next TcpConnection id (upstream's $idRecorder) */
	HashTable *proto_cache;     /* protocol class name => resolved protocol (wm_proto *) */
	HashTable *master_timers;   /* timers added before any loop exists (upstream's alarm mode) */
	zend_long master_timer_seq;
	wm_master *master;          /* state of the master / CLI process (src/php/process*.c) */
	bool in_child;              /* this process is a worker process */
	zend_string *http_request_class_name; /* Http::$requestClass last resolved (reference held) */
	zend_class_entry *http_request_class_ce; /* ... and its class */
	char *http_api;             /* ini workerman.http_api: "auto", "3" (the 3.x HTTP API) or "5" */
	signed char http_v3;        /* that choice made for this process: -1 not yet, 0 or 1 */
	struct _wm_http3 *http3;    /* the 3.x API's response state (src/php/http_legacy.c), or NULL */
	zend_long upload_max_size;  /* ini workerman.upload_max_size: multipart body limit, 0 = maxPackageSize */
	zend_long upload_stream_min;/* ini workerman.upload_stream_min: multipart bodies from this size are
	                               streamed to temp files as they arrive */
	zend_long http_header_timeout; /* ini workerman.http_header_timeout: seconds for a request head to
	                               arrive (from accept, or from a later request's first byte), 0 = off */
	bool batch_writes;          /* ini workerman.batch_writes: write batching across connections
	                               during a burst of packages (src/net/conn.h) */
	zend_long http_body_timeout;/* ini workerman.http_body_timeout: seconds between two reads of a
	                               request body, 0 = off */
	char *session_save_dir;     /* FileSessionHandler's save directory chosen at RINIT and not created
	                               yet (persistent memory; src/php/session_file.c) */
	/* FileSessionHandler's last plain-file read (src/php/session_file.c): the file's path, the bytes
	 * read (their length is the file's size then) and the file's identity then, so that write()
	 * of the same bytes to the unchanged file only updates its time. References held; released
	 * at RSHUTDOWN (wm_session_rshutdown()). */
	zend_string *session_read_path;
	zend_string *session_read_data;
	dev_t session_read_dev;
	ino_t session_read_ino;
	struct timespec session_read_mtime;
	/* The static Websocket::encode()'s one-entry cache (src/php/websocket_api.c): the same payload
	 * string sent with the same type byte to many connections (a broadcast) is framed once.
	 * References are held on both strings; released at RSHUTDOWN (wm_websocket_rshutdown()). */
	zend_string *ws_cache_in;   /* the payload last framed */
	zend_string *ws_cache_out;  /* its frame */
	unsigned char ws_cache_type;/* the type byte it was framed with */
	HashTable *tls_client_ctxs; /* TLS client SSL_CTX cache (persistent; src/php/tls_context.c) */
	HashTable *tls_sessions;    /* TLS client sessions for resumption (persistent; same file) */
ZEND_END_MODULE_GLOBALS(workerman)

ZEND_EXTERN_MODULE_GLOBALS(workerman)
#define WM_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(workerman, v)

#endif /* PHP_WORKERMAN_H */
