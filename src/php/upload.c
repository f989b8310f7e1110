/* SPDX-License-Identifier: MIT */
/* Workerman\Protocols\Http\Request: the body (parsePost(), file(), parseUploadFiles(),
 * parseUploadFile()) and the upload collector.
 *
 * multipart/form-data goes through the upload collector (wm_upload) for in-memory bodies too;
 * the protocol can use the same collector to stream large bodies straight to temp files
 * (wm_upload_* in php_wm.h), then hands the result over with wm_request_set_body_parsed().
 * Temp files belong to the collector until a request takes them; the request removes them when
 * it is freed. The object and its other getters are in request.c. */

#include "php/request_impl.h"
#include "core/callback.h"
#include "proto/multipart.h"
#include "php_open_temporary_file.h"
#include "fopen_wrappers.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ext/standard/php_filestat.h"
#include "ext/json/php_json.h"
#include "ext/pcre/php_pcre.h"

#include <errno.h>
#include <unistd.h>

/* $_FILES error codes (main/rfc1867.c keeps them private). */
#define WM_UPLOAD_ERR_NO_FILE 4
#define WM_UPLOAD_ERR_NO_TMP_DIR 6
#define WM_UPLOAD_ERR_CANT_WRITE 7

static void wm_req_do_parse_upload_files(zend_object *obj, zend_string *boundary);

/* ---- parsePost() --------------------------------------------------------------------------- */

/* preg_match('/boundary="?(\S+)"?/', $contentType, $m): the span of $m[1], or false. */
static bool wm_find_boundary(const char *s, size_t len, const char **b, size_t *blen)
{
	static const char needle[] = "boundary=";
	const size_t nl = sizeof(needle) - 1;
	const char *end = s + len, *p = s;
	while ((p = zend_memnstr(p, needle, nl, end)) != NULL) {
		const char *v = p + nl;
#define WM_IS_SPACE(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\v' || (c) == '\f' || (c) == '\r')
		if (v < end && *v == '"' && v + 1 < end && !WM_IS_SPACE(v[1])) {
			v++;
		}
		const char *e = v;
		while (e < end && !WM_IS_SPACE(*e)) {
			e++;
		}
#undef WM_IS_SPACE
		if (e > v) {
			*b = v;
			*blen = (size_t) (e - v);
			return true;
		}
		p++;
	}
	return false;
}

/* (array) json_decode($body, true), keeping json_last_error() as json_decode() leaves it. */
static void wm_json_to_array(const char *s, size_t len, zval *out)
{
	zval v;
	JSON_G(error_code) = PHP_JSON_ERROR_NONE;
	php_json_decode_ex(&v, s, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH);
	if (Z_TYPE(v) == IS_ARRAY) {
		ZVAL_COPY_VALUE(out, &v);
		return;
	}
	array_init(out);
	if (Z_TYPE(v) != IS_NULL) {
		zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &v);
	}
}

/* parsePost(). */
void wm_req_do_parse_post(zend_object *obj)
{
	wm_request_object *r = wm_req_from_obj(obj);
	if (!Z_ISUNDEF(r->body_post)) {
		zval p, f;
		ZVAL_COPY(&p, &r->body_post);
		ZVAL_COPY(&f, &r->body_files);
		wm_req_data_set(obj, wm_req_key.post, &p);
		wm_req_data_set(obj, wm_req_key.files, &f);
		return;
	}
	wm_req_data_set_empty(obj, wm_req_key.files);
	wm_req_data_set_empty(obj, wm_req_key.post);
	if (EG(exception)) {
		return;
	}
	zval ct, empty;
	ZVAL_EMPTY_STRING(&empty);
	wm_req_header(obj, wm_req_key.content_type, &empty, &ct);
	if (EG(exception)) {
		zval_ptr_dtor(&ct);
		return;
	}
	if (!wm_req_want_string(&ct, "preg_match(): Argument #2 ($subject)")) {
		zval_ptr_dtor(&ct);
		return;
	}
	const char *b;
	size_t blen;
	if (wm_find_boundary(Z_STRVAL(ct), Z_STRLEN(ct), &b, &blen)) {
		zend_string *boundary = zend_string_concat2("--", 2, b, blen);
		zval_ptr_dtor(&ct);
		zend_function *fn = wm_req_user_fn(obj, M_PARSE_UPLOAD_FILES);
		if (fn) {
			zval arg;
			ZVAL_STR(&arg, boundary);
			zend_call_known_instance_method(fn, obj, NULL, 1, &arg);
		} else {
			wm_req_do_parse_upload_files(obj, boundary);
		}
		zend_string_release(boundary);
		return;
	}
	zval body;
	const char *p;
	size_t len;
	ZVAL_UNDEF(&body);
	if (wm_req_user_fn(obj, M_RAW_BODY)) {
		wm_req_string_step(obj, M_RAW_BODY, &body);
		if (EG(exception) || !wm_req_want_string(&body, "parse_str(): Argument #1 ($string)")) {
			zval_ptr_dtor(&body);
			zval_ptr_dtor(&ct);
			return;
		}
		p = Z_STRVAL(body);
		len = Z_STRLEN(body);
	} else if (!wm_req_body_span(obj, &p, &len)) {
		zval_ptr_dtor(&ct);
		return;
	}
	if (len > 0) {
		zval arr;
		if (zend_memnstr(Z_STRVAL(ct), "json", 4, Z_STRVAL(ct) + Z_STRLEN(ct))) {
			wm_json_to_array(p, len, &arr);
		} else {
			wm_req_parse_str(p, len, &arr);
		}
		wm_req_data_set(obj, wm_req_key.post, &arr);
	}
	zval_ptr_dtor(&body);
	zval_ptr_dtor(&ct);
}

/* ---- uploads: temp files ------------------------------------------------------------------- */

/* Http::uploadTmpDir() as a string, or NULL with an exception pending. */
static zend_string *wm_upload_tmp_dir(void)
{
	zval rv;
	wm_call_static(wm_ce_Http, "uploadtmpdir", sizeof("uploadtmpdir") - 1, &rv, 0, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	zend_string *s = zval_try_get_string(&rv);
	zval_ptr_dtor(&rv);
	return s;
}

/* tempnam($dir, 'workerman.upload.'): an open fd and the path, or -1. */
static int wm_tmp_open(zend_string *dir, zend_string **path)
{
	*path = NULL;
	if (memchr(ZSTR_VAL(dir), '\0', ZSTR_LEN(dir)) || php_check_open_basedir(ZSTR_VAL(dir))) {
		return -1;
	}
	int fd = php_open_temporary_fd_ex(ZSTR_VAL(dir), "workerman.upload.", path,
		PHP_TMP_FILE_OPEN_BASEDIR_CHECK_ALWAYS);
	if (fd < 0 && *path) {
		zend_string_release(*path);
		*path = NULL;
	}
	return fd;
}

static bool wm_write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR) {
				continue;
			}
			return false;
		}
		p += w;
		n -= (size_t) w;
	}
	return true;
}

/* One entry of data['files'], keys in upstream's order. `tmp_name` is taken. */
static void wm_file_entry(zval *out, zend_string *filename, zval *tmp_name, size_t size, zend_long error,
	zend_string *full_path, zend_string *type, const char *lead)
{
	array_init_size(out, 6);
	HashTable *ht = Z_ARRVAL_P(out);
	zval v;
	/* Upstream's keys: the type/full_path set by header lines before Content-Disposition come
	 * first (`[...$file, 'name' => ...]` keeps them in front), then name, tmp_name, size, error,
	 * full_path, type (`??= ''`). */
	for (const char *k = lead; *k; k++) {
		if (*k == 't') {
			ZVAL_STR_COPY(&v, type);
			zend_hash_str_add_new(ht, "type", 4, &v);
		} else {
			ZVAL_STR_COPY(&v, full_path);
			zend_hash_str_add_new(ht, "full_path", 9, &v);
		}
	}
	ZVAL_STR_COPY(&v, filename);
	zend_hash_str_add_new(ht, "name", 4, &v);
	zend_hash_str_add_new(ht, "tmp_name", 8, tmp_name);
	ZVAL_LONG(&v, (zend_long) size);
	zend_hash_str_add_new(ht, "size", 4, &v);
	ZVAL_LONG(&v, error);
	zend_hash_str_add_new(ht, "error", 5, &v);
	if (!strchr(lead, 'p')) {
		ZVAL_STR_COPY(&v, full_path);
		zend_hash_str_add_new(ht, "full_path", 9, &v);
	}
	if (!strchr(lead, 't')) {
		ZVAL_STR_COPY(&v, type);
		zend_hash_str_add_new(ht, "type", 4, &v);
	}
}

/* The array_walk_recursive() of parseUploadFiles(): every leaf of the parse_str() result is an
 * index into `files` and becomes that file's entry. `handed[i]` records which were used. */
static void wm_files_resolve(HashTable *tree, HashTable *files, bool *handed)
{
	zval *v;
	ZEND_HASH_FOREACH_VAL(tree, v) {
		if (Z_TYPE_P(v) == IS_ARRAY) {
			SEPARATE_ARRAY(v);
			wm_files_resolve(Z_ARRVAL_P(v), files, handed);
			continue;
		}
		/* $files[$value]: the leaves are the decimal indexes we wrote. */
		zend_ulong idx;
		zval *f;
		if (Z_TYPE_P(v) == IS_STRING) {
			f = zend_symtable_find(files, Z_STR_P(v));
			idx = (zend_ulong) ZEND_STRTOL(Z_STRVAL_P(v), NULL, 10);
		} else {
			idx = (zend_ulong) zval_get_long(v);
			f = zend_hash_index_find(files, idx);
		}
		if (f && handed && idx < zend_hash_num_elements(files)) {
			handed[idx] = true;
		}
		zval_ptr_dtor(v);
		if (f) {
			ZVAL_COPY(v, f);
		} else {
			ZVAL_NULL(v);
		}
	} ZEND_HASH_FOREACH_END();
}

/* Records a temp file as the request's (removed when the request is freed). */
static void wm_req_track_tmp(wm_request_object *r, zend_string *path)
{
	if (!r->tmp_files) {
		ALLOC_HASHTABLE(r->tmp_files);
		zend_hash_init(r->tmp_files, 4, NULL, NULL, 0);
	}
	zend_hash_add_empty_element(r->tmp_files, path);
}

/* ---- the upload collector ------------------------------------------------------------------ */

struct wm_upload {
	wm_multipart *mp;
	smart_str post_enc;         /* upstream's $postEncodeString: urlencode(name)=urlencode(value)& */
	smart_str files_enc;        /* upstream's $filesEncodeStr: urlencode(name)=index& */
	zval files;                 /* upstream's $files: one entry per file part, in order */
	zend_string **paths;        /* temp file of files[i] (NULL if none) */
	bool *handed;               /* files[i] went out through finish() */
	uint32_t nfiles, cap;
	zend_string *dir;           /* Http::uploadTmpDir(), asked at the first file part (NULL before) */
	bool failed;                /* an exception stopped parsing */
	/* the part being received */
	bool is_file;
	zend_string *name, *filename, *type, *full_path;
	char lead[3];               /* wm_mp_part's lead: the file array's first keys */
	smart_str value;            /* a field's data */
	int fd;
	zend_string *path;          /* a file's temp file (NULL: none yet) */
	size_t size;
	zend_long error;
	bool tmp_failed;            /* tempnam() failed: tmp_name is false */
};

static void wm_upload_part_clear(wm_upload *u)
{
	if (u->fd >= 0) {
		close(u->fd);
		u->fd = -1;
	}
	if (u->name) {
		zend_string_release(u->name);
	}
	if (u->filename) {
		zend_string_release(u->filename);
	}
	if (u->type) {
		zend_string_release(u->type);
	}
	if (u->full_path) {
		zend_string_release(u->full_path);
	}
	u->name = u->filename = u->type = u->full_path = NULL;
	smart_str_free(&u->value);
	if (u->path) {
		/* Never registered as a file part's: nobody else will remove it. */
		VCWD_UNLINK(ZSTR_VAL(u->path));
		zend_string_release(u->path);
		u->path = NULL;
	}
}

static void wm_upload_open(wm_upload *u)
{
	u->fd = wm_tmp_open(u->dir, &u->path);
	if (u->fd < 0) {
		u->error = WM_UPLOAD_ERR_CANT_WRITE;
		u->tmp_failed = true;
	}
}

static bool wm_upload_part_begin(void *ctx, const wm_mp_part *part)
{
	wm_upload *u = ctx;
	wm_upload_part_clear(u);
	u->is_file = part->is_file;
	u->name = zend_string_init(part->name.p, part->name.len, 0);
	if (!part->is_file) {
		return true;
	}
	u->filename = zend_string_init(part->filename.p, part->filename.len, 0);
	u->type = zend_string_init(part->content_type.p, part->content_type.len, 0);
	u->full_path = zend_string_init(part->full_path.p, part->full_path.len, 0);
	memcpy(u->lead, part->lead, sizeof(u->lead));
	u->size = 0;
	u->error = 0;
	u->tmp_failed = false;
	if (!u->dir) {
		u->dir = wm_upload_tmp_dir();
		if (!u->dir) {
			u->failed = true;
			return false;
		}
	}
	if (!wm_zstr_truthy(u->dir)) {
		u->error = WM_UPLOAD_ERR_NO_TMP_DIR;
	} else if (ZSTR_LEN(u->name) > 0) {
		/* With an empty name, an empty part is UPLOAD_ERR_NO_FILE: wait for data. */
		wm_upload_open(u);
	}
	return true;
}

static bool wm_upload_part_data(void *ctx, const char *data, size_t len)
{
	wm_upload *u = ctx;
	if (!u->name || len == 0) {
		return true;
	}
	if (!u->is_file) {
		smart_str_appendl(&u->value, data, len);
		return true;
	}
	u->size += len;
	if (u->error) {
		return true;
	}
	if (u->fd < 0) {
		wm_upload_open(u);
		if (u->fd < 0) {
			return true;
		}
	}
	if (!wm_write_all(u->fd, data, len)) {
		u->error = WM_UPLOAD_ERR_CANT_WRITE;
		close(u->fd);
		u->fd = -1;
	}
	return true;
}

static void wm_urlencode_append(smart_str *dst, const char *s, size_t len)
{
	zend_string *e = php_url_encode(s, len);
	smart_str_append(dst, e);
	zend_string_release(e);
}

static void wm_upload_part_end(void *ctx, bool complete)
{
	wm_upload *u = ctx;
	if (!u->name) {
		return;
	}
	if (!complete) {
		/* Upstream never sees a part without its closing delimiter. */
		wm_upload_part_clear(u);
		return;
	}
	if (!u->is_file) {
		wm_urlencode_append(&u->post_enc, ZSTR_VAL(u->name), ZSTR_LEN(u->name));
		smart_str_appendc(&u->post_enc, '=');
		smart_str_0(&u->value);
		wm_urlencode_append(&u->post_enc, u->value.s ? ZSTR_VAL(u->value.s) : "", u->value.s ? ZSTR_LEN(u->value.s) : 0);
		smart_str_appendc(&u->post_enc, '&');
		wm_upload_part_clear(u);
		return;
	}
	if (u->fd >= 0) {
		close(u->fd);
		u->fd = -1;
	}
	if (!u->error && !u->path && !u->tmp_failed) {
		/* Empty name and no data (the only way to get here without a temp file). */
		u->error = WM_UPLOAD_ERR_NO_FILE;
	}
	zval tmp_name;
	if (u->path) {
		ZVAL_STR_COPY(&tmp_name, u->path);
	} else if (u->tmp_failed) {
		ZVAL_FALSE(&tmp_name);
	} else {
		ZVAL_EMPTY_STRING(&tmp_name);
	}
	if (u->nfiles == u->cap) {
		u->cap = u->cap ? u->cap * 2 : 4;
		u->paths = erealloc(u->paths, sizeof(*u->paths) * u->cap);
		u->handed = erealloc(u->handed, sizeof(*u->handed) * u->cap);
	}
	u->paths[u->nfiles] = u->path;  /* the reference moves */
	u->handed[u->nfiles] = false;
	u->path = NULL;
	wm_urlencode_append(&u->files_enc, ZSTR_VAL(u->name), ZSTR_LEN(u->name));
	smart_str_append_printf(&u->files_enc, "=%u&", u->nfiles);
	u->nfiles++;
	zval entry;
	wm_file_entry(&entry, u->filename, &tmp_name, u->size, u->error, u->full_path, u->type, u->lead);
	zend_hash_next_index_insert_new(Z_ARRVAL(u->files), &entry);
	wm_upload_part_clear(u);
}

static const wm_mp_callbacks wm_upload_cb = {
	wm_upload_part_begin, wm_upload_part_data, wm_upload_part_end,
};

/* A collector for `delimiter` (parseUploadFiles()'s boundary: "--" + value, quotes trimmed). */
static wm_upload *wm_upload_new_delim(const char *delim, size_t len, zend_long max_parts)
{
	wm_upload *u = ecalloc(1, sizeof(*u));
	u->fd = -1;
	array_init(&u->files);
	uint32_t max = max_parts <= 0 ? 0 : (max_parts > UINT32_MAX ? UINT32_MAX : (uint32_t) max_parts);
	u->mp = wm_multipart_new(delim, len, max, &wm_upload_cb, u);
	if (!u->mp) {
		wm_upload_free(u);
		return NULL;
	}
	return u;
}

static zend_long wm_max_file_uploads(zend_class_entry *ce)
{
	zval *v = wm_static_prop(ce, "maxFileUploads", sizeof("maxFileUploads") - 1);
	return v ? zval_get_long(v) : 1024;
}

/* trim($boundary, '"') */
static void wm_trim_quotes(const char **p, size_t *len)
{
	while (*len && **p == '"') {
		(*p)++;
		(*len)--;
	}
	while (*len && (*p)[*len - 1] == '"') {
		(*len)--;
	}
}

wm_upload *wm_upload_new(zend_string *content_type)
{
	const char *b;
	size_t blen;
	if (!content_type || !wm_find_boundary(ZSTR_VAL(content_type), ZSTR_LEN(content_type), &b, &blen)) {
		return NULL;
	}
	/* parsePost()'s "--" . $match[1], then parseUploadFiles()'s trim($boundary, '"'). */
	zend_string *d = zend_string_concat2("--", 2, b, blen);
	const char *p = ZSTR_VAL(d);
	size_t len = ZSTR_LEN(d);
	wm_trim_quotes(&p, &len);
	wm_upload *u = wm_upload_new_delim(p, len, wm_max_file_uploads(wm_ce_Request));
	zend_string_release(d);
	return u;
}

bool wm_upload_feed(wm_upload *u, const char *data, size_t len)
{
	if (u->failed) {
		return false;
	}
	return wm_multipart_feed(u->mp, data, len) && !u->failed;
}

/* finish(): `post`/`files` get arrays only when upstream's encoded strings were non-empty
 * (`*has_post`/`*has_files`); otherwise they are left UNDEF. */
static void wm_upload_finish_ex(wm_upload *u, zval *post, zval *files)
{
	ZVAL_UNDEF(post);
	ZVAL_UNDEF(files);
	if (!u->failed) {
		wm_multipart_finish(u->mp);
	}
	if (u->failed) {
		return;
	}
	if (u->post_enc.s && ZSTR_LEN(u->post_enc.s)) {
		wm_req_parse_str(ZSTR_VAL(u->post_enc.s), ZSTR_LEN(u->post_enc.s), post);
	}
	if (u->files_enc.s && ZSTR_LEN(u->files_enc.s)) {
		wm_req_parse_str(ZSTR_VAL(u->files_enc.s), ZSTR_LEN(u->files_enc.s), files);
		wm_files_resolve(Z_ARRVAL_P(files), Z_ARRVAL(u->files), u->handed);
	}
}

void wm_upload_finish(wm_upload *u, zval *post, zval *files)
{
	wm_upload_finish_ex(u, post, files);
	if (Z_ISUNDEF_P(post)) {
		array_init(post);
	}
	if (Z_ISUNDEF_P(files)) {
		array_init(files);
	}
}

/* Hands the paths of the files finish() gave out to `r` (which removes them when freed). */
static void wm_upload_give_paths(wm_upload *u, wm_request_object *r)
{
	for (uint32_t i = 0; i < u->nfiles; i++) {
		if (u->handed[i] && u->paths[i]) {
			wm_req_track_tmp(r, u->paths[i]);
		}
	}
}

void wm_upload_free(wm_upload *u)
{
	if (!u) {
		return;
	}
	if (u->mp) {
		wm_multipart_free(u->mp);
	}
	wm_upload_part_clear(u);
	for (uint32_t i = 0; i < u->nfiles; i++) {
		if (u->paths[i]) {
			if (!u->handed[i]) {
				VCWD_UNLINK(ZSTR_VAL(u->paths[i]));
			}
			zend_string_release(u->paths[i]);
		}
	}
	if (u->paths) {
		efree(u->paths);
		efree(u->handed);
	}
	smart_str_free(&u->post_enc);
	smart_str_free(&u->files_enc);
	zval_ptr_dtor(&u->files);
	if (u->dir) {
		zend_string_release(u->dir);
	}
	efree(u);
}

/* ---- parseUploadFiles() / parseUploadFile() ------------------------------------------------ */

static void wm_req_upload_loop(zend_object *obj, zend_function *fn, zend_string *boundary);

/* parseUploadFiles($httpPostBoundary): the body of $this->buffer through the collector, or
 * upstream's parseUploadFile() loop when a subclass overrides that step. */
static void wm_req_do_parse_upload_files(zend_object *obj, zend_string *boundary)
{
	const char *d = ZSTR_VAL(boundary);
	size_t dlen = ZSTR_LEN(boundary);
	wm_trim_quotes(&d, &dlen);
	zend_function *fn = wm_req_user_fn(obj, M_PARSE_UPLOAD_FILE);
	if (fn) {
		zend_string *trimmed = zend_string_init(d, dlen, 0);
		wm_req_upload_loop(obj, fn, trimmed);
		zend_string_release(trimmed);
		return;
	}
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return;
	}
	wm_upload *u = wm_upload_new_delim(d, dlen, wm_max_file_uploads(obj->ce));
	if (!u) {
		return;
	}
	size_t he = wm_req_head_end(r);
	size_t off = he == WM_NPOS ? 4 : he + 4;
	if (off < ZSTR_LEN(buf)) {
		wm_upload_feed(u, ZSTR_VAL(buf) + off, ZSTR_LEN(buf) - off);
	}
	zval post, files;
	wm_upload_finish_ex(u, &post, &files);
	if (!EG(exception)) {
		wm_upload_give_paths(u, r);
		if (!Z_ISUNDEF(post)) {
			wm_req_data_set(obj, wm_req_key.post, &post);
			ZVAL_UNDEF(&post);
		}
		if (!Z_ISUNDEF(files)) {
			wm_req_data_set(obj, wm_req_key.files, &files);
			ZVAL_UNDEF(&files);
		}
	}
	zval_ptr_dtor(&post);
	zval_ptr_dtor(&files);
	wm_upload_free(u);
}

/* `if ($enc) parse_str($enc, $arr)` for the strings parseUploadFile() built. */
static bool wm_parse_encoded(zval *enc, zval *arr)
{
	if (!zend_is_true(enc)) {
		return false;
	}
	zend_string *s = zval_get_string(enc);
	wm_req_parse_str(ZSTR_VAL(s), ZSTR_LEN(s), arr);
	zend_string_release(s);
	return true;
}

/* Upstream's loop over $this->parseUploadFile() (a subclass overrides it). */
static void wm_req_upload_loop(zend_object *obj, zend_function *fn, zend_string *boundary)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return;
	}
	size_t he = wm_req_head_end(r);
	zend_long offset = (zend_long) (he == WM_NPOS ? 4 : he + 4) + (zend_long) ZSTR_LEN(boundary) + 2;
	zend_long max = wm_max_file_uploads(obj->ce);
	zval args[5], post_s, files_s, files_a;
	ZVAL_EMPTY_STRING(&post_s);
	ZVAL_EMPTY_STRING(&files_s);
	array_init(&files_a);
	ZVAL_STR(&args[0], boundary);
	ZVAL_NEW_REF(&args[2], &post_s);
	ZVAL_NEW_REF(&args[3], &files_s);
	ZVAL_NEW_REF(&args[4], &files_a);
	while (max-- > 0 && offset) {
		zval rv;
		ZVAL_LONG(&args[1], offset);
		zend_call_known_instance_method(fn, obj, &rv, 5, args);
		if (EG(exception)) {
			zval_ptr_dtor(&rv);
			goto done;
		}
		offset = zval_get_long(&rv);
		zval_ptr_dtor(&rv);
	}
	zval arr;
	if (wm_parse_encoded(Z_REFVAL(args[2]), &arr)) {
		wm_req_data_set(obj, wm_req_key.post, &arr);
	}
	if (wm_parse_encoded(Z_REFVAL(args[3]), &arr)) {
		zval *fa = Z_REFVAL(args[4]);
		if (Z_TYPE_P(fa) == IS_ARRAY) {
			wm_files_resolve(Z_ARRVAL(arr), Z_ARRVAL_P(fa), NULL);
		}
		wm_req_data_set(obj, wm_req_key.files, &arr);
	}
done:
	zval_ptr_dtor(&args[2]);
	zval_ptr_dtor(&args[3]);
	zval_ptr_dtor(&args[4]);
}

/* preg_match($regex, $subject, $m) through ext/pcre (shares PHP's regex cache); `m` receives
 * the groups. */
static bool wm_preg_match(zend_string *regex, const char *s, size_t len, zval *m)
{
	pcre_cache_entry *pce = pcre_get_compiled_regex_cache(regex);
	ZVAL_UNDEF(m);
	if (!pce) {
		return false;
	}
	zend_string *subject = zend_string_init(s, len, 0);
	zval rv;
	php_pcre_pce_incref(pce);
	php_pcre_match_impl(pce, subject, &rv, m, 0, 0, 0, 0);
	php_pcre_pce_decref(pce);
	zend_string_release(subject);
	return Z_TYPE(rv) == IS_LONG && Z_LVAL(rv) > 0;
}

static zend_string *re_file, *re_field;

static zend_string *wm_group(zval *m, zend_ulong i)
{
	zval *g = Z_TYPE_P(m) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(m), i) : NULL;
	return g && Z_TYPE_P(g) == IS_STRING ? zend_string_copy(Z_STR_P(g)) : ZSTR_EMPTY_ALLOC();
}

static zend_string *wm_trim(const char *s, size_t len)
{
	wm_req_trim_span(&s, &len);
	return zend_string_init(s, len, 0);
}

/* parseUploadFile(): one part at $sectionStartOffset of $this->buffer, upstream's algorithm
 * (kept for subclasses that call it; Request itself parses through the collector). */
static zend_long wm_req_do_parse_upload_file(zend_object *obj, zend_string *boundary, zend_long start,
	zval *post_ref, zval *files_enc_ref, zval *files_ref)
{
	wm_request_object *r = wm_req_from_obj(obj);
	zend_string *buf = wm_req_buf(r);
	if (!buf) {
		return 0;
	}
	const char *b = ZSTR_VAL(buf), *end = b + ZSTR_LEN(buf);
	if (start < 0 || (size_t) start > ZSTR_LEN(buf)) {
		return 0;
	}
	zend_string *delim = zend_string_concat2("\r\n", 2, ZSTR_VAL(boundary), ZSTR_LEN(boundary));
	size_t dlen = ZSTR_LEN(delim);
	const char *se = zend_memnstr(b + start, ZSTR_VAL(delim), dlen, end);
	zend_string_release(delim);
	if (!se || se == b) {
		return 0;
	}
	const char *cle = zend_memnstr(b + start, "\r\n\r\n", 4, end);
	if (!cle || cle == b || cle + 4 > se) {
		return 0;
	}
	zend_long next = (zend_long) (se - b) + (zend_long) dlen + 2;
	/* explode("\r\n", trim($contentLines . "\r\n")) */
	const char *ls = b + start;
	size_t llen = (size_t) (cle - ls);
	wm_req_trim_span(&ls, &llen);
	const char *value_p = cle + 4;
	size_t value_len = (size_t) (se - value_p);
	zval file;
	array_init(&file);
	zend_string *upload_key = NULL;
	const char *lp = ls, *lend = ls + llen;
	zend_long result = 0;
	for (;;) {
		const char *nl = zend_memnstr(lp, "\r\n", 2, lend);
		const char *le = nl ? nl : lend;
		const char *cs = zend_memnstr(lp, ": ", 2, le);
		if (!cs || cs == lp) {
			goto out;
		}
		const char *vs = cs + 2;
		const char *cs2 = zend_memnstr(vs, ": ", 2, le);
		const char *ve = cs2 ? cs2 : le;
		size_t klen = (size_t) (cs - lp);
		if (wm_http_name_eq(lp, klen, "content-disposition", 19)) {
			zval m;
			if (wm_preg_match(re_file, vs, (size_t) (ve - vs), &m)) {
				zend_long error = 0;
				zval tmp_name;
				ZVAL_EMPTY_STRING(&tmp_name);
				zend_string *field = wm_group(&m, 1), *filename = wm_group(&m, 2);
				zend_string *dir = wm_upload_tmp_dir();
				if (!dir) {
					zend_string_release(field);
					zend_string_release(filename);
					zval_ptr_dtor(&m);
					goto out;
				}
				if (!wm_zstr_truthy(dir)) {
					error = WM_UPLOAD_ERR_NO_TMP_DIR;
				} else if (value_len == 0 && ZSTR_LEN(field) == 0) {
					error = WM_UPLOAD_ERR_NO_FILE;
				} else {
					zend_string *path;
					int fd = wm_tmp_open(dir, &path);
					if (fd < 0) {
						ZVAL_FALSE(&tmp_name);
						error = WM_UPLOAD_ERR_CANT_WRITE;
					} else {
						if (!wm_write_all(fd, value_p, value_len)) {
							error = WM_UPLOAD_ERR_CANT_WRITE;
						}
						close(fd);
						wm_req_track_tmp(r, path);
						ZVAL_STR(&tmp_name, path);
					}
				}
				zend_string_release(dir);
				if (upload_key) {
					zend_string_release(upload_key);
				}
				upload_key = field;
				/* [...$file, 'name' => .., 'tmp_name' => .., 'size' => .., 'error' => .., 'full_path' => ..] */
				HashTable *ht = Z_ARRVAL(file);
				zval v;
				ZVAL_STR_COPY(&v, filename);
				zend_hash_str_update(ht, "name", 4, &v);
				zend_hash_str_update(ht, "tmp_name", 8, &tmp_name);
				ZVAL_LONG(&v, (zend_long) value_len);
				zend_hash_str_update(ht, "size", 4, &v);
				ZVAL_LONG(&v, error);
				zend_hash_str_update(ht, "error", 5, &v);
				ZVAL_STR(&v, filename);
				zend_hash_str_update(ht, "full_path", 9, &v);
				zval *t = zend_hash_str_find(ht, "type", 4);
				if (!t || Z_TYPE_P(t) == IS_NULL) {
					ZVAL_EMPTY_STRING(&v);
					zend_hash_str_update(ht, "type", 4, &v);
				}
				zval_ptr_dtor(&m);
			} else {
				zval_ptr_dtor(&m);
				if (wm_preg_match(re_field, vs, (size_t) (ve - vs), &m)) {
					zend_string *k = wm_group(&m, 1);
					zval *pe = Z_REFVAL_P(post_ref);
					smart_str s = {0};
					if (Z_TYPE_P(pe) == IS_STRING) {
						smart_str_append(&s, Z_STR_P(pe));
					}
					wm_urlencode_append(&s, ZSTR_VAL(k), ZSTR_LEN(k));
					smart_str_appendc(&s, '=');
					wm_urlencode_append(&s, value_p, value_len);
					smart_str_appendc(&s, '&');
					zend_string_release(k);
					ZEND_TRY_ASSIGN_REF_STR(post_ref, smart_str_extract(&s));
				}
				zval_ptr_dtor(&m);
				result = next;
				goto out;
			}
		} else if (wm_http_name_eq(lp, klen, "content-type", 12)) {
			zval v;
			ZVAL_STR(&v, wm_trim(vs, (size_t) (ve - vs)));
			zend_hash_str_update(Z_ARRVAL(file), "type", 4, &v);
		} else if (wm_http_name_eq(lp, klen, "webkitrelativepath", 18)) {
			zval v;
			ZVAL_STR(&v, wm_trim(vs, (size_t) (ve - vs)));
			zend_hash_str_update(Z_ARRVAL(file), "full_path", 9, &v);
		}
		if (!nl) {
			break;
		}
		lp = nl + 2;
	}
	if (upload_key) {
		zval *fa = Z_REFVAL_P(files_ref);
		zend_long count = Z_TYPE_P(fa) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(fa)) : 0;
		zval *fe = Z_REFVAL_P(files_enc_ref);
		smart_str s = {0};
		if (Z_TYPE_P(fe) == IS_STRING) {
			smart_str_append(&s, Z_STR_P(fe));
		}
		wm_urlencode_append(&s, ZSTR_VAL(upload_key), ZSTR_LEN(upload_key));
		smart_str_append_printf(&s, "=" ZEND_LONG_FMT "&", count);
		ZEND_TRY_ASSIGN_REF_STR(files_enc_ref, smart_str_extract(&s));
		fa = Z_REFVAL_P(files_ref);
		if (Z_TYPE_P(fa) == IS_ARRAY) {
			SEPARATE_ARRAY(fa);
			zend_hash_next_index_insert(Z_ARRVAL_P(fa), &file);
			ZVAL_UNDEF(&file);
		}
		result = next;
	}
out:
	if (upload_key) {
		zend_string_release(upload_key);
	}
	zval_ptr_dtor(&file);
	return result;
}

/* ---- files --------------------------------------------------------------------------------- */

/* Calls `leaf` on every 'tmp_name' leaf of a files tree (at most 64 levels deep); stops and
 * returns true as soon as `leaf` does. */
static bool wm_files_walk(HashTable *ht, int depth, bool (*leaf)(zval *v, void *ctx), void *ctx)
{
	zend_string *key;
	zval *v;
	if (depth > 64) {
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_ARRAY) {
			if (wm_files_walk(Z_ARRVAL_P(v), depth + 1, leaf, ctx)) {
				return true;
			}
		} else if (key && zend_string_equals(key, wm_req_key.tmp_name) && leaf(v, ctx)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static bool wm_is_file(zval *path)
{
	zval rv;
	php_stat(Z_STR_P(path), FS_IS_FILE, &rv);
	return Z_TYPE(rv) == IS_TRUE;
}

/* file()'s re-parse test: a tmp_name that is not an existing file. */
static bool wm_tmp_name_stale(zval *v, void *ctx)
{
	(void) ctx;
	return Z_TYPE_P(v) != IS_STRING || !wm_is_file(v);
}

/* __destruct(): unlink a tmp_name that is a file. */
static bool wm_tmp_name_unlink(zval *v, void *ctx)
{
	(void) ctx;
	if (Z_TYPE_P(v) == IS_STRING && wm_is_file(v)) {
		php_stream_wrapper *w = php_stream_locate_url_wrapper(Z_STRVAL_P(v), NULL, 0);
		if (w && w->wops->unlink) {
			w->wops->unlink(w, Z_STRVAL_P(v), REPORT_ERRORS, NULL);
		}
	}
	return false;
}

/* A streamed body's tmp_name becomes a temp file of the request `ctx`. */
static bool wm_tmp_name_track(zval *v, void *ctx)
{
	if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
		wm_req_track_tmp(ctx, Z_STR_P(v));
	}
	return false;
}

/* ---- API for the protocol ------------------------------------------------------------------ */

void wm_request_set_body_parsed(zend_object *req, zval *post, zval *files)
{
	if (!instanceof_function(req->ce, wm_ce_Request)) {
		return;
	}
	wm_request_object *r = wm_req_from_obj(req);
	zval_ptr_dtor(&r->body_post);
	zval_ptr_dtor(&r->body_files);
	ZVAL_COPY(&r->body_post, post);
	ZVAL_COPY(&r->body_files, files);
	if (Z_TYPE_P(files) == IS_ARRAY) {
		wm_files_walk(Z_ARRVAL_P(files), 0, wm_tmp_name_track, r);
	}
	zval p, f;
	ZVAL_COPY(&p, post);
	ZVAL_COPY(&f, files);
	wm_req_data_set(req, wm_req_key.post, &p);
	wm_req_data_set(req, wm_req_key.files, &f);
}

/* ---- methods ------------------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Request, file)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	php_clear_stat_cache(0, NULL, 0);
	zval *files = wm_req_data_find(obj, wm_req_key.files);
	/* A tmp_name that is gone (e.g. a cached clone whose original removed its files): re-parse.
	 * The array is held while stat() runs (a user stream wrapper could change $this->data). */
	if (files && Z_TYPE_P(files) == IS_ARRAY) {
		zval hold;
		ZVAL_COPY(&hold, files);
		bool stale = wm_files_walk(Z_ARRVAL(hold), 0, wm_tmp_name_stale, NULL);
		zval_ptr_dtor(&hold);
		if (stale) {
			wm_req_data_set_empty(obj, wm_req_key.files);
		}
		files = wm_req_data_find(obj, wm_req_key.files);
	}
	if (!files || !zend_is_true(files)) {
		wm_req_step(obj, M_PARSE_POST, wm_req_do_parse_post);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	if (!name) {
		wm_req_data_return(obj, wm_req_key.files, return_value);
		return;
	}
	wm_req_dim_or_default(wm_req_data_find(obj, wm_req_key.files), name, NULL, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parsePost)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_req_do_parse_post(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseUploadFiles)
{
	zend_string *boundary;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(boundary)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_do_parse_upload_files(Z_OBJ_P(ZEND_THIS), boundary);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, parseUploadFile)
{
	zend_string *boundary;
	zend_long start;
	zval *post, *files_enc, *files;
	ZEND_PARSE_PARAMETERS_START(5, 5)
		Z_PARAM_STR(boundary)
		Z_PARAM_LONG(start)
		Z_PARAM_ZVAL(post)
		Z_PARAM_ZVAL(files_enc)
		Z_PARAM_ZVAL(files)
	ZEND_PARSE_PARAMETERS_END();
	static const char *const pnames[] = {"postEncodeString", "filesEncodeStr", "files"};
	zval *refs[] = {post, files_enc, files};
	for (int i = 0; i < 3; i++) {
		zval *v = Z_REFVAL_P(refs[i]);
		if (Z_TYPE_P(v) != (i == 2 ? IS_ARRAY : IS_STRING)) {
			zend_type_error("%s::parseUploadFile(): Argument #%d ($%s) must be of type %s, %s given",
				ZSTR_VAL(wm_ce_Request->name), i + 3, pnames[i], i == 2 ? "array" : "string",
				zend_zval_type_name(v));
			RETURN_THROWS();
		}
	}
	zend_long next = wm_req_do_parse_upload_file(Z_OBJ_P(ZEND_THIS), boundary, start, post, files_enc, files);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(next);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *files = wm_req_data_find(obj, wm_req_key.files);
	if (files && zend_is_true(files) && Z_TYPE_P(wm_prop(obj, wm_req_slot.is_safe)) == IS_TRUE) {
		php_clear_stat_cache(0, NULL, 0);
		if (Z_TYPE_P(files) == IS_ARRAY) {
			zval hold;
			ZVAL_COPY(&hold, files);
			wm_files_walk(Z_ARRVAL(hold), 0, wm_tmp_name_unlink, NULL);
			zval_ptr_dtor(&hold);
		}
	}
}
/* ---- registration -------------------------------------------------------------------------- */

void wm_req_upload_minit(void)
{
	re_file = wm_interned("/name=\"(.*?)\"; filename=\"(.*?)\"/i");
	re_field = wm_interned("/name=\"(.*?)\"$/");
}
