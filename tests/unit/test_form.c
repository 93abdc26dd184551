/* test_form: urlencoded and cookie decoding, UTF-8, field tables and every validator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <libxml/tree.h>

#include "core/form.h"
#include "core/util.h"
#include "core/xml.h"
#include "suites.h"

/* A string literal and its length, embedded NULs included. */
#define S(x)	x, sizeof(x) - 1

/* Pairs expected from a decoder: key, value, key, value, ... NULL. */
#define MAXPAIRS	4

struct dec_case {
	const char	*name;
	const char	*in;
	size_t		 len;
	int		 rc;
	size_t		 n;
	const char	*kv[2 * MAXPAIRS + 1];
};

static const struct dec_case dec_cases[] = {
	/* Accepted. */
	{ "empty input", S(""), 0, 0, { NULL } },
	{ "one pair", S("a=1"), 0, 1, { "a", "1" } },
	{ "two pairs", S("a=1&b=two"), 0, 2, { "a", "1", "b", "two" } },
	{ "plus is a space", S("q=a+b"), 0, 1, { "q", "a b" } },
	{ "%20 is a space", S("q=a%20b"), 0, 1, { "q", "a b" } },
	{ "%41 is A, in key and value", S("%41=%41%42"), 0, 1,
	    { "A", "AB" } },
	{ "plus in a key", S("a+b=c"), 0, 1, { "a b", "c" } },
	{ "lower-case hex", S("x=%c3%a9"), 0, 1, { "x", "\xc3\xa9" } },
	{ "upper-case hex", S("x=%C3%A9"), 0, 1, { "x", "\xc3\xa9" } },
	{ "raw UTF-8", S("x=\xc3\xa9t\xc3\xa9"), 0, 1,
	    { "x", "\xc3\xa9t\xc3\xa9" } },
	{ "four-byte UTF-8", S("x=%F0%9F%98%80"), 0, 1,
	    { "x", "\xf0\x9f\x98\x80" } },
	{ "encoded + & =", S("x=%2B%26%3D"), 0, 1, { "x", "+&=" } },
	{ "empty value", S("a="), 0, 1, { "a", "" } },
	{ "empty value among others", S("a=&b=2"), 0, 2,
	    { "a", "", "b", "2" } },
	{ "key without =", S("flag"), 0, 1, { "flag", "" } },
	{ "key without = among others", S("a=1&flag&b=2"), 0, 3,
	    { "a", "1", "flag", "", "b", "2" } },
	{ "= inside a value", S("a=b=c"), 0, 1, { "a", "b=c" } },
	{ "a repeated key is kept twice", S("a=1&a=2"), 0, 2,
	    { "a", "1", "a", "2" } },
	{ "markup is data", S("x=%3Cscript%3E"), 0, 1, { "x", "<script>" } },
	/* A bad %-escape. */
	{ "%4 at the end", S("a=%4"), -1, 0, { NULL } },
	{ "%zz", S("a=%zz"), -1, 0, { NULL } },
	{ "% at the end", S("a=%"), -1, 0, { NULL } },
	{ "%4g", S("a=%4g&b=1"), -1, 0, { NULL } },
	{ "%zz in a key", S("%zz=1"), -1, 0, { NULL } },
	{ "% followed by &", S("a=%&b=1"), -1, 0, { NULL } },
	/* An encoded NUL would cut the value short. */
	{ "%00", S("a=x%00y"), -1, 0, { NULL } },
	/* Invalid UTF-8 after decoding. */
	{ "%C3%28 (bad continuation)", S("a=%C3%28"), -1, 0, { NULL } },
	{ "%C0%AF (overlong /)", S("a=%C0%AF"), -1, 0, { NULL } },
	{ "%E0%80%AF (overlong, 3 bytes)", S("a=%E0%80%AF"), -1, 0, { NULL } },
	{ "%ED%A0%80 (surrogate)", S("a=%ED%A0%80"), -1, 0, { NULL } },
	{ "%FF", S("a=%FF"), -1, 0, { NULL } },
	{ "%80 (lone continuation)", S("a=%80"), -1, 0, { NULL } },
	{ "%E2%82 (truncated)", S("a=%E2%82"), -1, 0, { NULL } },
	{ "%F4%90%80%80 (above U+10FFFF)", S("a=%F4%90%80%80"), -1, 0,
	    { NULL } },
	{ "%FF in a key", S("%FF=1"), -1, 0, { NULL } },
	{ "raw 0xFF byte", S("a=\xff"), -1, 0, { NULL } },
	{ "raw overlong", S("a=\xc0\xaf"), -1, 0, { NULL } },
};

static void
test_urldecode(void)
{
	const struct dec_case *c;
	struct kv *kv;
	size_t i, j, n;
	int rc;

	for (i = 0; i < NELEM(dec_cases); i++) {
		c = &dec_cases[i];
		kv = NULL;
		n = 12345;
		rc = form_urldecode(c->in, c->len, &kv, &n);
		CHECK(rc == c->rc, "form_urldecode: %s: returned %d, want %d",
		    c->name, rc, c->rc);
		if (rc != 0 || c->rc != 0) {
			if (rc == 0)
				form_kv_free(kv, n);
			continue;
		}
		CHECK(n == c->n, "form_urldecode: %s: %zu pairs, want %zu",
		    c->name, n, c->n);
		for (j = 0; j < n && j < c->n; j++) {
			CHECK(kv[j].key != NULL &&
			    strcmp(kv[j].key, c->kv[2 * j]) == 0,
			    "form_urldecode: %s: key %zu is \"%s\", want "
			    "\"%s\"", c->name, j, kv[j].key ? kv[j].key :
			    "(null)", c->kv[2 * j]);
			CHECK(kv[j].val != NULL &&
			    strcmp(kv[j].val, c->kv[2 * j + 1]) == 0,
			    "form_urldecode: %s: value %zu is \"%s\", want "
			    "\"%s\"", c->name, j, kv[j].val ? kv[j].val :
			    "(null)", c->kv[2 * j + 1]);
		}
		form_kv_free(kv, n);
	}
}

/* A body of n pairs "k0=v&k1=v&...". */
static char *
many_pairs(size_t n)
{
	struct buf b;
	size_t i;

	memset(&b, 0, sizeof(b));
	buf_puts(&b, "");
	for (i = 0; i < n; i++)
		buf_printf(&b, "%sk%zu=v", i ? "&" : "", i);
	return b.p;
}

static void
test_urldecode_limit(void)
{
	struct kv *kv = NULL;
	size_t n = 0;
	char *s;

	s = many_pairs(HTTP_FIELDS_MAX);
	CU_ASSERT_EQUAL(form_urldecode(s, strlen(s), &kv, &n), 0);
	CU_ASSERT_EQUAL(n, HTTP_FIELDS_MAX);
	if (kv != NULL && n == HTTP_FIELDS_MAX) {
		CU_ASSERT_STRING_EQUAL(kv[0].key, "k0");
		CU_ASSERT_STRING_EQUAL(kv[HTTP_FIELDS_MAX - 1].val, "v");
	}
	form_kv_free(kv, n);
	free(s);

	s = many_pairs(HTTP_FIELDS_MAX + 1);
	kv = NULL;
	n = 0;
	CU_ASSERT_EQUAL(form_urldecode(s, strlen(s), &kv, &n), -1);
	free(s);

	/* Far over the limit. */
	s = many_pairs(5000);
	CU_ASSERT_EQUAL(form_urldecode(s, strlen(s), &kv, &n), -1);
	free(s);
}

/* Only the first len bytes are read: the rest may be anything. */
static void
test_urldecode_len(void)
{
	struct kv *kv = NULL;
	size_t n = 0;

	CU_ASSERT_EQUAL_FATAL(form_urldecode("a=1&b=%zz", 3, &kv, &n), 0);
	CU_ASSERT_EQUAL(n, 1);
	if (n == 1) {
		CU_ASSERT_STRING_EQUAL(kv[0].key, "a");
		CU_ASSERT_STRING_EQUAL(kv[0].val, "1");
	}
	form_kv_free(kv, n);
}

struct decode_case {
	const char	*in;
	size_t		 len;
	int		 plus;
	const char	*out;	/* NULL: refused */
};

static const struct decode_case decode_cases[] = {
	{ S("a+b"), 1, "a b" },
	{ S("a+b"), 0, "a+b" },
	{ S("a%20b"), 0, "a b" },
	{ S("%2Fstaff%2F"), 0, "/staff/" },
	{ S(""), 0, "" },
	{ S("caf%C3%A9"), 0, "caf\xc3\xa9" },
	{ S("%"), 0, NULL },
	{ S("%2"), 1, NULL },
	{ S("%zz"), 1, NULL },
	{ S("%00"), 1, NULL },
	{ S("%FF"), 0, NULL },
	{ S("%ED%A0%80"), 0, NULL },
	{ S("\xc3"), 0, NULL },
};

static void
test_decode(void)
{
	const struct decode_case *c;
	size_t i;
	char *s;

	for (i = 0; i < NELEM(decode_cases); i++) {
		c = &decode_cases[i];
		s = form_decode(c->in, c->len, c->plus);
		if (c->out == NULL)
			CHECK(s == NULL, "form_decode(\"%s\") gave \"%s\", "
			    "want NULL", c->in, s);
		else
			CHECK(s != NULL && strcmp(s, c->out) == 0,
			    "form_decode(\"%s\", plus %d) gave \"%s\", want "
			    "\"%s\"", c->in, c->plus, s ? s : "(null)",
			    c->out);
		free(s);
	}
}

struct cookie_case {
	const char	*name;
	const char	*in;
	int		 rc;
	size_t		 n;
	const char	*kv[2 * MAXPAIRS + 1];
};

static const struct cookie_case cookie_cases[] = {
	{ "empty header", "", 0, 0, { NULL } },
	{ "one cookie", "sid=abc", 0, 1, { "sid", "abc" } },
	{ "two, with space", "sid=abc; theme=dark", 0, 2,
	    { "sid", "abc", "theme", "dark" } },
	{ "two, no space", "sid=abc;theme=dark", 0, 2,
	    { "sid", "abc", "theme", "dark" } },
	{ "three", "a=1; b=2; c=3", 0, 3,
	    { "a", "1", "b", "2", "c", "3" } },
	{ "a token-shaped value",
	    "gdprdesk_session=q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s",
	    0, 1, { "gdprdesk_session",
	    "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s" } },
	{ "invalid UTF-8", "sid=\xff", -1, 0, { NULL } },
};

static void
test_cookies(void)
{
	const struct cookie_case *c;
	struct kv *kv;
	size_t i, j, n;
	int rc;

	for (i = 0; i < NELEM(cookie_cases); i++) {
		c = &cookie_cases[i];
		kv = NULL;
		n = 12345;
		rc = form_cookies(c->in, &kv, &n);
		CHECK(rc == c->rc, "form_cookies: %s: returned %d, want %d",
		    c->name, rc, c->rc);
		if (rc != 0 || c->rc != 0) {
			if (rc == 0)
				form_kv_free(kv, n);
			continue;
		}
		CHECK(n == c->n, "form_cookies: %s: %zu pairs, want %zu",
		    c->name, n, c->n);
		for (j = 0; j < n && j < c->n; j++)
			CHECK(kv[j].key != NULL && kv[j].val != NULL &&
			    strcmp(kv[j].key, c->kv[2 * j]) == 0 &&
			    strcmp(kv[j].val, c->kv[2 * j + 1]) == 0,
			    "form_cookies: %s: pair %zu is \"%s\"=\"%s\", "
			    "want \"%s\"=\"%s\"", c->name, j,
			    kv[j].key ? kv[j].key : "(null)",
			    kv[j].val ? kv[j].val : "(null)",
			    c->kv[2 * j], c->kv[2 * j + 1]);
		form_kv_free(kv, n);
	}
}

struct utf8_case {
	const char	*name;
	const char	*in;
	size_t		 len;
	int		 ok;
};

static const struct utf8_case utf8_cases[] = {
	{ "empty", S(""), 1 },
	{ "ASCII", S("hello, world"), 1 },
	{ "two bytes", S("caf\xc3\xa9"), 1 },
	{ "three bytes", S("\xe2\x82\xac"), 1 },
	{ "four bytes", S("\xf0\x9f\x98\x80"), 1 },
	{ "U+10FFFF", S("\xf4\x8f\xbf\xbf"), 1 },
	{ "U+D7FF (below the surrogates)", S("\xed\x9f\xbf"), 1 },
	{ "U+E000 (above the surrogates)", S("\xee\x80\x80"), 1 },
	{ "U+0080", S("\xc2\x80"), 1 },
	{ "bad continuation C3 28", S("\xc3\x28"), 0 },
	{ "overlong C0 AF", S("\xc0\xaf"), 0 },
	{ "overlong C1 BF", S("\xc1\xbf"), 0 },
	{ "overlong E0 80 AF", S("\xe0\x80\xaf"), 0 },
	{ "overlong F0 80 80 AF", S("\xf0\x80\x80\xaf"), 0 },
	{ "surrogate ED A0 80", S("\xed\xa0\x80"), 0 },
	{ "surrogate ED BF BF", S("\xed\xbf\xbf"), 0 },
	{ "above U+10FFFF", S("\xf4\x90\x80\x80"), 0 },
	{ "F5", S("\xf5\x80\x80\x80"), 0 },
	{ "FE", S("\xfe"), 0 },
	{ "FF", S("\xff"), 0 },
	{ "lone continuation", S("\x80"), 0 },
	{ "truncated at the end", S("ok\xe2\x82"), 0 },
	{ "truncated before ASCII", S("\xe2\x82" "a"), 0 },
	{ "five bytes", S("\xf8\x88\x80\x80\x80"), 0 },
};

static void
test_is_utf8(void)
{
	const struct utf8_case *c;
	size_t i;
	int ok;

	for (i = 0; i < NELEM(utf8_cases); i++) {
		c = &utf8_cases[i];
		ok = form_is_utf8(c->in, c->len) ? 1 : 0;
		CHECK(ok == c->ok, "form_is_utf8: %s: gave %d, want %d",
		    c->name, ok, c->ok);
	}
	/* The length bounds the check, not a NUL. */
	CU_ASSERT(form_is_utf8("ab\xff", 2));
}

/* The field table form_check is tried on. */
enum {
	CF_LOGIN,
	CF_NAME,
	CF_NOTES,
	CF_AGE,
	CF__MAX
};

static const struct field_def check_defs[CF__MAX] = {
	[CF_LOGIN] = { "login", form_v_login, 64, FIELD_REQUIRED,
	    "Use 2 to 64 lower-case letters, digits, dots or dashes." },
	[CF_NAME] = { "name", NULL, 10, 0, NULL },
	[CF_NOTES] = { "notes", NULL, 100, FIELD_MULTILINE, NULL },
	[CF_AGE] = { "age", form_v_uint, 10, 0, "Enter a whole number." },
};

#define L65 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

struct check_case {
	const char	*name;
	const char	*kv[13];	/* key, value, ..., NULL */
	enum form_err	 err[CF__MAX];
	size_t		 nerr;
};

#define OK4	{ FORM_OK, FORM_OK, FORM_OK, FORM_OK }

static const struct check_case check_cases[] = {
	{ "all valid", { "login", "dana", "name", "Dana", "notes",
	    "line one\r\nline\ttwo\n", "age", "42", NULL }, OK4, 0 },
	{ "optional fields absent", { "login", "dana", NULL }, OK4, 0 },
	{ "optional field empty: no validator run",
	    { "login", "dana", "age", "", "name", "", NULL }, OK4, 0 },
	/* FORM_MISSING */
	{ "required absent", { "name", "Dana", NULL },
	    { FORM_MISSING, FORM_OK, FORM_OK, FORM_OK }, 1 },
	{ "required empty", { "login", "", NULL },
	    { FORM_MISSING, FORM_OK, FORM_OK, FORM_OK }, 1 },
	{ "nothing sent", { NULL },
	    { FORM_MISSING, FORM_OK, FORM_OK, FORM_OK }, 1 },
	/* FORM_TOO_LONG */
	{ "exactly the maximum", { "login", "dana", "name", "0123456789",
	    NULL }, OK4, 0 },
	{ "one byte over", { "login", "dana", "name", "0123456789a", NULL },
	    { FORM_OK, FORM_TOO_LONG, FORM_OK, FORM_OK }, 1 },
	{ "the maximum counts bytes (6 x U+00E9 = 12 bytes)", { "login",
	    "dana", "name", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9",
	    NULL }, { FORM_OK, FORM_TOO_LONG, FORM_OK, FORM_OK }, 1 },
	{ "over-long before the validator", { "login", L65, NULL },
	    { FORM_TOO_LONG, FORM_OK, FORM_OK, FORM_OK }, 1 },
	/* FORM_CONTROL */
	{ "\\x01 in a line", { "login", "dana", "name", "a\x01" "b", NULL },
	    { FORM_OK, FORM_CONTROL, FORM_OK, FORM_OK }, 1 },
	{ "\\x7f in a line", { "login", "dana", "name", "a\x7f" "b", NULL },
	    { FORM_OK, FORM_CONTROL, FORM_OK, FORM_OK }, 1 },
	{ "ESC in a line", { "login", "dana", "name", "a\x1b[0m", NULL },
	    { FORM_OK, FORM_CONTROL, FORM_OK, FORM_OK }, 1 },
	{ "tab in a line", { "login", "dana", "name", "a\tb", NULL },
	    { FORM_OK, FORM_CONTROL, FORM_OK, FORM_OK }, 1 },
	{ "LF in a line", { "login", "dana", "name", "a\nb", NULL },
	    { FORM_OK, FORM_CONTROL, FORM_OK, FORM_OK }, 1 },
	{ "CR in a line", { "login", "dana", "name", "a\rb", NULL },
	    { FORM_OK, FORM_CONTROL, FORM_OK, FORM_OK }, 1 },
	{ "tab, CR, LF in multi-line", { "login", "dana", "notes",
	    "a\tb\r\nc\nd\re", NULL }, OK4, 0 },
	{ "\\x01 in multi-line", { "login", "dana", "notes", "a\n\x01", NULL },
	    { FORM_OK, FORM_OK, FORM_CONTROL, FORM_OK }, 1 },
	{ "\\x7f in multi-line", { "login", "dana", "notes", "\x7f", NULL },
	    { FORM_OK, FORM_OK, FORM_CONTROL, FORM_OK }, 1 },
	{ "\\x0b (VT) in multi-line", { "login", "dana", "notes", "a\vb",
	    NULL }, { FORM_OK, FORM_OK, FORM_CONTROL, FORM_OK }, 1 },
	{ "control before the validator", { "login", "da\x01na", NULL },
	    { FORM_CONTROL, FORM_OK, FORM_OK, FORM_OK }, 1 },
	/* FORM_REPEATED */
	{ "required key twice", { "login", "dana", "login", "eve", NULL },
	    { FORM_REPEATED, FORM_OK, FORM_OK, FORM_OK }, 1 },
	{ "optional key twice, same value", { "login", "dana", "name", "x",
	    "name", "x", NULL }, { FORM_OK, FORM_REPEATED, FORM_OK, FORM_OK },
	    1 },
	{ "key twice, one empty", { "login", "dana", "age", "", "age", "3",
	    NULL }, { FORM_OK, FORM_OK, FORM_OK, FORM_REPEATED }, 1 },
	/* FORM_INVALID */
	{ "login refused", { "login", "Dana!", NULL },
	    { FORM_INVALID, FORM_OK, FORM_OK, FORM_OK }, 1 },
	{ "number refused", { "login", "dana", "age", "abc", NULL },
	    { FORM_OK, FORM_OK, FORM_OK, FORM_INVALID }, 1 },
	{ "negative number refused", { "login", "dana", "age", "-1", NULL },
	    { FORM_OK, FORM_OK, FORM_OK, FORM_INVALID }, 1 },
	/* Unknown keys. */
	{ "unknown keys ignored", { "login", "dana", "extra", "\x01",
	    "LOGIN", "x", "login2", "", "csrf", "zzz", NULL }, OK4, 0 },
	/* The count. */
	{ "four errors counted", { "name", "0123456789a", "notes", "\x01",
	    "age", "abc", NULL }, { FORM_MISSING, FORM_TOO_LONG,
	    FORM_CONTROL, FORM_INVALID }, 4 },
	{ "two errors counted", { "login", "x", "login", "y", "age", "z",
	    NULL }, { FORM_REPEATED, FORM_OK, FORM_OK, FORM_INVALID }, 2 },
};

static size_t
kv_build(const char *const *src, struct kv *kv)
{
	size_t n;

	for (n = 0; src[2 * n] != NULL; n++) {
		kv[n].key = (char *)src[2 * n];
		kv[n].val = (char *)src[2 * n + 1];
	}
	return n;
}

static void
test_check(void)
{
	const struct check_case *c;
	struct field out[CF__MAX];
	struct kv kv[7];
	size_t i, j, nkv, nerr;

	for (i = 0; i < NELEM(check_cases); i++) {
		c = &check_cases[i];
		nkv = kv_build(c->kv, kv);
		memset(out, 0, sizeof(out));
		for (j = 0; j < CF__MAX; j++)
			out[j].err = FORM__MAX;
		nerr = form_check(kv, nkv, check_defs, CF__MAX, out);
		CHECK(nerr == c->nerr, "form_check: %s: %zu errors, want %zu",
		    c->name, nerr, c->nerr);
		for (j = 0; j < CF__MAX; j++)
			CHECK(out[j].err == c->err[j], "form_check: %s: field "
			    "%s has error %d, want %d", c->name,
			    check_defs[j].name, (int)out[j].err,
			    (int)c->err[j]);
	}
}

/* What a checked field holds: the value (borrowed) and the number. */
static void
test_check_values(void)
{
	struct field out[CF__MAX];
	struct kv kv[4];
	const char *src[] = { "login", "dana", "notes", "a\nb", "age", "42",
	    "zzz", "1", NULL };
	size_t nkv;

	nkv = kv_build(src, kv);
	memset(out, 0, sizeof(out));
	CU_ASSERT_EQUAL(form_check(kv, nkv, check_defs, CF__MAX, out), 0);
	CU_ASSERT_PTR_EQUAL(out[CF_LOGIN].val, kv[0].val);
	CU_ASSERT_PTR_EQUAL(out[CF_NOTES].val, kv[1].val);
	CU_ASSERT_PTR_NULL(out[CF_NAME].val);
	CU_ASSERT_PTR_NOT_NULL(out[CF_AGE].val);
	if (out[CF_AGE].val != NULL)
		CU_ASSERT_STRING_EQUAL(out[CF_AGE].val, "42");
	CU_ASSERT_EQUAL(out[CF_AGE].num, 42);

	/* No pairs at all. */
	memset(out, 0, sizeof(out));
	CU_ASSERT_EQUAL(form_check(NULL, 0, check_defs, CF__MAX, out), 1);
	CU_ASSERT_EQUAL(out[CF_LOGIN].err, FORM_MISSING);
	CU_ASSERT_PTR_NULL(out[CF_NAME].val);
}

static void
test_err_message(void)
{
	struct field f;
	const char *m;
	int e;

	for (e = FORM_MISSING; e < FORM__MAX; e++) {
		memset(&f, 0, sizeof(f));
		f.err = (enum form_err)e;
		m = form_err_message(&check_defs[CF_LOGIN], &f);
		CHECK(m != NULL && m[0] != '\0', "form_err_message: error %d "
		    "has no message", e);
		/* A field without a hint still gets a sentence. */
		m = form_err_message(&check_defs[CF_NAME], &f);
		CHECK(m != NULL && m[0] != '\0', "form_err_message: error %d "
		    "of a field without a hint has no message", e);
	}

	/* The validator's refusal is explained by the field's hint. */
	memset(&f, 0, sizeof(f));
	f.err = FORM_INVALID;
	m = form_err_message(&check_defs[CF_AGE], &f);
	CU_ASSERT_PTR_NOT_NULL(m);
	if (m != NULL)
		CU_ASSERT_STRING_EQUAL(m, check_defs[CF_AGE].hint);

	/* The limit is in the sentence ("Enter at most 64 characters."). */
	f.err = FORM_TOO_LONG;
	m = form_err_message(&check_defs[CF_LOGIN], &f);
	CU_ASSERT(m != NULL && strstr(m, "64") != NULL);

	/* A page's own message wins. */
	f.err = FORM_INVALID;
	f.msg = "That login is taken.";
	m = form_err_message(&check_defs[CF_LOGIN], &f);
	CU_ASSERT_PTR_NOT_NULL(m);
	if (m != NULL)
		CU_ASSERT_STRING_EQUAL(m, "That login is taken.");
}

/* form_xml: values escaped, secrets never written, errors counted. */
static void
test_form_xml(void)
{
	static const struct field_def defs[] = {
		{ "name", NULL, 100, FIELD_REQUIRED, NULL },
		{ "password", form_v_password, 256, FIELD_REQUIRED |
		    FIELD_SECRET, "Use at least 12 characters." },
		{ "email", form_v_email, 254, 0, "Enter an e-mail address." },
	};
	struct field f[3];
	xmlDocPtr doc;
	xmlNodePtr root, form;
	xmlChar *s;
	int len;

	memset(f, 0, sizeof(f));
	f[0].val = "<script>alert(\"x\")</script> & 'q'";
	f[1].val = "hunter2-SECRET-value";
	f[1].err = FORM_INVALID;
	f[2].val = NULL;
	doc = xml_doc_new("page", &root);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	form = form_xml(root, defs, f, 3, "Your <b>session</b> expired.");
	CU_ASSERT_PTR_NOT_NULL(form);
	if (form != NULL)
		CU_ASSERT_STRING_EQUAL((const char *)form->name, "form");
	s = xml_dump(doc, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT(strstr((char *)s, "hunter2-SECRET-value") == NULL);
	CU_ASSERT(strstr((char *)s, "<script>") == NULL);
	CU_ASSERT(strstr((char *)s, "<b>") == NULL);
	CU_ASSERT(strstr((char *)s, "&lt;script&gt;") != NULL);
	CU_ASSERT(strstr((char *)s, "errors=\"2\"") != NULL);
	CU_ASSERT(strstr((char *)s, "name=\"password\"") != NULL);
	CU_ASSERT(strstr((char *)s, "<problem>") != NULL);
	xmlFree(s);
	xmlFreeDoc(doc);
}

/* Validators. */
struct v_case {
	const char	*in;
	int		 ok;
	int		 has_num;	/* check num when ok */
	long long	 num;
};

struct v_table {
	const char		*name;
	form_valid_fn		 fn;
	const struct v_case	*cases;
	size_t			 n;
};

#define L64 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define L40 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define TOK "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s"

static const struct v_case v_login[] = {
	{ "dana", 1, 0, 0 },
	{ "ab", 1, 0, 0 },
	{ "d.a_n-a1", 1, 0, 0 },
	{ "0123", 1, 0, 0 },
	{ L64, 1, 0, 0 },
	{ L65, 0, 0, 0 },
	{ "a", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "Dana", 0, 0, 0 },
	{ "da na", 0, 0, 0 },
	{ "dana@x", 0, 0, 0 },
	{ "dana/..", 0, 0, 0 },
	{ "d\xc3\xa9na", 0, 0, 0 },
	{ "dana\n", 0, 0, 0 },
	{ "<dana>", 0, 0, 0 },
};

static const struct v_case v_slug[] = {
	{ "smith-sons", 1, 0, 0 },
	{ "crmio", 1, 0, 0 },
	{ "a1", 1, 0, 0 },
	{ L40, 1, 0, 0 },
	{ L40 "a", 0, 0, 0 },
	{ "a", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "Smith", 0, 0, 0 },
	{ "smith_sons", 0, 0, 0 },
	{ "smith.sons", 0, 0, 0 },
	{ "smith sons", 0, 0, 0 },
	{ "smith/sons", 0, 0, 0 },
	{ "..", 0, 0, 0 },
	{ "caf\xc3\xa9", 0, 0, 0 },
};

static const struct v_case v_email[] = {
	{ "dana@example.org", 1, 0, 0 },
	{ "privacy@crm.io", 1, 0, 0 },
	{ "first.last+tag@sub.example.co.uk", 1, 0, 0 },
	{ "o'brien@example.ie", 1, 0, 0 },
	{ "", 0, 0, 0 },
	{ "dana", 0, 0, 0 },
	{ "dana@", 0, 0, 0 },
	{ "@example.org", 0, 0, 0 },
	{ "dana@@example.org", 0, 0, 0 },
	{ "a@b@example.org", 0, 0, 0 },
	{ "da na@example.org", 0, 0, 0 },
	{ "dana@exa mple.org", 0, 0, 0 },
	{ "dana@example.org\n", 0, 0, 0 },
	{ "dana@example.org\r\nBcc: x@y.z", 0, 0, 0 },
	{ "<dana>@example.org", 0, 0, 0 },
	{ "dana@.example.org", 0, 0, 0 },
	{ "dana@example.org.", 0, 0, 0 },
	{ "dana@example..org", 0, 0, 0 },
};

static const struct v_case v_uint[] = {
	{ "0", 1, 1, 0 },
	{ "1", 1, 1, 1 },
	{ "42", 1, 1, 42 },
	{ "2147483647", 1, 1, 2147483647LL },
	{ "2147483648", 0, 0, 0 },
	{ "99999999999999999999", 0, 0, 0 },
	{ "-1", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "abc", 0, 0, 0 },
	{ "12a", 0, 0, 0 },
	{ "1 ", 0, 0, 0 },
	{ " 1", 0, 0, 0 },
	{ "+1", 0, 0, 0 },
	{ "1.0", 0, 0, 0 },
	{ "0x1f", 0, 0, 0 },
};

static const struct v_case v_id[] = {
	{ "1", 1, 1, 1 },
	{ "12345", 1, 1, 12345 },
	{ "9007199254740992", 1, 1, 9007199254740992LL },
	{ "9007199254740993", 0, 0, 0 },
	{ "0", 0, 0, 0 },
	{ "-3", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "1x", 0, 0, 0 },
	{ " 1", 0, 0, 0 },
	{ "+1", 0, 0, 0 },
	{ "x", 0, 0, 0 },
};

static const struct v_case v_date[] = {
	{ "2024-02-29", 1, 0, 0 },
	{ "2000-02-29", 1, 0, 0 },
	{ "2026-11-23", 1, 0, 0 },
	{ "2026-12-31", 1, 0, 0 },
	{ "2026-01-01", 1, 0, 0 },
	{ "2026-04-30", 1, 0, 0 },
	{ "2025-02-29", 0, 0, 0 },
	{ "1900-02-29", 0, 0, 0 },
	{ "2026-13-01", 0, 0, 0 },
	{ "2026-00-10", 0, 0, 0 },
	{ "2026-01-00", 0, 0, 0 },
	{ "2026-01-32", 0, 0, 0 },
	{ "2026-04-31", 0, 0, 0 },
	{ "2026-1-01", 0, 0, 0 },
	{ "2026-01-1", 0, 0, 0 },
	{ "26-01-01", 0, 0, 0 },
	{ "2026/01/01", 0, 0, 0 },
	{ "2026-01-01x", 0, 0, 0 },
	{ "2026-01-01T00:00:00Z", 0, 0, 0 },
	{ " 2026-01-01", 0, 0, 0 },
	{ "2026-+1-01", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "abcd-ef-gh", 0, 0, 0 },
};

static const struct v_case v_password[] = {
	{ "correct horse", 1, 0, 0 },
	{ "123456789012", 1, 0, 0 },
	{ "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 1, 0, 0 },
	{ "12345678901", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "short", 0, 0, 0 },
};

static const struct v_case v_role[] = {
	{ "admin", 1, 0, 0 },
	{ "dpo", 1, 0, 0 },
	{ "viewer", 1, 0, 0 },
	{ "Admin", 0, 0, 0 },
	{ "admin ", 0, 0, 0 },
	{ "root", 0, 0, 0 },
	{ "adm", 0, 0, 0 },
	{ "administrator", 0, 0, 0 },
	{ "", 0, 0, 0 },
};

static const struct v_case v_bool[] = {
	{ "1", 1, 1, 1 },
	{ "0", 1, 1, 0 },
	{ "2", 0, 0, 0 },
	{ "01", 0, 0, 0 },
	{ "true", 0, 0, 0 },
	{ "on", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "-1", 0, 0, 0 },
};

static const struct v_case v_token[] = {
	{ TOK, 1, 0, 0 },
	{ "-------------------------------------------", 1, 0, 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2", 0, 0, 0 },
	{ TOK "A", 0, 0, 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2+", 0, 0, 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2/", 0, 0, 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2=", 0, 0, 0 },
	{ "", 0, 0, 0 },
};

#define VT(fn, cases)	{ #fn, fn, cases, NELEM(cases) }

static const struct v_table v_tables[] = {
	VT(form_v_login, v_login),
	VT(form_v_slug, v_slug),
	VT(form_v_email, v_email),
	VT(form_v_uint, v_uint),
	VT(form_v_id, v_id),
	VT(form_v_date, v_date),
	VT(form_v_password, v_password),
	VT(form_v_role, v_role),
	VT(form_v_bool, v_bool),
	VT(form_v_token, v_token),
};

static void
test_validators(void)
{
	const struct v_table *t;
	const struct v_case *c;
	size_t i, j;
	long long num;
	int ok;

	for (i = 0; i < NELEM(v_tables); i++) {
		t = &v_tables[i];
		for (j = 0; j < t->n; j++) {
			c = &t->cases[j];
			num = -12345;
			ok = t->fn(c->in, &num) ? 1 : 0;
			CHECK(ok == c->ok, "%s(\"%s\") gave %d, want %d",
			    t->name, c->in, ok, c->ok);
			if (ok && c->ok && c->has_num)
				CHECK(num == c->num, "%s(\"%s\") stored %lld, "
				    "want %lld", t->name, c->in, num, c->num);
		}
	}
}

/* Passwords: the bounds are in bytes, 12 to 256. */
static void
test_v_password_bounds(void)
{
	char s[300];
	long long num;

	memset(s, 'x', sizeof(s));
	s[256] = '\0';
	CU_ASSERT(form_v_password(s, &num));
	s[256] = 'x';
	s[257] = '\0';
	CU_ASSERT(!form_v_password(s, &num));
}

void
suite_form(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "form", NULL, NULL);
	TEST_ADD(s, "form_urldecode: accepted and each rejection class",
	    test_urldecode);
	TEST_ADD(s, "form_urldecode: at most HTTP_FIELDS_MAX pairs",
	    test_urldecode_limit);
	TEST_ADD(s, "form_urldecode reads only len bytes", test_urldecode_len);
	TEST_ADD(s, "form_decode", test_decode);
	TEST_ADD(s, "form_cookies", test_cookies);
	TEST_ADD(s, "form_is_utf8: no overlongs, no surrogates",
	    test_is_utf8);
	TEST_ADD(s, "form_check: each error class, unknown keys, the count",
	    test_check);
	TEST_ADD(s, "form_check: values borrowed, numbers parsed",
	    test_check_values);
	TEST_ADD(s, "form_err_message for each error class",
	    test_err_message);
	TEST_ADD(s, "form_xml escapes values and never writes a secret",
	    test_form_xml);
	TEST_ADD(s, "every validator, accepting and refusing",
	    test_validators);
	TEST_ADD(s, "form_v_password: 12 to 256 bytes",
	    test_v_password_bounds);
}
