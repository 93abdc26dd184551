/* ticket: data-subject requests as staff and requesters read them: one ticket, its trail, the dashboard's lists, the requester search, and tickets staff enter. */
#ifndef GD_TICKET_H
#define GD_TICKET_H

#include <stddef.h>

#include "core/db.h"
#include "core/util.h"

struct ticket_status {
	char	*reference;
	char	*kind;
	char	*status;
	char	*due;		/* YYYY-MM-DD, NULL while the clock has not started */
	char	*org_name;
	char	*org_slug;
};

/*
 * Finds a ticket by the requester's token (hashed here; the public
 * program reaches tickets only through a procedure keyed by the hash).
 * Returns DB_OK with *out (ticket_status_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc ticket_status_by_token(struct db *, const char *token,
	    struct ticket_status **out);
void	 ticket_status_free(struct ticket_status *);

/* The statements staff's request pages run, for the whitelist. */
#define TICKET_STMTS \
	STMT_TICKET_GET, STMT_TICKET_GET_LOCK, STMT_TICKET_UPDATE, \
	STMT_TICKET_EVENT_INSERT, STMT_TICKET_EVENTS, STMT_TICKET_PAUSES, \
	STMT_TICKET_PAUSE_OPEN, STMT_TICKET_PAUSE_CLOSE, \
	STMT_TICKET_SUBJECT_NAMES, STMT_TICKET_SUBJECT_CLEAR, \
	STMT_TICKET_SUBJECT_ADD, STMT_TICKET_TASKS, STMT_TICKET_TASK_INSERT, \
	STMT_TICKET_TASK_UPDATE, STMT_TICKET_TASK_COUNT, \
	STMT_TICKET_TASKS_NOT_HELD, STMT_TICKET_NOTES, \
	STMT_TICKET_NOTE_INSERT, STMT_TICKET_OUTBOX, \
	STMT_TICKET_OUTBOX_INSERT, STMT_TICKET_VIEWERS, STMT_TICKET_DASH, \
	STMT_TICKET_DASH_COUNT, STMT_TICKET_OUTBOX_STUCK, STMT_TICKET_SEARCH, STMT_TICKET_ORG_OPEN, \
	STMT_TICKET_ORG_CLOSED, STMT_TICKET_COUNTER_NEXT, \
	STMT_TICKET_COUNTER_GET, STMT_TICKET_INSERT, STMT_TICKET_BY_KEY, \
	STMT_TICKET_STAFF_LIST, STMT_TASK_SUBJECTS, STMT_TASK_ACTS, \
	STMT_TASK_ACT_SUBJECTS, STMT_TASK_ACT_RECIPIENTS

/* The columns of a ticket as staff see it: t->f[TF_...], NULL for SQL NULL. */
enum ticket_field {
	TF_ID,
	TF_ORG_ID,
	TF_REFERENCE,
	TF_KIND,
	TF_STATUS,
	TF_CHANNEL,
	TF_RECEIVED_AT,		/* UTC "YYYY-MM-DD HH:MM:SS" */
	TF_DUE_DATE,
	TF_CLOCK_START,
	TF_REQUESTER_NAME,
	TF_REQUESTER_EMAIL,
	TF_REQUESTER_PHONE,
	TF_IS_AGENT,
	TF_AGENT_FOR,
	TF_DESCRIPTION,
	TF_IDENTITY,
	TF_IDENTITY_METHOD,
	TF_EMAIL_VERIFIED_AT,
	TF_FEE_STATE,
	TF_FEE_GROUND,
	TF_FEE_AMOUNT,
	TF_IS_EXTENDED,
	TF_EXTENSION_REASON,
	TF_OUTCOME,
	TF_OUTCOME_GROUND,
	TF_OUTCOME_REASON,
	TF_CLOSED_AT,
	TF_ACKNOWLEDGED_AT,
	TF_WAITING_SINCE,
	TF_ASSIGNEE,
	TF_VERSION,
	TF_ASSIGNEE_NAME,	/* read only: the assignee's name */
	TF_RECEIVED_BY_NAME,	/* read only */
	TF__MAX
};

/* The database's column names, in that order (xml attribute names too). */
extern const char *const ticket_field_names[TF__MAX];

struct ticket {
	char		*f[TF__MAX];
	long long	 id;
	long long	 org_id;
	long long	 version;
};

/*
 * Loads the ticket of organisation org_id with reference ref; lock
 * non-zero reads it FOR UPDATE (inside the caller's transaction).
 * Returns DB_OK with *out (ticket_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc ticket_get(struct db *, long long org_id, const char *ref,
	    int lock, struct ticket **out);
void	 ticket_free(struct ticket *);

/* Sets field i of t to a copy of v (NULL: SQL NULL). */
void	 ticket_set(struct ticket *t, enum ticket_field i, const char *v);

/*
 * Writes t's changeable columns (status ... assignee) back if its
 * version is still t->version, bumping it. DB_OK, DB_CONFLICT (someone
 * changed it meanwhile) or DB_ERROR.
 */
enum db_rc ticket_update(struct db *, struct ticket *t);

/* Queues a message to t's requester (none when t has no email). */
enum db_rc ticket_outbox_add(struct db *, const struct ticket *t,
	    const char *kind, const char *subject, const char *body);

/* Appends an event (detail: codes only, never personal data). */
enum db_rc ticket_event_add(struct db *, long long ticket_id,
	    const char *kind, long long actor, const char *detail);

/*
 * The pauses of a ticket, in order of their start ("YYYY-MM-DD"; to is
 * NULL while open). *from and *to are arrays of n (ticket_strings_free).
 */
enum db_rc ticket_pauses(struct db *, long long ticket_id, char ***from,
	    char ***to, size_t *n);
void	 ticket_strings_free(char **, size_t);

/* The subject category codes of a ticket (ticket_strings_free). */
enum db_rc ticket_subjects(struct db *, long long ticket_id, char ***codes,
	    size_t *n);

/* The dashboard's lists. */
enum ticket_queue {
	TQ_OVERDUE,	/* running, due before today */
	TQ_DUE_SOON,	/* running, due today or in the next 7 days */
	TQ_PAUSED,	/* awaiting clarification */
	TQ_WAITING,	/* awaiting identity or a fee: no clock */
	TQ_UNTIMED,	/* open, no timer: complaints to answer, no calendar */
	TQ_NEW,		/* received, nothing done yet, whatever its due date */
	TQ__MAX
};
extern const char *const ticket_queue_names[TQ__MAX];

/* One row of a list. */
struct ticket_row {
	char	*reference;
	char	*kind;
	char	*status;
	char	*due;		/* NULL: no clock */
	char	*received_at;
	char	*clock_start;
	char	*waiting_since;
	char	*org_slug;
	char	*org_name;
	char	*requester;	/* search results only */
	char	*outcome;
	int	 is_extended;
};

/*
 * The dashboard's lists for the organisations account_id may see (all
 * when is_admin), with today's date today (YYYY-MM-DD, the caller's):
 * for each queue q, at most limit rows in rows[q] (n[q] of them), by due
 * date (waiting: longest waiting first), and how many there are in all
 * in total[q]. Two round trips. Returns DB_OK (free each rows[q] with
 * ticket_rows_free) or DB_ERROR.
 */
enum db_rc ticket_dashboard(struct db *, long long account_id, int is_admin,
	    const char *today, size_t limit, struct ticket_row *rows[TQ__MAX],
	    size_t n[TQ__MAX], long long total[TQ__MAX]);
void	 ticket_rows_free(struct ticket_row *, size_t);

/*
 * Every ticket whose requester's email is q exactly, whose name starts
 * with q, or whose reference is q, across the organisations the account may see, newest
 * first (at most 200). q is 2 to 200 bytes.
 */
enum db_rc ticket_search(struct db *, const char *q, long long account_id,
	    int is_admin, struct ticket_row **rows, size_t *n);

/* One organisation's open tickets by due date, then recent closed ones. */
enum db_rc ticket_list_org(struct db *, long long org_id, int closed,
	    struct ticket_row **rows, size_t *n);

/* A request staff enter (email, post or phone). */
struct ticket_new {
	long long	 org_id;
	const char	*ref_prefix;
	const char	*kind;
	const char	*channel;
	const char	*received_at;	/* UTC "YYYY-MM-DD HH:MM:SS" */
	const char	*clock_start;	/* YYYY-MM-DD */
	const char	*due;		/* YYYY-MM-DD or NULL */
	const char	*name;
	const char	*email;		/* may be NULL (a letter) */
	const char	*phone;
	int		 is_agent;
	const char	*agent_for;
	const char	*category;
	const char	*description;
	const char	*key;		/* the form's submission key, or NULL */
	long long	 staff_id;
};

/*
 * Allocates the next reference of the organisation's year and inserts
 * the ticket with a fresh status token (stored hashed) and its
 * "received" event, in the caller's transaction. Returns DB_OK with *ref
 * and *token (the status link's, for the acknowledgement; free both) and
 * *id; DB_CONFLICT when a ticket has t->key already (the same form sent
 * twice: roll back, and find it with ticket_by_key); or DB_ERROR.
 */
enum db_rc ticket_create(struct db *, const struct ticket_new *, char **ref,
	    char **token, long long *id);

/* The reference of org_id's ticket entered with key (free), or NULL. */
char	*ticket_by_key(struct db *, long long org_id, const char *key);

/*
 * The messages of the organisations the account may see that have
 * waited more than 15 minutes to be sent (no sendmail, or it fails):
 * *n of them, the oldest since *oldest (UTC, free; NULL when none).
 */
enum db_rc ticket_outbox_stuck(struct db *, long long account_id,
	    int is_admin, long long *n, char **oldest);

#endif
