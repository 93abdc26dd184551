/* password: argon2id hashing and verification of staff passwords. */
#ifndef GD_PASSWORD_H
#define GD_PASSWORD_H

#define PASSWORD_HASH_MAX	128

/*
 * Hashes pw with argon2id and a fresh random salt into out (an encoded
 * "$argon2id$v=19$..." string). Returns 0 or -1.
 */
int	 password_hash(const char *pw, char out[PASSWORD_HASH_MAX]);

/* Does pw match the encoded hash? 1 yes, 0 no (or a malformed hash). */
int	 password_verify(const char *encoded, const char *pw);

/*
 * Spends the time of one verification, for a login name that does not
 * exist, so that timing does not tell which names do.
 */
void	 password_waste(const char *pw);

#endif
