/* SPDX-License-Identifier: MIT */
/* Upstream TcpConnection's protected state ($status, $sendBuffer, $recvBuffer, $socket, ...) for
 * subclasses: read from a TcpConnection (sub)class's scope, each name gives the native
 * connection's value of the moment.
 *
 * The names are not declared. Workerman 3.x and 4.x kept this state in other (underscored)
 * properties, so applications written for them use the same names as their own dynamic
 * properties, from outside the class: GatewayWorker 3.0 writes `$connection->remoteAddress`. A
 * declared protected property would make that an Error. So a write or unset of one of these names
 * is an ordinary dynamic property, as on those versions, and once set it is what every read sees;
 * only a read (or isset) from a subclass's scope of a name that is neither declared nor set
 * reaches this file, through the object's read_property/has_property handlers. Reads of every
 * other property never do: the engine's cached fast path does not call the handlers. Also
 * TcpConnection::doSslHandshake(), endMaybeShutdownWrite() and __destruct(). */

#include "php/connection.h"
#include "net/tls.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

enum {
	WM_CP_SOCKET, WM_CP_SEND_BUFFER, WM_CP_RECV_BUFFER, WM_CP_PACKAGE_LENGTH, WM_CP_STATUS,
	WM_CP_LINGER_TIMER, WM_CP_WRITE_SHUTDOWN, WM_CP_REMOTE_ADDRESS, WM_CP_PAUSED, WM_CP_TLS_DONE,
	WM_CP_SAFE, WM_CP_COUNT
};

static const char *const wm_cp_names[WM_CP_COUNT] = {
	"socket", "sendBuffer", "recvBuffer", "currentPackageLength", "status", "endLingerTimerId",
	"endWriteShutdown", "remoteAddress", "isPaused", "sslHandshakeCompleted", "isSafe",
};

static zend_object_read_property_t wm_cp_std_read;
static zend_object_has_property_t wm_cp_std_has;
static zend_object_get_property_ptr_ptr_t wm_cp_std_ptr;

/* Which mirrored property `name` is, -1 for any other. */
static int wm_cp_index(zend_string *name)
{
	size_t len = ZSTR_LEN(name);
	/* Every name is 6 to 21 bytes: most other names are out with one test. */
	if (len < 6 || len > 21) {
		return -1;
	}
	for (int i = 0; i < WM_CP_COUNT; i++) {
		if (strlen(wm_cp_names[i]) == len && memcmp(wm_cp_names[i], ZSTR_VAL(name), len) == 0) {
			return i;
		}
	}
	return -1;
}

/* The mirrored property `name` of `obj` when it is read from a TcpConnection (sub)class's scope
 * and the object has no property of that name (declared by a subclass, or set dynamically): its
 * index; else -1, and the standard handlers deal with it. */
static int wm_cp_lookup(zend_object *obj, zend_string *name)
{
	int i = wm_cp_index(name);
	if (i < 0) {
		return -1;
	}
	zend_class_entry *scope = zend_get_executed_scope();
	if (!scope || !instanceof_function(scope, wm_ce_TcpConnection)) {
		return -1;
	}
	if (zend_hash_exists(&obj->ce->properties_info, name)
		|| (obj->properties && zend_hash_exists(obj->properties, name))) {
		return -1;
	}
	return i;
}

/* $sendBuffer: the bytes queued and not yet written (file chunks of a file response are not in
 * memory and not included). */
static zend_string *wm_cp_send_buffer(wm_outq *q)
{
	size_t bytes = q->bytes - q->file_bytes;
	if (bytes == 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	zend_string *s = zend_string_alloc(bytes, 0);
	char *p = ZSTR_VAL(s);
	for (uint32_t n = 0; n < q->count; n++) {
		const wm_chunk *ch = &q->v[(q->head + n) & (q->cap - 1)];
		if (ch->fd < 0) {
			memcpy(p, wm_chunk_data(ch), ch->len);
			p += ch->len;
		}
	}
	*p = '\0';
	ZSTR_LEN(s) = (size_t) (p - ZSTR_VAL(s));
	return s;
}

static void wm_cp_value(wm_conn_object *c, int i, zval *rv)
{
	switch (i) {
		case WM_CP_SOCKET:
			if ((!c->ext || !c->ext->stream) && c->net.fd >= 0) {
				/* The same lazily made stream as getSocket(). */
				zval tmp;
				zend_call_method_with_0_params(&c->std, c->std.ce, NULL, "getsocket", &tmp);
				zval_ptr_dtor(&tmp);
			}
			if (c->ext && c->ext->stream && c->net.fd >= 0) {
				GC_ADDREF(c->ext->stream);
				ZVAL_RES(rv, c->ext->stream);
			} else {
				ZVAL_NULL(rv);
			}
			break;
		case WM_CP_SEND_BUFFER:
			ZVAL_STR(rv, wm_cp_send_buffer(&c->net.outq));
			break;
		case WM_CP_RECV_BUFFER:
			ZVAL_STR_COPY(rv, wm_rbuf_string(&c->net.rbuf));
			break;
		case WM_CP_PACKAGE_LENGTH:
			ZVAL_LONG(rv, c->pkg_len);
			break;
		case WM_CP_STATUS:
			ZVAL_LONG(rv, c->net.status);
			break;
		case WM_CP_LINGER_TIMER:
			ZVAL_LONG(rv, c->ext ? c->ext->linger_timer : 0);
			break;
		case WM_CP_WRITE_SHUTDOWN:
			ZVAL_BOOL(rv, c->net.oflags & WM_CONN_F_WR_SHUT);
			break;
		case WM_CP_REMOTE_ADDRESS:
			ZVAL_STR_COPY(rv, wm_conn_remote_str(c) ? wm_conn_remote_str(c) : ZSTR_EMPTY_ALLOC());
			break;
		case WM_CP_PAUSED:
			ZVAL_BOOL(rv, c->net.flags & WM_NET_F_PAUSED);
			break;
		case WM_CP_TLS_DONE:
			ZVAL_BOOL(rv, c->net.tr == &wm_net_tls && c->net.tr->established && c->net.tr->established(&c->net));
			break;
		case WM_CP_SAFE:
			ZVAL_BOOL(rv, !(c->net.oflags & WM_CONN_F_UNSERIALIZED));
			break;
	}
}

static zval *wm_cp_read(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	int i = wm_cp_lookup(obj, name);
	if (i < 0) {
		return wm_cp_std_read(obj, name, type, cache_slot, rv);
	}
	wm_cp_value(wm_conn_from_obj(obj), i, rv);
	return rv;
}

static int wm_cp_has(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
	int i = wm_cp_lookup(obj, name);
	if (i < 0) {
		return wm_cp_std_has(obj, name, check_empty, cache_slot);
	}
	if (check_empty == ZEND_PROPERTY_EXISTS) {
		return 1;
	}
	zval rv;
	wm_cp_value(wm_conn_from_obj(obj), i, &rv);
	int result = check_empty == ZEND_PROPERTY_NOT_EMPTY ? zend_is_true(&rv) : Z_TYPE(rv) != IS_NULL;
	zval_ptr_dtor(&rv);
	return result;
}

/* `$this->recvBuffer .= ...` in a subclass: no pointer into a computed value; the engine then
 * reads through the handler above and writes an ordinary dynamic property. */
static zval *wm_cp_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (wm_cp_lookup(obj, name) >= 0) {
		return NULL;
	}
	return wm_cp_std_ptr(obj, name, type, cache_slot);
}

/* ---- websocketType ---------------------------------------------------------------------------
 *
 * Upstream keeps a WebSocket connection's frame type in the dynamic property
 * $connection->websocketType ("\x81" unless the application sets another; the handshake sets it).
 * A dynamic property makes PHP build the object's property table, 1.3 KB for TcpConnection's 23
 * declared properties, on every WebSocket connection. While the value is a one-byte string the
 * connection keeps that byte (net.obyte, flag WM_CONN_F_WS_TYPE) and the handlers below show it
 * as the dynamic property it stands for: read, isset/empty, property_exists, write, unset. Only
 * while the object has no property table: once it has one (another dynamic property; or var_dump,
 * foreach, get_object_vars, (array), serialize, ==, a reference or an in-place change, which need
 * it) the byte becomes the ordinary dynamic property, in the table's order upstream has (the
 * engine adds further dynamic properties to an existing table without asking the handlers). A
 * class with __set, a declared websocketType or no dynamic properties always gets the ordinary
 * one. */

static zend_string *wm_wt_name;     /* interned "websocketType" */
static zend_object_write_property_t wm_wt_next_write;
static zend_object_unset_property_t wm_wt_next_unset;
static zend_object_get_properties_t wm_wt_next_props;
static zend_object_read_property_t wm_wt_next_read;
static zend_object_has_property_t wm_wt_next_has;
static zend_object_get_property_ptr_ptr_t wm_wt_next_ptr;

static zend_always_inline bool wm_wt_is(zend_string *name)
{
	return name == wm_wt_name || zend_string_equals(name, wm_wt_name);
}

static void wm_wt_materialize(zend_object *obj);

/* Whether the byte stands for the property (never beside a property table: if one was made
 * meanwhile, the byte joins it now). */
static zend_always_inline bool wm_wt_kept(zend_object *obj)
{
	if (!(wm_conn_from_obj(obj)->net.oflags & WM_CONN_F_WS_TYPE)) {
		return false;
	}
	if (UNEXPECTED(obj->properties != NULL)) {
		wm_wt_materialize(obj);
		return false;
	}
	return true;
}

/* The byte becomes the ordinary dynamic property. */
static void wm_wt_materialize(zend_object *obj)
{
	wm_conn_object *c = wm_conn_from_obj(obj);
	if (!(c->net.oflags & WM_CONN_F_WS_TYPE)) {
		return;
	}
	c->net.oflags &= ~WM_CONN_F_WS_TYPE;
	if (!obj->properties) {
		rebuild_object_properties(obj);
	}
	zval zv;
	ZVAL_CHAR(&zv, c->net.obyte);
	zend_hash_add_new(obj->properties, wm_wt_name, &zv);
}

/* Whether a write of `name` creates a dynamic property (it is not declared). */
static bool wm_wt_dynamic(zend_object *obj, zend_string *name)
{
	return !zend_hash_exists(&obj->ce->properties_info, name);
}

static zval *wm_wt_read(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	if (wm_wt_kept(obj) && wm_wt_is(name)) {
		ZVAL_CHAR(rv, wm_conn_from_obj(obj)->net.obyte);
		return rv;
	}
	return wm_wt_next_read(obj, name, type, cache_slot, rv);
}

static int wm_wt_has(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
	if (wm_wt_kept(obj) && wm_wt_is(name)) {
		return check_empty != ZEND_PROPERTY_NOT_EMPTY || wm_conn_from_obj(obj)->net.obyte != '0';
	}
	return wm_wt_next_has(obj, name, check_empty, cache_slot);
}

static zval *wm_wt_write(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	wm_conn_object *c = wm_conn_from_obj(obj);
	if (wm_wt_is(name)) {
		bool byte = Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) == 1;
		if (wm_wt_kept(obj)) {
			if (byte) {
				c->net.obyte = (uint8_t) Z_STRVAL_P(value)[0];
				return value;
			}
			wm_wt_materialize(obj);
		} else if (byte && !obj->properties && !obj->ce->__set
				&& (obj->ce->ce_flags & ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES) && wm_wt_dynamic(obj, name)) {
			c->net.obyte = (uint8_t) Z_STRVAL_P(value)[0];
			c->net.oflags |= WM_CONN_F_WS_TYPE;
			return value;
		}
	} else if (wm_wt_kept(obj) && wm_wt_dynamic(obj, name)) {
		wm_wt_materialize(obj);
	}
	return wm_wt_next_write(obj, name, value, cache_slot);
}

static void wm_wt_unset(zend_object *obj, zend_string *name, void **cache_slot)
{
	if (wm_wt_kept(obj) && wm_wt_is(name)) {
		wm_conn_from_obj(obj)->net.oflags &= ~WM_CONN_F_WS_TYPE;
		return;
	}
	wm_wt_next_unset(obj, name, cache_slot);
}

static zval *wm_wt_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (wm_wt_kept(obj) && (wm_wt_is(name) || wm_wt_dynamic(obj, name))) {
		wm_wt_materialize(obj);
	}
	return wm_wt_next_ptr(obj, name, type, cache_slot);
}

static HashTable *wm_wt_props(zend_object *obj)
{
	wm_wt_materialize(obj);
	return wm_wt_next_props(obj);
}

/* The cycle collector's view: zend_std_get_gc()'s for the standard get_properties (the byte holds
 * no zval), which it would otherwise call, building the table of every connection it visits. */
static HashTable *wm_wt_gc(zend_object *obj, zval **table, int *n)
{
	if (obj->properties) {
		*table = NULL;
		*n = 0;
		return obj->properties;
	}
	*table = obj->properties_table;
	*n = obj->ce->default_properties_count;
	return NULL;
}

static int wm_wt_compare(zval *o1, zval *o2)
{
	if (Z_TYPE_P(o1) == IS_OBJECT && Z_OBJ_P(o1)->handlers->get_properties == wm_wt_props) {
		wm_wt_materialize(Z_OBJ_P(o1));
	}
	if (Z_TYPE_P(o2) == IS_OBJECT && Z_OBJ_P(o2)->handlers->get_properties == wm_wt_props) {
		wm_wt_materialize(Z_OBJ_P(o2));
	}
	return zend_std_compare_objects(o1, o2);
}

void wm_conn_props_minit(zend_object_handlers *h)
{
	wm_cp_std_read = h->read_property;
	wm_cp_std_has = h->has_property;
	wm_cp_std_ptr = h->get_property_ptr_ptr;
	h->read_property = wm_cp_read;
	h->has_property = wm_cp_has;
	h->get_property_ptr_ptr = wm_cp_ptr;

	wm_wt_name = zend_string_init_interned("websocketType", sizeof("websocketType") - 1, 1);
	wm_wt_next_read = h->read_property;
	wm_wt_next_has = h->has_property;
	wm_wt_next_ptr = h->get_property_ptr_ptr;
	wm_wt_next_write = h->write_property;
	wm_wt_next_unset = h->unset_property;
	wm_wt_next_props = h->get_properties;
	h->read_property = wm_wt_read;
	h->has_property = wm_wt_has;
	h->get_property_ptr_ptr = wm_wt_ptr;
	h->write_property = wm_wt_write;
	h->unset_property = wm_wt_unset;
	h->get_properties = wm_wt_props;
	h->compare = wm_wt_compare;
	ZEND_ASSERT(h->get_gc == zend_std_get_gc && wm_wt_next_props == zend_std_get_properties);
	h->get_gc = wm_wt_gc;
	/* __destruct() is callable (parent::__destruct()) but not run by the engine for every
	 * connection: the bookkeeping is the object's free handler's. */
	wm_ce_TcpConnection->destructor = NULL;
}

/* ---- methods -------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Connection_TcpConnection, doSslHandshake)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_object *c = Z_WM_CONN_P(ZEND_THIS);
	if (c->net.tr != &wm_net_tls || c->net.fd < 0) {
		RETURN_FALSE;
	}
	if (!c->net.tr->established || c->net.tr->established(&c->net)) {
		RETURN_TRUE;
	}
	int r = c->net.tr->handshake ? c->net.tr->handshake(&c->net) : 1;
	if (r > 0) {
		RETURN_TRUE;
	}
	if (r == 0) {
		RETURN_LONG(0);
	}
	wm_conn_destroy(c);
	RETURN_FALSE;
}

ZEND_METHOD(Workerman_Connection_TcpConnection, endMaybeShutdownWrite)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_end_maybe_shutdown(Z_WM_CONN_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}
