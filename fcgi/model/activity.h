/* activity: one processing activity of the register: read, create, edit with a version check, retire, restore, history. */
#ifndef GD_ACTIVITY_H
#define GD_ACTIVITY_H

#include <stddef.h>

#include "core/db.h"

/* The editable columns, in the order of the SQL and of the form. */
enum act_col {
	ACT_NAME, ACT_DESCRIPTION, ACT_BUSINESS_FUNCTION, ACT_ROLE,
	ACT_CONTROLLER_NAME, ACT_CONTROLLER_CONTACT, ACT_JOINT_CONTROLLERS,
	ACT_PURPOSES, ACT_LAWFUL_BASIS, ACT_LAWFUL_BASIS_DETAIL, ACT_LIA_REF,
	ACT_CONSENT_REF, ACT_ART9_CONDITION, ACT_ART9_DETAIL,
	ACT_HAS_CRIMINAL_DATA, ACT_CRIMINAL_DETAIL, ACT_SOURCE,
	ACT_RETENTION_MONTHS, ACT_RETENTION_DAYS, ACT_RETENTION_EVENT,
	ACT_RETENTION_RULE, ACT_SECURITY_MEASURES, ACT_DPIA_STATUS,
	ACT_DPIA_REF, ACT_AUTOMATED_DECISIONS, ACT_HAS_AUTOMATED_DECISIONS,
	ACT_IS_AUTOMATED, ACT_STATUS, ACT_OWNER, ACT_LAST_REVIEWED,
	ACT_NEXT_REVIEW, ACT_NOTE, ACT__MAX
};

extern const char *const act_col_names[ACT__MAX];

/* The kinds of link an activity has. */
enum act_link { LINK_SUBJECT, LINK_DATA, LINK_RECIPIENT, LINK__MAX };

struct activity {
	long long	 id;
	long long	 org_id;
	long long	 version;
	char		*col[ACT__MAX];	/* text of each column; NULL for NULL */
	long long	*links[LINK__MAX];	/* ids of categories and recipients */
	size_t		 nlinks[LINK__MAX];
};

/*
 * One activity of organisation org_id (retired ones too), with its
 * links. Returns DB_OK with *out (activity_free), DB_NOTFOUND, DB_ERROR.
 */
enum db_rc activity_get(struct db *, long long org_id, long long id,
	    struct activity **out);
void	 activity_free(struct activity *);

/*
 * Creates (a->id == 0) or updates an activity from a->col and a->links,
 * by account_id. An update must carry the version it was read at: if
 * someone saved in between, DB_CONFLICT and nothing changes. On success
 * a->id and a->version are the new ones. Runs in its own transaction.
 */
enum db_rc activity_save(struct db *, struct activity *a, long long account_id);

/* Sets the status (retired, or back to draft); DB_CONFLICT as above. */
enum db_rc activity_set_status(struct db *, long long org_id, long long id,
	    long long version, const char *status, long long account_id);

/* One version of an activity from its history. */
struct activity_version {
	long long	 version;
	char		*changed_by;	/* login; NULL: the system */
	char		*from;		/* when it became current (UTC) */
	char		*col[ACT__MAX];
};

/* Every version, oldest first. */
enum db_rc activity_history(struct db *, long long org_id, long long id,
	    struct activity_version **out, size_t *n);
void	 activity_history_free(struct activity_version *, size_t);

#endif
