/* SPDX-License-Identifier: MIT */
/* The WebSocket area: the server protocol (src/php/websocket.c, websocket_api.c) and the Ws client
 * (src/php/ws_client.c). */

#ifndef WM_PHP_WEBSOCKET_H
#define WM_PHP_WEBSOCKET_H

#include "common.h"

extern zend_class_entry *wm_ce_Websocket;
extern zend_class_entry *wm_ce_Ws;

void wm_websocket_minit(void);
void wm_ws_client_minit(void);
void wm_websocket_rshutdown(void);
/** Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(sha1(key . GUID)), 28 bytes, no NUL. */
void wm_ws_accept_key(const char *key, size_t len, char out[28]);

#endif /* WM_PHP_WEBSOCKET_H */
