/* SPDX-License-Identifier: MIT */
/* Console output and the Workerman log file. */

#include "php/log.h"
#include "core/metrics.h"
#include "core/callback.h"
#include "php/worker.h"
#include "ext/standard/php_string.h"
#include "ext/date/php_date.h"
#include "main/php_streams.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

static php_stream *wm_output_stream(void)
{
	zval *zv = wm_static_prop(wm_ce_Worker, "outputStream", sizeof("outputStream") - 1);
	if (zv && Z_TYPE_P(zv) == IS_RESOURCE) {
		php_stream *stream = (php_stream *) zend_fetch_resource2(Z_RES_P(zv), NULL, php_file_le_stream(), php_file_le_pstream());
		return stream;
	}
	return NULL;
}

static bool wm_output_decorated(void)
{
	zval *zv = wm_static_prop(wm_ce_Worker, "outputDecorated", sizeof("outputDecorated") - 1);
	return zv && Z_TYPE_P(zv) == IS_TRUE;
}

static void wm_replace_tags(smart_str *out, const char *msg, size_t len, bool color)
{
	static const struct { const char *tag; size_t len; const char *code; } tags[] = {
		{"<n>", 3, "\033[1A\n\033[K"}, {"<w>", 3, "\033[47;30m"}, {"<g>", 3, "\033[32;40m"},
		{"</n>", 4, "\033[0m"}, {"</w>", 4, "\033[0m"}, {"</g>", 4, "\033[0m"},
	};
	size_t i = 0;
	while (i < len) {
		bool matched = false;
		if (msg[i] == '<') {
			for (size_t t = 0; t < sizeof(tags) / sizeof(tags[0]); t++) {
				if (len - i >= tags[t].len && memcmp(msg + i, tags[t].tag, tags[t].len) == 0) {
					if (color) {
						smart_str_appends(out, tags[t].code);
					}
					i += tags[t].len;
					matched = true;
					break;
				}
			}
		}
		if (!matched) {
			smart_str_appendc(out, msg[i]);
			i++;
		}
	}
}

void wm_safe_echo(const char *msg, size_t len, bool decorated)
{
	smart_str out = {0};
	wm_replace_tags(&out, msg, len, decorated && wm_output_decorated());
	smart_str_0(&out);
	if (!out.s) {
		return;
	}

	php_stream *stream = wm_output_stream();
	if (stream) {
		if (!php_stream_eof(stream)) {
			php_stream_write(stream, ZSTR_VAL(out.s), ZSTR_LEN(out.s));
			php_stream_flush(stream);
		}
	} else {
		/* Before initStdOut(): write to the process's stdout directly, like STDOUT would. */
		const char *p = ZSTR_VAL(out.s);
		size_t left = ZSTR_LEN(out.s);
		while (left > 0) {
			ssize_t n = write(STDOUT_FILENO, p, left);
			if (n <= 0) {
				break;
			}
			p += n;
			left -= (size_t) n;
		}
	}
	smart_str_free(&out);
}

void wm_log_file(const char *msg, size_t len)
{
	zval *file = wm_static_prop(wm_ce_Worker, "logFile", sizeof("logFile") - 1);
	if (!file || Z_TYPE_P(file) != IS_STRING || Z_STRLEN_P(file) == 0) {
		return;
	}

	zend_string *date = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, time(NULL), 1);
	smart_str line = {0};
	smart_str_append(&line, date);
	smart_str_appends(&line, " pid:");
	smart_str_append_long(&line, (zend_long) getpid());
	smart_str_appendc(&line, ' ');
	smart_str_appendl(&line, msg, len);
	smart_str_appendc(&line, '\n');
	smart_str_0(&line);
	zend_string_release(date);

	int fd = open(Z_STRVAL_P(file), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	if (fd >= 0) {
		flock(fd, LOCK_EX);
		const char *p = ZSTR_VAL(line.s);
		size_t left = ZSTR_LEN(line.s);
		while (left > 0) {
			ssize_t n = write(fd, p, left);
			if (n <= 0) {
				break;
			}
			p += n;
			left -= (size_t) n;
		}
		flock(fd, LOCK_UN);
		close(fd);
	}
	smart_str_free(&line);

	/* Upstream 5.1.4+: past logFileMaxSize the log keeps its second half, cut at a line start. */
	zval *max = wm_static_prop(wm_ce_Worker, "logFileMaxSize", sizeof("logFileMaxSize") - 1);
	zend_long limit = (max && Z_TYPE_P(max) == IS_LONG) ? Z_LVAL_P(max) : 0;
	if (limit > 0) {
		zend_stat_t st;
		if (VCWD_STAT(Z_STRVAL_P(file), &st) == 0 && st.st_size > limit) {
			int src = open(Z_STRVAL_P(file), O_RDWR | O_CLOEXEC);
			if (src >= 0 && flock(src, LOCK_EX) == 0) {
				off_t size = lseek(src, 0, SEEK_END);
				char *buf = size > 0 ? emalloc((size_t) size) : NULL;
				if (buf && pread(src, buf, (size_t) size, 0) == size) {
					off_t cut = size / 2;
					while (cut < size && buf[cut] != '\n') {
						cut++;
					}
					if (cut < size) {
						cut++;
					}
					if (pwrite(src, buf + cut, (size_t) (size - cut), 0) == size - cut) {
						if (ftruncate(src, size - cut) != 0) {
							/* Nothing better to do: the next write tries again. */
						}
					}
				}
				if (buf) {
					efree(buf);
				}
				flock(src, LOCK_UN);
			}
			if (src >= 0) {
				close(src);
			}
		}
	}
}

bool wm_log_daemonized(void)
{
	zval *zv = wm_static_prop(wm_ce_Worker, "daemonize", sizeof("daemonize") - 1);
	return zv && Z_TYPE_P(zv) == IS_TRUE;
}

void wm_log(const char *msg, size_t len)
{
	/* trim() of " \t\n\r\0\x0B" like PHP's default. */
	while (len > 0 && strchr(" \t\n\r\v", *msg) && *msg) {
		msg++;
		len--;
	}
	while (len > 0 && (strchr(" \t\n\r\v", msg[len - 1]) || msg[len - 1] == '\0')) {
		len--;
	}

	if (!wm_log_daemonized()) {
		char *line = emalloc(len + 1);
		memcpy(line, msg, len);
		line[len] = '\n';
		wm_safe_echo(line, len + 1, false);
		efree(line);
	}
	wm_log_file(msg, len);
}

void wm_logf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *s = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	wm_log(ZSTR_VAL(s), ZSTR_LEN(s));
	zend_string_release(s);
}

void wm_log_throwable(zend_object *ex)
{
	zval zv, str;
	wm_metrics->exceptions++;
	ZVAL_OBJ(&zv, ex);
	/* __toString() of a Throwable cannot throw in a way we could report better; if it does, say so. */
	zend_object *pending = EG(exception);
	if (pending) {
		return;
	}
	ZVAL_UNDEF(&str);
	zend_call_method_with_0_params(ex, ex->ce, NULL, "__tostring", &str);
	if (EG(exception)) {
		zend_clear_exception();
	}
	if (Z_TYPE(str) == IS_STRING) {
		wm_log(Z_STRVAL(str), Z_STRLEN(str));
	} else {
		wm_logf("%s thrown (its __toString() failed)", ZSTR_VAL(ex->ce->name));
	}
	zval_ptr_dtor(&str);
}

bool wm_log_pending_exception(void)
{
	if (!EG(exception)) {
		return false;
	}
	if (wm_exception_is_exit()) {
		return true;
	}
	zend_object *ex = wm_exception_take();
	wm_log_throwable(ex);
	OBJ_RELEASE(ex);
	return false;
}
