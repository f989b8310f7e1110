/* SPDX-License-Identifier: MIT */
/* The protocol table: what the connection's framing loop and send() call for a protocol.
 *
 * A connection's `$protocol` (a class name) is resolved once per name to a wm_proto, which holds
 * the class, its static methods and the table of the protocol's native implementation: Text and
 * Frame (src/php/proto_tables.c), Http (src/php/http.c) and Websocket (src/php/websocket.c) register
 * theirs at MINIT for their own class; any other class (a subclass of those, Ws, an application's
 * protocol) gets the user table, which calls the class's static input/decode/encode through PHP.
 * The connection code calls the table and never names a protocol. */

#ifndef WM_PHP_PROTOCOL_H
#define WM_PHP_PROTOCOL_H

#include "common.h"
#include "zend_smart_str.h"

typedef struct _wm_conn_object wm_conn_object;
typedef struct _wm_proto wm_proto;
typedef struct _wm_proto_ops wm_proto_ops;
typedef struct _wm_proto_state wm_proto_state;

/** What a protocol's input() made of the connection's receive buffer. */
typedef enum {
	WM_IN_LENGTH,   /* *len is the next package's length: 0 waits for more bytes (bounded by
	                 * maxPackageSize), < 0 or over maxPackageSize is a bad package */
	WM_IN_STOP,     /* leave the loop: more bytes are needed, or the protocol answered, closed or
	                 * destroyed the connection, or an exit() unwinds */
	WM_IN_AGAIN,    /* the protocol consumed bytes or delivered a message itself: go on */
	WM_IN_MESSAGE,  /* *msg is a complete request that is not in the buffer (a streamed body):
	                 * deliver it, or report the exception left pending with it */
} wm_in;

/** What a protocol's encode() made of the data given to send(). */
typedef enum {
	WM_ENC_WRITE,   /* write prefix, payload, suffix */
	WM_ENC_NULL,    /* nothing to write now: send() returns null */
	WM_ENC_FALSE,   /* failed (an exception was reported): send() returns false */
} wm_enc;

/** The bytes of one send(): `prefix`, then `payload` (a reference, written without copying), then
 * `suffix`. `head` and `hdr` are storage an encoder may point `prefix` into; wm_encoded_free()
 * releases the payload and the head. */
typedef struct {
	zend_string *payload;
	const char *prefix;
	size_t prefix_len;
	const char *suffix;
	size_t suffix_len;
	smart_str head;
	unsigned char hdr[16];
} wm_encoded;

static zend_always_inline void wm_encoded_init(wm_encoded *e)
{
	e->payload = NULL;
	e->prefix = e->suffix = "";
	e->prefix_len = e->suffix_len = 0;
	e->head.s = NULL;
	e->head.a = 0;
}

static zend_always_inline void wm_encoded_free(wm_encoded *e)
{
	if (e->payload) {
		zend_string_release(e->payload);
		e->payload = NULL;
	}
	smart_str_free(&e->head);
}

struct _wm_proto_ops {
	/** Frames the next package of `c`'s receive buffer (called while its length is unknown).
	 * `max` is maxPackageSize. See wm_in; `msg` is filled only for WM_IN_MESSAGE. */
	wm_in (*input)(wm_conn_object *c, wm_proto *p, zend_long max, zend_long *len, zval *msg);
	/** Turns a package cut from the buffer (owned: release or reuse it) into the message handed
	 * to onMessage; may leave an exception pending (the caller reports it, and drops `out`). */
	void (*decode)(wm_conn_object *c, wm_proto *p, zend_string *pkg, zval *out);
	/** Whether a complete package already follows in `data` (then replies are corked and sent in
	 * one write at the end of the read batch). NULL: any byte counts. */
	bool (*more_pending)(const char *data, size_t len);
	/** send()'s encoding: fills `out` (initialised by the caller). Reports its own exceptions. */
	wm_enc (*encode)(wm_conn_object *c, wm_proto *p, zval *data, wm_encoded *out);
	/** onMessage threw and no errorHandler took it, where upstream's worker would exit and so
	 * close every connection: the protocol may answer and close this one (the framing loop then
	 * stops for it). NULL: the connection goes on. */
	void (*on_app_error)(wm_conn_object *c, wm_proto *p);
	/** An accepted connection has this protocol once onConnect has returned (called once, not for
	 * outbound connections). NULL: nothing. */
	void (*accepted)(wm_conn_object *c, wm_proto *p);
	/** The connection's deadline passed (armed by this protocol with wm_net_deadline_set(); it is
	 * disarmed now, and the connection is established). NULL: nothing. */
	void (*timed_out)(wm_conn_object *c, wm_proto *p);
	/** Called by destroy() after onClose. NULL: nothing. */
	void (*on_close)(wm_conn_object *c, wm_proto *p);
	/** Frees this protocol's per-connection state (see wm_conn_proto_state()). */
	void (*state_free)(wm_proto_state *state);
	/** Request end (per-process caches). NULL: nothing. */
	void (*rshutdown)(void);
	/* Datagrams (UdpConnection, udp:// workers): native paths where a protocol has them; NULL
	 * calls the class's static method through PHP. */
	/** input() over a datagram's bytes. */
	zend_long (*dgram_input)(const char *data, size_t len);
	/** decode(): a new string from `pkg` (borrowed). */
	zend_string *(*dgram_decode)(zend_string *pkg);
	/** encode(): a new string, or NULL when `data` is not for the native path (then PHP). */
	zend_string *(*dgram_encode)(zval *data);
	/** The table this process uses for the class (asked once, when the class is resolved), for
	 * a protocol with variants chosen by the application (Http: the 3.x API). NULL: this one. */
	const wm_proto_ops *(*select)(void);
};

/** A protocol class resolved (cached per class name for the request). */
struct _wm_proto {
	const wm_proto_ops *ops;
	zend_class_entry *ce;
	zend_function *input;
	zend_function *decode;
	zend_function *encode;
	zend_function *on_connect;
	zend_function *on_close;
};

/** Per-connection state of a protocol, first member of the protocol's own struct. A connection
 * keeps a short list (a protocol switch mid-stream keeps the other protocol's state, as PHP
 * properties would be kept); it is freed with the connection. */
struct _wm_proto_state {
	const wm_proto_ops *ops;
	wm_proto_state *next;
};

extern zend_class_entry *wm_ce_ProtocolInterface;
extern zend_class_entry *wm_ce_Text;
extern zend_class_entry *wm_ce_Frame;

void wm_protocols_minit(void);
/** Request end: the resolution cache and each native table's rshutdown. */
void wm_protocols_rshutdown(void);

/** Registers the native table of the class `ce` itself (its subclasses stay user protocols); a
 * NULL `ce` registers the table of every other class (the user-protocol table, which calls the
 * class's static input/decode/encode/onClose through PHP). */
void wm_proto_register(zend_class_entry *ce, const wm_proto_ops *ops);

/** Resolves a protocol class name (as stored in $connection->protocol) to its handler, caching
 * per name. Returns NULL with an exception pending if the class does not exist. */
wm_proto *wm_proto_resolve(zend_string *name);
/** Calls a static protocol method of a user protocol class. `fn` may be NULL (throws). */
void wm_proto_call(wm_proto *proto, zend_function *fn, const char *name, zval *retval, uint32_t argc, zval *argv);
/** Resolves a socket-name scheme to a protocol class name the way Worker does: "Protocols\X",
 * then "Workerman\Protocols\X"; a fully qualified class name is taken as it is. Returns a new
 * string, or NULL with a RuntimeException pending. */
zend_string *wm_proto_class_for_scheme(const char *scheme, size_t len);

#endif /* WM_PHP_PROTOCOL_H */
