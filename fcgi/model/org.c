/* org: organisations as the staff and public programs read them, scoped to what an account may see. */
#include <stdlib.h>

#include "core/util.h"
#include "audit.h"
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
	[ORG_CALENDAR] = "calendar",
	[ORG_TIME_ZONE] = "time_zone",
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

const char *const org_col_names[OC__MAX] = {
	[OC_NAME] = "name",
	[OC_LEGAL_NAME] = "legal_name",
	[OC_COMPANY_NUMBER] = "company_number",
	[OC_ADDRESS] = "address",
	[OC_CONTACT_EMAIL] = "contact_email",
	[OC_CONTACT_PHONE] = "contact_phone",
	[OC_WEBSITE] = "website",
	[OC_DPO_NAME] = "dpo_name",
	[OC_DPO_EMAIL] = "dpo_email",
	[OC_DPO_ADDRESS] = "dpo_address",
	[OC_DPO_PHONE] = "dpo_phone",
	[OC_REPRESENTATIVE_NAME] = "representative_name",
	[OC_REPRESENTATIVE_CONTACT] = "representative_contact",
	[OC_REGISTRATION_REF] = "registration_ref",
	[OC_SUPERVISORY_AUTHORITY] = "supervisory_authority",
	[OC_JURISDICTION] = "jurisdiction",
	[OC_CALENDAR] = "calendar",
	[OC_TIME_ZONE] = "time_zone",
	[OC_REF_PREFIX] = "ref_prefix",
	[OC_HEADCOUNT_BAND] = "headcount_band",
	[OC_REQUEST_FEE] = "request_fee",
	[OC_CHARGES_FIRST_COPY] = "charges_first_copy",
	[OC_RESPONSE_TIME] = "response_time",
	[OC_RESPONSE_DAYS] = "response_days",
	[OC_RESPONSE_WITHIN_MONTH] = "response_within_month",
	[OC_NOTICE_URL] = "notice_url",
	[OC_NOTICE_UPDATED] = "notice_updated",
};

enum db_rc
org_settings_get(struct db *db, long long id, struct org_settings **out)
{
	struct db_param p = DBP_INT(id);
	struct org_settings *s;
	struct db_res *r;
	const char *v;
	enum db_rc rc;
	size_t i;

	*out = NULL;
	if ((rc = db_query_one(db, STMT_OSET_GET, &p, 1, &r)) != DB_OK)
		return rc;
	s = xcalloc(1, sizeof(*s));
	s->id = db_res_int(r, 0);
	s->slug = xstrdup(db_res_text(r, 1));
	s->version = db_res_int(r, 2);
	for (i = 0; i < OC__MAX; i++)
		s->col[i] = (v = db_res_text(r, 3 + i)) != NULL ?
		    xstrdup(v) : NULL;
	db_res_free(r);
	*out = s;
	return DB_OK;
}

void
org_settings_free(struct org_settings *s)
{
	size_t i;

	if (s == NULL)
		return;
	free(s->slug);
	for (i = 0; i < OC__MAX; i++)
		free(s->col[i]);
	free(s);
}

enum db_rc
org_create(struct db *db, struct org_settings *s, long long account_id)
{
	struct db_param p[OC__MAX + 2];
	unsigned long long id = 0;
	enum db_rc rc;
	size_t i;

	p[0] = DBP_TEXT(s->slug);
	p[1] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
	for (i = 0; i < OC__MAX; i++)
		p[2 + i] = DBP_TEXT(s->col[i]);
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	rc = db_exec(db, STMT_OSET_INSERT, p, OC__MAX + 2, NULL, &id);
	if (rc == DB_OK && audit_log(db, account_id, "org_create",
	    (long long)id, "organisation", (long long)id, NULL) == -1)
		rc = DB_ERROR;
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return rc == DB_OK ? DB_ERROR : rc;
	}
	s->id = (long long)id;
	s->version = 1;
	return DB_OK;
}

enum db_rc
org_settings_save(struct db *db, struct org_settings *s, long long account_id)
{
	struct db_param p[OC__MAX + 3], q;
	unsigned long long n = 0;
	struct db_res *r;
	enum db_rc rc;
	size_t i;

	for (i = 0; i < OC__MAX; i++)
		p[i] = DBP_TEXT(s->col[i]);
	p[OC__MAX] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
	p[OC__MAX + 1] = DBP_INT(s->id);
	p[OC__MAX + 2] = DBP_INT(s->version);
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	rc = db_exec(db, STMT_OSET_UPDATE, p, OC__MAX + 3, &n, NULL);
	if (rc == DB_OK && n == 0) {
		/* Someone saved first, or it is gone. */
		q = DBP_INT(s->id);
		rc = db_query_one(db, STMT_OSET_GET, &q, 1, &r);
		if (rc == DB_OK) {
			db_res_free(r);
			rc = DB_CONFLICT;
		}
	}
	if (rc == DB_OK && audit_log(db, account_id, "org_update", s->id,
	    "organisation", s->id, NULL) == -1)
		rc = DB_ERROR;
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return rc == DB_OK ? DB_ERROR : rc;
	}
	s->version++;
	return DB_OK;
}
