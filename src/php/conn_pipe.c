/* SPDX-License-Identifier: MIT */
/* TcpConnection::pipe(): the four callbacks that forward one connection's messages to another
 * (onMessage, onClose on the source; onBufferFull, onBufferDrain on the destination) are
 * closures over one native helper, stored in the declared properties. */

#include "php/connection.h"
#include "zend_closures.h"
#include "zend_interfaces.h"

/* pipe(): $this->onMessage forwards to $dest, close follows, back-pressure pauses $this. The
 * four callbacks are closures over native helpers, stored in the declared properties. */
enum { WM_PIPE_FORWARD, WM_PIPE_CLOSE, WM_PIPE_PAUSE, WM_PIPE_RESUME, WM_PIPE_COUNT };
static void wm_pipe_closure(zval *out, zend_object *bound, int which);

ZEND_METHOD(Workerman_Connection_TcpConnection, pipe)
{
	zval *dest;
	zval cb;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(dest, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();

	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	wm_conn_object *d = Z_WM_CONN_P(dest);

	/* $this->onMessage = fn($source, $data) => $dest->send($data) */
	wm_pipe_closure(&cb, &d->std, WM_PIPE_FORWARD);
	wm_prop_set(&c->std, wm_conn_slot_on_message, &cb);
	/* $this->onClose = fn() => $dest->close() */
	wm_pipe_closure(&cb, &d->std, WM_PIPE_CLOSE);
	wm_prop_set(&c->std, wm_conn_slot_on_close, &cb);
	/* $dest->onBufferFull = fn() => $this->pauseRecv() */
	wm_pipe_closure(&cb, &c->std, WM_PIPE_PAUSE);
	wm_prop_set(&d->std, wm_conn_slot_on_buffer_full, &cb);
	/* $dest->onBufferDrain = fn() => $this->resumeRecv() */
	wm_pipe_closure(&cb, &c->std, WM_PIPE_RESUME);
	wm_prop_set(&d->std, wm_conn_slot_on_buffer_drain, &cb);
}

/* ---- pipe() helpers: internal functions bound as closures to a connection ------------------ */

ZEND_BEGIN_ARG_INFO_EX(arginfo_wm_pipe_helper, 0, 0, 0)
	ZEND_ARG_VARIADIC_INFO(0, args)
ZEND_END_ARG_INFO()

/* One handler for the four helpers; the bound $this is the connection acted on and the function
 * name says what to do. Each forwards through PHP method dispatch, as upstream's closures do. */
static ZEND_FUNCTION(wm_pipe_helper)
{
	zval *args = NULL;
	uint32_t argc = 0;
	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE(EX(This)) != IS_OBJECT) {
		return;
	}
	zend_object *target = Z_OBJ(EX(This));
	zend_string *name = EX(func)->common.function_name;
	zval ret;
	if (zend_string_equals_literal(name, "pipeForward")) {
		if (argc >= 2) {
			zend_call_method_with_1_params(target, target->ce, NULL, "send", &ret, &args[1]);
			zval_ptr_dtor(&ret);
		}
	} else if (zend_string_equals_literal(name, "pipeClose")) {
		zend_call_method_with_0_params(target, target->ce, NULL, "close", NULL);
	} else if (zend_string_equals_literal(name, "pipePause")) {
		zend_call_method_with_0_params(target, target->ce, NULL, "pauserecv", NULL);
	} else {
		zend_call_method_with_0_params(target, target->ce, NULL, "resumerecv", NULL);
	}
}

static zend_internal_function wm_pipe_fns[WM_PIPE_COUNT];

static void wm_pipe_closure(zval *out, zend_object *bound, int which)
{
	zval this_zv;
	ZVAL_OBJ(&this_zv, bound);
	zend_create_closure(out, (zend_function *) &wm_pipe_fns[which], wm_ce_TcpConnection, bound->ce, &this_zv);
}

void wm_conn_pipe_minit(void)
{
	static const char *names[WM_PIPE_COUNT] = {"pipeForward", "pipeClose", "pipePause", "pipeResume"};
	for (int i = 0; i < WM_PIPE_COUNT; i++) {
		zend_internal_function *f = &wm_pipe_fns[i];
		memset(f, 0, sizeof(*f));
		f->type = ZEND_INTERNAL_FUNCTION;
		f->handler = ZEND_FN(wm_pipe_helper);
		f->function_name = zend_string_init_interned(names[i], strlen(names[i]), 1);
		f->scope = wm_ce_TcpConnection;
		f->fn_flags = ZEND_ACC_PUBLIC | ZEND_ACC_VARIADIC;
		f->arg_info = (zend_internal_arg_info *) arginfo_wm_pipe_helper + 1;
	}
}
