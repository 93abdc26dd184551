/* crypto: random tokens from getrandom, SHA-256 digests, constant-time compare. */
#ifndef GD_CRYPTO_H
#define GD_CRYPTO_H

#include <stddef.h>

#define CRYPTO_TOKEN_BYTES	32	/* 256 bits */
#define CRYPTO_TOKEN_LEN	43	/* base64url, unpadded */
#define CRYPTO_SHA256_HEX	65	/* 64 hex digits and NUL */

/* Fills buf with len random bytes. Returns 0, or -1 if the kernel refuses. */
int	 crypto_random(void *buf, size_t len);

/*
 * Writes a fresh 256-bit token, base64url without padding, into out
 * (CRYPTO_TOKEN_LEN + 1 bytes). Returns 0 or -1.
 */
int	 crypto_token(char out[CRYPTO_TOKEN_LEN + 1]);

/* Is s a well-formed token (43 base64url characters)? */
int	 crypto_is_token(const char *s);

/* SHA-256 of the NUL-terminated string in, as lowercase hex. */
void	 crypto_sha256_hex(const char *in, char out[CRYPTO_SHA256_HEX]);

/* Compares two NUL-terminated strings in time independent of content. */
int	 crypto_streq(const char *, const char *);

#endif
