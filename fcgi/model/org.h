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
	ORG_REF_PREFIX, ORG__MAX
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

#endif
