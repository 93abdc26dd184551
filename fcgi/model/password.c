/* password: argon2id hashing and verification of staff passwords. */
#include <string.h>

#include <argon2.h>

#include "core/crypto.h"
#include "password.h"

/* OWASP's argon2id floor: 19 MiB, 2 passes, 1 lane. */
#define PW_T_COST	2
#define PW_M_COST	(19 * 1024)
#define PW_LANES	1
#define PW_SALT		16
#define PW_HASHLEN	32

int
password_hash(const char *pw, char out[PASSWORD_HASH_MAX])
{
	unsigned char salt[PW_SALT];

	if (crypto_random(salt, sizeof(salt)) == -1)
		return -1;
	if (argon2id_hash_encoded(PW_T_COST, PW_M_COST, PW_LANES, pw,
	    strlen(pw), salt, sizeof(salt), PW_HASHLEN, out,
	    PASSWORD_HASH_MAX) != ARGON2_OK)
		return -1;
	return 0;
}

int
password_verify(const char *encoded, const char *pw)
{
	if (strncmp(encoded, "$argon2id$", 10) != 0)
		return 0;
	return argon2id_verify(encoded, pw, strlen(pw)) == ARGON2_OK;
}

void
password_waste(const char *pw)
{
	char dummy[PASSWORD_HASH_MAX];

	(void)password_hash(pw, dummy);
}
