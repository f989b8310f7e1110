/* SPDX-License-Identifier: MIT */
/* TLS contexts (src/php/tls_context.c): SSL_CTX built from `ssl` context options for listeners
 * and clients; the I/O is the engine's TLS transport (src/net/tls.c). */

#ifndef WM_PHP_TLS_CONTEXT_H
#define WM_PHP_TLS_CONTEXT_H

#include "php/connection.h"

struct _wm_tls_listener;
/** Starts a server-side TLS handshake on a connection just accepted by `worker` (transport
 * 'ssl'): an SSL from the listener's shared SSL_CTX, handed to the engine's TLS transport.
 * Returns false when TLS cannot be set up (logged; the caller destroys the connection). */
bool wm_tls_server_start(wm_conn_object *c, zend_object *worker);
/** Starts a client-side TLS handshake on a connected socket (AsyncTcpConnection with transport
 * 'ssl'); `context` is the connection's stream context options array (its 'ssl' entry is
 * used) or NULL; `host` is the name sent as SNI and checked against the certificate. The
 * handshake then runs from the connection's read/write events; data sent meanwhile is queued
 * and flushed when it completes. Returns false with a message in *error (caller frees) when
 * TLS cannot be set up. */
bool wm_tls_client_start(wm_conn_object *c, zval *context, zend_string *host, zend_string **error);
/** Frees a listener's TLS contexts (wm_worker_object.tls). */
void wm_tls_worker_free(struct _wm_tls_listener *l);
void wm_tls_minit(void);
void wm_tls_mshutdown(void);

#endif /* WM_PHP_TLS_CONTEXT_H */
