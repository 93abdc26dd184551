/* test_multipart: multipart/form-data decoding: boundaries, fields, the file part's bytes, and every rejection class. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/form.h"
#include "core/multipart.h"
#include "core/util.h"
#include "suites.h"

/* A string literal and its length, embedded NULs included. */
#define S(x)	x, sizeof(x) - 1

#define CT	"multipart/form-data; boundary=XyZ"
#define D	"--XyZ"
#define CRLF	"\r\n"
#define CD(n)	"Content-Disposition: form-data; name=\"" n "\"" CRLF
#define PART(n, v) D CRLF CD(n) CRLF v CRLF
#define CLOSE	D "--" CRLF

/* The value of key in the n pairs kv, or NULL. */
static const char *
kv_get(const struct kv *kv, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(kv[i].key, key) == 0)
			return kv[i].val;
	return NULL;
}

static int
str_is(const char *got, const char *want)
{
	return got != NULL && strcmp(got, want) == 0;
}

/* What a browser sends: a text field and a file, and the fields' order. */
static void
test_two_parts(void)
{
	static const char body[] =
	    "------WebKitFormBoundary7MA4YWxkTrZu0gW" CRLF
	    "Content-Disposition: form-data; name=\"csrf\"" CRLF
	    CRLF
	    "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s" CRLF
	    "------WebKitFormBoundary7MA4YWxkTrZu0gW" CRLF
	    "Content-Disposition: form-data; name=\"file\"; "
	    "filename=\"crmio-register.xml\"" CRLF
	    "Content-Type: application/xml" CRLF
	    CRLF
	    "<register/>\n" CRLF
	    "------WebKitFormBoundary7MA4YWxkTrZu0gW--" CRLF;
	struct upload *u;
	struct kv *kv;
	size_t n;

	CU_ASSERT_EQUAL_FATAL(multipart_parse("multipart/form-data; "
	    "boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", body,
	    sizeof(body) - 1, &kv, &n, &u), 0);
	CU_ASSERT_EQUAL(n, 1);
	CU_ASSERT(n == 1 && str_is(kv[0].key, "csrf") &&
	    str_is(kv[0].val, "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s"));
	CU_ASSERT_PTR_NOT_NULL_FATAL(u);
	CU_ASSERT(str_is(u->name, "file"));
	CU_ASSERT(str_is(u->filename, "crmio-register.xml"));
	CU_ASSERT(str_is(u->ctype, "application/xml"));
	CU_ASSERT_EQUAL(u->len, 12);
	CU_ASSERT(memcmp(u->data, "<register/>\n", 12) == 0);
	CU_ASSERT_EQUAL(u->data[u->len], '\0');
	form_kv_free(kv, n);
	multipart_upload_free(u);
}

/* Text fields only, in order, with empty and multi-line values. */
static void
test_fields(void)
{
	static const char body[] =
	    PART("a", "1")
	    PART("empty", "")
	    PART("text", "two" CRLF "lines\tand \xc3\xa9")
	    PART("a", "2")
	    CLOSE;
	struct upload *u;
	struct kv *kv;
	size_t n;

	CU_ASSERT_EQUAL_FATAL(multipart_parse(CT, S(body), &kv, &n, &u), 0);
	CU_ASSERT_PTR_NULL(u);
	CU_ASSERT_EQUAL_FATAL(n, 4);
	CU_ASSERT(str_is(kv[0].key, "a") && str_is(kv[0].val, "1"));
	CU_ASSERT(str_is(kv[1].key, "empty") && str_is(kv[1].val, ""));
	CU_ASSERT(str_is(kv_get(kv, n, "text"),
	    "two\r\nlines\tand \xc3\xa9"));
	/* A repeated name is kept twice: form_check calls it repeated. */
	CU_ASSERT(str_is(kv[3].key, "a") && str_is(kv[3].val, "2"));
	form_kv_free(kv, n);
}

struct bound_case {
	const char	*name;
	const char	*ct;
	const char	*want;		/* NULL: refused */
};

static const struct bound_case bound_cases[] = {
	{ "a token", "multipart/form-data; boundary=abc", "abc" },
	{ "quoted", "multipart/form-data; boundary=\"abc\"", "abc" },
	{ "quoted, with bchars a token may not hold",
	    "multipart/form-data; boundary=\"a b:c=d?(e),f/g\"",
	    "a b:c=d?(e),f/g" },
	{ "quoted-pair in a quoted value",
	    "multipart/form-data; boundary=\"a\\bc\"", "abc" },
	{ "the parameter's name in any case",
	    "multipart/form-data; BOUNDARY=abc", "abc" },
	{ "after another parameter, spaces around ;",
	    "multipart/form-data ; charset=\"utf-8;x\" ;boundary=abc ", "abc" },
	{ "70 characters", "multipart/form-data; boundary="
	    "1234567890123456789012345678901234567890"
	    "123456789012345678901234567890",
	    "1234567890123456789012345678901234567890"
	    "123456789012345678901234567890" },
	{ "none", "multipart/form-data", NULL },
	{ "none, a parameter", "multipart/form-data; charset=utf-8", NULL },
	{ "empty", "multipart/form-data; boundary=", NULL },
	{ "empty quoted", "multipart/form-data; boundary=\"\"", NULL },
	{ "71 characters", "multipart/form-data; boundary="
	    "1234567890123456789012345678901234567890"
	    "1234567890123456789012345678901", NULL },
	{ "a character outside bchars", "multipart/form-data; "
	    "boundary=\"a;b\"", NULL },
	{ "a quote inside", "multipart/form-data; boundary=\"a\\\"b\"",
	    NULL },
	{ "ends with a space", "multipart/form-data; boundary=\"ab \"",
	    NULL },
	{ "given twice", "multipart/form-data; boundary=a; boundary=a",
	    NULL },
	{ "an unterminated quote", "multipart/form-data; boundary=\"abc",
	    NULL },
	{ "a parameter without =", "multipart/form-data; boundary", NULL },
	{ "junk after the value", "multipart/form-data; boundary=abc def",
	    NULL },
};

static void
test_boundary(void)
{
	const struct bound_case *c;
	char b[MULTIPART_BOUNDARY_MAX + 1];
	size_t i;
	int rc;

	for (i = 0; i < NELEM(bound_cases); i++) {
		c = &bound_cases[i];
		memset(b, 'x', sizeof(b));
		rc = multipart_boundary(c->ct, b);
		if (c->want == NULL)
			CHECK(rc == -1 && b[0] == '\0', "multipart_boundary: "
			    "%s: %d, want -1", c->name, rc);
		else
			CHECK(rc == (int)strlen(c->want) &&
			    strcmp(b, c->want) == 0, "multipart_boundary: %s: "
			    "%d \"%s\", want \"%s\"", c->name, rc,
			    rc == -1 ? "" : b, c->want);
	}
}

/* A quoted boundary with a space and bchars delimits the parts. */
static void
test_quoted_boundary(void)
{
	static const char body[] =
	    "--a b:c=d" CRLF CD("x") CRLF "1" CRLF
	    "--a b:c=d" CRLF CD("y") CRLF "2" CRLF
	    "--a b:c=d--";
	struct upload *u;
	struct kv *kv;
	size_t n;

	CU_ASSERT_EQUAL_FATAL(multipart_parse("Multipart/Form-Data; "
	    "boundary=\"a b:c=d\"", S(body), &kv, &n, &u), 0);
	CU_ASSERT_EQUAL(n, 2);
	CU_ASSERT(str_is(kv_get(kv, n, "x"), "1"));
	CU_ASSERT(str_is(kv_get(kv, n, "y"), "2"));
	CU_ASSERT_PTR_NULL(u);
	form_kv_free(kv, n);
}

/*
 * A file's bytes come back exactly: CRLFs, NULs, bytes that are not
 * UTF-8, the boundary after a bare LF or without its CRLF, a prefix of
 * the delimiter, and "--" right before the real delimiter.
 */
static void
test_file_bytes(void)
{
	static const char content[] =
	    "\r\nline one\r\n\r\n"
	    "--boundary12\r\n"		/* a prefix of the boundary */
	    "\r\n--boundary12"		/* CRLF and the prefix */
	    "x--boundary123\r\n"	/* the boundary without its CRLF */
	    "\n--boundary123\r\n"	/* after a bare LF */
	    "\r--boundary123--\r\n"	/* after a bare CR */
	    "\0\xff\xfe binary \x80\r\n"
	    "--";
	struct buf b = { 0 };
	struct upload *u;
	struct kv *kv;
	size_t n;

	buf_puts(&b, "--boundary123" CRLF
	    "Content-Disposition: form-data; name=\"file\"; "
	    "filename=\"odd.bin\"" CRLF
	    "Content-Type: application/octet-stream" CRLF CRLF);
	buf_append(&b, content, sizeof(content) - 1);
	buf_puts(&b, CRLF "--boundary123" CRLF CD("csrf") CRLF "tok" CRLF
	    "--boundary123--");
	CU_ASSERT_EQUAL_FATAL(multipart_parse("multipart/form-data; "
	    "boundary=boundary123", b.p, b.len, &kv, &n, &u), 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u);
	CU_ASSERT_EQUAL(u->len, sizeof(content) - 1);
	CU_ASSERT(u->len == sizeof(content) - 1 &&
	    memcmp(u->data, content, u->len) == 0);
	CU_ASSERT(str_is(u->filename, "odd.bin"));
	CU_ASSERT_EQUAL(n, 1);
	CU_ASSERT(str_is(kv_get(kv, n, "csrf"), "tok"));
	form_kv_free(kv, n);
	multipart_upload_free(u);
	buf_free(&b);
}

/*
 * RFC 2046's edges: a preamble and an epilogue are ignored; white space
 * may follow a delimiter; a part may be empty of content; the close
 * delimiter needs no CRLF; a form may have no parts; an empty file
 * input (filename="") is still the file part; other headers are
 * ignored and header names are in any case.
 */
static void
test_edges(void)
{
	static const char pre[] =
	    "This is the preamble." CRLF
	    D " \t" CRLF CD("a") CRLF "1" CRLF
	    CLOSE "This is the epilogue." CRLF;
	static const char empty_form[] = D "--";
	static const char no_file[] =
	    D CRLF "content-disposition: FORM-DATA; filename=\"\"; name=f"
	    CRLF "X-Other: ignored" CRLF "Content-Transfer-Encoding: binary"
	    CRLF "Content-Type: application/octet-stream" CRLF CRLF CRLF
	    CLOSE;
	static const char star[] =
	    D CRLF "Content-Disposition: form-data; name=\"f\"; "
	    "filename=\"a.xml\"; filename*=UTF-8''b.xml" CRLF CRLF "x" CRLF
	    CLOSE;
	struct upload *u;
	struct kv *kv;
	size_t n;

	CU_ASSERT_EQUAL(multipart_parse(CT, S(pre), &kv, &n, &u), 0);
	CU_ASSERT(n == 1 && str_is(kv_get(kv, n, "a"), "1"));
	CU_ASSERT_PTR_NULL(u);
	form_kv_free(kv, n);

	CU_ASSERT_EQUAL(multipart_parse(CT, S(empty_form), &kv, &n, &u), 0);
	CU_ASSERT_EQUAL(n, 0);
	CU_ASSERT_PTR_NULL(kv);
	CU_ASSERT_PTR_NULL(u);

	CU_ASSERT_EQUAL_FATAL(multipart_parse(CT, S(no_file), &kv, &n, &u),
	    0);
	CU_ASSERT_EQUAL(n, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u);
	CU_ASSERT(str_is(u->name, "f"));
	CU_ASSERT(str_is(u->filename, ""));
	CU_ASSERT_EQUAL(u->len, 0);
	multipart_upload_free(u);

	CU_ASSERT_EQUAL_FATAL(multipart_parse(CT, S(star), &kv, &n, &u), 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u);
	CU_ASSERT(str_is(u->filename, "a.xml"));
	CU_ASSERT_PTR_NULL(u->ctype);
	multipart_upload_free(u);

	multipart_upload_free(NULL);
}

struct rej_case {
	const char	*name;
	const char	*ct;		/* NULL: CT */
	const char	*body;
	size_t		 len;
};

#define REJ(name, body)		{ name, NULL, S(body) }

static const struct rej_case rej_cases[] = {
	/* The boundary. */
	{ "no boundary", "multipart/form-data", S(PART("a", "1") CLOSE) },
	{ "a boundary of 71 characters", "multipart/form-data; boundary="
	    "1234567890123456789012345678901234567890"
	    "1234567890123456789012345678901", S("--"
	    "1234567890123456789012345678901234567890"
	    "1234567890123456789012345678901--") },
	/* Delimiters. */
	REJ("an empty body", ""),
	REJ("no delimiter at all", "a=1&b=2"),
	REJ("a delimiter of another boundary", "--XyZW" CRLF CD("a") CRLF
	    "1" CRLF "--XyZW--"),
	REJ("no closing delimiter", D CRLF CD("a") CRLF "1" CRLF),
	REJ("no closing delimiter, the body cut", D CRLF CD("a") CRLF "1"),
	REJ("a delimiter as the last bytes", PART("a", "1") D),
	REJ("a delimiter line that does not end", PART("a", "1") D CRLF),
	REJ("junk after a delimiter", D "junk" CRLF CD("a") CRLF "1" CRLF
	    CLOSE),
	REJ("a bare LF after a delimiter", D "\n" CD("a") CRLF "1" CRLF
	    CLOSE),
	REJ("the delimiter inside a part, then junk", D CRLF CD("a") CRLF
	    "1" CRLF D "X" CRLF CLOSE),
	/* Headers. */
	REJ("no headers", D CRLF CRLF "1" CRLF CLOSE),
	REJ("headers without the empty line", D CRLF CD("a") "1" CRLF
	    CLOSE),
	REJ("a folded header line", D CRLF
	    "Content-Disposition: form-data;" CRLF " name=\"a\"" CRLF CRLF
	    "1" CRLF CLOSE),
	REJ("a header line without a colon", D CRLF CD("a")
	    "Content-Type application/xml" CRLF CRLF "1" CRLF CLOSE),
	REJ("a space before the colon", D CRLF
	    "Content-Disposition : form-data; name=\"a\"" CRLF CRLF "1" CRLF
	    CLOSE),
	REJ("a bare LF in the headers", D CRLF
	    "Content-Disposition: form-data; name=\"a\"\nX: y" CRLF CRLF "1"
	    CRLF CLOSE),
	REJ("a control character in a header", D CRLF
	    "Content-Disposition: form-data; name=\"a\x01\"" CRLF CRLF "1"
	    CRLF CLOSE),
	REJ("a NUL in a header", D CRLF
	    "Content-Disposition: form-data; name=\"a\0\"" CRLF CRLF "1"
	    CRLF CLOSE),
	REJ("no Content-Disposition", D CRLF "Content-Type: text/plain" CRLF
	    CRLF "1" CRLF CLOSE),
	REJ("Content-Disposition twice", D CRLF CD("a") CD("b") CRLF "1" CRLF
	    CLOSE),
	REJ("Content-Type twice", D CRLF CD("a") "Content-Type: a/b" CRLF
	    "Content-Type: a/b" CRLF CRLF "1" CRLF CLOSE),
	REJ("not form-data", D CRLF
	    "Content-Disposition: attachment; name=\"a\"" CRLF CRLF "1" CRLF
	    CLOSE),
	REJ("form-data with a suffix", D CRLF
	    "Content-Disposition: form-dataX; name=\"a\"" CRLF CRLF "1" CRLF
	    CLOSE),
	REJ("no name", D CRLF "Content-Disposition: form-data" CRLF CRLF "1"
	    CRLF CLOSE),
	REJ("only a filename", D CRLF
	    "Content-Disposition: form-data; filename=\"a.xml\"" CRLF CRLF
	    "1" CRLF CLOSE),
	REJ("an empty name", D CRLF CD("") CRLF "1" CRLF CLOSE),
	REJ("name twice", D CRLF
	    "Content-Disposition: form-data; name=a; name=b" CRLF CRLF "1"
	    CRLF CLOSE),
	REJ("filename twice", D CRLF
	    "Content-Disposition: form-data; name=a; filename=b; filename=c"
	    CRLF CRLF "1" CRLF CLOSE),
	REJ("an unterminated quote", D CRLF
	    "Content-Disposition: form-data; name=\"a" CRLF CRLF "1" CRLF
	    CLOSE),
	REJ("a parameter without a value", D CRLF
	    "Content-Disposition: form-data; name=" CRLF CRLF "1" CRLF
	    CLOSE),
	REJ("a tab in a filename", D CRLF
	    "Content-Disposition: form-data; name=a; filename=\"a\tb\"" CRLF
	    CRLF "1" CRLF CLOSE),
	REJ("a filename that is not UTF-8", D CRLF
	    "Content-Disposition: form-data; name=a; filename=\"\xff.xml\""
	    CRLF CRLF "1" CRLF CLOSE),
	REJ("a C1 control in a name", D CRLF
	    "Content-Disposition: form-data; name=\"a\xc2\x85\"" CRLF CRLF
	    "1" CRLF CLOSE),
	REJ("Content-Transfer-Encoding: base64", D CRLF CD("a")
	    "Content-Transfer-Encoding: base64" CRLF CRLF "MQ==" CRLF CLOSE),
	/* Values and files. */
	REJ("a text value that is not UTF-8", PART("a", "\xc3\x28") CLOSE),
	REJ("a text value with a NUL", PART("a", "x\0y") CLOSE),
	REJ("two file parts", D CRLF
	    "Content-Disposition: form-data; name=a; filename=a.xml" CRLF
	    CRLF "1" CRLF D CRLF
	    "Content-Disposition: form-data; name=b; filename=b.xml" CRLF
	    CRLF "2" CRLF CLOSE),
};

static void
test_reject(void)
{
	const struct rej_case *c;
	struct upload *u;
	struct kv *kv;
	size_t i, n;

	for (i = 0; i < NELEM(rej_cases); i++) {
		c = &rej_cases[i];
		u = (struct upload *)&u;
		kv = (struct kv *)&kv;
		n = 99;
		CHECK(multipart_parse(c->ct ? c->ct : CT, c->body, c->len, &kv,
		    &n, &u) == -1, "multipart_parse: %s: accepted", c->name);
		CHECK(kv == NULL && n == 0 && u == NULL, "multipart_parse: %s: "
		    "the outputs are not cleared", c->name);
	}
}

/* Limits that need a large body: headers, parts, a text value. */
static void
test_limits(void)
{
	struct buf b = { 0 };
	struct upload *u;
	struct kv *kv;
	char *pad;
	size_t n, i;

	/* A header block of MULTIPART_HEADERS_MAX bytes is fine ... */
	pad = xmalloc(MULTIPART_HEADERS_MAX + 2);
	memset(pad, 'x', MULTIPART_HEADERS_MAX + 1);
	pad[MULTIPART_HEADERS_MAX + 1] = '\0';
	buf_puts(&b, D CRLF CD("a") "X-Pad: ");
	n = MULTIPART_HEADERS_MAX - strlen(CD("a") "X-Pad: " CRLF);
	buf_append(&b, pad, n);
	buf_puts(&b, CRLF CRLF "1" CRLF CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), 0);
	CU_ASSERT(n == 1 && str_is(kv_get(kv, n, "a"), "1"));
	form_kv_free(kv, n);
	buf_free(&b);
	/* ... one more byte is not. */
	buf_puts(&b, D CRLF CD("a") "X-Pad: ");
	n = MULTIPART_HEADERS_MAX + 1 - strlen(CD("a") "X-Pad: " CRLF);
	buf_append(&b, pad, n);
	buf_puts(&b, CRLF CRLF "1" CRLF CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), -1);
	buf_free(&b);
	free(pad);

	/* MULTIPART_PARTS_MAX parts are fine; one more is not. */
	for (i = 0; i < MULTIPART_PARTS_MAX; i++)
		buf_printf(&b, D CRLF CD("f%zu") CRLF "1" CRLF, i);
	buf_puts(&b, CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), 0);
	CU_ASSERT_EQUAL(n, MULTIPART_PARTS_MAX);
	form_kv_free(kv, n);
	b.len -= strlen(CLOSE);
	buf_puts(&b, PART("one-more", "1") CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), -1);
	buf_free(&b);

	/* A text value of MULTIPART_TEXT_MAX bytes; one more is refused. */
	pad = xmalloc(MULTIPART_TEXT_MAX + 1);
	memset(pad, 'y', MULTIPART_TEXT_MAX + 1);
	buf_puts(&b, D CRLF CD("big") CRLF);
	buf_append(&b, pad, MULTIPART_TEXT_MAX);
	buf_puts(&b, CRLF CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), 0);
	CU_ASSERT(n == 1 && strlen(kv[0].val) == MULTIPART_TEXT_MAX);
	form_kv_free(kv, n);
	buf_free(&b);
	buf_puts(&b, D CRLF CD("big") CRLF);
	buf_append(&b, pad, MULTIPART_TEXT_MAX + 1);
	buf_puts(&b, CRLF CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), -1);
	buf_free(&b);
	/* A file has no such limit (the body's limit is the request's). */
	buf_puts(&b, D CRLF "Content-Disposition: form-data; name=f; "
	    "filename=f" CRLF CRLF);
	buf_append(&b, pad, MULTIPART_TEXT_MAX + 1);
	buf_puts(&b, CRLF CLOSE);
	CU_ASSERT_EQUAL(multipart_parse(CT, b.p, b.len, &kv, &n, &u), 0);
	CU_ASSERT(u != NULL && u->len == MULTIPART_TEXT_MAX + 1);
	multipart_upload_free(u);
	buf_free(&b);
	free(pad);
}

/* Only len bytes are read: what follows in memory is not the body. */
static void
test_len(void)
{
	static const char body[] = PART("a", "1") CLOSE "ignored";
	struct upload *u;
	struct kv *kv;
	size_t n;

	CU_ASSERT_EQUAL(multipart_parse(CT, body, strlen(PART("a", "1")) +
	    strlen(D "--"), &kv, &n, &u), 0);
	CU_ASSERT(n == 1 && str_is(kv_get(kv, n, "a"), "1"));
	form_kv_free(kv, n);
	/* Cut inside the close delimiter: no longer a whole body. */
	CU_ASSERT_EQUAL(multipart_parse(CT, body, strlen(PART("a", "1")) + 3,
	    &kv, &n, &u), -1);
}

void
suite_multipart(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "multipart", NULL, NULL);
	TEST_ADD(s, "a browser's body: a field and a file", test_two_parts);
	TEST_ADD(s, "text fields: order, empty, multi-line, repeated",
	    test_fields);
	TEST_ADD(s, "multipart_boundary: accepted and refused", test_boundary);
	TEST_ADD(s, "a quoted boundary with bchars", test_quoted_boundary);
	TEST_ADD(s, "a file's bytes: CRLFs, NULs, boundary look-alikes",
	    test_file_bytes);
	TEST_ADD(s, "preamble, epilogue, padding, empty form and file",
	    test_edges);
	TEST_ADD(s, "each rejection class", test_reject);
	TEST_ADD(s, "limits: header block, parts, a text value", test_limits);
	TEST_ADD(s, "only len bytes are read", test_len);
}
