/* SPDX-License-Identifier: MIT */
/* Private to Workerman\Protocols\Http\Session and its handlers: what session.c (Session, the
 * small helpers, the module hooks), session_file.c (FileSessionHandler) and session_redis.c
 * (RedisSessionHandler, RedisClusterSessionHandler) share. Nothing outside those three files
 * includes it. */

#ifndef WM_PHP_SESSION_IMPL_H
#define WM_PHP_SESSION_IMPL_H

#include "common.h"

#define WM_STR(s) s, sizeof(s) - 1

/* The handler classes (registered by wm_session_minit(), which owns the generated arginfo). */
extern zend_class_entry *wm_ce_FileSessionHandler;
extern zend_class_entry *wm_ce_RedisSessionHandler;

/* Session::$lifetime's static slot (set once at MINIT). */
extern uint32_t wm_session_sslot_lifetime;

/* ---- session.c: small helpers --------------------------------------------------------------- */

/** `static::$name` seen from `scope` (the called class); NULL with an Error pending when it is an
 * uninitialized typed static. Follows references. */
zval *wm_session_sprop(zend_class_entry *scope, zend_string *name);

/** `static::$name = value` with the engine's (strict) type check; false with an exception pending
 * on failure. Does not take ownership of `value`. */
bool wm_session_sprop_set(zend_class_entry *scope, zend_string *name, zval *value);

/** A declared instance property, following references; NULL with upstream's Error pending when
 * it is an uninitialized typed property (`name` names it). */
zval *wm_session_iprop(zend_object *obj, uint32_t slot, const char *name);

/** `new $class(...$args)` for a class name held in a zval (upstream's `new
 * static::$handlerClass`, `new Redis()`): autoloads, refuses interfaces and abstract classes,
 * runs the constructor with the caller's visibility. Returns false with an exception pending on
 * failure. */
bool wm_session_new_object(zval *out, zend_string *class_name, uint32_t argc, zval *argv);

/** `$array['key']` on a config array: upstream's warning and null when the key is missing. */
zval *wm_session_cfg(HashTable *ht, const char *key, size_t len);

/** `$array['key'] ?? null`: the value, or NULL. */
zval *wm_session_cfg_isset(HashTable *ht, const char *key, size_t len);

/** `!empty($array['key'])`: the value, or NULL. */
zval *wm_session_cfg_nonempty(HashTable *ht, const char *key, size_t len);

/* ---- session_file.c ------------------------------------------------------------------------- */

/** Interns FileSessionHandler's static names; called by wm_session_minit(). */
void wm_session_file_minit(void);

/** Upstream's load-time FileSessionHandler::init() (the save directory is created later, by the
 * first handler constructed or written to); called by wm_session_rinit(). May leave an
 * exception pending. */
void wm_session_file_rinit(void);

/** Drops the last plain-file read that write() compares with; called by wm_session_rshutdown(). */
void wm_session_file_rshutdown(void);

/** Forgets a save directory chosen at RINIT and never created; called by
 * wm_session_mshutdown(). */
void wm_session_file_mshutdown(void);

/* ---- session_redis.c ------------------------------------------------------------------------ */

/** Looks up RedisSessionHandler's property slots; called by wm_session_minit(). */
void wm_session_redis_minit(void);

#endif
