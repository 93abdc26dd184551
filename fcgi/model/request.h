/* request: a data-subject request from the public form: its kinds, its due date, and the procedures that store and confirm it. */
#ifndef GD_REQUEST_H
#define GD_REQUEST_H

#include <time.h>

#include "core/db.h"
#include "deadline.h"

/* The statements a public request runs, for the program's whitelist. */
#define REQUEST_STMTS	STMT_REQ_ORG, STMT_REQ_CATEGORIES, \
	STMT_REQ_CALENDAR_DAYS, STMT_REQ_SUBMIT, STMT_REQ_VERIFY

/* The most bytes of a request's description. */
#define REQUEST_DESCRIPTION_MAX	5000

/*
 * Is kind one a requester may choose under the rule set named
 * jurisdiction ("uk", "eu")? access ... objection and unsure everywhere;
 * complaint only under uk (decision 12). Returns 1 or 0.
 */
int	 request_kind_ok(const char *kind, const char *jurisdiction);

/* form_v validators: the kinds of either rule set; "yes" or "no". */
int	 request_v_kind(const char *, long long *);
int	 request_v_yesno(const char *, long long *);
/* A telephone number: 6 to 40 of digits, spaces, + ( ) - . with 6+ digits. */
int	 request_v_phone(const char *, long long *);
/* 64 lowercase hex digits: a submission key. */
int	 request_v_key(const char *, long long *);

/*
 * Is s a reference of the shape PREFIX-YYYY-NNNN: a prefix of 1 to 8
 * capital letters or digits, a year, and four or more digits? 1 or 0.
 */
int	 request_ref_ok(const char *s);

/*
 * The due date of a request of kind received on local date received,
 * under rules and calendar cal: a complaint's acknowledgement date
 * (decision 12: received + 29 days, no roll), else deadline_compute
 * with the clock starting on receipt (decision 3). Returns DEADLINE_OK
 * with *due set, or the engine's error.
 */
enum deadline_err request_due(const struct deadline_cal *cal,
	    enum deadline_rules rules, const char *kind,
	    struct deadline_date received, struct deadline_date *due);

/* What the public program knows of an organisation to take a request. */
struct request_org {
	char	*slug;
	char	*name;
	char	*jurisdiction;
	char	*time_zone;
	char	*calendar;
	char	*ref_prefix;
};

enum db_rc request_org_get(struct db *, const char *slug,
	    struct request_org **out);
void	 request_org_free(struct request_org *);

/* The relationships offered: code and name pairs, n of them. */
struct request_category {
	char	*code;
	char	*name;
};
enum db_rc request_categories(struct db *, const char *slug,
	    struct request_category **out, size_t *n);
void	 request_categories_free(struct request_category *, size_t);

/* A calendar through the public procedure (calendar_load's twin). */
enum db_rc request_calendar(struct db *, const char *name,
	    struct deadline_cal **out);

/* A new request, as ticket_submit takes it. */
struct request_new {
	const char	*slug;
	const char	*kind;
	const char	*name;
	const char	*email;
	const char	*phone;		/* NULL: none */
	int		 is_agent;
	const char	*agent_for;	/* NULL: none */
	const char	*category;
	const char	*description;
	const char	*token_hash;
	const char	*verify_hash;
	const char	*key;
	const char	*received;	/* "YYYY-MM-DD HH:MM:SS" UTC */
	const char	*clock;		/* YYYY-MM-DD */
	const char	*due;		/* YYYY-MM-DD */
	const char	*subject;
	const char	*body;
};

/* What ticket_submit answers. */
struct request_ticket {
	char	*reference;
	int	 is_new;	/* 0: the submission key had a ticket already */
	char	*due;		/* YYYY-MM-DD of that ticket */
	char	*kind;
};

/*
 * Calls ticket_submit in the caller's transaction. Returns DB_OK with *t
 * filled (request_ticket_clear), or DB_ERROR.
 */
enum db_rc request_submit(struct db *, const struct request_new *,
	    struct request_ticket *t);
void	 request_ticket_clear(struct request_ticket *);

/*
 * Confirms the email of the ticket whose verify token is token (hashed
 * here). DB_OK, DB_NOTFOUND or DB_ERROR.
 */
enum db_rc request_verify(struct db *, const char *token);

#endif
