/* SPDX-License-Identifier: MIT */
/* TLS for connections (transport 'ssl'): one SSL_CTX per listener, non-blocking handshakes.
 * Placeholder until the TLS layer lands. */

#include "php/php_wm.h"

bool wm_tls_server_start(wm_conn_object *c, zend_object *worker)
{
	return false;
}

bool wm_tls_client_start(wm_conn_object *c, zval *context, zend_string *host, zend_string **error)
{
	*error = zend_string_init("TLS is not available", sizeof("TLS is not available") - 1, 0);
	return false;
}

void wm_tls_conn_free(wm_conn_object *c)
{
}

void wm_tls_minit(void)
{
}

void wm_tls_mshutdown(void)
{
}
