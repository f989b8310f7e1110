/* SPDX-License-Identifier: MIT */
/* The module's data that every area of the binding layer reads: the module globals and the class
 * entries. Each area's MINIT registers its classes and sets its entries here (the file named
 * beside each); keeping the data in a leaf means reading another area's class entry is not a
 * dependency on that area's code. */

#include "common.h"

ZEND_DECLARE_MODULE_GLOBALS(workerman)

zend_class_entry *wm_ce_AsyncTcpConnection;    /* async.c */
zend_class_entry *wm_ce_ConnectionInterface;   /* connection.c */
zend_class_entry *wm_ce_TcpConnection;         /* connection.c */
zend_class_entry *wm_ce_EventInterface;        /* events.c */
zend_class_entry *wm_ce_Event;                 /* events.c */
zend_class_entry *wm_ce_EventFiber;            /* events.c */
zend_class_entry *wm_ce_EventRevolt;           /* events.c */
zend_class_entry *wm_ce_Http;                  /* http.c */
zend_class_entry *wm_ce_ProtocolInterface;     /* protocols.c */
zend_class_entry *wm_ce_Text;                  /* protocols.c */
zend_class_entry *wm_ce_Frame;                 /* protocols.c */
zend_class_entry *wm_ce_Request;               /* request.c */
zend_class_entry *wm_ce_Response;              /* response.c */
zend_class_entry *wm_ce_RevoltBackend;         /* revolt.c */
zend_class_entry *wm_ce_Chunk;                 /* response_stream.c */
zend_class_entry *wm_ce_ServerSentEvents;      /* response_stream.c */
zend_class_entry *wm_ce_Session;               /* session.c */
zend_class_entry *wm_ce_FileSessionHandler;    /* session.c */
zend_class_entry *wm_ce_RedisSessionHandler;   /* session.c */
zend_class_entry *wm_ce_Timer;                 /* timer.c */
zend_class_entry *wm_ce_UdpConnection;         /* udp.c */
zend_class_entry *wm_ce_AsyncUdpConnection;    /* udp.c */
zend_class_entry *wm_ce_Websocket;             /* websocket.c */
zend_class_entry *wm_ce_Worker;                /* worker.c */
zend_class_entry *wm_ce_Ws;                    /* ws_client.c */
