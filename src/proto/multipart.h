/* SPDX-License-Identifier: MIT */
/* L0 (Zend-free): a streaming multipart/form-data parser with the semantics of Workerman 5.2's
 * Request::parseUploadFiles()/parseUploadFile(), fed the body in reads of any size.
 *
 * Upstream semantics kept (observable through post() and file()):
 *   - the first `len(delimiter) + 2` body bytes are skipped unchecked (the opening delimiter);
 *   - a part's header block runs to the first CRLFCRLF; it is trimmed (PHP trim()) and split on
 *     CRLF; every line looked at must contain ": " at an offset > 0, else parsing stops for good;
 *     a line is split at ": " into key and value (text after a second ": " is dropped);
 *   - key Content-Disposition (case-insensitive): a value matching
 *     /name="(.*?)"; filename="(.*?)"/i makes the part a file (name, filename; full_path is reset
 *     to the filename) and the next lines are still looked at; else a value matching
 *     /name="(.*?)"$/ makes it a field and the remaining lines are not looked at; else the part
 *     is skipped: no result (a file named by an earlier line is dropped too), parsing goes on
 *     with the next part;
 *   - key Content-Type sets the file's type (trimmed), wherever the line is; key
 *     webkitRelativePath sets its full_path (trimmed), which a later file Content-Disposition
 *     line resets to the filename;
 *   - a part whose lines named no file (and no field) stops parsing for good;
 *   - a part's data runs to the next CRLF + delimiter; after it, 2 bytes (CRLF or "--") are
 *     skipped and the next part starts (a final "--" ends nothing: parts after it are parsed);
 *     a part whose end never arrives is incomplete (dropped); if the CRLF + delimiter starts
 *     before the end of the header block's CRLFCRLF, parsing stops;
 *   - at most `max_parts` parts are parsed (Request::$maxFileUploads; upstream counts every
 *     part it looks at: fields, files and skipped parts).
 * Limits: a part header block longer than WM_MP_MAX_HEADER stops parsing (upstream has none).
 * The boundary has no length limit, as upstream (in a request it is bounded by the head's).
 *
 * Callbacks: part_begin (only for fields and files, once their headers are complete and no
 * delimiter can start inside them), then part_data zero or more times (never with 0 bytes, in
 * pieces as large as the feeds allow), then part_end. After a callback returned false (abort)
 * no further callback is made, not even part_end. */

#ifndef WM_PROTO_MULTIPART_H
#define WM_PROTO_MULTIPART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WM_MP_MAX_HEADER 16384

typedef struct {
	const char *p;
	size_t len;
} wm_mp_str;

typedef struct {
	bool is_file;
	wm_mp_str name;          /* the form key (name="...") */
	wm_mp_str filename;      /* files: filename="..." */
	wm_mp_str content_type;  /* files: Content-Type value trimmed, len 0 if absent */
	wm_mp_str full_path;     /* files: webkitRelativePath trimmed, else the filename */
	/* files: the keys upstream's file array gets before its name/tmp_name/size/error: 't' (type)
	 * and 'p' (full_path) in the order of their Content-Type and webkitRelativePath lines that
	 * came before the (first) file Content-Disposition line; NUL-terminated. The others follow
	 * error in the order full_path, type. */
	char lead[3];
} wm_mp_part;

typedef struct {
	/** A part's headers are complete; the strings point into the parser and are valid only
	 * during the call. Return false to abort parsing. */
	bool (*part_begin)(void *ctx, const wm_mp_part *part);
	/** The next bytes of the current part's data. Return false to abort parsing. */
	bool (*part_data)(void *ctx, const char *data, size_t len);
	/** The current part ended: `complete` false when the body ended before its delimiter. */
	void (*part_end)(void *ctx, bool complete);
} wm_mp_callbacks;

typedef struct wm_multipart wm_multipart;

/** Creates a parser for `delimiter`: exactly what upstream compares against, i.e. "--" followed
 * by the boundary value as Request::parsePost() extracts it (quotes trimmed). Returns NULL when
 * the boundary is empty (`len` <= 2) or when out of memory. `max_parts` 0 parses nothing. The
 * parser allocates one block of about WM_MP_MAX_HEADER + `len` bytes and nothing else. */
wm_multipart *wm_multipart_new(const char *delimiter, size_t len, uint32_t max_parts,
	const wm_mp_callbacks *cb, void *ctx);

/** Feeds the next body bytes; consumes all of them (the parser keeps what it must look back
 * on). Returns false once parsing has stopped (a rule above, a callback abort); further feeds
 * are ignored. */
bool wm_multipart_feed(wm_multipart *m, const char *data, size_t len);

/** The body is complete: a part still open ends incomplete. */
void wm_multipart_finish(wm_multipart *m);

/** Frees the parser (calls nothing). */
void wm_multipart_free(wm_multipart *m);

#endif /* WM_PROTO_MULTIPART_H */
