dnl config.m4 for the workerman extension: a native Workerman runtime.

PHP_ARG_ENABLE([workerman],
  [whether to enable the native Workerman runtime],
  [AS_HELP_STRING([--enable-workerman], [Enable the native Workerman runtime])],
  [no])

PHP_ARG_ENABLE([workerman-werror],
  [whether to build workerman with -Werror],
  [AS_HELP_STRING([--enable-workerman-werror], [Treat compiler warnings as errors (CI)])],
  [no], [no])

if test "$PHP_WORKERMAN" != "no"; then
  dnl 8.2: ext/random's API and the dynamic-property class flags (docs/install.md).
  if test -n "$PHP_CONFIG"; then
    WORKERMAN_PHP_VERNUM=`$PHP_CONFIG --vernum 2>/dev/null`
    WORKERMAN_PHP_VERSION=`$PHP_CONFIG --version 2>/dev/null`
    if test -n "$WORKERMAN_PHP_VERNUM" && test "$WORKERMAN_PHP_VERNUM" -lt 80200; then
      AC_MSG_ERROR([ext-workerman needs PHP 8.2 or later; $PHP_CONFIG is PHP $WORKERMAN_PHP_VERSION])
    fi
  fi

  PKG_PROG_PKG_CONFIG
  if test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([pkg-config is required to find libevent (Debian: apt-get install pkg-config)])
  fi

  dnl libevent_extra brings evdns (non-blocking DNS for AsyncTcpConnection).
  PKG_CHECK_MODULES([LIBEVENT], [libevent_core >= 2.1 libevent_extra >= 2.1], [],
    [AC_MSG_ERROR([libevent >= 2.1 not found by pkg-config (Debian: apt-get install libevent-dev)])])
  PHP_EVAL_LIBLINE($LIBEVENT_LIBS, WORKERMAN_SHARED_LIBADD)
  PHP_EVAL_INCLINE($LIBEVENT_CFLAGS)

  PKG_CHECK_MODULES([OPENSSL], [openssl >= 1.1.1], [],
    [AC_MSG_ERROR([OpenSSL >= 1.1.1 not found by pkg-config (Debian: apt-get install libssl-dev)])])
  PHP_EVAL_LIBLINE($OPENSSL_LIBS, WORKERMAN_SHARED_LIBADD)
  PHP_EVAL_INCLINE($OPENSSL_CFLAGS)

  dnl zlib: permessage-deflate of the WebSocket protocols.
  PKG_CHECK_MODULES([ZLIB], [zlib >= 1.2], [],
    [AC_MSG_ERROR([zlib not found by pkg-config (Debian: apt-get install zlib1g-dev)])])
  PHP_EVAL_LIBLINE($ZLIB_LIBS, WORKERMAN_SHARED_LIBADD)
  PHP_EVAL_INCLINE($ZLIB_CFLAGS)

  AC_CHECK_FUNCS([accept4 setproctitle])

  WORKERMAN_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers"
  if test "$PHP_WORKERMAN_WERROR" != "no"; then
    WORKERMAN_CFLAGS="$WORKERMAN_CFLAGS -Werror"
  fi

  WORKERMAN_SOURCES="
    src/workerman.c
    src/core/loop.c
    src/core/callback.c
    src/core/fiber.c
    src/core/props.c
    src/core/metrics.c
    src/net/socket.c
    src/net/buffer.c
    src/net/dgram.c
    src/net/conn.c
    src/net/tls.c
    src/proto/text.c
    src/proto/frame.c
    src/proto/http.c
    src/proto/chunked.c
    src/proto/multipart.c
    src/proto/ws.c
    src/php/classes.c
    src/php/log.c
    src/php/events.c
    src/php/revolt.c
    src/php/timer.c
    src/php/protocols.c
    src/php/proto_tables.c
    src/php/connection.c
    src/php/conn_address.c
    src/php/conn_pipe.c
    src/php/conn_props.c
    src/php/worker.c
    src/php/process.c
    src/php/process_cli.c
    src/php/process_status.c
    src/php/process_api.c
    src/php/process_master.c
    src/php/process_child.c
    src/php/process_restart.c
    src/php/process_metrics.c
    src/php/response.c
    src/php/response_stream.c
    src/php/session.c
    src/php/session_file.c
    src/php/session_redis.c
    src/php/request.c
    src/php/upload.c
    src/php/request_session.c
    src/php/http.c
    src/php/http_legacy.c
    src/php/tls_context.c
    src/php/async.c
    src/php/udp.c
    src/php/websocket.c
    src/php/websocket_api.c
    src/php/ws_client.c
  "

  PHP_NEW_EXTENSION(workerman, $WORKERMAN_SOURCES, $ext_shared, cli, $WORKERMAN_CFLAGS)
  PHP_ADD_MAKEFILE_FRAGMENT
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/net])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/proto])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
  PHP_ADD_EXTENSION_DEP(workerman, spl)
  PHP_ADD_EXTENSION_DEP(workerman, standard)
  PHP_SUBST(WORKERMAN_SHARED_LIBADD)
fi
