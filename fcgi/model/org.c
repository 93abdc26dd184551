/* org: organisations as the staff and public programs read them, scoped to what an account may see. */
#include <stdlib.h>

#include "core/util.h"
#include "org.h"
#include "stmt.h"

const char *const org_field_names[ORG__MAX] = {
	[ORG_ID] = "id",
	[ORG_SLUG] = "slug",
	[ORG_NAME] = "name",
	[ORG_LEGAL_NAME] = "legal_name",
	[ORG_COMPANY_NUMBER] = "company_number",
	[ORG_ADDRESS] = "address",
	[ORG_CONTACT_EMAIL] = "contact_email",
	[ORG_CONTACT_PHONE] = "contact_phone",
	[ORG_WEBSITE] = "website",
	[ORG_DPO_NAME] = "dpo_name",
	[ORG_DPO_EMAIL] = "dpo_email",
	[ORG_DPO_ADDRESS] = "dpo_address",
	[ORG_DPO_PHONE] = "dpo_phone",
	[ORG_REPRESENTATIVE_NAME] = "representative_name",
	[ORG_REPRESENTATIVE_CONTACT] = "representative_contact",
	[ORG_REGISTRATION_REF] = "registration_ref",
	[ORG_SUPERVISORY_AUTHORITY] = "supervisory_authority",
	[ORG_JURISDICTION] = "jurisdiction",
	[ORG_REF_PREFIX] = "ref_prefix",
};

static void
org_from_row(struct org *o, const struct db_res *r)
{
	const char *s;
	size_t i;

	o->id = db_res_int(r, ORG_ID);
	for (i = 0; i < ORG__MAX; i++)
		o->f[i] = (s = db_res_text(r, i)) != NULL && *s != '\0' ?
		    xstrdup(s) : NULL;
}

static void
org_clear(struct org *o)
{
	size_t i;

	for (i = 0; i < ORG__MAX; i++)
		free(o->f[i]);
}

enum db_rc
org_list(struct db *db, const struct account *a, struct org **out, size_t *n)
{
	struct db_param p = DBP_INT(a->id);
	struct db_res *r;
	enum db_rc rc;
	size_t i = 0;

	*out = NULL;
	*n = 0;
	rc = a->role == ROLE_ADMIN ?
	    db_query(db, STMT_ORG_LIST_ALL, NULL, 0, &r) :
	    db_query(db, STMT_ORG_LIST_BY_ACCOUNT, &p, 1, &r);
	if (rc != DB_OK)
		return rc;
	*out = xcalloc(db_res_rows(r), sizeof(**out));
	while (db_res_next(r))
		org_from_row(&(*out)[i++], r);
	*n = i;
	db_res_free(r);
	return DB_OK;
}

void
org_list_free(struct org *o, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		org_clear(&o[i]);
	free(o);
}

static enum db_rc
org_get_stmt(struct db *db, int stmt, const struct db_param *p, size_t np,
    struct org **out)
{
	struct db_res *r;
	enum db_rc rc;

	*out = NULL;
	if ((rc = db_query_one(db, stmt, p, np, &r)) != DB_OK)
		return rc;
	*out = xcalloc(1, sizeof(**out));
	org_from_row(*out, r);
	db_res_free(r);
	return DB_OK;
}

enum db_rc
org_get_for(struct db *db, const struct account *a, const char *slug,
    struct org **out)
{
	struct db_param p[3] = { DBP_TEXT(slug),
		DBP_INT(a->role == ROLE_ADMIN), DBP_INT(a->id) };

	return org_get_stmt(db, STMT_ORG_GET_BY_SLUG_FOR, p, 3, out);
}

enum db_rc
org_get(struct db *db, const char *slug, struct org **out)
{
	struct db_param p = DBP_TEXT(slug);

	return org_get_stmt(db, STMT_ORG_GET_BY_SLUG, &p, 1, out);
}

enum db_rc
org_get_public(struct db *db, const char *slug, struct org **out)
{
	struct db_param p = DBP_TEXT(slug);

	return org_get_stmt(db, STMT_PUB_ORG_GET_BY_SLUG, &p, 1, out);
}

void
org_free(struct org *o)
{
	if (o == NULL)
		return;
	org_clear(o);
	free(o);
}
