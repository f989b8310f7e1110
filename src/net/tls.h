/* SPDX-License-Identifier: MIT */
/* The TLS transport of the connection engine: OpenSSL directly on the connection's socket.
 *
 * The owner builds the SSL (from its SSL_CTX, configured from its options) and attaches it;
 * from then on the engine runs the non-blocking handshake from the connection's read/write
 * events, reads with SSL_read() and writes the send queue with SSL_write(), coalescing small
 * chunks into records of up to 16 KB (file chunks read with pread()). Errors are echoed through
 * the connection's echo upcall as upstream's doSslHandshake() does: PHP's warning text of
 * stream_socket_enable_crypto() after "SSL handshake error: ". */

#ifndef WM_NET_TLS_H
#define WM_NET_TLS_H

#include "net/conn.h"
#include "zend_smart_str.h"
#include <openssl/ssl.h>

/** The TLS transport's table. */
extern const wm_net_transport wm_net_tls;

/** Makes `ssl` the connection's transport (the socket is attached already), in the accept
 * (`server`) or connect state. Returns false, leaving `ssl` to the caller, when it cannot be put
 * on the socket; otherwise the connection owns it (freed by wm_net_transport_free()). */
bool wm_net_tls_attach(wm_net_conn *nc, SSL *ssl, bool server);
/** Client: sends the ClientHello now, as upstream starts the handshake right after the connect.
 * Returns false with a message in *error (caller frees) when OpenSSL fails at once. */
bool wm_net_tls_connect(wm_net_conn *nc, zend_string **error);
/** Appends the OpenSSL error queue (and empties it) as PHP's stream layer words it. */
void wm_net_tls_append_errors(smart_str *out);

#endif /* WM_NET_TLS_H */
