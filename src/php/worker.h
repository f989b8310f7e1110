/* SPDX-License-Identifier: MIT */
/* Workerman\\Worker (src/php/worker.c): listening, accepting and running a worker; the process
 * model behind runAll() is src/php/process.h. */

#ifndef WM_PHP_WORKER_H
#define WM_PHP_WORKER_H

#include "common.h"
#include "core/loop.h"
#include "main/php_network.h"

extern zend_class_entry *wm_ce_Worker;

void wm_worker_minit(void);

typedef struct _wm_worker_object {
	php_socket_t listen_fd;     /* fd of $mainSocket (borrowed from the stream), -1 if none */
	struct event ev_accept;
	bool accepting;             /* ev_accept is added */
	bool ev_assigned;
	wm_loop *accept_loop;       /* loop ev_accept was assigned on */
	wm_loop_ref loop_ref;       /* membership in accept_loop's list of event holders */
	struct _wm_tls_listener *tls; /* transport 'ssl': the listener's SSL_CTX (src/php/tls_context.c), built
	                               * at the first accept of this process, NULL until then */
	zend_object std;            /* must stay last */
} wm_worker_object;

static zend_always_inline wm_worker_object *wm_worker_from_obj(zend_object *obj)
{
	return (wm_worker_object *) ((char *) obj - XtOffsetOf(wm_worker_object, std));
}

/** parseSocketAddress(): the address to bind ("tcp://host:port", ...) resolved from the socket
 * name (sets $protocol and $transport), NULL if there is none or with an exception. */
zend_string *wm_worker_parse_socket_address(zend_object *obj);

/* Worker property slots used by connection.c. */
extern uint32_t wm_worker_slot_connections;

#endif /* WM_PHP_WORKER_H */
