/* session: staff login sessions: 256-bit ids kept hashed, idle and absolute expiry, CSRF tokens. */
#ifndef GD_SESSION_H
#define GD_SESSION_H

#include "core/crypto.h"
#include "core/db.h"
#include "account.h"

struct session {
	long long	 id;
	char		 csrf[CRYPTO_TOKEN_LEN + 1];
	long		 idle;		/* seconds since the last request */
	struct account	 account;	/* without the password hash */
};

/*
 * Starts a session for account_id. token receives the cookie value
 * (shown once; only its hash is stored) and csrf the form token.
 * Returns DB_OK or DB_ERROR.
 */
enum db_rc session_create(struct db *, long long account_id,
	    char token[CRYPTO_TOKEN_LEN + 1], char csrf[CRYPTO_TOKEN_LEN + 1]);

/*
 * Finds the live session of a cookie value. A session past its idle or
 * absolute limit, or of a disabled account, is ended and reported as
 * DB_NOTFOUND, as is a malformed token. Returns DB_OK with *out (free
 * with session_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc session_get(struct db *, const char *token, long idle_max,
	    long abs_max, struct session **out);
void	 session_free(struct session *);

/* Records activity, at most once a minute. Returns 0 or -1. */
int	 session_touch(struct db *, const struct session *);

/* Ends one session, or every other session of its account. 0 or -1. */
int	 session_end(struct db *, long long id);
int	 session_end_others(struct db *, const struct session *);
/* Ends every session of an account (password reset, disable). 0 or -1. */
int	 session_end_all(struct db *, long long account_id);

#endif
