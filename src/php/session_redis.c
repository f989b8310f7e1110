/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Session\RedisSessionHandler and RedisClusterSessionHandler (upstream
 * 5.2.2), over ext-redis's Redis / RedisCluster classes, which are looked up at run time (the
 * extension is not linked against ext-redis). The Redis handler reaches $this->connection() and
 * $this->createRedisConnection() through the object's method table, so a subclass's override
 * wins. The classes are registered by wm_session_minit() (session.c). */

#include "php/session_impl.h"
#include "php/timer.h"
#include "php/http.h"
#include "core/callback.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

/* RedisSessionHandler's declared property slots (set once at MINIT). */
static uint32_t slot_redis_connection, slot_redis_config;

/* ---- RedisSessionHandler, RedisClusterSessionHandler --------------------------------------
 * Upstream 5.2.2 keeps a workerman/coroutine connection pool per process (or, on the Fiber loop
 * before PHP 8.4, one connection). This keeps one connection per handler object, created on first
 * use by $this->createRedisConnection($this->config); while an event loop runs it is pinged every
 * `pool.heartbeat_interval` (55) seconds, as the pool's heartbeat would. */

/* $obj->name(...) on an object of any class (a Redis client, a user handler): resolved like a
 * PHP call from the current method, so __call and visibility behave as upstream's. */
static void wm_invoke(zval *obj, const char *name, size_t len, zval *ret, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(ret);
	if (Z_TYPE_P(obj) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function %s() on %s", name, zend_zval_type_name(obj));
		return;
	}
	/* Our own reference: the call may replace the property or static that held the object. */
	zval target, fname;
	zend_fcall_info_cache fcc;
	ZVAL_COPY(&target, obj);
	ZVAL_STRINGL(&fname, name, len);
	if (!zend_is_callable_ex(&fname, Z_OBJ(target), 0, NULL, &fcc, NULL)) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(Z_OBJCE(target)->name), name);
	} else {
		zend_fcall_info fci = {
			.size = sizeof(zend_fcall_info),
			.object = Z_OBJ(target),
			.retval = ret,
			.param_count = argc,
			.params = argv,
		};
		ZVAL_COPY_VALUE(&fci.function_name, &fname);
		zend_call_function(&fci, &fcc);
	}
	zval_ptr_dtor(&fname);
	zval_ptr_dtor(&target);
}

static void wm_redis_construct(zend_object *obj, zval *config)
{
	if (!zend_hash_str_exists(&module_registry, WM_STR("redis"))) {
		zend_throw_exception(spl_ce_RuntimeException, "Please install redis extension.", 0);
		return;
	}
	/* $config['timeout'] ??= 2; $this->config = $config; */
	zval cfg;
	ZVAL_COPY(&cfg, config);
	if (!wm_session_cfg_isset(Z_ARRVAL(cfg), WM_STR("timeout"))) {
		SEPARATE_ARRAY(&cfg);
		add_assoc_long(&cfg, "timeout", 2);
	}
	wm_prop_set(obj, slot_redis_config, &cfg);
}

/* Redis::OPT_PREFIX, read from the client class at run time (ext-redis is not linked). */
static bool wm_redis_set_prefix(zval *redis, HashTable *config)
{
	zend_string *cls = zend_string_init(WM_STR("Redis"), 0);
	zend_string *cname = zend_string_init(WM_STR("OPT_PREFIX"), 0);
	zval *opt = zend_get_class_constant_ex(cls, cname, NULL, 0);
	zend_string_release(cname);
	zend_string_release(cls);
	if (!opt) {
		return false;
	}
	/* if (empty($config['prefix'])) $config['prefix'] = 'redis_session_'; */
	zval args[2], ret;
	ZVAL_COPY(&args[0], opt);
	zval *prefix = wm_session_cfg_nonempty(config, WM_STR("prefix"));
	if (prefix) {
		ZVAL_COPY(&args[1], prefix);
	} else {
		ZVAL_STRINGL(&args[1], "redis_session_", sizeof("redis_session_") - 1);
	}
	wm_invoke(redis, WM_STR("setOption"), &ret, 2, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&ret);
	return !EG(exception);
}

/* Timer::repeat($interval, [$connection, 'ping']) when this process runs an event loop. */
static void wm_redis_heartbeat(zend_object *obj, zval *connection)
{
	zval *event = wm_static_prop(wm_ce_Timer, WM_STR("event"));
	if (!event || Z_TYPE_P(event) != IS_OBJECT) {
		return;
	}
	zval args[2];
	ZVAL_LONG(&args[0], 55);
	zval *config = OBJ_PROP(obj, slot_redis_config);
	ZVAL_DEREF(config);
	if (Z_TYPE_P(config) == IS_ARRAY) {
		/* $this->config['pool']['heartbeat_interval'] ?? 55 */
		zval *pool = wm_session_cfg_isset(Z_ARRVAL_P(config), WM_STR("pool"));
		zval *interval = pool && Z_TYPE_P(pool) == IS_ARRAY
			? wm_session_cfg_isset(Z_ARRVAL_P(pool), WM_STR("heartbeat_interval")) : NULL;
		if (interval) {
			ZVAL_COPY(&args[0], interval);
		}
	}
	array_init_size(&args[1], 2);
	Z_TRY_ADDREF_P(connection);
	add_next_index_zval(&args[1], connection);
	add_next_index_stringl(&args[1], WM_STR("ping"));
	wm_call_static(wm_ce_Timer, WM_STR("repeat"), NULL, 2, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

/* $this->connection()->$name($sessionId[, Session::$lifetime][, $sessionData]) into `ret` (the
 * client is created on first use; the arguments are read after it returns). False with the
 * exception pending and `ret` undefined. */
static bool wm_redis_call(zend_object *obj, const char *name, size_t len, zend_string *session_id,
	bool lifetime, zend_string *session_data, zval *ret)
{
	zval conn, args[3];
	uint32_t argc = 0;
	wm_call_method(obj, WM_STR("connection"), &conn, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&conn);
		ZVAL_UNDEF(ret);
		return false;
	}
	ZVAL_STR(&args[argc++], session_id);
	if (lifetime) {
		ZVAL_COPY(&args[argc++], wm_static_slot(wm_ce_Session, wm_session_sslot_lifetime));
	}
	if (session_data) {
		ZVAL_STR(&args[argc++], session_data);
	}
	wm_invoke(&conn, name, len, ret, argc, args);
	if (lifetime) {
		zval_ptr_dtor(&args[1]);
	}
	zval_ptr_dtor(&conn);
	if (EG(exception)) {
		zval_ptr_dtor(ret);
		ZVAL_UNDEF(ret);
		return false;
	}
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	wm_redis_construct(Z_OBJ_P(ZEND_THIS), config);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, connection)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *connection = wm_session_iprop(obj, slot_redis_connection, "connection");
	if (!connection) {
		RETURN_THROWS();
	}
	if (!zend_is_true(connection)) {
		zval *config = wm_session_iprop(obj, slot_redis_config, "config");
		if (!config) {
			RETURN_THROWS();
		}
		zval arg, created;
		ZVAL_COPY(&arg, config);
		wm_call_method(obj, WM_STR("createredisconnection"), &created, 1, &arg);
		zval_ptr_dtor(&arg);
		if (EG(exception)) {
			zval_ptr_dtor(&created);
			RETURN_THROWS();
		}
		/* $this->connection = ... with the property's type check */
		zend_string *name = zend_string_init(WM_STR("connection"), 0);
		zend_update_property_ex(wm_ce_RedisSessionHandler, obj, name, &created);
		zend_string_release(name);
		if (!EG(exception)) {
			wm_redis_heartbeat(obj, &created);
		}
		zval_ptr_dtor(&created);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		connection = wm_session_iprop(obj, slot_redis_connection, "connection");
		if (!connection) {
			RETURN_THROWS();
		}
	}
	RETURN_COPY(connection);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, createRedisConnection)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	HashTable *cfg = Z_ARRVAL_P(config);
	zval redis, args[3], ret;
	zend_string *cls = zend_string_init(WM_STR("Redis"), 0);
	bool ok = wm_session_new_object(&redis, cls, 0, NULL);
	zend_string_release(cls);
	if (!ok) {
		RETURN_THROWS();
	}

	/* if (false === $redis->connect($config['host'], $config['port'], $config['timeout'])) throw */
	ZVAL_COPY(&args[0], wm_session_cfg(cfg, WM_STR("host")));
	ZVAL_COPY(&args[1], wm_session_cfg(cfg, WM_STR("port")));
	ZVAL_COPY(&args[2], wm_session_cfg(cfg, WM_STR("timeout")));
	if (EG(exception)) {
		ZVAL_UNDEF(&ret);
	} else {
		wm_invoke(&redis, WM_STR("connect"), &ret, 3, args);
	}
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	bool failed = Z_TYPE(ret) == IS_FALSE;
	zval_ptr_dtor(&ret);
	if (!EG(exception) && failed) {
		zend_string *host = zval_try_get_string(wm_session_cfg(cfg, WM_STR("host")));
		zend_string *port = host ? zval_try_get_string(wm_session_cfg(cfg, WM_STR("port"))) : NULL;
		if (port && !EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Redis connect %s:%s fail.", ZSTR_VAL(host), ZSTR_VAL(port));
		}
		if (host) {
			zend_string_release(host);
		}
		if (port) {
			zend_string_release(port);
		}
	}
	if (EG(exception)) {
		zval_ptr_dtor(&redis);
		RETURN_THROWS();
	}

	/* if (!empty($config['auth'])) $redis->auth($config['auth']); */
	zval *auth = wm_session_cfg_nonempty(cfg, WM_STR("auth"));
	if (auth) {
		ZVAL_COPY(&args[0], auth);
		wm_invoke(&redis, WM_STR("auth"), &ret, 1, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&ret);
		if (EG(exception)) {
			zval_ptr_dtor(&redis);
			RETURN_THROWS();
		}
	}
	/* if (!empty($config['database'])) $redis->select((int)$config['database']); */
	zval *database = wm_session_cfg_nonempty(cfg, WM_STR("database"));
	if (database) {
		ZVAL_LONG(&args[0], zval_get_long(database));
		wm_invoke(&redis, WM_STR("select"), &ret, 1, args);
		zval_ptr_dtor(&ret);
		if (EG(exception)) {
			zval_ptr_dtor(&redis);
			RETURN_THROWS();
		}
	}
	if (!wm_redis_set_prefix(&redis, cfg)) {
		zval_ptr_dtor(&redis);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&redis);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, open)
{
	zend_string *save_path, *name;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(save_path)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, read)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("get"), session_id, false, NULL, &ret)) {
		RETURN_THROWS();
	}
	if (Z_TYPE(ret) != IS_STRING && Z_TYPE(ret) != IS_FALSE) {
		/* upstream's `: string|false` return type (strict_types) */
		zend_type_error("%s::read(): Return value must be of type string|false, %s returned",
			ZSTR_VAL(wm_ce_RedisSessionHandler->name), zend_zval_type_name(&ret));
		zval_ptr_dtor(&ret);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, write)
{
	zend_string *session_id, *session_data;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(session_id)
		Z_PARAM_STR(session_data)
	ZEND_PARSE_PARAMETERS_END();

	/* return true === $this->connection()->setex($sessionId, Session::$lifetime, $sessionData); */
	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("setex"), session_id, true, session_data, &ret)) {
		RETURN_THROWS();
	}
	RETVAL_BOOL(Z_TYPE(ret) == IS_TRUE);
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp)
{
	zend_string *session_id, *data = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(session_id)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	/* return true === $this->connection()->expire($sessionId, Session::$lifetime); */
	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("expire"), session_id, true, NULL, &ret)) {
		RETURN_THROWS();
	}
	RETVAL_BOOL(Z_TYPE(ret) == IS_TRUE);
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy)
{
	zend_string *session_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(session_id)
	ZEND_PARSE_PARAMETERS_END();

	zval ret;
	if (!wm_redis_call(Z_OBJ_P(ZEND_THIS), WM_STR("del"), session_id, false, NULL, &ret)) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&ret);
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, gc)
{
	zend_long max_lifetime;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(max_lifetime)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	/* parent::__construct($config) */
	wm_redis_construct(Z_OBJ_P(ZEND_THIS), config);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, createRedisConnection)
{
	zval *config;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(config)
	ZEND_PARSE_PARAMETERS_END();

	HashTable *cfg = Z_ARRVAL_P(config);
	/* $args = [null, $config['host'], $timeout, $readTimeout, $persistent] (+ $auth if set) */
	zval args[6];
	uint32_t argc = 5;
	zval *timeout = wm_session_cfg_isset(cfg, WM_STR("timeout"));
	zval *read_timeout = wm_session_cfg_isset(cfg, WM_STR("read_timeout"));
	zval *persistent = wm_session_cfg_isset(cfg, WM_STR("persistent"));
	zval *auth = wm_session_cfg_nonempty(cfg, WM_STR("auth"));
	ZVAL_NULL(&args[0]);
	if (timeout) {
		ZVAL_COPY(&args[2], timeout);
	} else {
		ZVAL_LONG(&args[2], 2);
	}
	if (read_timeout) {
		ZVAL_COPY(&args[3], read_timeout);
	} else {
		ZVAL_COPY(&args[3], &args[2]);
	}
	if (persistent) {
		ZVAL_COPY(&args[4], persistent);
	} else {
		ZVAL_FALSE(&args[4]);
	}
	ZVAL_COPY(&args[1], wm_session_cfg(cfg, WM_STR("host")));
	if (auth) {
		ZVAL_COPY(&args[5], auth);
		argc = 6;
	}
	zval redis;
	bool ok = false;
	if (!EG(exception)) {
		zend_string *cls = zend_string_init(WM_STR("RedisCluster"), 0);
		ok = wm_session_new_object(&redis, cls, argc, args);
		zend_string_release(cls);
	}
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	if (!ok) {
		RETURN_THROWS();
	}
	if (!wm_redis_set_prefix(&redis, cfg)) {
		zval_ptr_dtor(&redis);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&redis);
}

/* ---- module hooks -------------------------------------------------------------------------- */

void wm_session_redis_minit(void)
{
	slot_redis_connection = wm_prop_offset(wm_ce_RedisSessionHandler, "connection");
	slot_redis_config = wm_prop_offset(wm_ce_RedisSessionHandler, "config");
}
