/* SPDX-License-Identifier: MIT */
/* TLS for connections (transport 'ssl'), with OpenSSL directly on the connection's socket.
 *
 * Server: ONE SSL_CTX per listening Worker, built on the first accept in the process that
 * accepts (a reload, which replaces the children, re-reads the certificate files) and shared by
 * all its connections: building a context per connection (what PHP streams do) is what makes
 * upstream's handshakes several times slower than nginx's. Sessions resume through the server
 * session cache (session-id context derived from the socket name) and through session tickets
 * whose keys are drawn once per PHP process at MINIT, i.e. in the master before it forks, so
 * every child of a listener accepts the tickets of the others.
 *
 * Client (AsyncTcpConnection with transport 'ssl'): PHP stream-client defaults (peer and name
 * verification on, system CA paths); contexts are cached per set of options.
 *
 * The handshake is non-blocking and driven by the connection's read/write events (connection.c
 * calls wm_tls_handshake() while wm_tls_established() is false). Afterwards connection.c reads
 * with wm_tls_recv() and writes its send queue with wm_tls_flush(), which coalesces small chunks
 * into records of up to 16 KB. Messages are echoed as upstream's doSslHandshake() does: PHP's
 * warning text of stream_socket_enable_crypto() after "SSL handshake error: ". */

#include "php/php_wm.h"
#include "php/log.h"
#include "core/callback.h"
#include "net/socket.h"
#include "main/php_streams.h"
#include "ext/standard/file.h"

#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <openssl/evp.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/socket.h>

/* Plaintext per SSL_write: one full TLS record. */
#define WM_TLS_RECORD 16384

typedef struct _wm_tls_sni {
	char *name;         /* lower-case host name, may start with "*." */
	SSL_CTX *ctx;
} wm_tls_sni;

/* A server context: the listener's, with its SNI alternatives. */
typedef struct _wm_tls_listener {
	SSL_CTX *ctx;
	wm_tls_sni *sni;
	size_t sni_count;
	char *alpn;         /* wire-format ALPN list (length-prefixed names), or NULL */
	size_t alpn_len;
} wm_tls_listener;

typedef struct _wm_tls_conn {
	SSL *ssl;
	size_t retry_len;   /* length of the SSL_write that must be retried (OpenSSL's rule), or 0 */
	bool server;
	bool done;          /* handshake completed */
	bool peeked;        /* server: the first bytes were checked for plain HTTP */
	bool dead;          /* a fatal error or EOF happened: no close_notify */
	bool verify_peer;   /* client: the chain must verify (else only the name is checked) */
	zend_string *sess_key; /* client: key of its session in the resumption cache, or NULL */
	bool allow_self_signed;
} wm_tls_conn;

/* Ticket keys (16-byte name, 32-byte HMAC key, 32-byte AES key) shared by every listener of
 * this PHP process and by its forked children. */
static unsigned char wm_tls_ticket_keys[80];
static bool wm_tls_ticket_keys_ok;

/* Client contexts cached by their options (key: serialized 'ssl' options). */
static HashTable wm_tls_client_ctxs;
static bool wm_tls_client_ctxs_init;

/* Client sessions for resumption, by context options, checked name and peer address: a
 * session verified under one set of options is never resumed under another. */
static HashTable wm_tls_sessions;
static bool wm_tls_sessions_init;
#define WM_TLS_MAX_SESSIONS 256

static unsigned char wm_tls_scratch[WM_TLS_RECORD];

static int wm_tls_ex_conn = -1;   /* SSL ex_data index: the wm_conn_object */

/* ---- options ------------------------------------------------------------------------------- */

static zval *wm_tls_opt(HashTable *opts, const char *name)
{
	if (!opts) {
		return NULL;
	}
	zval *zv = zend_hash_str_find_deref(opts, name, strlen(name));
	return (zv && Z_TYPE_P(zv) != IS_NULL) ? zv : NULL;
}

/* A string option, or NULL if missing or empty. */
static zend_string *wm_tls_opt_str(HashTable *opts, const char *name)
{
	zval *zv = wm_tls_opt(opts, name);
	if (!zv || Z_TYPE_P(zv) == IS_ARRAY || Z_TYPE_P(zv) == IS_OBJECT) {
		return NULL;
	}
	zend_string *s = zval_get_string(zv);
	if (ZSTR_LEN(s) == 0) {
		zend_string_release(s);
		return NULL;
	}
	return s;
}

static bool wm_tls_opt_bool(HashTable *opts, const char *name, bool dflt)
{
	zval *zv = wm_tls_opt(opts, name);
	return zv ? zend_is_true(zv) : dflt;
}

/* The 'ssl' array of a stream context options array, or NULL. */
static HashTable *wm_tls_ssl_options(zval *context)
{
	if (!context) {
		return NULL;
	}
	ZVAL_DEREF(context);
	if (Z_TYPE_P(context) == IS_RESOURCE) {
		php_stream_context *ctx = zend_fetch_resource_ex(context, NULL, php_le_stream_context());
		if (!ctx || Z_TYPE(ctx->options) != IS_ARRAY) {
			return NULL;
		}
		context = &ctx->options;
	}
	if (Z_TYPE_P(context) != IS_ARRAY) {
		return NULL;
	}
	zval *ssl = zend_hash_str_find_deref(Z_ARRVAL_P(context), "ssl", 3);
	return (ssl && Z_TYPE_P(ssl) == IS_ARRAY) ? Z_ARRVAL_P(ssl) : NULL;
}

/* Appends the OpenSSL error queue as PHP's stream layer words it. */
static void wm_tls_append_errors(smart_str *out)
{
	unsigned long e;
	bool first = true;
	char buf[256];
	while ((e = ERR_get_error()) != 0) {
		ERR_error_string_n(e, buf, sizeof(buf));
		if (!first) {
			smart_str_appendc(out, '\n');
		}
		smart_str_appends(out, buf);
		first = false;
	}
}

/* A configuration error worded as PHP's stream layer words it (PHP does not add OpenSSL's
 * queue to these): `before` + `detail` + `after`. */
static zend_string *wm_tls_config_error3(const char *before, const char *detail, const char *after)
{
	smart_str s = {0};
	smart_str_appends(&s, before);
	if (detail) {
		smart_str_appends(&s, detail);
	}
	if (after) {
		smart_str_appends(&s, after);
	}
	smart_str_0(&s);
	ERR_clear_error();
	return s.s;
}

static zend_string *wm_tls_config_error(const char *what, const char *detail)
{
	return wm_tls_config_error3(what, detail, detail ? "'" : NULL);
}

static int wm_tls_passphrase_cb(char *buf, int size, int rwflag, void *userdata)
{
	const char *pass = userdata;
	(void) rwflag;
	if (!pass) {
		return 0;
	}
	size_t len = strlen(pass);
	if (len > (size_t) size) {
		len = (size_t) size;
	}
	memcpy(buf, pass, len);
	return (int) len;
}

/* allow_self_signed: a self-signed peer certificate passes verification. */
static int wm_tls_verify_allow_self_signed(int ok, X509_STORE_CTX *store)
{
	if (!ok) {
		int err = X509_STORE_CTX_get_error(store);
		if (err == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || err == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN) {
			return 1;
		}
	}
	return ok;
}

/* Client verification with PHP's semantics: verify_peer_name is enforced on its own (the name
 * given to SSL_set1_host() must match even when verify_peer is false), the chain only with
 * verify_peer, and allow_self_signed lets a self-signed certificate through. */
static int wm_tls_verify_client(int ok, X509_STORE_CTX *store)
{
	if (ok) {
		return 1;
	}
	int err = X509_STORE_CTX_get_error(store);
	if (err == X509_V_ERR_HOSTNAME_MISMATCH || err == X509_V_ERR_IP_ADDRESS_MISMATCH) {
		return 0;
	}
	SSL *ssl = X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
	wm_conn_object *c = ssl ? SSL_get_ex_data(ssl, wm_tls_ex_conn) : NULL;
	if (!c || !c->tls) {
		return 0;
	}
	if (!c->tls->verify_peer) {
		return 1;
	}
	return c->tls->allow_self_signed
		&& (err == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || err == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN);
}

/* Loads local_cert (chain), local_pk (default: the key in local_cert) and passphrase. */
static bool wm_tls_load_cert(SSL_CTX *ctx, zend_string *cert, zend_string *pk, zend_string *pass, zend_string **error)
{
	if (pass) {
		SSL_CTX_set_default_passwd_cb(ctx, wm_tls_passphrase_cb);
		SSL_CTX_set_default_passwd_cb_userdata(ctx, ZSTR_VAL(pass));
	}
	bool ok = SSL_CTX_use_certificate_chain_file(ctx, ZSTR_VAL(cert)) == 1;
	if (!ok) {
		*error = wm_tls_config_error3("Unable to set local cert chain file `", ZSTR_VAL(cert),
			"'; Check that your cafile/capath settings include details of your certificate and its issuer");
	} else if (SSL_CTX_use_PrivateKey_file(ctx, ZSTR_VAL(pk ? pk : cert), SSL_FILETYPE_PEM) != 1) {
		*error = wm_tls_config_error("Unable to set private key file `", ZSTR_VAL(pk ? pk : cert));
		ok = false;
	} else if (SSL_CTX_check_private_key(ctx) != 1) {
		*error = wm_tls_config_error("Private key does not match certificate!", NULL);
		ok = false;
	}
	/* The passphrase lives in the options array: not needed once the key is loaded. */
	SSL_CTX_set_default_passwd_cb(ctx, NULL);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	return ok;
}

/* "h2,http/1.1" → wire format (each name prefixed by its length). */
static char *wm_tls_alpn_wire(zend_string *list, size_t *out_len)
{
	char *wire = emalloc(ZSTR_LEN(list) + 1);
	size_t n = 0;
	const char *p = ZSTR_VAL(list), *end = p + ZSTR_LEN(list);
	while (p < end) {
		const char *comma = memchr(p, ',', (size_t) (end - p));
		const char *stop = comma ? comma : end;
		size_t len = (size_t) (stop - p);
		if (len > 0 && len < 256) {
			wire[n++] = (char) len;
			memcpy(wire + n, p, len);
			n += len;
		}
		p = stop + 1;
	}
	if (n == 0) {
		efree(wire);
		return NULL;
	}
	*out_len = n;
	return wire;
}

/* Settings common to server and client contexts. */
static bool wm_tls_ctx_common(SSL_CTX *ctx, HashTable *opts, bool server, zend_string **error)
{
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER
		| SSL_MODE_RELEASE_BUFFERS);
	/* One recv() takes whatever the kernel holds (up to a record buffer) instead of a 5-byte
	 * header read and a body read per record; the read loop then drains OpenSSL's buffer
	 * (SSL_has_pending) and stops without a recv() that would only say EAGAIN. */
	SSL_CTX_set_read_ahead(ctx, 1);
	/* Compression is off (CRIME) as PHP's disable_compression default; renegotiation is
	 * refused: a non-blocking SSL_write() that suddenly wants to read would spin. */
	SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
	/* As PHP (>= 8.1) does: a peer closing without close_notify is an ordinary EOF, also
	 * mid-handshake (upstream prints nothing then). */
	SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
#endif
	if (wm_tls_opt_bool(opts, "honor_cipher_order", false)) {
		SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
	}
	if (wm_tls_opt_bool(opts, "no_ticket", false)) {
		SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
	}
	zval *level = wm_tls_opt(opts, "security_level");
	if (level) {
		SSL_CTX_set_security_level(ctx, (int) zval_get_long(level));
	}
	zend_string *ciphers = wm_tls_opt_str(opts, "ciphers");
	if (ciphers) {
		bool ok = SSL_CTX_set_cipher_list(ctx, ZSTR_VAL(ciphers)) == 1;
		zend_string_release(ciphers);
		if (!ok) {
			*error = wm_tls_config_error("Failed setting cipher list", NULL);
			return false;
		}
	}

	bool verify = wm_tls_opt_bool(opts, "verify_peer", !server);
	if (verify) {
		zend_string *cafile = wm_tls_opt_str(opts, "cafile");
		zend_string *capath = wm_tls_opt_str(opts, "capath");
		bool ok = true;
		if (cafile || capath) {
			ok = SSL_CTX_load_verify_locations(ctx, cafile ? ZSTR_VAL(cafile) : NULL,
				capath ? ZSTR_VAL(capath) : NULL) == 1;
			if (!ok) {
				*error = wm_tls_config_error("Unable to set verify locations `",
					cafile ? ZSTR_VAL(cafile) : ZSTR_VAL(capath));
			}
		} else if (!server) {
			SSL_CTX_set_default_verify_paths(ctx);
		}
		if (cafile) {
			zend_string_release(cafile);
		}
		if (capath) {
			zend_string_release(capath);
		}
		if (!ok) {
			return false;
		}
		zval *depth = wm_tls_opt(opts, "verify_depth");
		if (depth) {
			SSL_CTX_set_verify_depth(ctx, (int) zval_get_long(depth));
		}
	}
	if (!server) {
		/* Always verified: the callback applies verify_peer / verify_peer_name per connection. */
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, wm_tls_verify_client);
	} else if (verify) {
		/* A certificate is asked for and verified; a missing one is refused after the
		 * handshake with PHP's message (wm_tls_handshake()). */
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER,
			wm_tls_opt_bool(opts, "allow_self_signed", false) ? wm_tls_verify_allow_self_signed : NULL);
	} else {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	}

	zend_string *cert = wm_tls_opt_str(opts, "local_cert");
	if (cert) {
		zend_string *pk = wm_tls_opt_str(opts, "local_pk");
		zend_string *pass = wm_tls_opt_str(opts, "passphrase");
		bool ok = wm_tls_load_cert(ctx, cert, pk, pass, error);
		zend_string_release(cert);
		if (pk) {
			zend_string_release(pk);
		}
		if (pass) {
			zend_string_release(pass);
		}
		if (!ok) {
			return false;
		}
	} else if (server) {
		*error = zend_string_init("Could not get local_cert", sizeof("Could not get local_cert") - 1, 0);
		return false;
	}
	return true;
}

/* ---- server contexts ----------------------------------------------------------------------- */

static int wm_tls_alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
	const unsigned char *in, unsigned int inlen, void *arg)
{
	wm_tls_listener *l = arg;
	(void) ssl;
	if (!l->alpn || SSL_select_next_proto((unsigned char **) out, outlen, (const unsigned char *) l->alpn,
			(unsigned int) l->alpn_len, in, inlen) != OPENSSL_NPN_NEGOTIATED) {
		return SSL_TLSEXT_ERR_NOACK;
	}
	return SSL_TLSEXT_ERR_OK;
}

static int wm_tls_servername(SSL *ssl, int *al, void *arg)
{
	wm_tls_listener *l = arg;
	(void) al;
	const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
	if (!name) {
		return SSL_TLSEXT_ERR_NOACK;
	}
	/* Exact names first, then "*.example.com" for one label in front of it. */
	for (size_t i = 0; i < l->sni_count; i++) {
		if (strcasecmp(l->sni[i].name, name) == 0) {
			SSL_set_SSL_CTX(ssl, l->sni[i].ctx);
			return SSL_TLSEXT_ERR_OK;
		}
	}
	const char *dot = strchr(name, '.');
	if (dot) {
		for (size_t i = 0; i < l->sni_count; i++) {
			if (l->sni[i].name[0] == '*' && l->sni[i].name[1] == '.' && strcasecmp(l->sni[i].name + 1, dot) == 0) {
				SSL_set_SSL_CTX(ssl, l->sni[i].ctx);
				return SSL_TLSEXT_ERR_OK;
			}
		}
	}
	return SSL_TLSEXT_ERR_NOACK;
}

static void wm_tls_listener_free(wm_tls_listener *l)
{
	if (!l) {
		return;
	}
	if (l->ctx) {
		SSL_CTX_free(l->ctx);
	}
	for (size_t i = 0; i < l->sni_count; i++) {
		efree(l->sni[i].name);
		SSL_CTX_free(l->sni[i].ctx);
	}
	if (l->sni) {
		efree(l->sni);
	}
	if (l->alpn) {
		efree(l->alpn);
	}
	efree(l);
}

void wm_tls_worker_free(struct _wm_tls_listener *l)
{
	wm_tls_listener_free(l);
}

/* A server SSL_CTX for `opts` with the listener's session settings. */
static SSL_CTX *wm_tls_server_ctx(HashTable *opts, const unsigned char *sid, wm_tls_listener *l, zend_string **error)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
	if (!ctx) {
		*error = wm_tls_config_error("SSL context creation failure", NULL);
		return NULL;
	}
	if (!wm_tls_ctx_common(ctx, opts, true, error)) {
		SSL_CTX_free(ctx);
		return NULL;
	}
	SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER);
	SSL_CTX_set_session_id_context(ctx, sid, SHA256_DIGEST_LENGTH);
	if (wm_tls_ticket_keys_ok) {
		SSL_CTX_set_tlsext_ticket_keys(ctx, wm_tls_ticket_keys, sizeof(wm_tls_ticket_keys));
	}
	SSL_CTX_set_alpn_select_cb(ctx, wm_tls_alpn_select, l);
	return ctx;
}

/* Builds the listener's contexts from its socketContext 'ssl' options. */
static wm_tls_listener *wm_tls_listener_build(zend_object *worker, zend_string **error)
{
	zval rv;
	zval *context = zend_read_property(worker->ce, worker, "socketContext", sizeof("socketContext") - 1, 1, &rv);
	HashTable *opts = wm_tls_ssl_options(context);

	/* Session-id context: the same in every child of this listener, different per listener. */
	unsigned char sid[SHA256_DIGEST_LENGTH];
	zval *name = zend_read_property(worker->ce, worker, "socketName", sizeof("socketName") - 1, 1, &rv);
	zend_string *sname = zval_get_string(name);
	EVP_Digest(ZSTR_VAL(sname), ZSTR_LEN(sname), sid, NULL, EVP_sha256(), NULL);
	zend_string_release(sname);

	wm_tls_listener *l = ecalloc(1, sizeof(*l));
	zend_string *alpn = wm_tls_opt_str(opts, "alpn_protocols");
	if (alpn) {
		l->alpn = wm_tls_alpn_wire(alpn, &l->alpn_len);
		zend_string_release(alpn);
	}
	l->ctx = wm_tls_server_ctx(opts, sid, l, error);
	if (!l->ctx) {
		wm_tls_listener_free(l);
		return NULL;
	}

	zval *sni = wm_tls_opt(opts, "SNI_server_certs");
	if (sni && Z_TYPE_P(sni) == IS_ARRAY && wm_tls_opt_bool(opts, "SNI_enabled", true)) {
		zend_string *host;
		zval *entry;
		l->sni = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(sni)), sizeof(wm_tls_sni));
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(sni), host, entry) {
			if (!host) {
				continue;
			}
			/* host => "cert.pem" (certificate and key) or host => [local_cert, local_pk]. */
			HashTable sub;
			zend_hash_init(&sub, 8, NULL, ZVAL_PTR_DTOR, 0);
			zend_hash_copy(&sub, opts, zval_add_ref);
			zend_hash_str_del(&sub, "local_pk", sizeof("local_pk") - 1);
			ZVAL_DEREF(entry);
			if (Z_TYPE_P(entry) == IS_ARRAY) {
				zval *v;
				if ((v = zend_hash_str_find(Z_ARRVAL_P(entry), "local_cert", sizeof("local_cert") - 1))) {
					Z_TRY_ADDREF_P(v);
					zend_hash_str_update(&sub, "local_cert", sizeof("local_cert") - 1, v);
				}
				if ((v = zend_hash_str_find(Z_ARRVAL_P(entry), "local_pk", sizeof("local_pk") - 1))) {
					Z_TRY_ADDREF_P(v);
					zend_hash_str_update(&sub, "local_pk", sizeof("local_pk") - 1, v);
				}
			} else {
				zval v;
				ZVAL_STR(&v, zval_get_string(entry));
				zend_hash_str_update(&sub, "local_cert", sizeof("local_cert") - 1, &v);
			}
			SSL_CTX *sctx = wm_tls_server_ctx(&sub, sid, l, error);
			zend_hash_destroy(&sub);
			if (!sctx) {
				wm_tls_listener_free(l);
				return NULL;
			}
			l->sni[l->sni_count].name = estrndup(ZSTR_VAL(host), ZSTR_LEN(host));
			l->sni[l->sni_count].ctx = sctx;
			l->sni_count++;
		} ZEND_HASH_FOREACH_END();
		SSL_CTX_set_tlsext_servername_callback(l->ctx, wm_tls_servername);
		SSL_CTX_set_tlsext_servername_arg(l->ctx, l);
	}
	return l;
}

/* ---- client contexts ----------------------------------------------------------------------- */

/* A cache key for the 'ssl' options: scalar values only; NULL (no caching) otherwise. */
static zend_string *wm_tls_client_key(HashTable *opts)
{
	smart_str key = {0};
	smart_str_appendc(&key, 'c');
	if (opts) {
		zend_string *k;
		zend_ulong idx;
		zval *v;
		ZEND_HASH_FOREACH_KEY_VAL_IND(opts, idx, k, v) {
			ZVAL_DEREF(v);
			/* Per-connection values that do not shape the context. */
			if (k && (zend_string_equals_literal(k, "peer_name") || zend_string_equals_literal(k, "verify_peer_name")
					|| zend_string_equals_literal(k, "SNI_enabled") || zend_string_equals_literal(k, "peer_fingerprint"))) {
				continue;
			}
			if (Z_TYPE_P(v) == IS_ARRAY || Z_TYPE_P(v) == IS_OBJECT || Z_TYPE_P(v) == IS_RESOURCE) {
				smart_str_free(&key);
				return NULL;
			}
			if (k) {
				smart_str_append_long(&key, (zend_long) ZSTR_LEN(k));
				smart_str_appendc(&key, ':');
				smart_str_append(&key, k);
			} else {
				smart_str_append_unsigned(&key, idx);
			}
			zend_string *s = zval_get_string(v);
			smart_str_appendc(&key, '=');
			smart_str_appendc(&key, (char) ('0' + Z_TYPE_P(v)));
			smart_str_append_long(&key, (zend_long) ZSTR_LEN(s));
			smart_str_appendc(&key, ':');
			smart_str_append(&key, s);
			zend_string_release(s);
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_0(&key);
	return key.s;
}

static void wm_tls_ctx_dtor(zval *zv)
{
	SSL_CTX_free(Z_PTR_P(zv));
}

static void wm_tls_session_dtor(zval *zv)
{
	SSL_SESSION_free(Z_PTR_P(zv));
}

/* A client got a session (TLS 1.3: a ticket after the handshake): keep it for the next
 * connection with the same key. Returns 1 when the reference was taken. */
static int wm_tls_new_session(SSL *ssl, SSL_SESSION *sess)
{
	wm_conn_object *c = SSL_get_ex_data(ssl, wm_tls_ex_conn);
	if (!c || !c->tls || c->tls->ssl != ssl || !c->tls->sess_key || !SSL_SESSION_is_resumable(sess)) {
		return 0;
	}
	if (!wm_tls_sessions_init) {
		zend_hash_init(&wm_tls_sessions, 16, NULL, wm_tls_session_dtor, 1);
		wm_tls_sessions_init = true;
	}
	zend_string *key = c->tls->sess_key;
	if (!zend_hash_exists(&wm_tls_sessions, key) && zend_hash_num_elements(&wm_tls_sessions) >= WM_TLS_MAX_SESSIONS) {
		return 0;
	}
	zend_string *pkey = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
	zend_hash_update_ptr(&wm_tls_sessions, pkey, sess);
	zend_string_release(pkey);
	return 1;
}

/* The client context for `opts` (a new reference); *key_out receives its cache key (NULL when
 * the options cannot be cached, caller releases). */
static SSL_CTX *wm_tls_client_ctx(HashTable *opts, zend_string **key_out, zend_string **error)
{
	zend_string *key = wm_tls_client_key(opts);
	*key_out = key ? zend_string_copy(key) : NULL;
	if (key && wm_tls_client_ctxs_init) {
		SSL_CTX *cached = zend_hash_find_ptr(&wm_tls_client_ctxs, key);
		if (cached) {
			zend_string_release(key);
			SSL_CTX_up_ref(cached);
			return cached;
		}
	}
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	if (!ctx) {
		*error = wm_tls_config_error("SSL context creation failure", NULL);
	} else if (!wm_tls_ctx_common(ctx, opts, false, error)) {
		SSL_CTX_free(ctx);
		ctx = NULL;
	} else {
		SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
		SSL_CTX_sess_set_new_cb(ctx, wm_tls_new_session);
		zend_string *alpn = wm_tls_opt_str(opts, "alpn_protocols");
		if (alpn) {
			size_t len;
			char *wire = wm_tls_alpn_wire(alpn, &len);
			if (wire) {
				SSL_CTX_set_alpn_protos(ctx, (const unsigned char *) wire, (unsigned int) len);
				efree(wire);
			}
			zend_string_release(alpn);
		}
	}
	if (ctx && key) {
		if (!wm_tls_client_ctxs_init) {
			zend_hash_init(&wm_tls_client_ctxs, 8, NULL, wm_tls_ctx_dtor, 1);
			wm_tls_client_ctxs_init = true;
		}
		if (zend_hash_num_elements(&wm_tls_client_ctxs) < 64) {
			/* The cache is persistent (freed at MSHUTDOWN): its key must be too. */
			zend_string *pkey = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
			SSL_CTX_up_ref(ctx);
			zend_hash_add_new_ptr(&wm_tls_client_ctxs, pkey, ctx);
			zend_string_release(pkey);
		}
	}
	if (key) {
		zend_string_release(key);
	}
	return ctx;
}

/* ---- connection state ---------------------------------------------------------------------- */

static void wm_tls_write_start(wm_conn_object *c)
{
	if (!(c->flags & WM_CONN_F_WRITING) && (c->flags & WM_CONN_F_EVENTS)) {
		event_add(&c->ev_write, NULL);
		c->flags |= WM_CONN_F_WRITING;
	}
}

static void wm_tls_write_stop(wm_conn_object *c)
{
	if (c->flags & WM_CONN_F_WRITING) {
		event_del(&c->ev_write);
		c->flags &= ~WM_CONN_F_WRITING;
	}
}

static wm_tls_conn *wm_tls_conn_new(wm_conn_object *c, SSL_CTX *ctx, bool server)
{
	SSL *ssl = SSL_new(ctx);
	if (!ssl) {
		return NULL;
	}
	if (SSL_set_fd(ssl, (int) c->fd) != 1) {
		SSL_free(ssl);
		return NULL;
	}
	SSL_set_ex_data(ssl, wm_tls_ex_conn, c);
	wm_tls_conn *t = ecalloc(1, sizeof(*t));
	t->ssl = ssl;
	t->server = server;
	if (server) {
		SSL_set_accept_state(ssl);
	} else {
		SSL_set_connect_state(ssl);
	}
	return t;
}

bool wm_tls_server_start(wm_conn_object *c, zend_object *worker)
{
	wm_worker_object *w = wm_worker_from_obj(worker);
	zend_string *error = NULL;
	if (!w->tls) {
		w->tls = wm_tls_listener_build(worker, &error);
		if (!w->tls) {
			/* Upstream meets a broken certificate at each handshake: the same message then. */
			if (!zend_is_true(wm_static_prop(wm_ce_Worker, "daemonize", sizeof("daemonize") - 1))) {
				smart_str s = {0};
				smart_str_appends(&s, "SSL handshake error: stream_socket_enable_crypto(): ");
				smart_str_append(&s, error);
				smart_str_appendc(&s, '\n');
				smart_str_0(&s);
				wm_safe_echo(ZSTR_VAL(s.s), ZSTR_LEN(s.s), false);
				smart_str_free(&s);
			}
			zend_string_release(error);
			ERR_clear_error();
			return false;
		}
	}
	c->tls = wm_tls_conn_new(c, w->tls->ctx, true);
	if (!c->tls) {
		ERR_clear_error();
		return false;
	}
	return true;
}

bool wm_tls_client_start(wm_conn_object *c, zval *context, zend_string *host, zend_string **error)
{
	*error = NULL;
	if (c->fd < 0) {
		*error = zend_string_init("Connection is closed", sizeof("Connection is closed") - 1, 0);
		return false;
	}
	wm_tls_conn_free(c); /* a reconnect() of a connection that still has its old state */
	HashTable *opts = wm_tls_ssl_options(context);
	zend_string *ctx_key;
	SSL_CTX *ctx = wm_tls_client_ctx(opts, &ctx_key, error);
	if (!ctx) {
		if (ctx_key) {
			zend_string_release(ctx_key);
		}
		ERR_clear_error();
		return false;
	}
	wm_tls_conn *t = wm_tls_conn_new(c, ctx, false);
	SSL_CTX_free(ctx); /* the SSL holds its own reference */
	if (!t) {
		if (ctx_key) {
			zend_string_release(ctx_key);
		}
		*error = wm_tls_config_error("SSL handle creation failure", NULL);
		ERR_clear_error();
		return false;
	}

	zend_string *peer = wm_tls_opt_str(opts, "peer_name");
	const char *name = peer ? ZSTR_VAL(peer) : (host ? ZSTR_VAL(host) : NULL);
	if (name && *name) {
		bool ip = strchr(name, ':') != NULL || strspn(name, "0123456789.") == strlen(name);
		if (!ip && wm_tls_opt_bool(opts, "SNI_enabled", true)) {
			SSL_set_tlsext_host_name(t->ssl, name);
		}
		if (wm_tls_opt_bool(opts, "verify_peer_name", true)) {
			SSL_set_hostflags(t->ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
			SSL_set1_host(t->ssl, name);
		}
	}
	t->verify_peer = wm_tls_opt_bool(opts, "verify_peer", true);
	t->allow_self_signed = wm_tls_opt_bool(opts, "allow_self_signed", false);
	if (ctx_key) {
		/* Resume the last session made with these options, name and peer address. */
		php_sockaddr_storage ss;
		socklen_t len = sizeof(ss);
		if (getpeername(c->fd, (struct sockaddr *) &ss, &len) == 0) {
			zend_string *addr = wm_socket_name((struct sockaddr *) &ss, len);
			smart_str k = {0};
			smart_str_append(&k, ctx_key);
			smart_str_appends(&k, "|peer=");
			smart_str_appends(&k, name ? name : "");
			smart_str_appends(&k, wm_tls_opt_bool(opts, "verify_peer_name", true) ? "|v|" : "|n|");
			smart_str_append(&k, addr);
			smart_str_0(&k);
			zend_string_release(addr);
			t->sess_key = k.s;
			SSL_SESSION *sess = wm_tls_sessions_init ? zend_hash_find_ptr(&wm_tls_sessions, t->sess_key) : NULL;
			if (sess) {
				SSL_set_session(t->ssl, sess);
			}
		}
		zend_string_release(ctx_key);
	}
	if (peer) {
		zend_string_release(peer);
	}
	c->tls = t;

	/* Upstream starts the handshake right after the connect: send the ClientHello now. */
	ERR_clear_error();
	int r = SSL_do_handshake(t->ssl);
	if (r == 1) {
		t->done = true;
		return true;
	}
	int err = SSL_get_error(t->ssl, r);
	if (err == SSL_ERROR_WANT_WRITE) {
		wm_tls_write_start(c);
	} else if (err != SSL_ERROR_WANT_READ) {
		smart_str s = {0};
		smart_str_appends(&s, "SSL operation failed");
		if (ERR_peek_error()) {
			smart_str_appends(&s, ". OpenSSL Error messages:\n");
			wm_tls_append_errors(&s);
		}
		smart_str_0(&s);
		*error = s.s;
		return false;
	}
	return true;
}

void wm_tls_conn_free(wm_conn_object *c)
{
	wm_tls_conn *t = c->tls;
	if (!t) {
		return;
	}
	SSL_free(t->ssl);
	if (t->sess_key) {
		zend_string_release(t->sess_key);
	}
	efree(t);
	c->tls = NULL;
}

bool wm_tls_established(wm_conn_object *c)
{
	return c->tls->done;
}

/* ---- handshake ----------------------------------------------------------------------------- */

static bool wm_tls_quiet(void)
{
	zval *d = wm_static_prop(wm_ce_Worker, "daemonize", sizeof("daemonize") - 1);
	return d && zend_is_true(d);
}

/* The first bytes of a server connection are not a TLS record but an HTTP request line: answer
 * it in plain HTTP instead of letting the client wait for a reply it can read. Returns true if
 * it was one (the caller destroys the connection). */
static bool wm_tls_plain_http(wm_conn_object *c, const char *peek, size_t n)
{
	static const char *const methods[] = {"GET ", "POST", "HEAD", "PUT ", "DELE", "OPTI", "PATC", "CONN", "TRAC"};
	bool http = false;
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		if (n >= 4 && memcmp(peek, methods[i], 4) == 0) {
			http = true;
			break;
		}
	}
	if (!http) {
		return false;
	}
	/* A misconfigured client or proxy, worth a line in the log file too (Worker::log(): also
	 * echoed unless daemonized), where handshake errors are only echoed, as upstream's. */
	zend_string *local = wm_socket_local_name(c->fd);
	wm_logf("SSL handshake error: plain HTTP request received on TLS port %s from %s", ZSTR_VAL(local),
		c->remote_address ? ZSTR_VAL(c->remote_address) : "");
	zend_string_release(local);
	/* Read what the client sent first: closing a socket with unread bytes resets it, and the
	 * client would lose the reply. */
	char sink[4096];
	for (int i = 0; i < 16; i++) {
		ssize_t r = recv(c->fd, sink, sizeof(sink), 0);
		if (r <= 0) {
			break;
		}
	}
	static const char reply[] =
		"HTTP/1.1 400 Bad Request\r\n"
		"Content-Type: text/plain\r\n"
		"Content-Length: 49\r\n"
		"Connection: close\r\n"
		"\r\n"
		"The plain HTTP request was sent to an HTTPS port\n";
	(void) !send(c->fd, reply, sizeof(reply) - 1, MSG_NOSIGNAL);
	shutdown(c->fd, SHUT_WR);
	return true;
}

static void wm_tls_call_on_handshake(wm_conn_object *c)
{
	if (!c->std.properties) {
		return; /* no dynamic property at all */
	}
	zval *cb = zend_hash_str_find_deref(c->std.properties, "onSslHandshake", sizeof("onSslHandshake") - 1);
	if (!cb || !zend_is_callable(cb, 0, NULL)) {
		return;
	}
	zval func, arg;
	ZVAL_COPY(&func, cb);
	ZVAL_OBJ(&arg, &c->std);
	wm_call(&func, NULL, 1, &arg);
	zval_ptr_dtor(&func);
	wm_conn_report_exception(c);
}

int wm_tls_handshake(wm_conn_object *c)
{
	wm_tls_conn *t = c->tls;
	if (t->done) {
		return 1;
	}
	if (c->fd < 0) {
		return -1;
	}
	if (t->server && !t->peeked) {
		char peek[8];
		ssize_t n;
		do {
			n = recv(c->fd, peek, sizeof(peek), MSG_PEEK);
		} while (n < 0 && errno == EINTR);
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
			t->dead = true;
			return -1; /* upstream: feof() before the handshake → destroy, nothing printed */
		}
		if (n < 0) {
			return 0;
		}
		t->peeked = true;
		if (peek[0] != 0x16 && wm_tls_plain_http(c, peek, (size_t) n)) {
			t->dead = true;
			return -1;
		}
	}

	ERR_clear_error();
	errno = 0;
	int r = SSL_do_handshake(t->ssl);
	if (r == 1) {
		if (t->server && (SSL_get_verify_mode(t->ssl) & SSL_VERIFY_PEER) && !SSL_get0_peer_certificate(t->ssl)) {
			/* verify_peer on a server: PHP's policy check after the handshake wants one. */
			t->dead = true;
			if (!wm_tls_quiet()) {
				static const char msg[] = "SSL handshake error: stream_socket_enable_crypto(): Could not get peer certificate\n";
				wm_safe_echo(msg, sizeof(msg) - 1, false);
			}
			return -1;
		}
		t->done = true;
		if (t->server) {
			wm_tls_call_on_handshake(c);
		}
		return 1;
	}
	int err = SSL_get_error(t->ssl, r);
	if (err == SSL_ERROR_WANT_READ) {
		wm_tls_write_stop(c);
		return 0;
	}
	if (err == SSL_ERROR_WANT_WRITE) {
		wm_tls_write_start(c);
		return 0;
	}
	t->dead = true;
	int saved_errno = errno;
	if (err == SSL_ERROR_ZERO_RETURN || (err == SSL_ERROR_SYSCALL && !ERR_peek_error()
			&& (saved_errno == 0 || saved_errno == ECONNRESET || saved_errno == EPIPE))) {
		/* The peer went away mid-handshake (closed or reset): nothing to say, as upstream,
		 * whose feof() check before each handshake step destroys such a connection quietly. */
		ERR_clear_error();
		return -1;
	}
	if (!wm_tls_quiet()) {
		/* PHP's warning of stream_socket_enable_crypto(), as upstream echoes it. */
		smart_str s = {0};
		smart_str_appends(&s, "SSL handshake error: stream_socket_enable_crypto(): ");
		if (ERR_peek_error()) {
			smart_str_appends(&s, "SSL operation failed with code 1. OpenSSL Error messages:\n");
			wm_tls_append_errors(&s);
		} else {
			smart_str_appends(&s, "SSL: ");
			smart_str_appends(&s, saved_errno ? strerror(saved_errno) : "Connection closed");
		}
		smart_str_appendc(&s, '\n');
		smart_str_0(&s);
		wm_safe_echo(ZSTR_VAL(s.s), ZSTR_LEN(s.s), false);
		smart_str_free(&s);
	}
	ERR_clear_error();
	return -1;
}

/* ---- reading and writing ------------------------------------------------------------------- */

ssize_t wm_tls_recv(wm_conn_object *c, char *buf, size_t len)
{
	wm_tls_conn *t = c->tls;
	if (t->dead || c->fd < 0) {
		return -1;
	}
	ERR_clear_error();
	int n = SSL_read(t->ssl, buf, len > INT_MAX ? INT_MAX : (int) len);
	if (n > 0) {
		return n;
	}
	int err = SSL_get_error(t->ssl, n);
	if (err == SSL_ERROR_WANT_READ) {
		return 0;
	}
	if (err == SSL_ERROR_WANT_WRITE) {
		wm_tls_write_start(c);
		return 0;
	}
	/* close_notify, EOF or a protocol error: the connection is over (as fread() === false). */
	t->dead = err != SSL_ERROR_ZERO_RETURN;
	ERR_clear_error();
	return -1;
}

bool wm_tls_pending(wm_conn_object *c)
{
	wm_tls_conn *t = c->tls;
	/* Decrypted bytes, or (read-ahead) raw records already taken from the kernel: no readiness
	 * event would announce those. A partial record held here costs one recv() that says
	 * EAGAIN, after which the read loop waits for the kernel. */
	return !t->dead && c->fd >= 0 && SSL_has_pending(t->ssl);
}

/* The next plaintext to hand to SSL_write: a large memory chunk as it is, else up to one record
 * gathered from the head of the queue (small chunks such as an HTTP head and its body become one
 * record; a file chunk is read with pread()). `want` forces the length (a retry). Returns the
 * length, or -1 if a file could not be read. */
static ssize_t wm_tls_next(wm_outq *q, size_t want, const void **data)
{
	wm_chunk *first = &q->v[q->head];
	if (first->fd >= 0) {
		size_t len = want ? want : (first->len < WM_TLS_RECORD ? first->len : WM_TLS_RECORD);
		size_t got = 0;
		while (got < len) {
			ssize_t r = pread(first->fd, wm_tls_scratch + got, len - got, (off_t) (first->off + got));
			if (r < 0 && errno == EINTR) {
				continue;
			}
			if (r <= 0) {
				errno = r == 0 ? EIO : errno; /* a file that shrank: the peer expects the bytes */
				return -1;
			}
			got += (size_t) r;
		}
		*data = wm_tls_scratch;
		return (ssize_t) len;
	}
	const char *p = wm_chunk_data(first);
	if ((want == 0 && first->len >= WM_TLS_RECORD) || (want && want <= first->len)) {
		*data = p;
		return (ssize_t) (want ? want : first->len);
	}
	size_t limit = want ? want : WM_TLS_RECORD, got = 0;
	for (uint32_t i = 0; i < q->count && got < limit; i++) {
		wm_chunk *ch = &q->v[(q->head + i) & (q->cap - 1)];
		if (ch->fd >= 0) {
			break;
		}
		size_t take = ch->len < limit - got ? ch->len : limit - got;
		memcpy(wm_tls_scratch + got, wm_chunk_data(ch), take);
		got += take;
	}
	*data = wm_tls_scratch;
	return (ssize_t) got;
}

ssize_t wm_tls_flush(wm_conn_object *c)
{
	wm_tls_conn *t = c->tls;
	wm_outq *q = &c->outq;
	ssize_t total = 0;
	if (!t->done) {
		return 0; /* queued until the handshake completes */
	}
	if (t->dead || c->fd < 0) {
		errno = EPIPE;
		return -1;
	}
	while (q->count > 0) {
		const void *data;
		ssize_t len = wm_tls_next(q, t->retry_len, &data);
		if (len < 0) {
			t->dead = true;
			return -1;
		}
		ERR_clear_error();
		int w = SSL_write(t->ssl, data, (int) (len > INT_MAX ? INT_MAX : len));
		if (w > 0) {
			t->retry_len = 0;
			wm_outq_consume(q, (size_t) w);
			total += w;
			continue;
		}
		int err = SSL_get_error(t->ssl, w);
		if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
			/* OpenSSL wants the same bytes again: the queue head stays as it is. */
			t->retry_len = (size_t) len;
			break;
		}
		t->dead = true;
		ERR_clear_error();
		if (total == 0) {
			errno = EPIPE;
			return -1;
		}
		break;
	}
	return total;
}

void wm_tls_close_notify(wm_conn_object *c)
{
	wm_tls_conn *t = c->tls;
	if (!t || !t->done || t->dead || c->fd < 0 || t->retry_len) {
		return;
	}
	/* One non-blocking try: a peer that does not read it gets the FIN anyway. */
	ERR_clear_error();
	(void) SSL_shutdown(t->ssl);
	ERR_clear_error();
	t->dead = true;
}

/* ---- module -------------------------------------------------------------------------------- */

void wm_tls_minit(void)
{
	/* Drawn here, in the process that will fork the workers, so that all of them share them. */
	size_t got = 0;
	while (got < sizeof(wm_tls_ticket_keys)) {
		ssize_t r = getrandom(wm_tls_ticket_keys + got, sizeof(wm_tls_ticket_keys) - got, 0);
		if (r < 0) {
			if (errno == EINTR) {
				continue;
			}
			break;
		}
		got += (size_t) r;
	}
	wm_tls_ticket_keys_ok = got == sizeof(wm_tls_ticket_keys);
	wm_tls_ex_conn = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
}

void wm_tls_mshutdown(void)
{
	if (wm_tls_sessions_init) {
		zend_hash_destroy(&wm_tls_sessions);
		wm_tls_sessions_init = false;
	}
	if (wm_tls_client_ctxs_init) {
		zend_hash_destroy(&wm_tls_client_ctxs);
		wm_tls_client_ctxs_init = false;
	}
	OPENSSL_cleanse(wm_tls_ticket_keys, sizeof(wm_tls_ticket_keys));
}
