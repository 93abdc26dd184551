/* test_crypto: tokens, SHA-256 and constant-time comparison. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/crypto.h"
#include "core/util.h"
#include "suites.h"

static int
is_b64url(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static void
test_token(void)
{
	char a[CRYPTO_TOKEN_LEN + 1], b[CRYPTO_TOKEN_LEN + 1];
	size_t i;

	CU_ASSERT_EQUAL_FATAL(crypto_token(a), 0);
	CU_ASSERT_EQUAL_FATAL(crypto_token(b), 0);
	CU_ASSERT_EQUAL(strlen(a), CRYPTO_TOKEN_LEN);
	CU_ASSERT_EQUAL(strlen(b), CRYPTO_TOKEN_LEN);
	CU_ASSERT_EQUAL(CRYPTO_TOKEN_LEN, 43);
	for (i = 0; i < CRYPTO_TOKEN_LEN; i++)
		CHECK(is_b64url((unsigned char)a[i]),
		    "token character %zu is 0x%02x", i, (unsigned char)a[i]);
	CU_ASSERT(strcmp(a, b) != 0);
	CU_ASSERT(crypto_is_token(a));
	CU_ASSERT(crypto_is_token(b));
}

struct tok_case {
	const char	*in;
	int		 ok;
};

static const struct tok_case tok_cases[] = {
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s", 1 },
	{ "-------------------------------------------", 1 },
	{ "___________________________________________", 1 },
	{ "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 1 },
	/* 42 and 44 characters. */
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2sA", 0 },
	{ "", 0 },
	/* Characters outside base64url, padding included. */
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2+", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2/", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2=", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2.", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2 ", 0 },
	{ " 3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2s", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP2\n", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0o\xc3\xa9" "P", 0 },
	{ "q3Jm1c8N0bS2xW5yZ7aV4tK9pL6rD1fH3gE8uI0oP%2", 0 },
};

static void
test_is_token(void)
{
	size_t i;
	int ok;

	for (i = 0; i < NELEM(tok_cases); i++) {
		ok = crypto_is_token(tok_cases[i].in) ? 1 : 0;
		CHECK(ok == tok_cases[i].ok, "crypto_is_token case %zu "
		    "(\"%s\", %zu chars) gave %d, want %d", i,
		    tok_cases[i].in, strlen(tok_cases[i].in), ok,
		    tok_cases[i].ok);
	}
}

static void
test_sha256(void)
{
	char out[CRYPTO_SHA256_HEX];

	crypto_sha256_hex("abc", out);
	CU_ASSERT_STRING_EQUAL(out, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
	crypto_sha256_hex("", out);
	CU_ASSERT_STRING_EQUAL(out, "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	crypto_sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	    out);
	CU_ASSERT_STRING_EQUAL(out, "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1");
}

static void
test_random(void)
{
	unsigned char a[32], b[32];

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	CU_ASSERT_EQUAL(crypto_random(a, sizeof(a)), 0);
	CU_ASSERT_EQUAL(crypto_random(b, sizeof(b)), 0);
	CU_ASSERT(memcmp(a, b, sizeof(a)) != 0);
}

struct streq_case {
	const char	*a;
	const char	*b;
	int		 eq;
};

static const struct streq_case streq_cases[] = {
	{ "", "", 1 },
	{ "a", "a", 1 },
	{ "secret-token", "secret-token", 1 },
	{ "a", "b", 0 },
	{ "a", "", 0 },
	{ "", "a", 0 },
	{ "abc", "abd", 0 },
	{ "abc", "abcd", 0 },
	{ "abcd", "abc", 0 },
	{ "xbc", "abc", 0 },
};

static void
test_streq(void)
{
	size_t i;
	int eq;

	for (i = 0; i < NELEM(streq_cases); i++) {
		eq = crypto_streq(streq_cases[i].a, streq_cases[i].b) ? 1 : 0;
		CHECK(eq == streq_cases[i].eq, "crypto_streq(\"%s\", \"%s\") "
		    "gave %d", streq_cases[i].a, streq_cases[i].b, eq);
	}
}

void
suite_crypto(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "crypto", NULL, NULL);
	TEST_ADD(s, "crypto_token: 43 base64url characters, fresh each time",
	    test_token);
	TEST_ADD(s, "crypto_is_token accepts 43 base64url, refuses others",
	    test_is_token);
	TEST_ADD(s, "crypto_sha256_hex known answers", test_sha256);
	TEST_ADD(s, "crypto_random fills the buffer", test_random);
	TEST_ADD(s, "crypto_streq", test_streq);
}
