/* SPDX-License-Identifier: MIT */
/* TLS contexts for connections (transport 'ssl'): the SSL_CTX built from PHP `ssl` context
 * options, and the SSL handed to the connection engine's TLS transport (src/net/tls.c), which
 * does the handshake and the I/O.
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
 * verification on, system CA paths); contexts are cached per set of options, sessions per
 * options, name and peer address. The client's verification policy travels with its SSL
 * (ex_data: wm_tls_client_info). */

#include "php/connection.h"
#include "php/tls_context.h"
#include "php/worker.h"
#include "php/log.h"
#include "core/callback.h"
#include "net/socket.h"
#include "net/tls.h"
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

/* A client's verification policy and session key, on its SSL (ex_data, freed with it). */
typedef struct _wm_tls_client_info {
	bool verify_peer;   /* the chain must verify (else only the name is checked) */
	bool allow_self_signed;
	zend_string *sess_key; /* key of its session in the resumption cache, or NULL */
} wm_tls_client_info;

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

/* Ticket keys (16-byte name, 32-byte HMAC key, 32-byte AES key) shared by every listener of
 * this PHP process and by its forked children. */
static unsigned char wm_tls_ticket_keys[80];
static bool wm_tls_ticket_keys_ok;

/* The process's client caches live in the module globals (persistent tables, created on first
 * use, freed at MSHUTDOWN): WM_G(tls_client_ctxs), client contexts by their options (key:
 * serialized 'ssl' options); WM_G(tls_sessions), client sessions for resumption by context
 * options, checked name and peer address (a session verified under one set of options is never
 * resumed under another). */
#define WM_TLS_MAX_SESSIONS 256

static int wm_tls_ex_info = -1;   /* SSL ex_data index: the client's wm_tls_client_info */

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
	wm_tls_client_info *info = ssl ? SSL_get_ex_data(ssl, wm_tls_ex_info) : NULL;
	if (!info) {
		return 0;
	}
	if (!info->verify_peer) {
		return 1;
	}
	return info->allow_self_signed
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
	wm_tls_client_info *info = SSL_get_ex_data(ssl, wm_tls_ex_info);
	if (!info || !info->sess_key || !SSL_SESSION_is_resumable(sess)) {
		return 0;
	}
	if (!WM_G(tls_sessions)) {
		WM_G(tls_sessions) = pemalloc(sizeof(HashTable), 1);
		zend_hash_init(WM_G(tls_sessions), 16, NULL, wm_tls_session_dtor, 1);
	}
	zend_string *key = info->sess_key;
	if (!zend_hash_exists(WM_G(tls_sessions), key) && zend_hash_num_elements(WM_G(tls_sessions)) >= WM_TLS_MAX_SESSIONS) {
		return 0;
	}
	zend_string *pkey = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
	zend_hash_update_ptr(WM_G(tls_sessions), pkey, sess);
	zend_string_release(pkey);
	return 1;
}

/* The client context for `opts` (a new reference); *key_out receives its cache key (NULL when
 * the options cannot be cached, caller releases). */
static SSL_CTX *wm_tls_client_ctx(HashTable *opts, zend_string **key_out, zend_string **error)
{
	zend_string *key = wm_tls_client_key(opts);
	*key_out = key ? zend_string_copy(key) : NULL;
	if (key && WM_G(tls_client_ctxs)) {
		SSL_CTX *cached = zend_hash_find_ptr(WM_G(tls_client_ctxs), key);
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
		if (!WM_G(tls_client_ctxs)) {
			WM_G(tls_client_ctxs) = pemalloc(sizeof(HashTable), 1);
			zend_hash_init(WM_G(tls_client_ctxs), 8, NULL, wm_tls_ctx_dtor, 1);
		}
		if (zend_hash_num_elements(WM_G(tls_client_ctxs)) < 64) {
			/* The cache is persistent (freed at MSHUTDOWN): its key must be too. */
			zend_string *pkey = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
			SSL_CTX_up_ref(ctx);
			zend_hash_add_new_ptr(WM_G(tls_client_ctxs), pkey, ctx);
			zend_string_release(pkey);
		}
	}
	if (key) {
		zend_string_release(key);
	}
	return ctx;
}

/* ---- starting TLS on a connection --------------------------------------------------------- */

static void wm_tls_info_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	wm_tls_client_info *info = ptr;
	(void) parent;
	(void) ad;
	(void) idx;
	(void) argl;
	(void) argp;
	if (!info) {
		return;
	}
	if (info->sess_key) {
		zend_string_release(info->sess_key);
	}
	efree(info);
}

bool wm_tls_server_start(wm_conn_object *c, zend_object *worker)
{
	wm_worker_object *w = wm_worker_from_obj(worker);
	zend_string *error = NULL;
	if (!w->tls) {
		w->tls = wm_tls_listener_build(worker, &error);
		if (!w->tls) {
			/* Upstream meets a broken certificate at each handshake: the same message then. */
			if (!wm_log_daemonized()) {
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
	SSL *ssl = SSL_new(w->tls->ctx);
	if (!ssl || !wm_net_tls_attach(&c->net, ssl, true)) {
		if (ssl) {
			SSL_free(ssl);
		}
		ERR_clear_error();
		return false;
	}
	return true;
}

bool wm_tls_client_start(wm_conn_object *c, zval *context, zend_string *host, zend_string **error)
{
	*error = NULL;
	if (c->net.fd < 0) {
		*error = zend_string_init("Connection is closed", sizeof("Connection is closed") - 1, 0);
		return false;
	}
	wm_net_transport_free(&c->net); /* a reconnect() of a connection that still has its old state */
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
	SSL *ssl = SSL_new(ctx);
	SSL_CTX_free(ctx); /* the SSL holds its own reference */
	if (!ssl || !wm_net_tls_attach(&c->net, ssl, false)) {
		if (ssl) {
			SSL_free(ssl);
		}
		if (ctx_key) {
			zend_string_release(ctx_key);
		}
		*error = wm_tls_config_error("SSL handle creation failure", NULL);
		ERR_clear_error();
		return false;
	}
	wm_tls_client_info *info = ecalloc(1, sizeof(*info));
	SSL_set_ex_data(ssl, wm_tls_ex_info, info);

	zend_string *peer = wm_tls_opt_str(opts, "peer_name");
	const char *name = peer ? ZSTR_VAL(peer) : (host ? ZSTR_VAL(host) : NULL);
	if (name && *name) {
		bool ip = strchr(name, ':') != NULL || strspn(name, "0123456789.") == strlen(name);
		if (!ip && wm_tls_opt_bool(opts, "SNI_enabled", true)) {
			SSL_set_tlsext_host_name(ssl, name);
		}
		if (wm_tls_opt_bool(opts, "verify_peer_name", true)) {
			SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
			SSL_set1_host(ssl, name);
		}
	}
	info->verify_peer = wm_tls_opt_bool(opts, "verify_peer", true);
	info->allow_self_signed = wm_tls_opt_bool(opts, "allow_self_signed", false);
	if (ctx_key) {
		/* Resume the last session made with these options, name and peer address. */
		php_sockaddr_storage ss;
		socklen_t len = sizeof(ss);
		if (getpeername(c->net.fd, (struct sockaddr *) &ss, &len) == 0) {
			zend_string *addr = wm_socket_name((struct sockaddr *) &ss, len);
			smart_str k = {0};
			smart_str_append(&k, ctx_key);
			smart_str_appends(&k, "|peer=");
			smart_str_appends(&k, name ? name : "");
			smart_str_appends(&k, wm_tls_opt_bool(opts, "verify_peer_name", true) ? "|v|" : "|n|");
			smart_str_append(&k, addr);
			smart_str_0(&k);
			zend_string_release(addr);
			info->sess_key = k.s;
			SSL_SESSION *sess = WM_G(tls_sessions) ? zend_hash_find_ptr(WM_G(tls_sessions), info->sess_key) : NULL;
			if (sess) {
				SSL_set_session(ssl, sess);
			}
		}
		zend_string_release(ctx_key);
	}
	if (peer) {
		zend_string_release(peer);
	}

	/* Upstream starts the handshake right after the connect: send the ClientHello now. */
	return wm_net_tls_connect(&c->net, error);
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
	wm_tls_ex_info = SSL_get_ex_new_index(0, NULL, NULL, NULL, wm_tls_info_free);
}

void wm_tls_mshutdown(void)
{
	if (WM_G(tls_sessions)) {
		zend_hash_destroy(WM_G(tls_sessions));
		pefree(WM_G(tls_sessions), 1);
		WM_G(tls_sessions) = NULL;
	}
	if (WM_G(tls_client_ctxs)) {
		zend_hash_destroy(WM_G(tls_client_ctxs));
		pefree(WM_G(tls_client_ctxs), 1);
		WM_G(tls_client_ctxs) = NULL;
	}
	OPENSSL_cleanse(wm_tls_ticket_keys, sizeof(wm_tls_ticket_keys));
}
