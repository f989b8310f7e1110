/* SPDX-License-Identifier: MIT */
/* The HTTP area (src/php/http.c, request*.c, upload.c, response*.c, session*.c): Http, Request,
 * Response, Chunk, ServerSentEvents, Session and its handlers; what the area's files call in each
 * other across classes. */

#ifndef WM_PHP_HTTP_H
#define WM_PHP_HTTP_H

#include "common.h"
#include "proto/http.h"
#include "zend_smart_str.h"

void wm_http_minit(void);
void wm_request_minit(void);
void wm_response_minit(void);
void wm_session_minit(void);

extern zend_class_entry *wm_ce_Http;

typedef struct _wm_conn_object wm_conn_object;
/** A request head is on its way (or expected, right after accept): arms the connection's
 * deadline to workerman.http_header_timeout seconds unless one is armed (or the setting is 0).
 * Used by Http and by the Websocket handshake. */
void wm_http_wait_head(wm_conn_object *c);

/* ---- HTTP: Response (src/php/response.c) ------------------------------------------------- */
extern zend_class_entry *wm_ce_Response, *wm_ce_Chunk, *wm_ce_ServerSentEvents;

/** Serialises a Response whose class does not override __toString, exactly as __toString would,
 * but without copying the body: appends everything before the body to `head` and returns the
 * body to write right after it (a new reference, or NULL when there is none), and in `*tail` the
 * bytes that follow the body ("\r\n" after a first chunk, else ""). File responses: only the head
 * (createHeadForFile(), the subclass's if it overrides it), NULL body (the encoder streams the
 * file). When user code run on the way throws (a header value's __toString, an uninitialised
 * property, an overridden createHeadForFile()/getMimeType()), returns NULL with the exception
 * pending, `*tail` empty and `head` possibly holding part of the head: check EG(exception). */
zend_string *wm_response_build(zend_object *resp, smart_str *head, const char **tail, size_t *tail_len);
/** True when `ce` is Response or a subclass that does not override __toString. */
bool wm_response_tostring_is_native(zend_class_entry *ce);
/** Frees the persistent arrays behind Response::PHRASES and the default $mimeTypeMap. */
void wm_response_mshutdown(void);

/* ---- HTTP: Session (src/php/session.c) --------------------------------------------------- */
extern zend_class_entry *wm_ce_Session;
/** Applies upstream's load-time Session::init() and FileSessionHandler::init() (php.ini values). */
void wm_session_rinit(void);
/** Drops what the session handlers keep between calls (end of request). */
void wm_session_rshutdown(void);
/** Frees the persistent default arrays of Session. */
void wm_session_mshutdown(void);

/* ---- HTTP: Request (src/php/request.c, upload.c) ----------------------------------------- */
extern zend_class_entry *wm_ce_Request;

/** Creates a request like upstream's `new $class($buffer)` followed by `->connection = $conn`.
 * `ce` is Http::requestClass(): Request, a subclass, or any class. A constructor declared below
 * Request is called through PHP with `buffer`; otherwise the object is filled in directly.
 * `head` (may be NULL) is what wm_http_parse_head() found in `buffer`: its offsets are reused.
 * `connection` may be NULL. On failure `out` is null and an exception is pending. */
void wm_request_create(zval *out, zend_class_entry *ce, zend_string *buffer,
	const wm_http_head *head, zend_object *connection);

/** For a request whose multipart body was streamed through a wm_upload (its buffer then holds
 * only the head): sets data['post'] and data['files'] (copies of `post` and `files`), which
 * parsePost() brings back instead of parsing the buffer, and makes the request own the temp
 * files named in `files` (removed when it is freed). No-op unless `req` is a Request. */
void wm_request_set_body_parsed(zend_object *req, zval *post, zval *files);

/* Upload collector (src/php/upload.c): multipart/form-data bodies parsed as they arrive, files
 * streamed to temp files named like upstream's (Http::uploadTmpDir()/workerman.upload.XXXXXX).
 * The same code parses in-memory bodies for Request::post()/file(). */
typedef struct wm_upload wm_upload;
/** NULL unless `content_type` carries a boundary (Request::parsePost()'s rule). Parses at most
 * Request::$maxFileUploads parts. */
wm_upload *wm_upload_new(zend_string *content_type);
/** Body bytes as they arrive. False once parsing stopped (bad part, or an exception from
 * Http::uploadTmpDir(), left pending); later feeds are ignored. */
bool wm_upload_feed(wm_upload *u, const char *data, size_t len);
/** The body is complete: `post` and `files` receive new arrays shaped like data['post'] and
 * data['files']. The temp files in `files` are the caller's from now on. */
void wm_upload_finish(wm_upload *u, zval *post, zval *files);
/** Frees the collector and removes the temp files that finish() did not hand out. */
void wm_upload_free(wm_upload *u);

/* ---- HTTP: the Workerman 3.x API (src/php/http_legacy.c) --------------------------------- */

/** Whether this process serves HTTP with the 3.x API: ini workerman.http_api "3", or "auto" and
 * Composer's installed workerman/workerman is 3.x. Decided on first use, once per process. */
bool wm_http3_active(void);
/** 3.x's Http::decode(): resets the response state, fills the superglobals from the framed
 * request `buffer` (head and plain body) and makes the message array in `out`. */
void wm_http3_decode(zend_string *buffer, zend_object *conn, zval *out);
/** 3.x's Http::encode() of `content`: the head (status line, cookies, headers, length) goes to
 * `head`, the body (a new reference) to `*body`; the session is saved. */
void wm_http3_encode(zval *content, zend_object *conn, smart_str *head, zend_string **body);
/** Http::sessionName() under the 3.x API (false, nothing done, under the other). */
bool wm_http3_session_name(zend_string *name, zval *return_value);
/** Request end: frees the response state; the choice is made again in the next request. */
void wm_http3_rshutdown(void);

#endif /* WM_PHP_HTTP_H */
