/* digest: the daily digest of what falls due, once per organisation per local day: who gets one, what it lists. */
#ifndef GD_DIGEST_H
#define GD_DIGEST_H

#include <time.h>

#include "core/db.h"
#include "deadline.h"

/* The statements writing digests runs (with outbox_add's), for a whitelist. */
#define DIGEST_STMTS	STMT_DIGEST_ORGS, STMT_DIGEST_BEGIN, \
	STMT_DIGEST_FINISH, STMT_DIGEST_TICKETS, STMT_OUTBOX_ADD

/* The most tickets one digest lists; the dashboard has the rest. */
#define DIGEST_MAX_ITEMS	500

/* The parts of a digest, in the order it shows them. */
enum digest_section {
	DIGEST_OVERDUE,		/* past the due date */
	DIGEST_TODAY,		/* due today */
	DIGEST_SOON,		/* due within 7 days */
	DIGEST_COMPLAINTS,	/* complaints still to acknowledge */
	DIGEST_WAITING,		/* the clock waits for the requester */
	DIGEST__MAX
};

/* "overdue", "due-today", "due-soon", "complaints", "waiting". */
extern const char *const digest_section_names[DIGEST__MAX];

/* An organisation whose digest for its local today is not written. */
struct digest_org {
	long long		 id;
	char			*slug;
	char			*name;
	char			*to;	/* the DPO's address, else the
					   contact's; NULL: none */
	char			*time_zone;
	struct deadline_date	 today;	/* local */
};

/* One ticket a digest lists: references only, never a requester. */
struct digest_item {
	enum digest_section	 section;
	char			*reference;
	char			*kind;
	char			*status;
	char			*due;		/* YYYY-MM-DD, or NULL */
	long			 days_left;	/* to due; < 0 overdue */
	char			*since;		/* waiting: local YYYY-MM-DD */
	long			 days_waiting;
};

/*
 * Which part of the digest a ticket of kind in status, due in days_left
 * days (has_due 0: no due date) belongs to, or -1 for none. A complaint
 * still "received" is one to acknowledge (its due date is the last day
 * to); a ticket in a waiting state ("awaiting-identity", "-fee",
 * "-clarification") waits, whatever its date; else by the due date: past,
 * today, or within 7 days. A "closed" ticket belongs nowhere.
 */
int	 digest_classify(const char *kind, const char *status, int has_due,
	    long days_left);

/*
 * The organisations, not retired, whose digest for their local date at
 * now is not written yet, into *out (n of them; digest_orgs_free). One
 * whose time zone the system lacks is left out, with a log line.
 * DB_OK or DB_ERROR.
 */
enum db_rc digest_orgs(struct db *, time_t now, struct digest_org **out,
	    size_t *n);
void	 digest_orgs_free(struct digest_org *, size_t);

/*
 * Takes o's digest for o->today, in the caller's transaction: DB_OK, or
 * DB_CONFLICT when it is taken already (another tick wrote it: the
 * unique key waits for that one's commit first), or DB_ERROR.
 */
enum db_rc digest_begin(struct db *, const struct digest_org *o);

/*
 * Records what o's digest came to: the tickets it listed, its message
 * (0: none) and why none (NULL when there is one). DB_OK or DB_ERROR.
 */
enum db_rc digest_finish(struct db *, const struct digest_org *o,
	    size_t items, long long outbox_id, const char *note);

/*
 * The open tickets of o that the digest lists, ordered by section, then
 * due date, then receipt; at most DIGEST_MAX_ITEMS (*is_truncated says
 * there were more). DB_OK with *out (digest_items_free) or DB_ERROR.
 */
enum db_rc digest_items(struct db *, const struct digest_org *o,
	    struct digest_item **out, size_t *n, int *is_truncated);
void	 digest_items_free(struct digest_item *, size_t);

#endif
