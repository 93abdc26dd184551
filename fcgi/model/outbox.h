/* outbox: the messages waiting to leave: claimed one at a time by a sender, marked sent once, failures retried with back-off. */
#ifndef GD_OUTBOX_H
#define GD_OUTBOX_H

#include "core/db.h"

/* The statements a sender runs, for a program's whitelist. */
#define OUTBOX_SEND_STMTS	STMT_OUTBOX_SWEEP, STMT_OUTBOX_NEXT, \
	STMT_OUTBOX_CLAIM, STMT_OUTBOX_GET, STMT_OUTBOX_SENT, \
	STMT_OUTBOX_FAIL, STMT_OUTBOX_LEFT

/* Tries before a message is given up: they span about two days. */
#define OUTBOX_MAX_ATTEMPTS	16
/*
 * Seconds a claim holds: longer than one hand-over to sendmail may take
 * (its timeout), so that a claim lapses only when its sender died.
 */
#define OUTBOX_LEASE		300
/* Room for a claim's token: 32 hex digits. */
#define OUTBOX_TOKEN_SIZE	33

/* A claimed message. */
struct outbox_msg {
	long long	 id;
	long long	 ticket_id;	/* 0: about no one ticket (a digest) */
	char		*kind;
	char		*to;
	char		*subject;
	char		*body;
	char		*created;	/* YYYYMMDDHHMMSS, UTC */
	char		*reply_to;	/* the organisation's address for a
					   ticket's message; NULL: none */
	int		 attempts;	/* this one included */
};

/*
 * Seconds to wait before trying again after the attempts-th failure:
 * one minute, doubling, at most six hours.
 */
long	 outbox_backoff(int attempts);

/* A fresh claim token into out. Returns 0, or -1 (no randomness). */
int	 outbox_token(char out[OUTBOX_TOKEN_SIZE]);

/*
 * Gives up the messages whose senders died on their last allowed try
 * (claimed OUTBOX_MAX_ATTEMPTS times, the last claim lapsed). Returns
 * DB_OK or DB_ERROR.
 */
enum db_rc outbox_sweep(struct db *);

/*
 * Claims the oldest message due to be sent with an id above after, for
 * OUTBOX_LEASE seconds under token, counting the try, in a transaction
 * of its own: two senders at once never claim the same message (the
 * row is locked, and one locked by the other is skipped). Returns DB_OK
 * with *out (outbox_msg_free), DB_NOTFOUND when none is due, or
 * DB_ERROR.
 */
enum db_rc outbox_claim(struct db *, const char *token, long long after,
	    struct outbox_msg **out);

/*
 * Marks message m sent, if token still holds it. DB_OK, DB_CONFLICT
 * (the claim lapsed and another sender took it: it was sent anyway) or
 * DB_ERROR.
 */
enum db_rc outbox_sent(struct db *, const struct outbox_msg *m,
	    const char *token);

/*
 * Records that m failed with code (no personal data: "exit:75") and
 * releases it: tried again after outbox_backoff, or given up when that
 * was its last try or is_permanent (it can never be sent as it is).
 * DB_OK, DB_CONFLICT (the claim lapsed) or DB_ERROR.
 */
enum db_rc outbox_failed(struct db *, const struct outbox_msg *m,
	    const char *token, const char *code, int is_permanent);

/* The messages not sent and not given up, into *n. DB_OK or DB_ERROR. */
enum db_rc outbox_left(struct db *, long long *n);

/*
 * Adds a message of org (ticket_id 0: about no one ticket) in the
 * caller's transaction; *id (may be NULL) receives its id. DB_OK or
 * DB_ERROR.
 */
enum db_rc outbox_add(struct db *, long long org_id, long long ticket_id,
	    const char *kind, const char *to, const char *subject,
	    const char *body, long long *id);

void	 outbox_msg_free(struct outbox_msg *);

#endif
