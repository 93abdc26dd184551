/* recipient: a vendor or other recipient of the register: read, create, edit with a version check, retire unless activities use it. */
#ifndef GD_RECIPIENT_H
#define GD_RECIPIENT_H

#include <stddef.h>

#include "core/db.h"

/* The editable columns, in the order of the SQL and of the form. */
enum rcp_col {
	RCP_NAME, RCP_KIND, RCP_SERVICE, RCP_CONTACT, RCP_CONTRACT_REF,
	RCP_CONTRACT_DATE, RCP_CERTIFICATIONS, RCP_DPF_CERTIFIED,
	RCP_DPF_VERIFIED, RCP_NOTE, RCP__MAX
};

extern const char *const rcp_col_names[RCP__MAX];

/* The kinds of recipient (the column's ENUM), with their names. */
struct recipient_kind {
	const char	*code;
	const char	*name;
};
extern const struct recipient_kind recipient_kinds[];
extern const size_t recipient_nkinds;

/* Is s one of the kinds? */
int	 recipient_kind_ok(const char *s);

struct recipient {
	long long	 id;
	long long	 org_id;
	long long	 version;
	int		 is_retired;
	char		*col[RCP__MAX];	/* text of each column; NULL for NULL */
};

/* An activity (not retired) that discloses to a recipient. */
struct recipient_user {
	long long	 id;
	char		*name;
};

/*
 * One recipient of organisation org_id (retired ones too). Returns
 * DB_OK with *out (recipient_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc recipient_get(struct db *, long long org_id, long long id,
	    struct recipient **out);
void	 recipient_free(struct recipient *);

/*
 * Creates (r->id == 0) or updates a recipient from r->col, by
 * account_id, with its audit row (recipient_create, recipient_update),
 * in one transaction. An update must carry the version it was read at:
 * if someone saved in between, or the recipient has been retired,
 * DB_CONFLICT and nothing changes; DB_NOTFOUND when it is not org's.
 * On success r->id and r->version are the new ones.
 */
enum db_rc recipient_save(struct db *, struct recipient *r,
	    long long account_id);

/*
 * The activities, not retired, of org_id that use recipient id, by
 * name. Returns DB_OK with *out of *n (recipient_users_free), or
 * DB_ERROR.
 */
enum db_rc recipient_users(struct db *, long long org_id, long long id,
	    struct recipient_user **out, size_t *n);
void	 recipient_users_free(struct recipient_user *, size_t);

/*
 * Retires recipient id, read at version, by account_id, with its audit
 * row (recipient_retire). Refused while an activity that is not retired
 * uses it: DB_CONFLICT with those activities in *users of *nusers
 * (recipient_users_free); DB_CONFLICT with *nusers 0 and *users NULL
 * when someone saved in between or it is already retired; DB_NOTFOUND;
 * DB_ERROR.
 */
enum db_rc recipient_retire(struct db *, long long org_id, long long id,
	    long long version, long long account_id,
	    struct recipient_user **users, size_t *nusers);

/* One version of a recipient from its history. */
struct recipient_version {
	long long	 version;
	int		 is_retired;
	char		*changed_by;	/* login; NULL: the system */
	char		*from;		/* when it became current (UTC) */
	char		*col[RCP__MAX];
};

/*
 * Every version of recipient id of org_id, oldest first. Returns DB_OK
 * with *out of *n (recipient_history_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc recipient_history(struct db *, long long org_id, long long id,
	    struct recipient_version **out, size_t *n);
void	 recipient_history_free(struct recipient_version *, size_t);

/* What a change to one of a recipient's locations did. */
enum rcp_loc_change {
	RLC_ADDED,
	RLC_RETIRED,
	RLC_RESTORED,
	RLC_CHANGED,	/* its details, neither added nor retired */
	RLC__MAX
};

extern const char *const rcp_loc_change_names[RLC__MAX];

/* One change to one of a recipient's locations, as the location became. */
struct recipient_loc_event {
	long long		 location_id;
	enum rcp_loc_change	 change;
	char			*changed_by;	/* login; NULL: the system */
	char			*at;		/* when (UTC) */
	char			*country;
	char			*country_name;
	char			*region;	/* NULL when none */
	char			*mechanism;	/* NULL: none stated */
	char			*mechanism_name;
	char			*note;
};

/*
 * The history of recipient id's locations (retired ones too), from the
 * system-versioned table: one event per version of a location, in the
 * order they happened. Returns DB_OK with *out of *n (possibly 0; free
 * with recipient_loc_history_free) or DB_ERROR.
 */
enum db_rc recipient_loc_history(struct db *, long long org_id,
	    long long id, struct recipient_loc_event **out, size_t *n);
void	 recipient_loc_history_free(struct recipient_loc_event *, size_t);

#endif
