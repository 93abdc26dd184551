/* activity: one processing activity of the register: read, create, edit with a version check, retire, restore, history. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "activity.h"
#include "stmt.h"

const char *const act_col_names[ACT__MAX] = {
	[ACT_NAME] = "name",
	[ACT_DESCRIPTION] = "description",
	[ACT_BUSINESS_FUNCTION] = "business_function",
	[ACT_ROLE] = "role",
	[ACT_CONTROLLER_NAME] = "controller_name",
	[ACT_CONTROLLER_CONTACT] = "controller_contact",
	[ACT_JOINT_CONTROLLERS] = "joint_controllers",
	[ACT_PURPOSES] = "purposes",
	[ACT_LAWFUL_BASIS] = "lawful_basis",
	[ACT_LAWFUL_BASIS_DETAIL] = "lawful_basis_detail",
	[ACT_LIA_REF] = "lia_ref",
	[ACT_CONSENT_REF] = "consent_ref",
	[ACT_ART9_CONDITION] = "art9_condition",
	[ACT_ART9_DETAIL] = "art9_detail",
	[ACT_HAS_CRIMINAL_DATA] = "has_criminal_data",
	[ACT_CRIMINAL_DETAIL] = "criminal_detail",
	[ACT_SOURCE] = "source",
	[ACT_RETENTION_MONTHS] = "retention_months",
	[ACT_RETENTION_DAYS] = "retention_days",
	[ACT_RETENTION_EVENT] = "retention_event",
	[ACT_RETENTION_RULE] = "retention_rule",
	[ACT_SECURITY_MEASURES] = "security_measures",
	[ACT_DPIA_STATUS] = "dpia_status",
	[ACT_DPIA_REF] = "dpia_ref",
	[ACT_AUTOMATED_DECISIONS] = "automated_decisions",
	[ACT_HAS_AUTOMATED_DECISIONS] = "has_automated_decisions",
	[ACT_IS_AUTOMATED] = "is_automated",
	[ACT_STATUS] = "status",
	[ACT_OWNER] = "owner",
	[ACT_LAST_REVIEWED] = "last_reviewed",
	[ACT_NEXT_REVIEW] = "next_review",
	[ACT_NOTE] = "note",
};

static const int link_stmt[LINK__MAX] = {
	[LINK_SUBJECT] = STMT_ACT_SUBJECTS,
	[LINK_DATA] = STMT_ACT_DATA,
	[LINK_RECIPIENT] = STMT_ACT_RECIPIENTS,
};
static const int link_clear[LINK__MAX] = {
	[LINK_SUBJECT] = STMT_ACT_SUBJECTS_CLEAR,
	[LINK_DATA] = STMT_ACT_DATA_CLEAR,
	[LINK_RECIPIENT] = STMT_ACT_RECIPIENTS_CLEAR,
};
static const int link_add[LINK__MAX] = {
	[LINK_SUBJECT] = STMT_ACT_SUBJECT_ADD,
	[LINK_DATA] = STMT_ACT_DATA_ADD,
	[LINK_RECIPIENT] = STMT_ACT_RECIPIENT_ADD,
};

/* Copies columns first .. first + ACT__MAX of a row into col. */
static void
activity_cols(char *col[ACT__MAX], const struct db_res *r, size_t first)
{
	size_t i;

	for (i = 0; i < ACT__MAX; i++)
		col[i] = db_res_dup(r, first + i);
}

enum db_rc
activity_get(struct db *db, long long org_id, long long id,
    struct activity **out)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };
	struct activity *a;
	struct db_res *r;
	enum db_rc rc;
	size_t k;

	*out = NULL;
	if ((rc = db_query_one(db, STMT_ACT_GET, p, 2, &r)) != DB_OK)
		return rc;
	a = xcalloc(1, sizeof(*a));
	a->id = db_res_int(r, 0);
	a->org_id = db_res_int(r, 1);
	a->version = db_res_int(r, 2);
	activity_cols(a->col, r, 3);
	db_res_free(r);
	for (k = 0; k < LINK__MAX; k++) {
		if (db_query(db, link_stmt[k], p, 1, &r) != DB_OK) {
			activity_free(a);
			return DB_ERROR;
		}
		a->links[k] = xcalloc(db_res_rows(r), sizeof(long long));
		while (db_res_next(r))
			a->links[k][a->nlinks[k]++] = db_res_int(r, 0);
		db_res_free(r);
	}
	*out = a;
	return DB_OK;
}

void
activity_free(struct activity *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < ACT__MAX; i++)
		free(a->col[i]);
	for (i = 0; i < LINK__MAX; i++)
		free(a->links[i]);
	free(a);
}

/* Replaces the links of a->id with a->links. */
static enum db_rc
activity_save_links(struct db *db, const struct activity *a,
    long long account_id)
{
	struct db_param p[4];
	unsigned long long n;
	enum db_rc rc;
	size_t k, i;

	for (k = 0; k < LINK__MAX; k++) {
		p[0] = DBP_INT(a->id);
		if ((rc = db_exec(db, link_clear[k], p, 1, NULL, NULL)) !=
		    DB_OK)
			return rc;
		for (i = 0; i < a->nlinks[k]; i++) {
			p[1] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
			p[2] = DBP_INT(a->links[k][i]);
			p[3] = DBP_INT(a->org_id);
			rc = db_exec(db, link_add[k], p, 4, &n, NULL);
			/* A duplicate id in the form is harmless. */
			if (rc == DB_CONFLICT)
				continue;
			if (rc != DB_OK)
				return rc;
			/* Not the organisation's: refuse the whole save. */
			if (n == 0)
				return DB_NOTFOUND;
		}
	}
	return DB_OK;
}

enum db_rc
activity_save(struct db *db, struct activity *a, long long account_id)
{
	struct db_param p[ACT__MAX + 4];
	unsigned long long n = 0, id = 0;
	struct activity *cur;
	enum db_rc rc;
	size_t i, np = 0;

	if (a->id == 0) {
		p[np++] = DBP_INT(a->org_id);
		p[np++] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
	}
	for (i = 0; i < ACT__MAX; i++)
		p[np++] = DBP_TEXT(a->col[i]);
	if (a->id != 0) {
		p[np++] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
		p[np++] = DBP_INT(a->id);
		p[np++] = DBP_INT(a->org_id);
		p[np++] = DBP_INT(a->version);
	}
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	rc = db_exec(db, a->id == 0 ? STMT_ACT_INSERT : STMT_ACT_UPDATE, p, np,
	    &n, &id);
	if (rc == DB_OK && n == 0) {
		/* Someone saved first, or it is not this organisation's. */
		rc = activity_get(db, a->org_id, a->id, &cur);
		activity_free(cur);
		if (rc == DB_OK)
			rc = DB_CONFLICT;
	}
	if (rc == DB_OK && a->id == 0)
		a->id = (long long)id;
	if (rc == DB_OK)
		rc = activity_save_links(db, a, account_id);
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return rc == DB_OK ? DB_ERROR : rc;
	}
	a->version = a->version == 0 ? 1 : a->version + 1;
	return DB_OK;
}

enum db_rc
activity_set_status(struct db *db, long long org_id, long long id,
    long long version, const char *status, long long account_id)
{
	struct db_param p[5] = { DBP_TEXT(status),
		account_id > 0 ? DBP_INT(account_id) : DBP_NULL, DBP_INT(id),
		DBP_INT(org_id), DBP_INT(version) };
	unsigned long long n = 0;
	struct activity *cur;
	enum db_rc rc;

	if ((rc = db_exec(db, STMT_ACT_SET_STATUS, p, 5, &n, NULL)) != DB_OK)
		return rc;
	if (n > 0)
		return DB_OK;
	rc = activity_get(db, org_id, id, &cur);
	activity_free(cur);
	return rc == DB_OK ? DB_CONFLICT : rc;
}

enum db_rc
activity_history(struct db *db, long long org_id, long long id,
    struct activity_version **out, size_t *n)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };
	struct activity_version *v;
	struct db_res *r;
	enum db_rc rc;

	*out = NULL;
	*n = 0;
	if ((rc = db_query(db, STMT_ACT_HISTORY, p, 2, &r)) != DB_OK)
		return rc;
	if (db_res_rows(r) == 0) {
		db_res_free(r);
		return DB_NOTFOUND;
	}
	*out = xcalloc(db_res_rows(r), sizeof(**out));
	while (db_res_next(r)) {
		v = &(*out)[(*n)++];
		v->version = db_res_int(r, 0);
		v->changed_by = db_res_dup(r, 1);
		v->from = xstrdup(db_res_text(r, 2));
		activity_cols(v->col, r, 3);
	}
	db_res_free(r);
	return DB_OK;
}

void
activity_history_free(struct activity_version *v, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		free(v[i].changed_by);
		free(v[i].from);
		for (k = 0; k < ACT__MAX; k++)
			free(v[i].col[k]);
	}
	free(v);
}
