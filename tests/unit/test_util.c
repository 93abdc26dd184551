/* test_util: bounded number parsing and the growable buffer. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "suites.h"

struct num_case {
	const char	*in;
	long long	 min;
	long long	 max;
	int		 rc;	/* 0 or -1 */
	long long	 out;	/* when rc is 0 */
};

static const struct num_case num_cases[] = {
	/* Accepted, including both bounds. */
	{ "0", 0, 10, 0, 0 },
	{ "10", 0, 10, 0, 10 },
	{ "7", 0, 10, 0, 7 },
	{ "-5", -10, 10, 0, -5 },
	{ "-10", -10, 10, 0, -10 },
	{ "9223372036854775807", 0, LLONG_MAX, 0, LLONG_MAX },
	{ "-9223372036854775808", LLONG_MIN, 0, 0, LLONG_MIN },
	{ "2147483647", 0, 2147483647LL, 0, 2147483647LL },
	/* Out of bounds. */
	{ "11", 0, 10, -1, 0 },
	{ "-1", 0, 10, -1, 0 },
	{ "-11", -10, 10, -1, 0 },
	{ "2147483648", 0, 2147483647LL, -1, 0 },
	/* Junk. */
	{ "abc", 0, 10, -1, 0 },
	{ "12abc", 0, 100, -1, 0 },
	{ "1 ", 0, 10, -1, 0 },
	{ "1.5", 0, 10, -1, 0 },
	{ "0x10", 0, 100, -1, 0 },
	{ "1e3", 0, 10000, -1, 0 },
	{ "--1", -10, 10, -1, 0 },
	{ " 5", 0, 10, -1, 0 },
	{ "+5", 0, 10, -1, 0 },
	{ "- 5", -10, 10, -1, 0 },
	{ "-", -10, 10, -1, 0 },
	/* Empty. */
	{ "", 0, 10, -1, 0 },
	/* Overflow of long long itself. */
	{ "9223372036854775808", 0, LLONG_MAX, -1, 0 },
	{ "-9223372036854775809", LLONG_MIN, 0, -1, 0 },
	{ "99999999999999999999999", LLONG_MIN, LLONG_MAX, -1, 0 },
};

static void
test_strtonum(void)
{
	const struct num_case *c;
	long long out;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(num_cases); i++) {
		c = &num_cases[i];
		out = 12345;
		rc = util_strtonum(c->in, c->min, c->max, &out);
		CHECK(rc == c->rc, "util_strtonum(\"%s\", %lld, %lld) "
		    "returned %d, want %d", c->in, c->min, c->max, rc, c->rc);
		if (c->rc == 0 && rc == 0)
			CHECK(out == c->out, "util_strtonum(\"%s\") gave %lld, "
			    "want %lld", c->in, out, c->out);
	}
}

static void
test_buf(void)
{
	struct buf b;
	size_t i;

	memset(&b, 0, sizeof(b));
	buf_puts(&b, "abc");
	CU_ASSERT_EQUAL(b.len, 3);
	CU_ASSERT_PTR_NOT_NULL_FATAL(b.p);
	CU_ASSERT_STRING_EQUAL(b.p, "abc");
	CU_ASSERT(b.cap > b.len);

	buf_append(&b, "de", 2);
	CU_ASSERT_EQUAL(b.len, 5);
	CU_ASSERT_STRING_EQUAL(b.p, "abcde");

	buf_printf(&b, "-%d-%s", 42, "x");
	CU_ASSERT_EQUAL(b.len, 10);
	CU_ASSERT_STRING_EQUAL(b.p, "abcde-42-x");

	/* Empty appends change nothing and keep the terminator. */
	buf_append(&b, "", 0);
	buf_puts(&b, "");
	CU_ASSERT_EQUAL(b.len, 10);
	CU_ASSERT_EQUAL(b.p[b.len], '\0');

	/* Binary data: the length counts an embedded NUL. */
	buf_append(&b, "a\0b", 3);
	CU_ASSERT_EQUAL(b.len, 13);
	CU_ASSERT_EQUAL(memcmp(b.p + 10, "a\0b", 3), 0);
	CU_ASSERT_EQUAL(b.p[b.len], '\0');
	buf_free(&b);

	/* Growth well past any initial capacity. */
	memset(&b, 0, sizeof(b));
	for (i = 0; i < 10000; i++)
		buf_append(&b, "0123456789", 10);
	CU_ASSERT_EQUAL(b.len, 100000);
	CU_ASSERT_EQUAL(b.p[b.len], '\0');
	CU_ASSERT(b.cap > b.len);
	CU_ASSERT_EQUAL(memcmp(b.p + 99990, "0123456789", 10), 0);
	CU_ASSERT_EQUAL(strlen(b.p), 100000);
	buf_free(&b);

	/* A long printf is not truncated. */
	memset(&b, 0, sizeof(b));
	buf_printf(&b, "%05000d|", 7);
	CU_ASSERT_EQUAL(b.len, 5001);
	CU_ASSERT_EQUAL(b.p[4999], '7');
	CU_ASSERT_EQUAL(b.p[5000], '|');
	buf_free(&b);

	/* Freeing a buffer that never grew is harmless. */
	memset(&b, 0, sizeof(b));
	buf_free(&b);
}

static void
test_xalloc(void)
{
	char *s;

	s = xstrdup("hello");
	CU_ASSERT_STRING_EQUAL(s, "hello");
	free(s);
	s = xstrndup("hello", 3);
	CU_ASSERT_STRING_EQUAL(s, "hel");
	free(s);
	s = xasprintf("%s=%d", "n", -3);
	CU_ASSERT_STRING_EQUAL(s, "n=-3");
	free(s);
}

void
suite_util(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "util", NULL, NULL);
	TEST_ADD(s, "util_strtonum bounds, junk, empty, overflow",
	    test_strtonum);
	TEST_ADD(s, "buf_append, buf_puts, buf_printf, buf_free", test_buf);
	TEST_ADD(s, "xstrdup, xstrndup, xasprintf", test_xalloc);
}
