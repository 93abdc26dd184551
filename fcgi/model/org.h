/* org: organisations as the staff and public programs read them, scoped to what an account may see. */
#ifndef GD_ORG_H
#define GD_ORG_H

#include <stddef.h>

#include "core/db.h"
#include "account.h"

/* The fields of an organisation's profile, in the order of the SQL. */
enum org_field {
	ORG_ID, ORG_SLUG, ORG_NAME, ORG_LEGAL_NAME, ORG_COMPANY_NUMBER,
	ORG_ADDRESS, ORG_CONTACT_EMAIL, ORG_CONTACT_PHONE, ORG_WEBSITE,
	ORG_DPO_NAME, ORG_DPO_EMAIL, ORG_DPO_ADDRESS, ORG_DPO_PHONE,
	ORG_REPRESENTATIVE_NAME, ORG_REPRESENTATIVE_CONTACT,
	ORG_REGISTRATION_REF, ORG_SUPERVISORY_AUTHORITY, ORG_JURISDICTION,
	ORG_REF_PREFIX, ORG_CALENDAR, ORG_TIME_ZONE, ORG__MAX
};

/* The element name of each field in data documents. */
extern const char *const org_field_names[ORG__MAX];

struct org {
	long long	 id;
	char		*f[ORG__MAX];	/* text of each field; NULL when not recorded */
};

/* The organisations a can see, by name (admins: all). */
enum db_rc org_list(struct db *, const struct account *a, struct org **out,
	    size_t *n);
void	 org_list_free(struct org *, size_t);

/*
 * One organisation by slug, if a may see it: DB_NOTFOUND otherwise, so
 * that another organisation's pages answer 404, not 403.
 */
enum db_rc org_get_for(struct db *, const struct account *a,
	    const char *slug, struct org **out);
/* Any organisation by slug (gdprdeskctl). */
enum db_rc org_get(struct db *, const char *slug, struct org **out);
/* An organisation's public profile (the public program). */
enum db_rc org_get_public(struct db *, const char *slug, struct org **out);
void	 org_free(struct org *);

/* The settings staff edit: every column but the slug, in the SQL's order. */
enum org_col {
	OC_NAME, OC_LEGAL_NAME, OC_COMPANY_NUMBER, OC_ADDRESS,
	OC_CONTACT_EMAIL, OC_CONTACT_PHONE, OC_WEBSITE, OC_DPO_NAME,
	OC_DPO_EMAIL, OC_DPO_ADDRESS, OC_DPO_PHONE, OC_REPRESENTATIVE_NAME,
	OC_REPRESENTATIVE_CONTACT, OC_REGISTRATION_REF,
	OC_SUPERVISORY_AUTHORITY, OC_JURISDICTION, OC_CALENDAR, OC_TIME_ZONE,
	OC_REF_PREFIX, OC_HEADCOUNT_BAND, OC_REQUEST_FEE,
	OC_CHARGES_FIRST_COPY, OC_RESPONSE_TIME, OC_RESPONSE_DAYS,
	OC_RESPONSE_WITHIN_MONTH, OC_NOTICE_URL, OC_NOTICE_UPDATED, OC__MAX
};

extern const char *const org_col_names[OC__MAX];

struct org_settings {
	long long	 id;
	long long	 version;
	char		*slug;
	char		*col[OC__MAX];	/* text of each column; NULL for NULL */
};

/*
 * The settings of organisation id. Returns DB_OK with *out (free with
 * org_settings_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc org_settings_get(struct db *, long long id,
	    struct org_settings **out);
void	 org_settings_free(struct org_settings *);

/*
 * Creates an organisation from s->slug and s->col by account_id, with
 * its audit row (org_create). jurisdiction, calendar, time_zone and
 * ref_prefix must be set. Returns DB_OK with s->id and s->version set,
 * DB_CONFLICT when the slug is taken, or DB_ERROR.
 */
enum db_rc org_create(struct db *, struct org_settings *s,
	    long long account_id);

/*
 * Saves s->col over organisation s->id read at s->version, by
 * account_id, with its audit row (org_update), in one transaction. If
 * someone saved in between, DB_CONFLICT and nothing changes. On success
 * s->version is the new one.
 */
enum db_rc org_settings_save(struct db *, struct org_settings *s,
	    long long account_id);

#endif
