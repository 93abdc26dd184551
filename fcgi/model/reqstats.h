/* reqstats: the figures of the requests performance report, counted by the database. */
#ifndef GD_REQSTATS_H
#define GD_REQSTATS_H

#include <stddef.h>

#include "core/db.h"
#include "account.h"

/* The statements reqstats_load runs, for a program's whitelist. */
#define REQSTATS_STMTS	STMT_RQS_MONTHS, STMT_RQS_FIGURES, STMT_RQS_DAYS

/*
 * The counts of a row of reqstats_kind, in the columns' order of the
 * statement rqs_figures. All but overdue count the tickets received in
 * the period.
 */
enum reqstats_col {
	RQC_RECEIVED,
	RQC_OPEN,		/* not closed yet */
	RQC_CLOSED,
	RQC_ANSWERED,		/* closed, not withdrawn nor identity-failed */
	RQC_ON_TIME,		/* answered on or before the due date */
	RQC_LATE,
	RQC_UNDATED,		/* answered, with no due date to judge by */
	RQC_EXTENDED,
	RQC_REFUSED,
	RQC_REFUSED_UNFOUNDED,
	RQC_REFUSED_EXCESSIVE,
	RQC_REFUSED_EXEMPTION,
	RQC_FULFILLED,
	RQC_PARTLY_FULFILLED,
	RQC_NO_DATA,
	RQC_WITHDRAWN,
	RQC_IDENTITY_FAILED,
	RQC_ACK_ON_TIME,	/* complaints: acknowledged by the due date */
	RQC_ACK_LATE,
	RQC_UNACKNOWLEDGED,	/* complaints neither acknowledged nor closed */
	RQC_OVERDUE,		/* now: running and due before today */
	RQC__MAX
};

/* The columns' names in the report's document: "received", "on_time" ... */
extern const char *const reqstats_col_names[RQC__MAX];

/* Whose tickets, over which days. */
struct reqstats_scope {
	long long		 org_id;	/* 0: every organisation
						   the account may see */
	const struct account	*account;
	const char		*from;		/* YYYY-MM-DD, included */
	const char		*to;		/* YYYY-MM-DD, included */
	const char		*today;		/* YYYY-MM-DD: overdue is
						   due before it */
};

/*
 * Tickets received in a month ("YYYY-MM", UTC): an organisation's of a
 * kind, or (org_id 0, kind NULL) the scope's requests, complaints
 * apart; every month of the period has one of the latter.
 */
struct reqstats_month {
	long long	 org_id;
	char		*month;
	char		*kind;
	long long	 n;
};

/*
 * What became of the tickets of a class ("request" or "complaint"), by
 * kind and organisation; org_id 0 sums over the scope's organisations,
 * and kind NULL (then org_id 0) over every kind of the class.
 */
struct reqstats_kind {
	char		*class;
	char		*kind;
	long long	 org_id;
	long long	 v[RQC__MAX];
};

/* Days to answer the answered requests (complaints apart). */
struct reqstats_days {
	long long	 org_id;	/* 0: over the whole scope */
	long long	 n;
	char		*median;	/* "28.0": one decimal */
	char		*p90;
};

struct reqstats {
	struct reqstats_month	*months;
	size_t			 nmonths;
	struct reqstats_kind	*kinds;
	size_t			 nkinds;
	struct reqstats_days	*days;
	size_t			 ndays;
};

/*
 * Counts the tickets of the scope s: received by month and kind, what
 * became of them by kind, and the days taken to answer (per
 * organisation and over the scope; none when nothing was answered).
 * Rows with nothing to count are left out. Returns DB_OK with *out
 * (free with reqstats_free) or DB_ERROR.
 */
enum db_rc reqstats_load(struct db *, const struct reqstats_scope *s,
	    struct reqstats **out);
void	 reqstats_free(struct reqstats *);

#endif
