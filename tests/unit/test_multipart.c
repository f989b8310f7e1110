/* SPDX-License-Identifier: MIT */
/* Unit tests of the streaming multipart parser (src/proto/multipart.c) against upstream's
 * Request::parseUploadFile() run part by part on the whole body (expect_multipart.h, generated
 * by gen_expect.php): one shot, byte by byte, at every split point and at random splits the
 * callbacks must give upstream's parts; plus the callback contract, aborts and limits. */

#include "unit.h"
#include "proto/multipart.h"

struct multipart_case {
	const char *name;
	const char *delimiter;
	size_t delimiter_len;
	const char *body;
	size_t body_len;
	uint32_t max_parts;
	const char *upstream;  /* the complete parts upstream produced, one line each */
	const char *expect;    /* ours: the same unless `deviation` names a documented limit */
	const char *deviation;
};

#include "expect_multipart.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* A callback transcript in upstream's line format, and the contract checks. */
typedef struct {
	sbuf complete;     /* parts ended complete: "field name data" / "file name filename type full_path data" */
	sbuf incomplete;   /* parts ended incomplete: the same without data */
	sbuf head, data;   /* the open part */
	bool open;
	unsigned begins, data_calls, max_data_calls;
	unsigned abort_begin, abort_data;  /* abort at the n-th begin / data call (1-based, 0: never) */
	unsigned total_data_calls;
} rec;

static bool on_begin(void *ctx, const wm_mp_part *p)
{
	rec *r = ctx;
	CHECK(!r->open, "part_begin while a part is open");
	r->open = true;
	r->begins++;
	r->data_calls = 0;
	sbuf_reset(&r->head);
	sbuf_reset(&r->data);
	sbuf_str(&r->head, p->is_file ? "file " : "field ");
	sbuf_esc(&r->head, p->name.p, p->name.len);
	if (p->is_file) {
		sbuf_str(&r->head, " ");
		sbuf_esc(&r->head, p->filename.p, p->filename.len);
		sbuf_str(&r->head, " ");
		sbuf_esc(&r->head, p->content_type.p, p->content_type.len);
		sbuf_str(&r->head, " ");
		sbuf_esc(&r->head, p->full_path.p, p->full_path.len);
		sbuf_str(&r->head, " ");
		sbuf_str(&r->head, p->lead[0] ? p->lead : "-");
	} else {
		CHECK(p->filename.len == 0 && p->content_type.len == 0 && p->full_path.len == 0 && !p->lead[0], "field with file data");
	}
	return r->begins != r->abort_begin;
}

static bool on_data(void *ctx, const char *data, size_t len)
{
	rec *r = ctx;
	CHECK(r->open, "part_data outside a part");
	CHECK(len > 0, "part_data with 0 bytes");
	sbuf_add(&r->data, data, len);
	r->data_calls++;
	r->total_data_calls++;
	return r->total_data_calls != r->abort_data;
}

static void on_end(void *ctx, bool complete)
{
	rec *r = ctx;
	CHECK(r->open, "part_end outside a part");
	r->open = false;
	if (r->data_calls > r->max_data_calls) {
		r->max_data_calls = r->data_calls;
	}
	sbuf *out = complete ? &r->complete : &r->incomplete;
	sbuf_add(out, r->head.p, r->head.len);
	if (complete) {
		sbuf_str(out, " ");
		sbuf_esc(out, sbuf_cstr(&r->data), r->data.len);
	}
	sbuf_str(out, "\n");
}

static const wm_mp_callbacks callbacks = {on_begin, on_data, on_end};

static void rec_free(rec *r)
{
	sbuf_free(&r->complete);
	sbuf_free(&r->incomplete);
	sbuf_free(&r->head);
	sbuf_free(&r->data);
}

/* Feeds the body cut at `cuts` (ascending offsets), then finishes. Returns whether parsing had
 * stopped before the finish. */
static bool run(const struct multipart_case *c, const size_t *cuts, size_t ncuts, rec *r)
{
	wm_multipart *m = wm_multipart_new(c->delimiter, c->delimiter_len, c->max_parts, &callbacks, r);
	if (!m) {
		CHECK(m, "%s: wm_multipart_new failed", c->name);
		return true;
	}
	size_t at = 0;
	for (size_t i = 0; i <= ncuts; i++) {
		size_t to = i < ncuts ? cuts[i] : c->body_len;
		bool going = wm_multipart_feed(m, c->body + at, to - at);
		CHECK(going == wm_multipart_feed(m, "", 0), "%s: feed result differs from the state", c->name);
		at = to;
	}
	bool stopped = !wm_multipart_feed(m, "", 0);
	wm_multipart_finish(m);
	CHECK(!r->open, "%s: a part is still open after finish", c->name);
	CHECK(!wm_multipart_feed(m, c->body, c->body_len), "%s: feeds after finish are refused", c->name);
	wm_multipart_free(m);
	return stopped;
}

/* Incomplete parts the cases must report (upstream simply drops them). */
static const struct {
	const char *name, *incomplete;
} incomplete_cases[] = {
	{"missing final delimiter", "file f f  f -\n"},
	{"ends inside the delimiter", "field b\n"},
	{"ends right after the delimiter", ""},
	{"ends inside a header block", ""},
	{"sample", ""},
	{"stop: delimiter right after the header block", ""},
};

static void test_cases(void)
{
	uint32_t seed = 0x2545f491;
	for (size_t i = 0; i < N(multipart_cases); i++) {
		const struct multipart_case *c = &multipart_cases[i];
		CHECK(strcmp(c->expect, c->upstream) == 0 || c->deviation, "%s: undocumented deviation", c->name);

		rec one = {0};
		bool stopped = run(c, NULL, 0, &one);
		CHECK(strcmp(sbuf_cstr(&one.complete), c->expect) == 0, "%s:\n got: %s\nwant: %s%s%s", c->name,
			sbuf_cstr(&one.complete), c->expect, c->deviation ? "\n(upstream differs: " : "",
			c->deviation ? c->deviation : "");
		CHECK(one.max_data_calls <= 1, "%s: %u data calls for one part fed at once", c->name, one.max_data_calls);
		for (size_t k = 0; k < N(incomplete_cases); k++) {
			if (strcmp(incomplete_cases[k].name, c->name) == 0) {
				CHECK(strcmp(sbuf_cstr(&one.incomplete), incomplete_cases[k].incomplete) == 0,
					"%s: incomplete parts %s", c->name, sbuf_cstr(&one.incomplete));
			}
		}

		/* Every split into two feeds (short bodies), then random splits; byte by byte. */
		size_t cuts[64];
		for (size_t cut = 1; c->body_len <= 4096 && cut < c->body_len; cut++) {
			rec r = {0};
			cuts[0] = cut;
			bool st = run(c, cuts, 1, &r);
			CHECK(strcmp(sbuf_cstr(&r.complete), sbuf_cstr(&one.complete)) == 0
				&& strcmp(sbuf_cstr(&r.incomplete), sbuf_cstr(&one.incomplete)) == 0 && st == stopped,
				"%s: split at %zu:\n got: %s\nwant: %s", c->name, cut, sbuf_cstr(&r.complete), sbuf_cstr(&one.complete));
			CHECK(r.max_data_calls <= 3, "%s: %u data calls for one part fed in two", c->name, r.max_data_calls);
			rec_free(&r);
		}
		for (int round = 0; round < 40 && c->body_len > 1; round++) {
			size_t n = unit_rand(&seed) % N(cuts);
			for (size_t k = 0; k < n; k++) {
				cuts[k] = 1 + unit_rand(&seed) % (c->body_len - 1);
			}
			for (size_t a = 1; a < n; a++) { /* sort */
				for (size_t b = a; b > 0 && cuts[b - 1] > cuts[b]; b--) {
					size_t t = cuts[b];
					cuts[b] = cuts[b - 1];
					cuts[b - 1] = t;
				}
			}
			rec r = {0};
			bool st = run(c, cuts, n, &r);
			CHECK(strcmp(sbuf_cstr(&r.complete), sbuf_cstr(&one.complete)) == 0
				&& strcmp(sbuf_cstr(&r.incomplete), sbuf_cstr(&one.incomplete)) == 0 && st == stopped,
				"%s: random split %d differs", c->name, round);
			rec_free(&r);
		}
		if (c->body_len > 1) {
			size_t *all = malloc((c->body_len - 1) * sizeof(size_t));
			for (size_t k = 0; k + 1 < c->body_len; k++) {
				all[k] = k + 1;
			}
			rec r = {0};
			bool st = run(c, all, c->body_len - 1, &r);
			CHECK(strcmp(sbuf_cstr(&r.complete), sbuf_cstr(&one.complete)) == 0
				&& strcmp(sbuf_cstr(&r.incomplete), sbuf_cstr(&one.incomplete)) == 0 && st == stopped,
				"%s: byte by byte:\n got: %s\nwant: %s", c->name, sbuf_cstr(&r.complete), sbuf_cstr(&one.complete));
			rec_free(&r);
			free(all);
		}
		rec_free(&one);
	}
}

static const struct multipart_case *find_case(const char *name)
{
	for (size_t i = 0; i < N(multipart_cases); i++) {
		if (strcmp(multipart_cases[i].name, name) == 0) {
			return &multipart_cases[i];
		}
	}
	abort();
}

static void test_abort(void)
{
	const struct multipart_case *c = find_case("sample");
	/* part_begin refuses the second part: nothing more, not even its part_end. */
	rec r = {.abort_begin = 2};
	wm_multipart *m = wm_multipart_new(c->delimiter, c->delimiter_len, 1024, &callbacks, &r);
	CHECK(!wm_multipart_feed(m, c->body, c->body_len), "abort at begin stops");
	wm_multipart_finish(m);
	wm_multipart_free(m);
	CHECK(strcmp(sbuf_cstr(&r.complete), "field title Hello,\\x20world\n") == 0, "abort at begin: %s", sbuf_cstr(&r.complete));
	CHECK(r.begins == 2 && r.incomplete.len == 0 && r.open, "abort at begin: no more callbacks");
	rec_free(&r);

	/* part_data refuses the first data of the third part, fed in two halves. */
	rec d = {.abort_data = 3};
	m = wm_multipart_new(c->delimiter, c->delimiter_len, 1024, &callbacks, &d);
	CHECK(wm_multipart_feed(m, c->body, 200), "first half goes on");
	CHECK(!wm_multipart_feed(m, c->body + 200, c->body_len - 200), "abort at data stops");
	CHECK(!wm_multipart_feed(m, c->body, c->body_len), "and stays stopped");
	wm_multipart_finish(m);
	wm_multipart_free(m);
	CHECK(d.begins == 3 && d.total_data_calls == 3 && d.incomplete.len == 0, "abort at data: no more callbacks");
	rec_free(&d);
}

static void test_limits(void)
{
	rec r = {0};
	static char delim[65536 + 2];
	memset(delim, 'b', sizeof(delim));
	delim[0] = delim[1] = '-';
	CHECK(wm_multipart_new(delim, 0, 10, &callbacks, &r) == NULL, "empty delimiter");
	CHECK(wm_multipart_new(delim, 2, 10, &callbacks, &r) == NULL, "empty boundary");
	/* No length limit, as upstream: a 64 KB boundary is taken (and matched, unit cases). */
	wm_multipart *m = wm_multipart_new(delim, sizeof(delim), 10, &callbacks, &r);
	CHECK(m != NULL, "64 KB boundary");
	wm_multipart_free(m);
	m = wm_multipart_new(delim, 3, 0, &callbacks, &r);
	CHECK(m && !wm_multipart_feed(m, "", 0), "max_parts 0 parses nothing");
	wm_multipart_finish(m);
	wm_multipart_free(m);
	wm_multipart_free(NULL);

	/* max_parts reached: parsing stops at the end of the last part, before more bytes. */
	const struct multipart_case *c = find_case("max_parts 2");
	m = wm_multipart_new(c->delimiter, c->delimiter_len, 2, &callbacks, &r);
	const char *second_end = strstr(c->body, "2\r\n--XyZ");
	size_t upto = (size_t) (second_end - c->body) + 8;
	CHECK(wm_multipart_feed(m, c->body, upto - 1), "before the second delimiter ends");
	CHECK(!wm_multipart_feed(m, c->body + upto - 1, 1), "stops as the second part ends");
	wm_multipart_finish(m);
	wm_multipart_free(m);
	CHECK(strcmp(sbuf_cstr(&r.complete), "field a 1\nfield b 2\n") == 0, "max_parts: %s", sbuf_cstr(&r.complete));
	rec_free(&r);
}

int main(void)
{
	test_cases();
	test_abort();
	test_limits();
	return unit_report("multipart");
}
