/* recipient: a vendor or other recipient of the register: read, create, edit with a version check, retire unless activities use it. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "audit.h"
#include "recipient.h"
#include "stmt.h"

const char *const rcp_col_names[RCP__MAX] = {
	[RCP_NAME] = "name",
	[RCP_KIND] = "kind",
	[RCP_SERVICE] = "service",
	[RCP_CONTACT] = "contact",
	[RCP_CONTRACT_REF] = "contract_ref",
	[RCP_CONTRACT_DATE] = "contract_date",
	[RCP_CERTIFICATIONS] = "certifications",
	[RCP_DPF_CERTIFIED] = "dpf_certified",
	[RCP_DPF_VERIFIED] = "dpf_verified",
	[RCP_NOTE] = "note",
};

/* In the order of the column's ENUM in 0002_register.sql. */
const struct recipient_kind recipient_kinds[] = {
	{ "processor", "Processor" },
	{ "sub-processor", "Sub-processor" },
	{ "independent-controller", "Independent controller" },
	{ "joint-controller", "Joint controller" },
	{ "public-authority", "Public authority" },
	{ "internal", "Internal" },
	{ "category", "A category of recipients" },
};
const size_t recipient_nkinds = NELEM(recipient_kinds);

int
recipient_kind_ok(const char *s)
{
	size_t i;

	for (i = 0; i < recipient_nkinds; i++)
		if (strcmp(s, recipient_kinds[i].code) == 0)
			return 1;
	return 0;
}

enum db_rc
recipient_get(struct db *db, long long org_id, long long id,
    struct recipient **out)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };
	struct recipient *rec;
	struct db_res *r;
	enum db_rc rc;
	size_t i;

	*out = NULL;
	if ((rc = db_query_one(db, STMT_RCP_GET, p, 2, &r)) != DB_OK)
		return rc;
	rec = xcalloc(1, sizeof(*rec));
	rec->id = db_res_int(r, 0);
	rec->org_id = db_res_int(r, 1);
	rec->version = db_res_int(r, 2);
	rec->is_retired = db_res_int(r, 3) != 0;
	for (i = 0; i < RCP__MAX; i++)
		rec->col[i] = db_res_dup(r, 4 + i);
	db_res_free(r);
	*out = rec;
	return DB_OK;
}

void
recipient_free(struct recipient *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < RCP__MAX; i++)
		free(r->col[i]);
	free(r);
}

enum db_rc
recipient_save(struct db *db, struct recipient *r, long long account_id)
{
	struct db_param p[RCP__MAX + 4];
	unsigned long long n = 0, id = 0;
	struct recipient *cur;
	enum db_rc rc;
	size_t i, np = 0;
	int is_new = r->id == 0;

	if (is_new) {
		p[np++] = DBP_INT(r->org_id);
		p[np++] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
	}
	for (i = 0; i < RCP__MAX; i++)
		p[np++] = DBP_TEXT(r->col[i]);
	if (!is_new) {
		p[np++] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
		p[np++] = DBP_INT(r->id);
		p[np++] = DBP_INT(r->org_id);
		p[np++] = DBP_INT(r->version);
	}
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	rc = db_exec(db, is_new ? STMT_RCP_INSERT : STMT_RCP_UPDATE, p, np,
	    &n, &id);
	if (rc == DB_OK && n == 0) {
		/* Someone saved first, it is retired, or it is not org's. */
		rc = recipient_get(db, r->org_id, r->id, &cur);
		recipient_free(cur);
		if (rc == DB_OK)
			rc = DB_CONFLICT;
	}
	if (rc == DB_OK && is_new)
		r->id = (long long)id;
	if (rc == DB_OK && audit_log(db, account_id, is_new ?
	    "recipient_create" : "recipient_update", r->org_id, "recipient",
	    r->id, NULL) == -1)
		rc = DB_ERROR;
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		if (is_new)
			r->id = 0;
		return rc == DB_OK ? DB_ERROR : rc;
	}
	r->version = is_new ? 1 : r->version + 1;
	return DB_OK;
}

enum db_rc
recipient_users(struct db *db, long long org_id, long long id,
    struct recipient_user **out, size_t *n)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };
	struct recipient_user *u;
	struct db_res *r;

	*out = NULL;
	*n = 0;
	if (db_query(db, STMT_RCP_USED_BY, p, 2, &r) != DB_OK)
		return DB_ERROR;
	*out = xcalloc(db_res_rows(r) + 1, sizeof(**out));
	while (db_res_next(r)) {
		u = &(*out)[(*n)++];
		u->id = db_res_int(r, 0);
		u->name = xstrdup(db_res_text(r, 1));
	}
	db_res_free(r);
	return DB_OK;
}

void
recipient_users_free(struct recipient_user *u, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(u[i].name);
	free(u);
}

enum db_rc
recipient_retire(struct db *db, long long org_id, long long id,
    long long version, long long account_id, struct recipient_user **users,
    size_t *nusers)
{
	struct db_param p[5] = {
		account_id > 0 ? DBP_INT(account_id) : DBP_NULL,
		DBP_INT(id), DBP_INT(org_id), DBP_INT(version), DBP_INT(id) };
	unsigned long long n = 0;
	struct recipient *cur = NULL;
	enum db_rc rc;

	*users = NULL;
	*nusers = 0;
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	/*
	 * The UPDATE itself refuses while an activity uses it, so that a
	 * link made between a look and the change cannot slip through; the
	 * look afterwards only says why.
	 */
	rc = db_exec(db, STMT_RCP_RETIRE, p, 5, &n, NULL);
	if (rc == DB_OK && n == 0) {
		rc = recipient_get(db, org_id, id, &cur);
		recipient_free(cur);
		if (rc == DB_OK)
			rc = recipient_users(db, org_id, id, users, nusers);
		if (rc == DB_OK)
			rc = DB_CONFLICT;
	}
	if (rc == DB_OK && audit_log(db, account_id, "recipient_retire",
	    org_id, "recipient", id, NULL) == -1)
		rc = DB_ERROR;
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		/* Only a refusal for being in use hands the list over. */
		if (rc != DB_CONFLICT || *nusers == 0) {
			recipient_users_free(*users, *nusers);
			*users = NULL;
			*nusers = 0;
		}
		return rc == DB_OK ? DB_ERROR : rc;
	}
	return DB_OK;
}

enum db_rc
recipient_history(struct db *db, long long org_id, long long id,
    struct recipient_version **out, size_t *n)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };
	struct recipient_version *v;
	struct db_res *r;
	enum db_rc rc;
	size_t i;

	*out = NULL;
	*n = 0;
	if ((rc = db_query(db, STMT_RCP_HISTORY, p, 2, &r)) != DB_OK)
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
		v->from = db_res_dup(r, 2);
		v->is_retired = db_res_int(r, 3) != 0;
		for (i = 0; i < RCP__MAX; i++)
			v->col[i] = db_res_dup(r, 4 + i);
	}
	db_res_free(r);
	return DB_OK;
}

void
recipient_history_free(struct recipient_version *v, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		free(v[i].changed_by);
		free(v[i].from);
		for (k = 0; k < RCP__MAX; k++)
			free(v[i].col[k]);
	}
	free(v);
}

const char *const rcp_loc_change_names[RLC__MAX] = {
	[RLC_ADDED] = "added",
	[RLC_RETIRED] = "retired",
	[RLC_RESTORED] = "restored",
	[RLC_CHANGED] = "changed",
};

/* Orders events by time, then by location. */
static int
recipient_loc_cmp(const void *a, const void *b)
{
	const struct recipient_loc_event *x = a, *y = b;
	int c;

	if ((c = strcmp(x->at, y->at)) != 0)
		return c;
	return x->location_id < y->location_id ? -1 :
	    x->location_id > y->location_id;
}

enum db_rc
recipient_loc_history(struct db *db, long long org_id, long long id,
    struct recipient_loc_event **out, size_t *n)
{
	struct db_param p[2] = { DBP_INT(org_id), DBP_INT(id) };
	struct recipient_loc_event *e;
	struct db_res *r;
	long long prev_id = 0;
	int retired, prev_retired = 0;

	*out = NULL;
	*n = 0;
	if (db_query(db, STMT_RCP_LOC_HISTORY, p, 2, &r) != DB_OK)
		return DB_ERROR;
	*out = xcalloc(db_res_rows(r) + 1, sizeof(**out));
	/* The rows come by location, each location's versions in order. */
	while (db_res_next(r)) {
		e = &(*out)[(*n)++];
		e->location_id = db_res_int(r, 0);
		retired = db_res_int(r, 3) != 0;
		if (e->location_id != prev_id)
			e->change = RLC_ADDED;
		else if (retired != prev_retired)
			e->change = retired ? RLC_RETIRED : RLC_RESTORED;
		else
			e->change = RLC_CHANGED;
		prev_id = e->location_id;
		prev_retired = retired;
		e->changed_by = db_res_dup(r, 1);
		e->at = xstrdup(db_res_text(r, 2) != NULL ?
		    db_res_text(r, 2) : "");
		e->country = db_res_dup(r, 4);
		e->country_name = db_res_dup(r, 5);
		e->region = db_res_dup(r, 6);
		e->mechanism = db_res_dup(r, 7);
		e->mechanism_name = db_res_dup(r, 8);
		e->note = db_res_dup(r, 9);
	}
	db_res_free(r);
	qsort(*out, *n, sizeof(**out), recipient_loc_cmp);
	return DB_OK;
}

void
recipient_loc_history_free(struct recipient_loc_event *e, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(e[i].changed_by);
		free(e[i].at);
		free(e[i].country);
		free(e[i].country_name);
		free(e[i].region);
		free(e[i].mechanism);
		free(e[i].mechanism_name);
		free(e[i].note);
	}
	free(e);
}
