/* crypto: random tokens from getrandom, SHA-256 digests, constant-time compare. */
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <nettle/sha2.h>

#include "crypto.h"

int
crypto_random(void *buf, size_t len)
{
	unsigned char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = getrandom(p, len, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static const char b64url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int
crypto_token(char out[CRYPTO_TOKEN_LEN + 1])
{
	unsigned char raw[33];	/* 32 random bytes, one zero pad byte */
	size_t i, o;
	unsigned v;

	if (crypto_random(raw, CRYPTO_TOKEN_BYTES) == -1)
		return -1;
	raw[32] = 0;
	for (i = 0, o = 0; i < 33; i += 3) {
		v = (unsigned)raw[i] << 16 | (unsigned)raw[i + 1] << 8 |
		    raw[i + 2];
		out[o++] = b64url[(v >> 18) & 63];
		out[o++] = b64url[(v >> 12) & 63];
		out[o++] = b64url[(v >> 6) & 63];
		out[o++] = b64url[v & 63];
	}
	/* 32 bytes encode to 43 characters; the 44th came from the pad. */
	out[CRYPTO_TOKEN_LEN] = '\0';
	explicit_bzero(raw, sizeof(raw));
	return 0;
}

int
crypto_is_token(const char *s)
{
	size_t i;

	if (s == NULL)
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if (i >= CRYPTO_TOKEN_LEN || strchr(b64url, s[i]) == NULL)
			return 0;
	return i == CRYPTO_TOKEN_LEN;
}

void
crypto_sha256_hex(const char *in, char out[CRYPTO_SHA256_HEX])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char d[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	size_t i;

	sha256_init(&ctx);
	sha256_update(&ctx, strlen(in), (const uint8_t *)in);
	sha256_digest(&ctx, sizeof(d), d);
	for (i = 0; i < sizeof(d); i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[64] = '\0';
}

int
crypto_streq(const char *a, const char *b)
{
	size_t la, lb, i;
	unsigned char d;

	la = strlen(a);
	lb = strlen(b);
	d = la != lb;
	for (i = 0; i < la; i++)
		d |= (unsigned char)a[i] ^ (unsigned char)b[i < lb ? i : 0];
	return d == 0;
}
