/* SPDX-License-Identifier: MIT */
/* The one road from C into PHP: calling user callables and handling what they throw. */

#ifndef WM_CORE_CALLBACK_H
#define WM_CORE_CALLBACK_H

#include "common.h"

/** Calls `callable` with `argc` positional arguments. The result goes to `retval` (caller
 * destroys it) or is discarded when `retval` is NULL. A callable that cannot be called raises
 * the same Error PHP would. Returns FAILURE if nothing was called; exceptions are left pending. */
zend_result wm_call(zval *callable, zval *retval, uint32_t argc, zval *argv);

/** Like wm_call(), with the elements of `args` appended: integer keys become positional
 * arguments, string keys named ones (as `$func(...$args)` does). `args` may be NULL. */
zend_result wm_call_with_array(zval *callable, zval *retval, uint32_t argc, zval *argv, zval *args);

/** Calls method `lcname` (lower-case) of `obj` with `argc` arguments through PHP dispatch, so
 * that overrides in subclasses run. Throws an Error if there is no such method. */
zend_result wm_call_method(zend_object *obj, const char *lcname, size_t len, zval *retval, uint32_t argc, zval *argv);

/** Calls the global PHP function `name` (so its warnings read as from PHP code), looked up per
 * call (disable_functions may have removed it: then the Error PHP would raise). `ret` is always
 * written (UNDEF when nothing was called). Returns false when an exception is pending. */
bool wm_call_function(const char *name, size_t len, zval *ret, uint32_t argc, zval *argv);

/** Calls static method `lcname` of `scope` (late static binding: `scope` is the called class). */
zend_result wm_call_static(zend_class_entry *scope, const char *lcname, size_t len, zval *retval, uint32_t argc, zval *argv);

/** Composer\InstalledVersions::$method($package) (e.g. getVersion, getInstallPath) when the
 * application's autoloader knows that class: true with the result in `ret` (caller destroys),
 * false (ret UNDEF, no exception left) without Composer 2 or when the package is not installed. */
bool wm_composer_package(const char *method, size_t len, const char *package, zval *ret);

/** True when the pending exception is an exit()/die() unwind, which must travel up and end the
 * script rather than be reported. */
bool wm_exception_is_exit(void);

/** Takes the pending exception out of EG(exception) and returns it (a new reference). */
zend_object *wm_exception_take(void);

#endif /* WM_CORE_CALLBACK_H */
